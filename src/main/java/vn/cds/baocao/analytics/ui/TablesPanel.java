package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cds.baocao.analytics.service.Cell;
import vn.cds.baocao.analytics.service.CellText;
import vn.cds.baocao.analytics.service.ColumnSpec;
import vn.cds.baocao.analytics.service.Highlight;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.PeriodTableService.PeriodTables;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.analytics.service.SectionTable.Row;
import vn.cds.baocao.analytics.service.SectionTable.TotalCell;
import vn.cds.baocao.analytics.service.SectionTable.TotalRow;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;

/** "Bảng số liệu": one grid per table of the report, with TỔNG rows, CSV download and the generated highlights. */
class TablesPanel extends VerticalLayout {

    static final int ALL_ROWS_VISIBLE_UP_TO = 60;

    private final PeriodTableService service;
    private final Checkbox showChanges = new Checkbox();
    private final List<Grid.Column<Row>> changeColumns = new ArrayList<>();
    private final VerticalLayout content = new VerticalLayout();

    TablesPanel(PeriodTableService service) {
        this.service = service;
        setPadding(false);
        content.setPadding(false);
        showChanges.setLabel(getTranslation("analytics.tables.showChanges"));
        showChanges.setValue(true);
        showChanges.addValueChangeListener(e -> changeColumns.forEach(c -> c.setVisible(e.getValue())));
        add(showChanges, content);
    }

    void show(PeriodRef period, String unitType) {
        content.removeAll();
        changeColumns.clear();
        PeriodTables tables = service.tables(period.id(), unitType, getLocale());
        int number = 1;
        for (SectionTable table : tables.sections()) {
            content.add(section(number++, table, period, unitType));
        }
    }

    private VerticalLayout section(int number, SectionTable table, PeriodRef period, String unitType) {
        VerticalLayout block = new VerticalLayout();
        block.setPadding(false);
        block.addClassName("cds-section");
        block.setId("bang-" + table.code().toLowerCase(Locale.ROOT));
        H3 title = new H3(getTranslation("analytics.tables.sectionTitle", String.valueOf(number), table.name()));
        title.addClassName("cds-section-title");
        HorizontalLayout head = new HorizontalLayout(title);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        if (!table.hasValues() && table.notApprovedUnits().isEmpty()) {
            block.add(head, new Paragraph(getTranslation("analytics.tables.noData")));
            return block;
        }
        head.add(csvLink(table, period, unitType));
        block.add(head, grid(table));
        if (!table.highlights().isEmpty()) {
            block.add(highlights(table.highlights()));
        }
        return block;
    }

    private Anchor csvLink(SectionTable table, PeriodRef period, String unitType) {
        String file = "bang-so-lieu_" + period.key() + "_" + table.code().toLowerCase(Locale.ROOT) + ".csv";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = service.csv(period.id(), table.code(), unitType, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(csv), file, "text/csv; charset=UTF-8", csv.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("analytics.tables.csv")));
        link.getElement().setAttribute("download", file);
        link.addClassName("cds-csv-link");
        return link;
    }

    private Grid<Row> grid(SectionTable table) {
        Locale locale = getLocale();
        Grid<Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.addClassName("cds-table");
        Map<Row, Integer> order = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            order.put(table.rows().get(i), i + 1);
        }
        Grid.Column<Row> number = grid.addColumn(order::get).setHeader(getTranslation("analytics.column.number"))
                .setWidth("4em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        Collator collator = Collator.getInstance(Locale.of("vi", "VN"));
        Grid.Column<Row> unit = grid.addColumn(row -> row.unit().shortName())
                .setHeader(getTranslation("analytics.column.unit"))
                .setComparator(Comparator.comparing((Row row) -> row.unit().shortName(), collator))
                .setWidth("13em").setFlexGrow(1).setResizable(true);

        boolean grouped = table.columns().stream().anyMatch(c -> c.targetText() != null || c.comparedWith() != null);
        HeaderRow groups = grouped ? grid.prependHeaderRow() : null;
        List<List<Grid.Column<Row>>> valueColumns = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            ColumnSpec spec = table.columns().get(c);
            int index = c;
            List<Grid.Column<Row>> own = new ArrayList<>();
            Grid.Column<Row> value = grid.addColumn(row -> CellText.value(spec, row.cells().get(index), locale))
                    .setComparator(byValue(index)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setPartNameGenerator(row -> row.cells().get(index).state() == Cell.State.NOT_APPROVED
                            ? "cds-not-approved" : row.cells().get(index).state().isNoFigure() ? "cds-no-figure" : null);
            value.setHeader(header(grouped ? getTranslation("analytics.column.value") : spec.header()));
            own.add(value);
            if (spec.targetText() != null) {
                own.add(grid.addColumn(row -> CellText.verdict(row.cells().get(index).verdict(), locale))
                        .setHeader(header(CellText.verdictHeader(spec, locale))).setAutoWidth(true)
                        .setSortable(true)
                        .setComparator(Comparator.comparing((Row row) -> row.cells().get(index).verdict()))
                        .setPartNameGenerator(row -> verdictPart(row.cells().get(index).verdict())));
            }
            if (spec.comparedWith() != null) {
                Grid.Column<Row> change = grid.addColumn(row -> CellText.change(row.cells().get(index), locale))
                        .setHeader(header(CellText.changeHeader(spec, locale))).setAutoWidth(true)
                        .setComparator(byChange(index))
                        .setPartNameGenerator(row -> changePart(row.cells().get(index).change()));
                changeColumns.add(change);
                change.setVisible(showChanges.getValue());
                own.add(change);
            }
            if (groups != null) {
                HeaderRow.HeaderCell cell = own.size() > 1
                        ? groups.join(own.toArray(Grid.Column[]::new)) : groups.getCell(value);
                cell.setComponent(header(spec.header()));
            }
            valueColumns.add(own);
        }
        if (groups != null) {
            groups.join(number, unit).setText("");
        }
        for (TotalRow total : table.totals()) {
            FooterRow footer = grid.appendFooterRow();
            footer.getCell(unit).setComponent(strong(total.label()));
            for (int c = 0; c < table.columns().size(); c++) {
                ColumnSpec spec = table.columns().get(c);
                TotalCell cell = total.cells().get(c);
                List<Grid.Column<Row>> own = valueColumns.get(c);
                String coverage = CellText.totalCoverage(cell, locale);
                Span text = strong(CellText.total(spec, cell));
                if (!coverage.isEmpty()) {
                    Span note = new Span(" " + coverage);
                    note.addClassName("cds-total-coverage");
                    footer.getCell(own.getFirst()).setComponent(new Span(text, note));
                } else {
                    footer.getCell(own.getFirst()).setComponent(text);
                }
                if (spec.targetText() != null && cell != null && cell.verdict() != Verdict.NONE) {
                    footer.getCell(own.get(1)).setComponent(strong(CellText.verdict(cell.verdict(), locale)));
                }
            }
        }
        grid.setItems(table.rows());
        if (table.rows().size() <= ALL_ROWS_VISIBLE_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("70vh");
        }
        grid.setWidthFull();
        return grid;
    }

    private static Comparator<Row> byValue(int index) {
        return Comparator.comparing((Row row) -> row.cells().get(index).value(),
                Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
    }

    private static Comparator<Row> byChange(int index) {
        return Comparator.comparingDouble((Row row) -> {
            Change change = row.cells().get(index).change();
            return change == null ? Double.NEGATIVE_INFINITY : change.signed();
        });
    }

    private static String verdictPart(Verdict verdict) {
        return switch (verdict) {
            case MET -> "cds-met";
            case MISSED -> "cds-missed";
            case NONE -> null;
        };
    }

    private static String changePart(Change change) {
        if (change == null) {
            return null;
        }
        return switch (change.direction()) {
            case UP -> "cds-up";
            case DOWN -> "cds-down";
            case SAME -> null;
        };
    }

    private static Span header(String text) {
        Span span = new Span(text);
        span.addClassName("cds-grid-header");
        return span;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("cds-total");
        return span;
    }

    private Div highlights(List<Highlight> highlights) {
        Div box = new Div();
        box.addClassName("cds-highlights");
        Paragraph title = new Paragraph(getTranslation("analytics.highlight.title"));
        title.addClassName("cds-highlights-title");
        UnorderedList list = new UnorderedList();
        highlights.forEach(h -> list.add(new ListItem(h.text())));
        box.add(title, list);
        return box;
    }
}
