package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.cds.baocao.bulletin.service.render.MarkdownText;
import vn.cds.baocao.bulletin.ui.BulletinEditorMarkdown.Edit;
import vn.cds.baocao.bulletin.ui.BulletinEditorMarkdown.Format;

/**
 * The text of an item: a text area writing Markdown with a small toolbar (đậm, nghiêng, danh sách, liên kết),
 * "Dán từ Word", and a live preview as the bulletin shows it. The server has no selection API for a text area:
 * a button asks the browser for the selection and the text, formats on the server ({@link BulletinEditorMarkdown})
 * and puts the selection back.
 */
public class BulletinEditorBody extends Div {

    /** Reads the inner textarea's selection and text in one go, so a change not yet sent is not lost. */
    private static final String READ_SELECTION =
            "const t = this.inputElement; return t.selectionStart + ',' + t.selectionEnd + ',' + t.value;";
    private static final String SELECT = "const t = this.inputElement; t.focus(); t.setSelectionRange($0, $1);";

    private final TextArea text = new TextArea();
    private final Markdown preview = new Markdown();

    public BulletinEditorBody(String label, int maxLength) {
        addClassName("bulletin-editor-body");
        text.setLabel(label);
        text.setWidthFull();
        text.setMinRows(5);
        text.setMaxLength(maxLength);
        text.setRequiredIndicatorVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(400);
        text.setHelperText(getTranslation("bulletinEditor.body.helper"));
        text.addClassName("bulletin-editor-text");
        text.addValueChangeListener(e -> preview.setContent(e.getValue()));
        Div toolbar = new Div(button(Format.BOLD, VaadinIcon.BOLD), button(Format.ITALIC, VaadinIcon.ITALIC),
                button(Format.BULLETS, VaadinIcon.LIST_UL), button(Format.NUMBERED, VaadinIcon.LIST_OL),
                button(Format.LINK, VaadinIcon.LINK), pasteButton());
        toolbar.addClassName("bulletin-editor-toolbar");
        Span previewLabel = new Span(getTranslation("bulletinEditor.body.preview"));
        previewLabel.addClassName("bulletin-editor-preview-label");
        preview.addClassName("bulletin-editor-preview");
        add(toolbar, text, previewLabel, preview);
    }

    public String getValue() {
        return text.getValue();
    }

    public void setValue(String value) {
        text.setValue(value == null ? "" : value);
        preview.setContent(text.getValue());
    }

    public TextArea textArea() {
        return text;
    }

    /** The Markdown the preview shows. */
    public String previewContent() {
        return preview.getContent();
    }

    /**
     * Formats the text between {@code selectionStart} and {@code selectionEnd} (the caret when equal); what a
     * toolbar button does once the browser told where the selection is.
     */
    public void format(Format format, int selectionStart, int selectionEnd) {
        Edit edit = BulletinEditorMarkdown.apply(format, text.getValue(), selectionStart, selectionEnd,
                getTranslation("bulletinEditor.format.placeholder." + format.name()));
        setValue(edit.text());
        text.getElement().executeJs(SELECT, edit.selectionStart(), edit.selectionEnd());
    }

    private Button button(Format format, VaadinIcon icon) {
        Button button = new Button(icon.create(), e -> text.getElement().executeJs(READ_SELECTION)
                .then(String.class, answer -> {
                    String[] parts = answer.split(",", 3);
                    if (parts.length == 3) {
                        text.setValue(parts[2]);
                        format(format, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                    }
                }));
        String name = getTranslation("bulletinEditor.format." + format.name());
        button.setAriaLabel(name);
        button.setTooltipText(name);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("bulletin-editor-format-" + format.name().toLowerCase(java.util.Locale.ROOT));
        return button;
    }

    /**
     * Word's clipboard reaches a text area as plain lines; pasted into this dialog they become paragraphs and
     * list items, added after the text already there.
     */
    private Button pasteButton() {
        Button paste = new Button(getTranslation("bulletinEditor.paste"), VaadinIcon.PASTE.create(), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("bulletinEditor.paste.title"));
            TextArea pasted = new TextArea(getTranslation("bulletinEditor.paste.label"));
            pasted.addClassName("bulletin-editor-paste-area");
            pasted.setWidth("min(40rem, 90vw)");
            pasted.setMinRows(8);
            Button insert = new Button(getTranslation("bulletinEditor.paste.insert"), click -> {
                insertPasted(pasted.getValue());
                dialog.close();
            });
            insert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            insert.addClassName("bulletin-editor-paste-insert");
            dialog.add(pasted);
            dialog.getFooter().add(new Button(getTranslation("bulletinEditor.cancel"), click -> dialog.close()),
                    insert);
            dialog.open();
            pasted.focus();
        });
        paste.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        paste.addClassName("bulletin-editor-paste");
        return paste;
    }

    /** Adds the pasted text, as paragraphs, after the text already there. */
    public void insertPasted(String pasted) {
        String markdown = MarkdownText.fromPasted(pasted);
        if (markdown.isEmpty()) {
            return;
        }
        String current = text.getValue().stripTrailing();
        setValue(current.isEmpty() ? markdown : current + "\n\n" + markdown);
    }
}
