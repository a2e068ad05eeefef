package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.analytics.service.Cell;
import vn.cds.baocao.analytics.service.CellText;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.analytics.service.RankingService;
import vn.cds.baocao.analytics.service.RankingService.IndicatorChoice;
import vn.cds.baocao.analytics.service.RankingService.RankedRow;
import vn.cds.baocao.analytics.service.RankingService.RankingTable;

/** "Xếp hạng": units ranked on one indicator, as a bar chart with the target line and as a table. */
class RankingPanel extends VerticalLayout {

    private final RankingService service;
    private final ComboBox<IndicatorChoice> indicator = new ComboBox<>();
    private final VerticalLayout content = new VerticalLayout();
    private PeriodRef period;
    private String unitType;

    RankingPanel(RankingService service) {
        this.service = service;
        setPadding(false);
        content.setPadding(false);
        indicator.setLabel(getTranslation("analytics.ranking.indicator"));
        indicator.setItemLabelGenerator(i -> i.name() + " — " + i.sectionName());
        indicator.setWidth("min(100%, 44em)");
        indicator.setId("ranking-indicator");
        indicator.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                refresh();
            }
        });
        add(indicator, content);
    }

    void show(PeriodRef period, String unitType) {
        this.period = period;
        this.unitType = unitType;
        List<IndicatorChoice> choices = service.indicators(period.id(), getLocale());
        String selected = indicator.getValue() == null ? null : indicator.getValue().code();
        indicator.setItems(choices);
        indicator.setValue(choices.stream().filter(c -> c.code().equals(selected)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.getFirst()));
        refresh();
    }

    void select(String indicatorCode) {
        indicator.getListDataView().getItems().filter(c -> c.code().equals(indicatorCode)).findFirst()
                .ifPresent(indicator::setValue);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (period == null || indicator.getValue() == null) {
            return;
        }
        RankingTable table = service.ranking(period.id(), indicator.getValue().id(), unitType, getLocale());
        Locale locale = getLocale();
        List<RankedRow> ranked = table.ranked();
        if (ranked.isEmpty()) {
            content.add(new Paragraph(getTranslation("analytics.ranking.noneRanked")));
        } else {
            CdsChart chart = new CdsChart();
            chart.setId("ranking-chart");
            String targetLabel = table.column().targetText() == null ? null
                    : getTranslation("analytics.ranking.target", table.column().targetText());
            chart.showBars(table.column().valueType().name(),
                    ranked.stream().map(r -> r.rank() + ". " + r.unit().shortName()).toList(),
                    new CdsChart.Series(table.column().header(), ranked.stream().map(RankedRow::value).toList(),
                            ranked.stream().map(r -> Colors.of(r.top(), r.bottom())).toList(), false),
                    table.target(), targetLabel);
            Paragraph legend = new Paragraph(getTranslation("analytics.ranking.legend"));
            legend.addClassName("cds-hint");
            content.add(chart, legend);
        }
        Grid<RankedRow> rankingGrid = grid(table, locale);
        content.add(GridCsv.link(rankingGrid, "xep-hang_" + period.key()), rankingGrid);
    }

    private Grid<RankedRow> grid(RankingTable table, Locale locale) {
        Grid<RankedRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addClassName("cds-table");
        grid.addColumn(r -> r.rank() == null ? "" : String.valueOf(r.rank()))
                .setHeader(getTranslation("analytics.ranking.rank")).setWidth("5em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.unit().shortName()).setHeader(getTranslation("analytics.column.unit"))
                .setWidth("13em").setFlexGrow(1);
        grid.addColumn(r -> CellText.value(table.column(), new Cell(r.state(), r.value(), r.verdict(), null),
                        locale)).setHeader(getTranslation("analytics.ranking.value")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(r -> r.state() == Cell.State.NOT_APPROVED ? "cds-not-approved"
                        : r.state().isNoFigure() ? "cds-no-figure" : null);
        if (table.column().targetText() != null) {
            grid.addColumn(r -> CellText.verdict(r.verdict(), locale))
                    .setHeader(getTranslation("analytics.column.verdict", table.column().targetText()))
                    .setAutoWidth(true);
        }
        if (table.previous() != null) {
            grid.addColumn(r -> r.previousRank() == null ? "" : String.valueOf(r.previousRank()))
                    .setHeader(getTranslation("analytics.ranking.previousRank", table.previous())).setAutoWidth(true)
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(this::rankChange).setHeader(getTranslation("analytics.ranking.rankChange"))
                    .setAutoWidth(true);
        }
        grid.setPartNameGenerator(r -> r.top() ? "cds-top" : r.bottom() ? "cds-bottom" : null);
        grid.setItems(table.rows());
        grid.setAllRowsVisible(table.rows().size() <= TablesPanel.ALL_ROWS_VISIBLE_UP_TO);
        if (table.rows().size() > TablesPanel.ALL_ROWS_VISIBLE_UP_TO) {
            grid.setHeight("70vh");
        }
        return grid;
    }

    private String rankChange(RankedRow row) {
        Integer change = row.rankChange();
        if (row.rank() == null) {
            return "";
        }
        if (change == null) {
            return getTranslation("analytics.ranking.new");
        }
        if (Objects.equals(change, 0)) {
            return getTranslation("analytics.ranking.same");
        }
        return change > 0 ? getTranslation("analytics.ranking.up", String.valueOf(change))
                : getTranslation("analytics.ranking.down", String.valueOf(-change));
    }
}
