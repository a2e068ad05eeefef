package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.analytics.service.CompositeRankingService;
import vn.cds.baocao.analytics.service.CompositeRankingService.CompositeRow;
import vn.cds.baocao.analytics.service.CompositeRankingService.CompositeTable;
import vn.cds.baocao.analytics.service.CompositeRankingService.Status;
import vn.cds.baocao.analytics.service.CompositeRankingService.WeightedIndicator;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.base.format.VnFormat;

/** "Xếp hạng tổng hợp": the method in words, the weights in use, the chart and the table. */
class CompositePanel extends VerticalLayout {

    private final CompositeRankingService service;

    CompositePanel(CompositeRankingService service) {
        this.service = service;
        setPadding(false);
    }

    void show(PeriodRef period, String unitType) {
        removeAll();
        CompositeTable table = service.composite(period.id(), unitType, getLocale());
        add(method(table));
        if (!table.configured()) {
            add(new Paragraph(getTranslation("analytics.composite.notConfigured")));
            return;
        }
        List<CompositeRow> ranked = table.rows().stream().filter(r -> r.rank() != null).toList();
        if (!ranked.isEmpty()) {
            CdsChart chart = new CdsChart();
            chart.setId("composite-chart");
            int n = ranked.size();
            int bottomFrom = n > 3 ? ranked.get(n - 3).rank() : Integer.MAX_VALUE;
            chart.showBars("SCORE", ranked.stream().map(r -> r.rank() + ". " + r.unit().shortName()).toList(),
                    new CdsChart.Series(getTranslation("analytics.composite.score"),
                            ranked.stream().map(CompositeRow::score).toList(),
                            ranked.stream().map(r -> Colors.of(n > 3 && r.rank() <= 3, r.rank() >= bottomFrom))
                                    .toList(), false),
                    null, null);
            add(chart);
        }
        Grid<CompositeRow> compositeGrid = grid(table);
        add(GridCsv.link(compositeGrid, "xep-hang-tong-hop_" + table.period().key()), compositeGrid);
    }

    private Details method(CompositeTable table) {
        VerticalLayout text = new VerticalLayout();
        text.setPadding(false);
        text.setSpacing(false);
        text.add(new Paragraph(getTranslation("analytics.composite.method.normalise")),
                new Paragraph(getTranslation("analytics.composite.method.weights")),
                new Paragraph(getTranslation("analytics.composite.method.missing",
                        String.valueOf(table.minCoveragePercent()))));
        if (table.configured()) {
            text.add(new Paragraph(getTranslation("analytics.composite.weightsUsed")));
            UnorderedList weights = new UnorderedList();
            for (WeightedIndicator weight : table.weights()) {
                weights.add(new ListItem(getTranslation("analytics.composite.weightItem", weight.column().name(),
                        VnFormat.number(weight.weight(), 2), VnFormat.number(weight.share(), 1))));
            }
            text.add(weights);
        }
        Details details = new Details(getTranslation("analytics.composite.method.title"), text);
        details.setOpened(true);
        details.addClassName("cds-method");
        return details;
    }

    private Grid<CompositeRow> grid(CompositeTable table) {
        Grid<CompositeRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addClassName("cds-table");
        grid.addColumn(r -> r.rank() == null ? "" : String.valueOf(r.rank()))
                .setHeader(getTranslation("analytics.ranking.rank")).setWidth("5em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.unit().shortName()).setHeader(getTranslation("analytics.column.unit"))
                .setWidth("13em").setFlexGrow(1).setFrozen(true);
        grid.addColumn(this::score).setHeader(getTranslation("analytics.composite.score")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(r -> r.status() == Status.NOT_APPROVED ? "cds-not-approved" : null);
        grid.addColumn(r -> VnFormat.number(r.coveragePercent(), 0) + "%")
                .setHeader(getTranslation("analytics.composite.coverage")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        for (WeightedIndicator weight : table.weights()) {
            long id = weight.column().indicatorId();
            grid.addColumn(r -> r.normalised().containsKey(id) ? VnFormat.number(r.normalised().get(id), 1) : "–")
                    .setHeader(weight.column().header()).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(table.rows().size() <= TablesPanel.ALL_ROWS_VISIBLE_UP_TO);
        if (table.rows().size() > TablesPanel.ALL_ROWS_VISIBLE_UP_TO) {
            grid.setHeight("70vh");
        }
        return grid;
    }

    private String score(CompositeRow row) {
        return switch (row.status()) {
            case RANKED -> VnFormat.number(row.score(), 1);
            case INSUFFICIENT_DATA -> getTranslation("analytics.composite.status.INSUFFICIENT_DATA");
            case NOT_APPROVED -> getTranslation("analytics.composite.status.NOT_APPROVED");
        };
    }
}
