package vn.cds.baocao.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.review.service.ReviewQueueService;
import vn.cds.baocao.review.service.ReviewQueueService.QueueRow;

/** "Duyệt báo cáo": submitted reports waiting for review, oldest first. */
@Route("duyet-bao-cao")
@RolesAllowed("REVIEWER")
@Menu(order = 20, title = "menu.reviewQueue", icon = "vaadin:check-square-o")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    public ReviewQueueView(ReviewQueueService queue) {
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.reviewQueue")));
        Grid<QueueRow> grid = new Grid<>();
        grid.addColumn(QueueRow::unitName).setHeader(getTranslation("unit")).setAutoWidth(true);
        grid.addColumn(QueueRow::periodLabel).setHeader(getTranslation("period.label")).setAutoWidth(true);
        grid.addColumn(row -> VnFormat.dateTime(row.submittedAt())).setHeader(getTranslation("report.submittedAt"));
        grid.addColumn(QueueRow::submittedBy).setHeader(getTranslation("report.submittedBy"));
        grid.setItems(queue.queue());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviewQueue");
    }
}
