package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cds.baocao.analytics.service.CompositeRankingService;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.analytics.service.RankingService;
import vn.cds.baocao.analytics.service.TrendService;
import vn.cds.baocao.base.ui.ViewTitle;

/**
 * "Tổng quan kỳ báo cáo", the leaders' dashboard over approved figures: the report's statistics tables, rankings,
 * the composite ranking and trends, for a chosen period and unit type. Address parameters keep the choice:
 * {@code tong-quan?ky=2024-07&loai=DISTRICT&tab=xep-hang}; on the ranking tab {@code chi-so=<indicator code>} opens
 * that indicator's ranking (the home page's links).
 */
@Route("tong-quan")
@RolesAllowed({"LEADER", "REVIEWER"})
@Menu(order = 30, title = "menu.periodOverview", icon = "vaadin:chart-grid")
@StyleSheet("context://cds/analytics.css")
public class PeriodOverviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ALL = "";
    static final List<String> TAB_KEYS = List.of("bang-so-lieu", "xep-hang", "xep-hang-tong-hop", "xu-huong");

    private final PeriodTableService tableService;
    /** A combo box, not a select: its items go to the browser when opened; a select sends them all at once. */
    private final ComboBox<PeriodRef> period = new ComboBox<>();
    private final Select<String> unitType = new Select<>();
    private final Paragraph approvedOnly = new Paragraph();
    private final TabSheet tabs = new TabSheet();
    private final TablesPanel tables;
    private final RankingPanel ranking;
    private final CompositePanel composite;
    private final TrendPanel trend;
    private final Map<Tab, Runnable> refreshers = new LinkedHashMap<>();
    private final Map<Tab, String> tabKeys = new HashMap<>();
    private final Map<Tab, Boolean> fresh = new HashMap<>();
    private boolean entering;

    public PeriodOverviewView(PeriodTableService tableService, RankingService rankingService,
                              CompositeRankingService compositeService, TrendService trendService) {
        this.tableService = tableService;
        this.tables = new TablesPanel(tableService);
        this.ranking = new RankingPanel(rankingService);
        this.composite = new CompositePanel(compositeService);
        this.trend = new TrendPanel(trendService, rankingService);
        setWidthFull();
        addClassName("cds-dashboard");
        add(new ViewTitle(getTranslation("menu.periodOverview")));

        List<PeriodRef> periods = tableService.periods();
        if (periods.isEmpty()) {
            add(new Paragraph(getTranslation("analytics.dashboard.noPeriods")));
            return;
        }
        period.setLabel(getTranslation("analytics.dashboard.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(p -> getTranslation("analytics.dashboard.periodItem", p.label(getLocale()),
                String.valueOf(p.approvedReports()), String.valueOf(p.expectedUnits())));
        period.setId("period");
        period.setWidth("min(100%, 22em)");

        Map<String, String> types = tableService.unitTypes(getLocale());
        unitType.setLabel(getTranslation("analytics.dashboard.unitType"));
        unitType.setItems(List.copyOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL),
                types.keySet().stream()).toList()));
        unitType.setItemLabelGenerator(code -> code.isEmpty()
                ? getTranslation("analytics.dashboard.allUnitTypes") : types.get(code));
        unitType.setValue(ALL);
        unitType.setId("unit-type");
        unitType.setWidth("min(100%, 22em)");

        HorizontalLayout filters = new HorizontalLayout(period, unitType);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        approvedOnly.addClassName("cds-hint");

        addTab("analytics.tab.tables", tables, () -> tables.show(period.getValue(), selectedType()));
        addTab("analytics.tab.ranking", ranking, () -> ranking.show(period.getValue(), selectedType()));
        addTab("analytics.tab.composite", composite, () -> composite.show(period.getValue(), selectedType()));
        addTab("analytics.tab.trend", trend, () -> trend.show(period.getValue()));
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> refreshSelected());
        add(filters, approvedOnly, tabs);

        period.setValue(PeriodRef.newestWithApprovedReports(periods).orElse(periods.getFirst()));
        period.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                period.setValue(e.getOldValue()); // the text erased: a period is always chosen
            } else {
                changed();
            }
        });
        unitType.addValueChangeListener(e -> changed());
    }

    private void addTab(String titleKey, com.vaadin.flow.component.Component panel, Runnable refresher) {
        Tab tab = tabs.add(getTranslation(titleKey), panel);
        tab.setId("tab-" + TAB_KEYS.get(refreshers.size()));
        tabKeys.put(tab, TAB_KEYS.get(refreshers.size()));
        refreshers.put(tab, refresher);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (period.getValue() == null) {
            return;
        }
        entering = true;
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        first(parameters, "ky").flatMap(key -> period.getListDataView().getItems()
                .filter(p -> p.key().equals(key)).findFirst()).ifPresent(period::setValue);
        first(parameters, "loai").filter(code -> unitType.getListDataView().getItems().anyMatch(code::equals))
                .ifPresent(unitType::setValue);
        first(parameters, "tab").flatMap(key -> tabKeys.entrySet().stream()
                .filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).findFirst())
                .ifPresent(tabs::setSelectedTab);
        entering = false;
        changed();
        first(parameters, "chi-so").filter(code -> "xep-hang".equals(tabKeys.get(tabs.getSelectedTab())))
                .ifPresent(ranking::select);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(v -> !v.isEmpty()).map(List::getFirst);
    }

    private String selectedType() {
        return ALL.equals(unitType.getValue()) || unitType.getValue() == null ? null : unitType.getValue();
    }

    private void changed() {
        if (entering) {
            return;
        }
        PeriodRef selected = period.getValue();
        approvedOnly.setText(getTranslation("analytics.dashboard.approvedOnly", selected.label(getLocale()),
                String.valueOf(selected.approvedReports()), String.valueOf(selected.expectedUnits())));
        fresh.clear();
        refreshSelected();
    }

    private void refreshSelected() {
        Tab selected = tabs.getSelectedTab();
        if (!entering && selected != null && period.getValue() != null && !fresh.getOrDefault(selected, false)) {
            refreshers.get(selected).run();
            fresh.put(selected, true);
        }
    }

    RankingPanel rankingPanel() {
        return ranking;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.periodOverview");
    }
}
