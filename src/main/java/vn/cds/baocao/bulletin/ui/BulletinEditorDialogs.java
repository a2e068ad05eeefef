package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.bulletin.service.BulletinDraft.HighlightDraft;
import vn.cds.baocao.bulletin.service.BulletinSummary;
import vn.cds.baocao.bulletin.service.BulletinWorkflow.PublicationCheck;
import vn.cds.baocao.bulletin.service.render.TextDiff;

/** The editor's dialogs: a required reason or note, what the approver is told before publishing, the copy source. */
final class BulletinEditorDialogs {

    static final int MAX_NOTE = 4000;

    private BulletinEditorDialogs() {
    }

    /** A dialog that will not go on without a text (a reason for returning, a correction's note). */
    static Dialog askText(String titleKey, String introKey, String labelKey, String confirmKey, String requiredKey,
                          SerializableConsumer<String> onText) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr(titleKey));
        dialog.addClassName("bulletin-editor-dialog");
        TextArea text = new TextArea(tr(labelKey));
        text.setId("bulletin-dialog-text");
        text.setRequired(true);
        text.setMaxLength(MAX_NOTE);
        text.setWidth("min(36rem, 90vw)");
        text.setMinRows(3);
        Button confirm = new Button(tr(confirmKey), e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(tr(requiredKey));
                return;
            }
            dialog.close();
            onText.accept(text.getValue());
        });
        confirm.setId("bulletin-dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(tr("bulletinEditor.cancel"), e -> dialog.close());
        if (introKey != null) {
            dialog.add(new Paragraph(tr(introKey)));
        }
        dialog.add(text);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        text.focus();
        return dialog;
    }

    /**
     * Before publishing: the units printed "chưa duyệt", reports approved since the figures were taken, and every
     * edited highlight sentence beside the generated one; then the approver confirms.
     */
    static Dialog publication(PublicationCheck check, List<HighlightDraft> highlights, SerializableRunnable publish) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr("bulletinEditor.publish.title"));
        dialog.addClassName("bulletin-editor-dialog");
        dialog.setWidth("min(48rem, 95vw)");
        Div content = new Div();
        content.setId("bulletin-publication-check");
        if (check.notApprovedUnits().isEmpty()) {
            content.add(new Paragraph(tr("bulletinEditor.publish.allApproved")));
        } else {
            Paragraph warning = new Paragraph(tr("bulletinEditor.publish.notApproved",
                    String.valueOf(check.notApprovedUnits().size())));
            warning.addClassName("bulletin-editor-warning");
            UnorderedList units = new UnorderedList();
            check.notApprovedUnits().forEach(unit -> units.add(new ListItem(unit)));
            content.add(warning, units);
        }
        if (check.moreApprovedSince()) {
            Paragraph more = new Paragraph(tr("bulletinEditor.publish.moreApproved",
                    VnFormat.integer(check.approvedNow() - check.approvedWhenTaken())));
            more.addClassName("bulletin-editor-warning");
            content.add(more);
        }
        content.add(new Paragraph(check.editedHighlights() == 0 ? tr("bulletinEditor.publish.noEdits")
                : tr("bulletinEditor.publish.edits", String.valueOf(check.editedHighlights()))));
        content.add(editedHighlights(highlights));
        dialog.add(content);
        Button confirm = new Button(tr("bulletin.action.PUBLISH"), e -> {
            dialog.close();
            publish.run();
        });
        confirm.setId("bulletin-publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        dialog.getFooter().add(new Button(tr("bulletinEditor.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        return dialog;
    }

    /**
     * Every edited sentence: where it belongs, the word-by-word difference (removed words struck through, added
     * ones marked), the generated text and the edited text.
     */
    static Div editedHighlights(List<HighlightDraft> highlights) {
        Div box = new Div();
        box.addClassName("bulletin-editor-diffs");
        for (HighlightDraft highlight : highlights) {
            if (!highlight.isEdited()) {
                continue;
            }
            Html words = new Html("<div class=\"bulletin-editor-diff-words\">"
                    + TextDiff.toHtml(TextDiff.diff(highlight.generated(), highlight.edited())) + "</div>");
            Div diff = new Div(new H4(highlight.tableTitle()), words,
                    labelled("bulletinEditor.diff.generated", highlight.generated(), "bulletin-editor-diff-generated"),
                    labelled("bulletinEditor.diff.edited", highlight.edited(), "bulletin-editor-diff-edited"));
            diff.addClassName("bulletin-editor-diff");
            box.add(diff);
        }
        return box;
    }

    /** Which earlier bulletin to copy a section's items from. */
    static Dialog copySource(List<BulletinSummary> sources, String sectionHeading,
                             SerializableConsumer<BulletinSummary> onSource) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr("bulletinEditor.copy.title", sectionHeading));
        dialog.addClassName("bulletin-editor-dialog");
        if (sources.isEmpty()) {
            dialog.add(new Paragraph(tr("bulletinEditor.copy.none")));
            dialog.getFooter().add(new Button(tr("bulletinEditor.close"), e -> dialog.close()));
            dialog.open();
            return dialog;
        }
        Select<BulletinSummary> source = new Select<>();
        source.setId("bulletin-copy-source");
        source.setLabel(tr("bulletinEditor.copy.source"));
        source.setItems(sources);
        source.setItemLabelGenerator(s -> tr("bulletinEditor.copy.sourceLine", s.periodLabel(), s.numberLine(),
                tr("bulletin.status." + s.status().name())));
        source.setValue(sources.getFirst());
        source.setWidth("min(32rem, 90vw)");
        Button confirm = new Button(tr("bulletinEditor.copy.confirm"), e -> {
            dialog.close();
            onSource.accept(source.getValue());
        });
        confirm.setId("bulletin-copy-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(tr("bulletinEditor.copy.intro")), source);
        dialog.getFooter().add(new Button(tr("bulletinEditor.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        return dialog;
    }

    private static Div labelled(String labelKey, String text, String className) {
        Span label = new Span(tr(labelKey));
        label.addClassName("bulletin-editor-diff-label");
        Span value = new Span(text);
        value.addClassName(className);
        return new Div(label, value);
    }

    private static String tr(String key, Object... args) {
        return Messages.get(key, args);
    }
}
