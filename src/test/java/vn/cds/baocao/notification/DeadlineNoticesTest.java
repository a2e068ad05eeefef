package vn.cds.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.cds.baocao.notification.domain.DeadlineNoticeKind;
import vn.cds.baocao.notification.domain.DeadlineNoticeRepository;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.notification.domain.NotificationType;
import vn.cds.baocao.notification.service.DeadlineNotices;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.domain.UnitTypeRepository;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReferenceData;

/**
 * The daily deadline check on the demo periods: "deadline in 3 days" and "overdue" reach the reporters of units
 * expected to report whose report is not in, each once per unit, period and kind. Each test uses its own period.
 */
@CdsSpringTest
class DeadlineNoticesTest {

    @Autowired
    DeadlineNotices deadlineNotices;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DeadlineNoticeRepository notices;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    UnitRepository units;
    @Autowired
    UnitTypeRepository unitTypes;
    @Autowired
    ReportRepository reports;
    @Autowired
    AppUserRepository users;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    NotificationTestData data;
    final List<Report> createdReports = new ArrayList<>();
    final List<AppUser> createdUsers = new ArrayList<>();
    final List<Unit> createdUnits = new ArrayList<>();
    final List<UnitType> createdTypes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        data = new NotificationTestData(publisher, transactionManager, notifications, users, jdbc);
    }

    @AfterEach
    void removeOwnRows() {
        reports.deleteAll(createdReports);
        users.deleteAll(createdUsers);
        units.deleteAll(createdUnits);
        unitTypes.deleteAll(createdTypes);
    }

    @Test
    void soonAndThenOverdueReachTheReportersOfAUnitThatHasNotReportedEachOnlyOnce() {
        ReportingPeriod period = period(2025, 4);
        // a unit of its own with two reporters: other tests of the run hand in the demo districts' reports
        AppUser first = unitWithReporter("TEST_NOTIFY_LATE", "DISTRICT", null);
        Unit late = first.getUnit();
        AppUser second = reporterOf(late, "test_notify_late_2");
        LocalDate deadline = deadlines.deadlineFor(late, period);
        long mark = data.mark();

        deadlineNotices.announce(deadline.minusDays(4));
        assertThat(notes(mark, period)).as("4 days before: too early").isEmpty();

        int sent = deadlineNotices.announce(deadline.minusDays(3));
        List<Notification> soon = notes(mark, period);
        assertThat(sent).isPositive();
        assertThat(data.recipients(forUnit(soon, late))).containsExactlyInAnyOrder(first.getUsername(),
                second.getUsername());
        Notification told = forUnit(soon, late).getFirst();
        assertThat(told.getType()).isEqualTo(NotificationType.DEADLINE_SOON);
        assertThat(told.content().deadline()).isEqualTo(deadline);
        assertThat(told.getLink()).isEqualTo("bao-cao-don-vi/ky/" + period.getId());

        long afterSoon = data.mark();
        assertThat(deadlineNotices.announce(deadline.minusDays(3))).as("the same day again").isZero();
        deadlineNotices.announce(deadline.minusDays(1));
        deadlineNotices.announce(deadline);
        assertThat(notes(afterSoon, period)).as("soon is told once").isEmpty();

        deadlineNotices.announce(deadline.plusDays(1));
        List<Notification> overdue = notes(afterSoon, period);
        assertThat(forUnit(overdue, late)).extracting(Notification::getType)
                .containsOnly(NotificationType.DEADLINE_OVERDUE).hasSize(2);

        long afterOverdue = data.mark();
        deadlineNotices.announce(deadline.plusDays(2));
        deadlineNotices.announce(deadline.plusDays(6));
        assertThat(notes(afterOverdue, period)).as("overdue is told once").isEmpty();
        assertThat(notices.findByUnitIdAndPeriodId(late.getId(), period.getId()))
                .extracting(n -> n.getKind()).containsExactlyInAnyOrder(DeadlineNoticeKind.SOON,
                        DeadlineNoticeKind.OVERDUE);
    }

    @Test
    void unitsWhoseReportIsSubmittedOrApprovedAreNotRemindedButDraftsAndReturnedOnesAre() {
        ReportingPeriod period = period(2025, 5);
        report("SO_GDDT", period, ReportStatus.SUBMITTED);
        report("SO_KHCN", period, ReportStatus.APPROVED);
        report("SO_CONG_THUONG", period, ReportStatus.RETURNED);
        report("SO_GTVT", period, ReportStatus.DRAFT);
        // a unit of its own for "no report yet": other tests of the run hand in the demo units' reports
        AppUser notStarted = unitWithReporter("TEST_NOTIFY_NOT_STARTED", "DEPARTMENT", null);
        long mark = data.mark();

        deadlineNotices.announce(period.getDeadline().minusDays(2));

        Set<String> told = data.recipients(notes(mark, period));
        assertThat(told).contains("dv.so_cong_thuong", "dv.so_gtvt", notStarted.getUsername())
                .doesNotContain("dv.so_gddt", "dv.so_khcn", "reviewer", "admin", "leader");
    }

    @Test
    void onlyUnitsExpectedToReportInThePeriodAreReminded() {
        ReportingPeriod period = period(2025, 7); // data window 21/7/2025 – 20/8/2025
        // a unit reports a period when it still exists on its cut-off day (the administration's rule)
        AppUser ended = unitWithReporter("TEST_NOTIFY_ENDED", "DISTRICT", LocalDate.of(2025, 7, 20));
        AppUser lastDays = unitWithReporter("TEST_NOTIFY_LAST_DAYS", "DISTRICT", LocalDate.of(2025, 8, 20));
        AppUser notReporting = unitWithReporter("TEST_NOTIFY_OTHER", "OTHER", null);
        UnitType withoutIndicators = new UnitType("TEST_NOTIFY_TYPE", "Loại thử nghiệm", "Test type", 999, true);
        createdTypes.add(unitTypes.save(withoutIndicators));
        AppUser noIndicators = unitWithReporter("TEST_NOTIFY_NO_IND", "TEST_NOTIFY_TYPE", null);
        long mark = data.mark();

        deadlineNotices.announce(period.getDeadline().minusDays(1));

        Set<String> told = data.recipients(notes(mark, period));
        assertThat(told).as("the unit still exists on the cut-off day").contains(lastDays.getUsername())
                .doesNotContain(ended.getUsername(), notReporting.getUsername(), noIndicators.getUsername());
    }

    @Test
    void aClosedPeriodRemindsNobody() {
        ReportingPeriod period = period(2025, 8);
        period.setStatus(PeriodStatus.CLOSED);
        periods.save(period);
        try {
            long mark = data.mark();
            deadlineNotices.announce(period.getDeadline().plusDays(1));
            assertThat(notes(mark, period)).isEmpty();
        } finally {
            ReportingPeriod reopened = period(2025, 8);
            reopened.setStatus(PeriodStatus.OPEN);
            periods.save(reopened);
        }
    }

    private List<Notification> notes(long mark, ReportingPeriod period) {
        return data.since(mark).stream().filter(n -> period.getId().equals(n.content().periodId())).toList();
    }

    private static List<Notification> forUnit(List<Notification> made, Unit unit) {
        return made.stream().filter(n -> unit.getId().equals(n.content().unitId())).toList();
    }

    private ReportingPeriod period(int year, int month) {
        return periods.findByYearAndMonth(year, month).orElseThrow();
    }

    private Unit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private void report(String unitCode, ReportingPeriod period, ReportStatus status) {
        Report report = reports.save(new Report(unit(unitCode), period, "test", LocalDateTime.of(2025, 5, 10, 8, 0)));
        jdbc.update("UPDATE report SET status = ? WHERE id = ?", status.name(), report.getId());
        createdReports.add(report);
    }

    private AppUser unitWithReporter(String code, String typeCode, LocalDate validTo) {
        Unit unit = new Unit(code, ReferenceData.TEST_UNIT_NAME + code, code, unitTypes.findById(typeCode).orElseThrow(),
                LocalDate.of(2020, 1, 1));
        unit.setValidTo(validTo);
        unit.setDisplayOrder(9900);
        createdUnits.add(units.save(unit));
        return reporterOf(unit, code.toLowerCase());
    }

    private AppUser reporterOf(Unit unit, String username) {
        AppUser user = new AppUser(username, "not-a-login", "Cán bộ " + username, LocalDateTime.of(2024, 1, 1, 8, 0));
        user.setUnit(unit);
        user.getRoles().add(Role.REPORTER);
        createdUsers.add(users.save(user));
        return user;
    }
}
