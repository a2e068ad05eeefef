package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.analytics.service.RankingService;
import vn.cds.baocao.analytics.service.RankingService.IndicatorChoice;
import vn.cds.baocao.analytics.service.TrendService;
import vn.cds.baocao.analytics.service.TrendService.Trend;
import vn.cds.baocao.analytics.service.UnitRef;

/** "Xu hướng": an indicator over the periods up to the chosen one, for chosen units and the province mean. */
class TrendPanel extends VerticalLayout {

    static final List<Integer> PERIOD_CHOICES = List.of(6, 12, 24, 36, 60);
    static final int DEFAULT_UNITS = 3;

    private final TrendService trends;
    private final RankingService rankings;
    private final ComboBox<IndicatorChoice> indicator = new ComboBox<>();
    private final MultiSelectComboBox<UnitRef> units = new MultiSelectComboBox<>();
    private final Select<Integer> periods = new Select<>();
    private final CdsChart chart = new CdsChart();
    private PeriodRef period;
    private boolean loading;

    TrendPanel(TrendService trends, RankingService rankings) {
        this.trends = trends;
        this.rankings = rankings;
        setPadding(false);
        indicator.setLabel(getTranslation("analytics.trend.indicator"));
        indicator.setItemLabelGenerator(i -> i.name() + " — " + i.sectionName());
        indicator.setWidth("min(100%, 44em)");
        units.setLabel(getTranslation("analytics.trend.units"));
        units.setItemLabelGenerator(UnitRef::shortName);
        units.setWidth("min(100%, 36em)");
        periods.setLabel(getTranslation("analytics.trend.periods"));
        periods.setItems(PERIOD_CHOICES);
        periods.setItemLabelGenerator(n -> getTranslation("analytics.trend.periodsItem", String.valueOf(n)));
        periods.setValue(24);
        chart.setId("trend-chart");
        indicator.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) {
                loadUnits(Set.of());
                refresh();
            }
        });
        units.addValueChangeListener(e -> {
            if (!loading) {
                refresh();
            }
        });
        periods.addValueChangeListener(e -> {
            if (!loading) {
                refresh();
            }
        });
        HorizontalLayout filters = new HorizontalLayout(indicator, units, periods);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        Paragraph hint = new Paragraph(getTranslation("analytics.trend.hint"));
        hint.addClassName("cds-hint");
        add(filters, chart, hint);
    }

    void show(PeriodRef period) {
        this.period = period;
        loading = true;
        try {
            List<IndicatorChoice> choices = rankings.indicators(period.id(), getLocale());
            String selected = indicator.getValue() == null ? null : indicator.getValue().code();
            indicator.setItems(choices);
            indicator.setValue(choices.stream().filter(c -> c.code().equals(selected)).findFirst()
                    .orElse(choices.isEmpty() ? null : choices.getFirst()));
            Set<String> chosen = new LinkedHashSet<>();
            units.getValue().forEach(u -> chosen.add(u.code()));
            loadUnits(chosen);
        } finally {
            loading = false;
        }
        refresh();
    }

    private void loadUnits(Set<String> keep) {
        boolean wasLoading = loading;
        loading = true;
        try {
            if (indicator.getValue() == null) {
                units.setItems(List.of());
                return;
            }
            List<UnitRef> available = trends.units(indicator.getValue().id(), period.id(), getLocale());
            units.setItems(available);
            List<UnitRef> chosen = available.stream().filter(u -> keep.contains(u.code())).toList();
            units.setValue(new LinkedHashSet<>(chosen.isEmpty()
                    ? available.subList(0, Math.min(DEFAULT_UNITS, available.size())) : chosen));
        } finally {
            loading = wasLoading;
        }
    }

    private void refresh() {
        if (period == null || indicator.getValue() == null) {
            return;
        }
        List<Long> unitIds = units.getValue().stream().limit(TrendService.MAX_UNITS).map(UnitRef::id).toList();
        Trend trend = trends.trend(indicator.getValue().id(), period.id(), periods.getValue(), unitIds, getLocale());
        List<CdsChart.Series> series = new ArrayList<>();
        trend.units().forEach(s -> series.add(new CdsChart.Series(s.name(), s.values(), null, false)));
        series.add(new CdsChart.Series(trend.mean().name(), trend.mean().values(), null, true));
        chart.showLines(trend.column().valueType().name(), trend.periodLabels(), series);
    }
}
