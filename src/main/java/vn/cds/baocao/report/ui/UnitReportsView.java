package vn.cds.baocao.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.report.service.UnitReportOverview;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;
import vn.cds.baocao.report.service.UnitReportOverview.Progress;
import vn.cds.baocao.report.service.UnitReportOverview.UnitReportFilter;

/**
 * "Báo cáo của đơn vị": the reporter's unit. First what is still to do ("Cần làm": the current and the overdue
 * periods, with deadline and days left or overdue), then every period ("Tất cả kỳ") by year and status, page by page.
 * Which period is current or overdue is the service's decision.
 */
@Route("bao-cao-don-vi")
@RolesAllowed("REPORTER")
@Menu(order = 10, title = "menu.unitReports", icon = "vaadin:edit")
public class UnitReportsView extends VerticalLayout implements HasDynamicTitle {

    /** Above this many rows the "Cần làm" grid scrolls instead of growing. */
    private static final int TO_DO_ROWS_SHOWN = 8;

    private final UnitReportOverview overview;
    final Select<Integer> year = new Select<>();
    final Select<Progress> progress = new Select<>();
    Grid<PeriodRow> toDoGrid;
    Grid<PeriodRow> allGrid;

    public UnitReportsView(UnitReportOverview overview) {
        this.overview = overview;
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.unitReports")));
        Unit unit = overview.myUnit();
        if (unit == null) {
            add(new Paragraph(getTranslation("unitReports.noUnit")));
            return;
        }
        add(new Paragraph(getTranslation("unitReports.unit", unit.getFullName())));

        List<PeriodRow> toDo = overview.toDo();
        TabSheet tabs = new TabSheet();
        tabs.setId("unit-reports-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("unitReports.toDoTab", String.valueOf(toDo.size())), toDoPanel(toDo));
        tabs.add(getTranslation("unitReports.allTab"), allPanel());
        add(tabs);
        setFlexGrow(1, tabs);
    }

    private VerticalLayout toDoPanel(List<PeriodRow> rows) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        if (rows.isEmpty()) {
            panel.add(new Paragraph(getTranslation("unitReports.nothingToDo")));
            return panel;
        }
        toDoGrid = grid();
        toDoGrid.setId("unit-reports-todo");
        toDoGrid.setItems(rows);
        if (rows.size() <= TO_DO_ROWS_SHOWN) {
            toDoGrid.setAllRowsVisible(true);
        } else {
            toDoGrid.setHeight("24em");
        }
        panel.add(new Paragraph(getTranslation("unitReports.toDoIntro")), toDoGrid);
        return panel;
    }

    private VerticalLayout allPanel() {
        year.setLabel(getTranslation("unitReports.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("unitReports.anyYear"));
        year.setItems(overview.years());
        year.setId("unit-reports-year");
        progress.setLabel(getTranslation("unitReports.progress"));
        progress.setEmptySelectionAllowed(true);
        progress.setEmptySelectionCaption(getTranslation("unitReports.anyProgress"));
        progress.setItems(Arrays.asList(Progress.values()));
        progress.setItemLabelGenerator(p -> p == null ? getTranslation("unitReports.anyProgress")
                : getTranslation(p == Progress.NOT_STARTED ? "report.status.NONE" : "report.status." + p.name()));
        progress.setId("unit-reports-progress");

        allGrid = grid();
        allGrid.setId("unit-reports-all");
        allGrid.setItems(query -> overview.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> overview.count(filter()));
        allGrid.setHeight("32em");
        year.addValueChangeListener(e -> allGrid.getDataProvider().refreshAll());
        progress.addValueChangeListener(e -> allGrid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(year, progress, GridCsv.link(allGrid, "bao-cao-cua-don-vi"));
        filters.setAlignItems(Alignment.BASELINE);
        VerticalLayout panel = new VerticalLayout(filters, allGrid);
        panel.setPadding(false);
        return panel;
    }

    UnitReportFilter filter() {
        return new UnitReportFilter(year.getValue(), progress.getValue());
    }

    private Grid<PeriodRow> grid() {
        Grid<PeriodRow> grid = new Grid<>();
        grid.addColumn(row -> row.period().label(getLocale())).setHeader(getTranslation("period.label"))
                .setAutoWidth(true);
        grid.addColumn(row -> VnFormat.date(row.period().getDataFrom()) + " – " + VnFormat.date(row.period().getDataTo()))
                .setHeader(getTranslation("period.window")).setAutoWidth(true);
        grid.addColumn(row -> VnFormat.date(row.deadline())).setHeader(getTranslation("period.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader(getTranslation("report.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(DeadlineBadge::of).setHeader(getTranslation("unitReports.timing")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Button open = new Button(getTranslation(row.status() == null ? "unitReports.start" : "unitReports.open"),
                    e -> open(row));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true).setKey(GridCsv.ACTIONS_KEY);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setWidthFull();
        return grid;
    }

    private void open(PeriodRow row) {
        getUI().ifPresent(ui -> ui.navigate(ReportFormView.class, row.period().getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.unitReports");
    }
}
