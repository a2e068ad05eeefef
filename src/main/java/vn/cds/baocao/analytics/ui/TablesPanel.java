package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnRendering;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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

/**
 * "Bảng số liệu": one grid per table of the report, with TỔNG rows, CSV download and the generated highlights.
 * The session keeps none of the tables' rows: each grid asks the service for the page it shows, out of the tables
 * every leader shares ({@code PeriodTableService.tables}); the "change" columns exist only while they are shown.
 */
class TablesPanel extends VerticalLayout {

    static final int ALL_ROWS_VISIBLE_UP_TO = 60;
    /** Rows per request of a long grid: about two screens of compact rows. */
    static final int PAGE_SIZE = 40;
    /**
     * From this many columns the browser renders only the cells of the columns in view, and the columns get fixed
     * widths: measuring every column's content for its width (auto width) is what makes a wide grid slow to show.
     */
    static final int LAZY_COLUMNS_FROM = 16;
    /**
     * A table with more figure, verdict and change columns is shown a few indicators at a time, with a choice of
     * which: every column is state the first answer sends (about 2,5 KB each) and the browser lays out, whatever the
     * number of rows. The reference catalog's widest table (online payments in 3/2024: 12 indicators, 24 figure and
     * change columns) stays whole.
     */
    static final int COLUMNS_PER_PAGE = 24;

    private final PeriodTableService service;
    private final Checkbox showChanges = new Checkbox();
    private final VerticalLayout content = new VerticalLayout();
    private PeriodRef shownPeriod;
    private String shownType;

    TablesPanel(PeriodTableService service) {
        this.service = service;
        setPadding(false);
        content.setPadding(false);
        showChanges.setLabel(getTranslation("analytics.tables.showChanges"));
        showChanges.setValue(true);
        showChanges.addValueChangeListener(e -> {
            if (shownPeriod != null) {
                show(shownPeriod, shownType);
            }
        });
        add(showChanges, content);
    }

    void show(PeriodRef period, String unitType) {
        shownPeriod = period;
        shownType = unitType;
        content.removeAll();
        PeriodTables tables = service.tables(period.id(), unitType, getLocale());
        int number = 1;
        for (SectionTable table : tables.sections()) {
            content.add(section(number++, table, period, unitType));
        }
    }

    /** The table's block on the page ("bang-dvc"), also the start of its other ids. */
    private static String sectionId(SectionTable table) {
        return "bang-" + table.code().toLowerCase(Locale.ROOT);
    }

    /** A table of the report: its title at once; its grid at once for the first table, else when scrolled near. */
    private VerticalLayout section(int number, SectionTable table, PeriodRef period, String unitType) {
        VerticalLayout block = new VerticalLayout();
        block.setPadding(false);
        block.addClassName("cds-section");
        block.setId(sectionId(table));
        H3 title = new H3(getTranslation("analytics.tables.sectionTitle", String.valueOf(number), table.name()));
        title.addClassName("cds-section-title");
        HorizontalLayout head = new HorizontalLayout(title);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        block.add(head);
        if (!table.hasValues() && table.notApprovedUnits().isEmpty()) {
            block.add(new Paragraph(getTranslation("analytics.tables.noData")));
            return block;
        }
        head.add(csvLink(table, period, unitType));
        if (number == 1) {
            block.add(body(table, period, unitType));
        } else {
            // the table as shared when the box is built: a session keeps no table of its own meanwhile
            String code = table.code();
            block.add(new BuiltWhenNear(() -> current(period.id(), unitType, code)
                    .map(now -> body(now, period, unitType)).orElseGet(() -> new Component[0])));
        }
        return block;
    }

    private Optional<SectionTable> current(long periodId, String unitType, String code) {
        return service.tables(periodId, unitType, getLocale()).section(code);
    }

    /** The grid and its highlights, or for a wide table the choice of indicators and the chosen page's. */
    private Component[] body(SectionTable table, PeriodRef period, String unitType) {
        List<IndicatorPage> pages = indicatorPages(table);
        if (pages.size() == 1) {
            return page(table, period.id(), unitType, pages.getFirst(), false);
        }
        Div holder = new Div(page(table, period.id(), unitType, pages.getFirst(), true));
        holder.setWidthFull();
        String code = table.code();
        Select<IndicatorPage> choice = pageChoice(table, pages, page -> {
            holder.removeAll();
            current(period.id(), unitType, code).filter(now -> page.to() <= now.columns().size())
                    .ifPresent(now -> holder.add(page(now, period.id(), unitType, page, true)));
        });
        return new Component[] {choice, holder};
    }

    /**
     * One page of the table's indicators: its grid and the highlights of those indicators (with the table's own,
     * such as the units not approved, on every page). A wide table's highlights are its largest text after the
     * grid: when it is paged they are folded, and built when opened.
     */
    private Component[] page(SectionTable table, long periodId, String unitType, IndicatorPage page, boolean paged) {
        List<Highlight> highlights = page.highlights(table);
        Grid<Line> grid = grid(table, periodId, unitType, page);
        if (highlights.isEmpty()) {
            return new Component[] {grid};
        }
        return new Component[] {grid, paged ? foldedHighlights(highlights) : highlights(highlights)};
    }

    private Details foldedHighlights(List<Highlight> highlights) {
        Details folded = new Details(getTranslation("analytics.highlight.folded", String.valueOf(highlights.size())));
        folded.addOpenedChangeListener(event -> {
            if (event.isOpened() && folded.getContent().findAny().isEmpty()) {
                folded.add(highlights(highlights));
            }
        });
        return folded;
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

    /** The table's indicators in pages of at most {@link #COLUMNS_PER_PAGE} grid columns (one page if they fit). */
    private List<IndicatorPage> indicatorPages(SectionTable table) {
        return IndicatorPage.split(IntStream.range(0, table.columns().size()).map(c -> gridColumns(table, c, c + 1))
                .toArray(), COLUMNS_PER_PAGE);
    }

    /** "Chỉ số 1–10 / 40": which indicators of a wide table the grid shows. */
    private Select<IndicatorPage> pageChoice(SectionTable table, List<IndicatorPage> pages,
                                             Consumer<IndicatorPage> show) {
        Select<IndicatorPage> choice = new Select<>();
        choice.setId(sectionId(table) + "-chi-so");
        choice.setLabel(getTranslation("analytics.tables.indicatorPage"));
        choice.setItems(pages);
        String count = String.valueOf(table.columns().size());
        choice.setItemLabelGenerator(page -> getTranslation("analytics.tables.indicatorRange",
                String.valueOf(page.from() + 1), String.valueOf(page.to()), count));
        choice.setValue(pages.getFirst());
        choice.addValueChangeListener(event -> show.accept(event.getValue()));
        return choice;
    }

    /** The grid of one page of the table's indicators. */
    private Grid<Line> grid(SectionTable table, long periodId, String unitType, IndicatorPage page) {
        int from = page.from();
        int to = page.to();
        Locale locale = getLocale();
        Grid<Line> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.addClassName("cds-table");
        Map<String, Comparator<Row>> sorts = new HashMap<>();
        Grid.Column<Line> number = grid.addColumn(Line::number).setHeader(getTranslation("analytics.column.number"))
                .setWidth("4em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        Grid.Column<Line> unit = grid.addColumn(line -> line.row().unit().shortName())
                .setHeader(getTranslation("analytics.column.unit"))
                .setWidth("13em").setFlexGrow(1).setResizable(true);
        sortable(unit, "unit", Comparator.comparing((Row row) -> row.unit().shortName(),
                Collator.getInstance(Locale.of("vi", "VN"))), sorts);

        boolean grouped = table.columns().stream().anyMatch(c -> c.targetText() != null || c.comparedWith() != null);
        boolean wide = 2 + gridColumns(table, from, to) >= LAZY_COLUMNS_FROM;
        HeaderRow groups = grouped ? grid.prependHeaderRow() : null;
        List<List<Grid.Column<Line>>> valueColumns = new ArrayList<>();
        for (int c = from; c < to; c++) {
            ColumnSpec spec = table.columns().get(c);
            int index = c;
            List<Grid.Column<Line>> own = new ArrayList<>();
            Grid.Column<Line> value = grid.addColumn(line -> CellText.value(spec, line.cell(index), locale))
                    .setTextAlign(ColumnTextAlign.END)
                    .setPartNameGenerator(line -> line.cell(index).state() == Cell.State.NOT_APPROVED
                            ? "cds-not-approved" : line.cell(index).state().isNoFigure() ? "cds-no-figure" : null);
            sortable(value, "v" + c, byValue(index), sorts);
            if (grouped) {
                value.setHeader(getTranslation("analytics.column.value"));
            } else {
                value.setHeader(header(spec.header()));
            }
            width(value, wide, "7.5em");
            own.add(value);
            if (spec.targetText() != null) {
                Grid.Column<Line> verdict = grid.addColumn(line -> CellText.verdict(line.cell(index).verdict(), locale))
                        .setHeader(CellText.verdictHeader(spec, locale))
                        .setPartNameGenerator(line -> verdictPart(line.cell(index).verdict()));
                sortable(verdict, "t" + c, Comparator.comparing((Row row) -> row.cells().get(index).verdict()), sorts);
                width(verdict, wide, "8em");
                own.add(verdict);
            }
            if (spec.comparedWith() != null && showChanges.getValue()) {
                Grid.Column<Line> change = grid.addColumn(line -> CellText.change(line.cell(index), locale))
                        .setHeader(CellText.changeHeader(spec, locale))
                        .setPartNameGenerator(line -> changePart(line.cell(index).change()));
                sortable(change, "c" + c, byChange(index), sorts);
                width(change, wide, "9em");
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
        // Texts, not components, in the sub-headers and footers: a component per cell is a node of the UI's state
        // for each column (100 columns at 3,500 units) sent with the first answer; the footer is bold by CSS.
        for (TotalRow total : table.totals()) {
            FooterRow footer = grid.appendFooterRow();
            footer.getCell(unit).setText(total.label());
            for (int c = from; c < to; c++) {
                ColumnSpec spec = table.columns().get(c);
                TotalCell cell = total.cells().get(c);
                List<Grid.Column<Line>> own = valueColumns.get(c - from);
                String coverage = CellText.totalCoverage(cell, locale);
                String text = CellText.total(spec, cell);
                footer.getCell(own.getFirst()).setText(coverage.isEmpty() ? text : text + " " + coverage);
                if (spec.targetText() != null && cell != null && cell.verdict() != Verdict.NONE) {
                    footer.getCell(own.get(1)).setText(CellText.verdict(cell.verdict(), locale));
                }
            }
        }
        String code = table.code();
        int rowCount = table.rows().size();
        grid.setItems(new CallbackDataProvider<Line, Void>(
                query -> lines(rowsOf(periodId, unitType, code), query, sorts),
                query -> rowCount, line -> line.row().unit().id()));
        if (rowCount <= ALL_ROWS_VISIBLE_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setPageSize(PAGE_SIZE);
            grid.setHeight("70vh");
        }
        if (wide) {
            grid.setColumnRendering(ColumnRendering.LAZY);
        }
        grid.setWidthFull();
        return grid;
    }

    /** The number of value, verdict and change columns the grid of the table's indicators from–to gets. */
    private int gridColumns(SectionTable table, int from, int to) {
        return table.columns().subList(from, to).stream().mapToInt(spec -> 1 + (spec.targetText() != null ? 1 : 0)
                + (spec.comparedWith() != null && showChanges.getValue() ? 1 : 0)).sum();
    }

    private static void width(Grid.Column<Line> column, boolean wide, String fixed) {
        if (wide) {
            column.setWidth(fixed).setFlexGrow(0);
        } else {
            column.setAutoWidth(true);
        }
    }

    /** The table's rows as the service shares them now (the session keeps none of them). */
    private List<Row> rowsOf(long periodId, String unitType, String code) {
        return current(periodId, unitType, code).map(SectionTable::rows).orElse(List.of());
    }

    /** One page of rows, numbered as in the report, in the grid's sort order. */
    private static Stream<Line> lines(List<Row> rows, Query<Line, Void> query, Map<String, Comparator<Row>> sorts) {
        Comparator<Line> order = null;
        for (QuerySortOrder sort : query.getSortOrders()) {
            Comparator<Row> byRow = sorts.get(sort.getSorted());
            if (byRow == null) {
                continue;
            }
            Comparator<Line> byLine = Comparator.comparing(Line::row, byRow);
            if (sort.getDirection() == SortDirection.DESCENDING) {
                byLine = byLine.reversed();
            }
            order = order == null ? byLine : order.thenComparing(byLine);
        }
        Stream<Line> all = IntStream.range(0, rows.size()).mapToObj(i -> new Line(i + 1, rows.get(i)));
        if (order != null) {
            all = all.sorted(order);
        }
        return all.skip(query.getOffset()).limit(query.getLimit());
    }

    private static void sortable(Grid.Column<Line> column, String key, Comparator<Row> comparator,
                                 Map<String, Comparator<Row>> sorts) {
        column.setSortProperty(key);
        sorts.put(key, comparator);
    }

    /** A row of the shared table with its number in the report. */
    record Line(int number, Row row) {

        Cell cell(int index) {
            return row.cells().get(index);
        }
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
