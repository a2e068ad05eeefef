package vn.cds.baocao.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinDraft.HighlightDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.bulletin.service.render.BulletinContent;
import vn.cds.baocao.exchange.service.document.DocTable;

/**
 * SỐ LIỆU THỐNG KÊ in the editor: the tables as taken from approved data (read-only), when they were taken,
 * "Cập nhật số liệu", and each generated "Từ bảng trên cho thấy" sentence in a field of its own; an edited one is
 * marked "đã sửa" with the generated sentence beside it, and can go back to it.
 */
public class BulletinEditorStatistics extends Div {

    static final int MAX_HIGHLIGHT = 4000;

    private final TextField heading = new TextField();
    private final List<Highlight> highlights = new ArrayList<>();

    /** One sentence: the generated text and the field holding what prints. */
    private final class Highlight extends Div {
        private final HighlightDraft draft;
        private final TextArea text = new TextArea();
        private final Span mark = new Span(getTranslation("bulletinEditor.highlight.edited"));
        private final Div generated = new Div();
        private final Button restore;

        Highlight(HighlightDraft draft, SerializableRunnable changed) {
            this.draft = draft;
            addClassName("bulletin-editor-highlight");
            text.setWidthFull();
            text.setMaxLength(MAX_HIGHLIGHT);
            text.setAriaLabel(getTranslation("bulletinEditor.highlight.label"));
            text.setValue(draft.isEdited() ? draft.edited() : draft.generated());
            text.addClassName("bulletin-editor-highlight-text");
            mark.getElement().getThemeList().add("badge contrast small");
            mark.addClassName("bulletin-editor-highlight-mark");
            generated.addClassName("bulletin-editor-highlight-generated");
            generated.add(new Span(getTranslation("bulletinEditor.highlight.generated")), new Span(draft.generated()));
            restore = new Button(getTranslation("bulletinEditor.highlight.restore"), VaadinIcon.ROTATE_LEFT.create(),
                    e -> text.setValue(draft.generated()));
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            text.addValueChangeListener(e -> {
                marked();
                changed.run();
            });
            add(text, mark, generated, restore);
            marked();
        }

        private void marked() {
            boolean edited = isEdited();
            mark.setVisible(edited);
            generated.setVisible(edited);
            restore.setVisible(edited);
        }

        /** A blank field prints the generated sentence (the service's reading of "no edit"). */
        boolean isEdited() {
            String value = text.getValue().strip();
            return !value.isEmpty() && !value.equals(draft.generated().strip());
        }

        HighlightDraft value() {
            return new HighlightDraft(draft.tableCode(), draft.tableTitle(), draft.position(), draft.generated(),
                    isEdited() ? text.getValue() : null);
        }
    }

    /**
     * @param shown     the statistics as they print (tables and sentences), null before any were taken
     * @param refresh   takes the statistics again (null when the bulletin cannot change)
     */
    BulletinEditorStatistics(SectionDraft section, List<HighlightDraft> drafts, LocalDateTime takenAt,
                             BulletinContent.Statistics shown, SerializableRunnable refresh,
                             SerializableRunnable changed) {
        addClassName("bulletin-editor-section");
        addClassName("bulletin-editor-statistics");
        setId("bulletin-section-statistics");
        heading.setLabel(getTranslation("bulletinEditor.section.heading"));
        heading.setRequiredIndicatorVisible(true);
        heading.setMaxLength(BulletinEditorSection.MAX_HEADING);
        heading.setWidthFull();
        heading.setValue(section.heading() == null ? "" : section.heading());
        heading.addValueChangeListener(e -> changed.run());
        Span taken = new Span(takenAt == null ? getTranslation("bulletinEditor.statistics.none")
                : getTranslation("bulletinEditor.statistics.takenAt", VnFormat.dateTime(takenAt)));
        taken.addClassName("bulletin-editor-statistics-taken");
        Div line = new Div(taken);
        line.addClassName("bulletin-editor-statistics-line");
        if (refresh != null) {
            Button update = new Button(getTranslation("bulletin.action.REFRESH_STATISTICS"),
                    VaadinIcon.REFRESH.create(), e -> refresh.run());
            update.setId("bulletin-refresh-statistics");
            update.setTooltipText(getTranslation("bulletinEditor.statistics.refreshHint"));
            line.add(update);
        }
        add(heading, line);
        Map<String, List<HighlightDraft>> byTable = new LinkedHashMap<>();
        drafts.forEach(h -> byTable.computeIfAbsent(h.tableTitle(), k -> new ArrayList<>()).add(h));
        if (shown != null) {
            add(new Paragraph(shown.approvedLine()));
            if (shown.notApprovedLine() != null) {
                Paragraph warning = new Paragraph(shown.notApprovedLine());
                warning.addClassName("bulletin-editor-warning");
                add(warning);
            }
            for (BulletinContent.StatisticsBlock block : shown.blocks()) {
                Div content = new Div();
                block.paragraphs().forEach(p -> content.add(new Paragraph(p)));
                if (block.table() != null) {
                    content.add(table(block.table()));
                }
                List<HighlightDraft> own = byTable.remove(block.title());
                if (own != null) {
                    content.add(sentences(own, changed));
                }
                Details details = new Details(block.title(), content);
                details.setOpened(true);
                details.addClassName("bulletin-editor-statistics-block");
                add(details);
            }
        }
        byTable.forEach((title, own) -> {
            Details details = new Details(title, sentences(own, changed));
            details.setOpened(true);
            add(details);
        });
    }

    SectionDraft value() {
        return new SectionDraft(SectionKind.STATISTICS, heading.getValue(), List.of());
    }

    List<HighlightDraft> highlights() {
        return highlights.stream().map(Highlight::value).toList();
    }

    /** The sentence fields, in print order. */
    public List<TextArea> highlightFields() {
        return highlights.stream().map(h -> h.text).toList();
    }

    private Div sentences(List<HighlightDraft> own, SerializableRunnable changed) {
        Div box = new Div(new Span(getTranslation("bulletinEditor.highlight.intro")));
        box.addClassName("bulletin-editor-highlights");
        for (HighlightDraft draft : own) {
            Highlight highlight = new Highlight(draft, changed);
            highlights.add(highlight);
            box.add(highlight);
        }
        return box;
    }

    /** The table as the document prints it, read-only, scrolling sideways on a narrow screen. */
    static Div table(DocTable table) {
        NativeTableRow headerRow = new NativeTableRow();
        headerRow.add(new NativeTableHeaderCell(tr("bulletinEditor.table.number")),
                new NativeTableHeaderCell(tr("bulletinEditor.table.unit")));
        for (DocTable.DocColumn column : table.columns()) {
            String text = column.group() == null || column.group().equals(column.header()) ? column.header()
                    : column.group() + " — " + column.header();
            headerRow.add(new NativeTableHeaderCell(text));
        }
        NativeTableHeader head = new NativeTableHeader();
        head.add(headerRow);
        NativeTableBody body = new NativeTableBody();
        for (DocTable.DocRow row : table.rows()) {
            NativeTableRow line = new NativeTableRow();
            line.add(new NativeTableCell(row.number()), new NativeTableCell(row.unit()));
            for (DocTable.DocCell cell : row.cells()) {
                NativeTableCell td = new NativeTableCell(cell.text());
                td.addClassName("bulletin-cell-" + cell.style().name().toLowerCase(java.util.Locale.ROOT));
                line.add(td);
            }
            if (row.total()) {
                line.addClassName("bulletin-editor-total");
            }
            body.add(line);
        }
        NativeTable htmlTable = new NativeTable(head, body);
        htmlTable.addClassName("bulletin-editor-table");
        Div scroll = new Div(htmlTable);
        scroll.addClassName("bulletin-editor-table-scroll");
        return scroll;
    }

    private static String tr(String key) {
        return vn.cds.baocao.base.i18n.Messages.get(key);
    }
}
