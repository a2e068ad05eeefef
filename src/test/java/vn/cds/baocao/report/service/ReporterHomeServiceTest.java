package vn.cds.baocao.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReferenceData;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.TestClock;

/** The reporters' home at the test clock (24/11/2026): their own unit's Tháng 11/2026 and what came back. */
@CdsSpringTest
class ReporterHomeServiceTest {

    private static final String UNIT = "TEST_HOME_REPORTER";
    private static final String REASON = "Tỷ lệ hồ sơ trực tuyến chưa khớp số liệu của Cổng DVC";

    @Autowired
    ReporterHomeService homes;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static PeriodRow current(ReporterHome home, ReportingPeriod period) {
        return home.current().stream().filter(r -> r.period().getId().equals(period.getId())).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void aReporterSeesTheDeadlineTheStatusAndTheReasonOfAReturn() {
        // on the province's rhythm, 27/11/2026: Tháng 11/2026 (21/11–20/12) has begun; Tháng 10/2026 (21/10–20/11)
        // is two days past its deadline (25/11)
        clock.set(TODAY.atTime(9, 0));
        String reporter = fixture.newUnitWithReporter(UNIT, "DEPARTMENT", null);
        ReportingPeriod october = periods.findByYearAndMonth(2026, 10).orElseThrow();

        signIn.as(reporter);
        ReporterHome home = homes.home();
        assertThat(home.unitName()).isEqualTo(ReferenceData.TEST_UNIT_NAME + UNIT);
        assertThat(home.current()).extracting(r -> r.period().getLabel())
                .containsExactly("Tháng 11/2026", "Tháng 10/2026");
        PeriodRow thisMonth = home.current().getFirst();
        assertThat(thisMonth.overdue()).as("its deadline is ahead").isFalse();
        assertThat(thisMonth.daysLeft()).isEqualTo(ChronoUnit.DAYS.between(TODAY, thisMonth.deadline())).isPositive();
        PeriodRow row = current(home, october);
        assertThat(row.status()).as("not started").isNull();
        assertThat(row.deadline()).isEqualTo(october.getDeadline());
        assertThat(row.daysLeft()).isEqualTo(ChronoUnit.DAYS.between(TODAY, row.deadline()));
        assertThat(row.overdue()).as("27/11 is past the deadline").isTrue();
        assertThat(home.returned()).isEmpty();
        assertThat(home.endedOn()).as("a unit of today's province").isNull();

        ReportForm draft = workflow.saveDraft(october.getId(), -1, fixture.validInputs(UNIT, october));
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
        assertThat(current(homes.home(), october).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(current(homes.home(), october).awaitingUnit()).isFalse();

        signIn.as("reviewer");
        workflow.returnReport(submitted.reportId(), submitted.version(), REASON, Map.of());

        signIn.as(reporter);
        ReporterHome back = homes.home();
        assertThat(current(back, october).status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(back.returned()).singleElement().satisfies(r -> {
            assertThat(r.row().period().getId()).isEqualTo(october.getId());
            assertThat(r.reason()).isEqualTo(REASON);
        });

        signIn.as("reporter");
        ReporterHome other = homes.home();
        assertThat(other.unitName()).as("only the account's own unit").isEqualTo("UBND thành phố Đồng Xoài");
        assertThat(other.endedOn()).as("the district level ended").isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(other.current()).as("no period after its end asks it").isEmpty();
        assertThat(other.returned()).noneMatch(r -> REASON.equals(r.reason()));
    }

    @Test
    void onlyReportersReadIt() {
        for (String user : List.of("leader", "reviewer", "admin")) {
            signIn.as(user);
            assertThatThrownBy(() -> homes.home()).as(user)
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        }
    }
}
