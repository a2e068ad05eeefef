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

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aReporterSeesTheDeadlineTheStatusAndTheReasonOfAReturn() {
        clock.reset();
        String reporter = fixture.newUnitWithReporter(UNIT, "DEPARTMENT", null);
        ReportingPeriod november = periods.findByYearAndMonth(2026, 11).orElseThrow();

        signIn.as(reporter);
        ReporterHome home = homes.home();
        assertThat(home.unitName()).isEqualTo(ReferenceData.TEST_UNIT_NAME + UNIT);
        assertThat(home.current()).extracting(r -> r.period().getLabel()).containsExactly("Tháng 11/2026");
        PeriodRow row = home.current().getFirst();
        assertThat(row.status()).as("not started").isNull();
        assertThat(row.deadline()).isEqualTo(november.getDeadline());
        assertThat(row.daysLeft()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 24), row.deadline()));
        assertThat(row.overdue()).as("24/11 is past the deadline").isTrue();
        assertThat(home.returned()).isEmpty();

        ReportForm draft = workflow.saveDraft(november.getId(), -1, fixture.validInputs(UNIT, november));
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());
        assertThat(homes.home().current().getFirst().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(homes.home().current().getFirst().awaitingUnit()).isFalse();

        signIn.as("reviewer");
        workflow.returnReport(submitted.reportId(), submitted.version(), REASON, Map.of());

        signIn.as(reporter);
        ReporterHome back = homes.home();
        assertThat(back.current().getFirst().status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(back.returned()).singleElement().satisfies(r -> {
            assertThat(r.row().period().getId()).isEqualTo(november.getId());
            assertThat(r.reason()).isEqualTo(REASON);
        });

        signIn.as("reporter");
        ReporterHome other = homes.home();
        assertThat(other.unitName()).as("only the account's own unit").isEqualTo("UBND thành phố Đồng Xoài");
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
