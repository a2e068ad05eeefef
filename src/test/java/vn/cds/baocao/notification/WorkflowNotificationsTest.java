package vn.cds.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.notification.domain.EmailStatus;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.notification.domain.NotificationType;
import vn.cds.baocao.notification.service.NotificationText;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.event.ReportTransitioned;
import vn.cds.baocao.report.domain.event.UnitReminderRequested;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * Who is told what when the workflow moves a report: the events are published the way the workflow publishes
 * them (inside a transaction that commits), with the demo accounts, units, periods and seed reports.
 */
@CdsSpringTest
class WorkflowNotificationsTest {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    AppUserRepository users;
    @Autowired
    UnitRepository units;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    ReportRepository reports;
    @Autowired
    JdbcTemplate jdbc;

    NotificationTestData data;

    @BeforeEach
    void setUp() {
        data = new NotificationTestData(publisher, transactionManager, notifications, users, jdbc);
    }

    @Test
    void aSubmittedReportReachesEveryReviewerAndNoReporter() {
        Report report = seedReport("SO_GDDT");
        long mark = data.mark();

        data.publishCommitted(transition(report, ReportAction.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED,
                "dv.so_gddt", null));

        List<Notification> made = data.since(mark);
        assertThat(data.recipients(made)).contains("reviewer").isEqualTo(data.enabled(Role.REVIEWER, null));
        Notification toReviewer = forUser(made, "reviewer");
        assertThat(toReviewer.getType()).isEqualTo(NotificationType.REPORT_SUBMITTED);
        assertThat(toReviewer.getLink()).isEqualTo("duyet-bao-cao/bao-cao/" + report.getId());
        assertThat(toReviewer.isRead()).isFalse();
        assertThat(toReviewer.getEmailStatus()).as("e-mail is off in tests by default").isEqualTo(EmailStatus.NOT_SENT);
        assertThat(vietnamese(toReviewer)).isEqualTo("Sở Giáo dục và Đào tạo đã nộp báo cáo "
                + report.getPeriod().getLabel() + " (người nộp: " + data.user("dv.so_gddt").getFullName()
                + "). Báo cáo đang chờ thẩm định.");
    }

    @Test
    void aReturnedReportReachesTheUnitsReportersWithTheReviewersReason() {
        Report report = seedReport("UBND_DONG_XOAI");
        long mark = data.mark();
        String reason = "Số hồ sơ trực tuyến tháng này thấp bất thường so với tháng trước, đề nghị kiểm tra lại.";

        data.publishCommitted(transition(report, ReportAction.RETURN, ReportStatus.SUBMITTED, ReportStatus.RETURNED,
                "reviewer", reason));

        List<Notification> made = data.since(mark);
        assertThat(data.recipients(made)).contains("reporter", "dv.ubnd_dong_xoai")
                .isEqualTo(data.enabled(Role.REPORTER, "UBND_DONG_XOAI"))
                .doesNotContain("reviewer", "dv.so_gddt");
        Notification toReporter = forUser(made, "reporter");
        assertThat(toReporter.getType()).isEqualTo(NotificationType.REPORT_RETURNED);
        assertThat(toReporter.getLink()).isEqualTo("bao-cao-don-vi/ky/" + report.getPeriod().getId());
        assertThat(vietnamese(toReporter)).contains("đã bị Trần Thị Thẩm Định trả lại").endsWith("Lý do: " + reason);
    }

    @Test
    void approvalAndReopeningReachTheUnitsReportersAndReopeningCarriesTheReason() {
        Report report = seedReport("SO_Y_TE");
        long mark = data.mark();

        data.publishCommitted(transition(report, ReportAction.APPROVE, ReportStatus.SUBMITTED, ReportStatus.APPROVED,
                "reviewer", null));
        data.publishCommitted(transition(report, ReportAction.REOPEN, ReportStatus.APPROVED, ReportStatus.RETURNED,
                "reviewer", "Bổ sung số liệu thanh toán trực tuyến."));

        List<Notification> made = data.since(mark);
        assertThat(data.recipients(made)).containsExactly("dv.so_y_te");
        assertThat(made).extracting(Notification::getType)
                .containsExactly(NotificationType.REPORT_APPROVED, NotificationType.REPORT_REOPENED);
        assertThat(vietnamese(made.get(0))).contains("đã được Trần Thị Thẩm Định phê duyệt");
        assertThat(vietnamese(made.get(1))).endsWith("Lý do: Bổ sung số liệu thanh toán trực tuyến.");
    }

    @Test
    void saveDraftWithdrawAndImportNotifyNobody() {
        Report report = seedReport("SO_TU_PHAP");
        long mark = data.mark();

        data.publishCommitted(transition(report, ReportAction.WITHDRAW, ReportStatus.SUBMITTED, ReportStatus.DRAFT,
                "dv.so_tu_phap", null));
        data.publishCommitted(transition(report, ReportAction.SAVE_DRAFT, ReportStatus.DRAFT, ReportStatus.DRAFT,
                "dv.so_tu_phap", null));
        data.publishCommitted(transition(report, ReportAction.IMPORT_APPROVED, null, ReportStatus.APPROVED,
                "admin", null));

        assertThat(data.since(mark)).isEmpty();
    }

    @Test
    void aReminderFromTheCompletenessBoardReachesTheUnitsReportersWithTheReviewersWords() {
        Unit unit = units.findByCode("UBND_BU_DANG").orElseThrow();
        ReportingPeriod period = periods.findByYearAndMonth(2026, 10).orElseThrow();
        long mark = data.mark();

        data.publishCommitted(new UnitReminderRequested(unit.getId(), period.getId(), "reviewer",
                "Đơn vị chưa nộp báo cáo, đề nghị hoàn thành trong hôm nay.", NotificationTestData.now()));

        List<Notification> made = data.since(mark);
        assertThat(data.recipients(made)).containsExactly("dv.ubnd_bu_dang");
        Notification reminder = made.getFirst();
        assertThat(reminder.getType()).isEqualTo(NotificationType.UNIT_REMINDER);
        assertThat(reminder.getLink()).isEqualTo("bao-cao-don-vi/ky/" + period.getId());
        assertThat(vietnamese(reminder)).isEqualTo("Cán bộ thẩm định Trần Thị Thẩm Định đề nghị "
                + unit.getFullName() + " hoàn thành và nộp báo cáo Tháng 10/2026 (hạn nộp: "
                + vn.cds.baocao.base.format.VnFormat.date(period.getDeadline())
                + "). Lời nhắn: Đơn vị chưa nộp báo cáo, đề nghị hoàn thành trong hôm nay.");
    }

    @Test
    void nothingIsAnnouncedWhenTheWorkflowsTransactionRollsBack() {
        Report report = seedReport("SO_NOI_VU");
        long mark = data.mark();

        data.publishRolledBack(transition(report, ReportAction.APPROVE, ReportStatus.SUBMITTED,
                ReportStatus.APPROVED, "reviewer", null));

        assertThat(data.since(mark)).isEmpty();
    }

    @Test
    void disabledAccountsAndTheActorHimselfAreNotNotified() {
        Unit unit = units.findByCode("UBND_LOC_NINH").orElseThrow();
        AppUser disabled = new AppUser("test.notify.disabled", "not-a-login",
                "Tài khoản đã khóa", NotificationTestData.now());
        disabled.setUnit(unit);
        disabled.getRoles().add(Role.REPORTER);
        disabled.setEnabled(false);
        disabled.setEmail("disabled@demo.cds.local");
        users.save(disabled);
        try {
            Report report = seedReport("UBND_LOC_NINH");
            long mark = data.mark();

            data.publishCommitted(transition(report, ReportAction.APPROVE, ReportStatus.SUBMITTED,
                    ReportStatus.APPROVED, "reviewer", null));
            // a reviewer who also submits (an unusual set-up) is not told about his own submission
            data.publishCommitted(transition(report, ReportAction.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED,
                    "reviewer", null));

            List<Notification> made = data.since(mark);
            assertThat(data.recipients(made.stream().filter(n -> n.getType() == NotificationType.REPORT_APPROVED)
                    .toList())).containsExactly("dv.ubnd_loc_ninh");
            Set<String> toldOfSubmission = data.recipients(made.stream()
                    .filter(n -> n.getType() == NotificationType.REPORT_SUBMITTED).toList());
            assertThat(toldOfSubmission).doesNotContain("reviewer", "test.notify.disabled");
        } finally {
            users.delete(disabled);
        }
    }

    private Report seedReport(String unitCode) {
        Unit unit = units.findByCode(unitCode).orElseThrow();
        return reports.findByUnit(unit).stream().findFirst().orElseThrow();
    }

    private static ReportTransitioned transition(Report report, ReportAction action, ReportStatus from,
                                                 ReportStatus to, String actor, String reason) {
        return new ReportTransitioned(report.getId(), report.getUnit().getId(), report.getPeriod().getId(), action,
                from, to, actor, reason, NotificationTestData.now());
    }

    private Notification forUser(List<Notification> made, String username) {
        long id = data.user(username).getId();
        return made.stream().filter(n -> n.getRecipientId() == id).findFirst().orElseThrow();
    }

    private static String vietnamese(Notification notification) {
        NotificationContent content = notification.content();
        return NotificationText.text(notification.getType(), content, Messages.VIETNAMESE);
    }
}
