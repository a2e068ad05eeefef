package vn.cds.baocao.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverTester;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.notification.domain.NotificationType;
import vn.cds.baocao.notification.service.NotificationItem;
import vn.cds.baocao.notification.service.NotificationService;
import vn.cds.baocao.report.ui.UnitReportsView;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.shell.ui.HomeView;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.TestClock;

/**
 * The bell in the header and the notifications page, as a reporter uses them: the reporter of a unit of this
 * test's own, so that no other test's notifications (deadline checks, reminders) are in the bell.
 */
@CdsSpringTest
class NotificationBellViewTest extends SpringBrowserlessTest {

    private static final String UNIT = "TEST_BELL";
    private static final String USER = "test_bell";

    @Autowired
    NotificationService service;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    AppUserRepository users;
    @Autowired
    ReportFixture fixture;

    @BeforeEach
    void aReporterWithNoNotifications() {
        if (users.findByUsername(USER).isEmpty()) {
            fixture.newUnitWithReporter(UNIT, "DEPARTMENT", null);
        }
        removeTheReportersNotifications(); // the deadline checks of other tests notify every reporter
    }

    @AfterEach
    void removeTheReportersNotifications() {
        long userId = users.findByUsername(USER).orElseThrow().getId();
        notifications.deleteAll(notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(userId, Limit.unlimited()));
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theBellCountsUnreadNotificationsAndItsPanelMarksThemReadAndOpensTheirPage() {
        notify(NotificationType.REPORT_RETURNED, "Thiếu số liệu hồ sơ trực tuyến.", "bao-cao-don-vi");
        notify(NotificationType.DEADLINE_SOON, null, "bao-cao-don-vi");
        navigate(HomeView.class);

        assertThat(count().getText()).isEqualTo("2");
        assertThat(bell().getAriaLabel()).contains("Thông báo: 2 chưa đọc");

        PopoverTester panel = test(find(Popover.class).single());
        panel.clickTarget();
        assertThat(panel.isOpen()).isTrue();
        assertThat(titles()).containsExactly("Sắp đến hạn nộp báo cáo", "Báo cáo bị trả lại");
        assertThat(find(Span.class).withClassName("cds-notification-text").all()).extracting(Span::getText)
                .anyMatch(text -> text.endsWith("Lý do: Thiếu số liệu hồ sơ trực tuyến."));

        test(find(Button.class).withAriaLabel("Đánh dấu đã đọc").first()).click();
        assertThat(count().getText()).isEqualTo("1");
        assertThat(find(Button.class).withAriaLabel("Đánh dấu đã đọc").all()).hasSize(1);

        List<Div> bodies = find(Div.class).withClassName("cds-notification-body").all();
        test(bodies.get(1)).click(); // the returned report: opens its page, marks it read
        assertThat(getCurrentView()).isInstanceOf(UnitReportsView.class);
        assertThat(countShown()).isFalse();
        assertThat(bell().getAriaLabel()).contains("Thông báo");
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theCountFollowsNewNotificationsOnThePollAndMarkAllReadClearsIt() {
        navigate(HomeView.class);
        assertThat(countShown()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("no UI polling: it would keep idle sessions alive")
                .isEqualTo(-1);

        notify(NotificationType.REPORT_APPROVED, null, null);
        find(NotificationBell.class).single().poll(); // what the page's timer calls while the user is active
        assertThat(count().getText()).isEqualTo("1");

        notify(NotificationType.UNIT_REMINDER, "Đề nghị nộp sớm.", null);
        UI.getCurrent().navigate(UnitReportsView.class);
        assertThat(count().getText()).as("navigating refreshes the count").isEqualTo("2");

        test(find(Popover.class).single()).clickTarget();
        test(find(Button.class).withId("notification-mark-all").single()).click();
        assertThat(countShown()).isFalse();
        assertThat(service.unreadCount()).isZero();
    }

    @Test
    @WithUserDetails(value = USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theNotificationsPageListsThemAndFollowsTheLanguageSwitch() {
        notify(NotificationType.REPORT_REOPENED, "Bổ sung số liệu thanh toán trực tuyến.", "bao-cao-don-vi");
        NotificationsView view = navigate(NotificationsView.class);
        assertThat(view.getPageTitle()).isEqualTo("Thông báo của tôi");
        assertThat(firstRowText()).startsWith("Báo cáo được mở lại").contains("Lý do: Bổ sung số liệu");
        assertThat(test(grid()).getCellText(0, 2)).isEqualTo("Chưa đọc");
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("Không gửi");

        UI.getCurrent().setLocale(Messages.ENGLISH);
        navigate(NotificationsView.class);
        assertThat(firstRowText()).startsWith("Report reopened").contains("was reopened by")
                .endsWith("Reason: Bổ sung số liệu thanh toán trực tuyến.");

        test(find(Button.class).withId("notifications-mark-all").single()).click();
        assertThat(countShown()).as("the bell follows the page").isFalse();
        assertThat(test(grid()).getCellText(0, 2)).isEqualTo("Read");

        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(UnitReportsView.class);
    }

    private void notify(NotificationType type, String detail, String link) {
        long userId = users.findByUsername(USER).orElseThrow().getId();
        long unitId = users.findByUsername(USER).orElseThrow().getUnit().getId();
        notifications.save(new Notification(userId, type, new NotificationContent(unitId, null, null,
                "Sở Xây dựng", "Tháng 10/2026", "Trần Thị Thẩm Định", detail, LocalDate.of(2026, 10, 19), link),
                TestClock.DEFAULT_NOW));
    }

    private Span count() {
        return find(Span.class).withId("notification-count").single();
    }

    private boolean countShown() {
        return find(Span.class).withId("notification-count").exists();
    }

    @SuppressWarnings("unchecked")
    private Grid<NotificationItem> grid() {
        return find(Grid.class).single();
    }

    private String firstRowText() {
        Div description = (Div) test(grid()).getCellComponent(0, 1);
        return description.getChildren().map(c -> ((Span) c).getText()).collect(Collectors.joining(" "));
    }

    private Button bell() {
        return find(Button.class).withId("notification-bell").single();
    }

    private List<String> titles() {
        return find(Span.class).withClassName("cds-notification-title").all().stream().map(Span::getText).toList();
    }
}
