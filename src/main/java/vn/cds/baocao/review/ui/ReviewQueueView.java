package vn.cds.baocao.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.service.UnitService;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodService;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.ui.StatusBadge;
import vn.cds.baocao.review.service.ReviewQueueService;
import vn.cds.baocao.review.service.ReviewQueueService.QueueRow;

/** "Duyệt báo cáo": submitted reports, oldest first, filterable by period, unit type and status. */
@Route("duyet-bao-cao")
@RolesAllowed("REVIEWER")
@Menu(order = 20, title = "menu.reviewQueue", icon = "vaadin:check-square-o")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewQueueService queue;
    private final ComboBox<ReportingPeriod> period = new ComboBox<>();
    private final ComboBox<UnitType> unitType = new ComboBox<>();
    private final MultiSelectComboBox<ReportStatus> statuses = new MultiSelectComboBox<>();
    private final Grid<QueueRow> grid = new Grid<>();

    public ReviewQueueView(ReviewQueueService queue, PeriodService periods, UnitService units) {
        this.queue = queue;
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.reviewQueue")));

        period.setLabel(getTranslation("period.label"));
        period.setItems(periods.newestFirst());
        period.setItemLabelGenerator(p -> p.label(getLocale()));
        period.setClearButtonVisible(true);
        period.setPlaceholder(getTranslation("review.filter.all"));
        unitType.setLabel(getTranslation("unit.type"));
        unitType.setItems(units.unitTypes().stream().filter(UnitType::isReporting).toList());
        unitType.setItemLabelGenerator(t -> t.name(getLocale()));
        unitType.setClearButtonVisible(true);
        unitType.setPlaceholder(getTranslation("review.filter.all"));
        statuses.setLabel(getTranslation("report.status"));
        statuses.setItems(EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.APPROVED));
        statuses.setItemLabelGenerator(s -> getTranslation("report.status." + s.name()));
        statuses.setValue(Set.of(ReportStatus.SUBMITTED));
        period.addValueChangeListener(e -> refresh());
        unitType.addValueChangeListener(e -> refresh());
        statuses.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(period, unitType, statuses);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(QueueRow::unitName).setHeader(getTranslation("unit")).setAutoWidth(true).setFlexGrow(1)
                .setSortProperty(ReviewQueueService.SORT_UNIT);
        grid.addColumn(row -> row.periodName().in(getLocale())).setHeader(getTranslation("period.label"))
                .setAutoWidth(true).setSortProperty(ReviewQueueService.SORT_PERIOD);
        grid.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader(getTranslation("report.status"))
                .setSortProperty(ReviewQueueService.SORT_STATUS);
        grid.addColumn(row -> VnFormat.dateTime(row.submittedAt())).setHeader(getTranslation("report.submittedAt"))
                .setAutoWidth(true).setSortProperty(ReviewQueueService.SORT_SUBMITTED_AT);
        grid.addColumn(QueueRow::submittedBy).setHeader(getTranslation("report.submittedBy")).setAutoWidth(true)
                .setSortProperty(ReviewQueueService.SORT_SUBMITTED_BY);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("review.flags")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReviewReportView.class, e.getItem().reportId())));
        grid.setSizeFull();
        add(filters, GridCsv.link(grid, "duyet-bao-cao"), grid);
        refresh();
    }

    private Span flags(QueueRow row) {
        Span flags = new Span();
        if (row.late()) {
            Span late = new Span(getTranslation("deadline.submittedLate"));
            late.getElement().getThemeList().add("badge error small");
            flags.add(late);
        }
        if (row.resubmitted()) {
            Span again = new Span(getTranslation("review.resubmitted"));
            again.getElement().getThemeList().add("badge small");
            flags.add(again);
        }
        return flags;
    }

    private void refresh() {
        ReviewQueueService.Filter filter = new ReviewQueueService.Filter(
                period.getValue() == null ? null : period.getValue().getId(),
                unitType.getValue() == null ? null : unitType.getValue().getCode(), Set.copyOf(statuses.getValue()));
        grid.setItemsPageable(page -> queue.page(filter, page), page -> queue.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviewQueue");
    }
}
