package vn.cds.baocao.review;

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
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.review.service.ReviewerHome;
import vn.cds.baocao.review.service.ReviewerHome.LateUnit;
import vn.cds.baocao.review.service.ReviewerHome.PeriodProgress;
import vn.cds.baocao.review.service.ReviewerHomeService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.TestClock;

/**
 * The reviewers' home at the test clock (24/11/2026): the current period is Tháng 11/2026, past its deadline. Other
 * tests report in that period too, so the counts are followed from before to after this test's own steps.
 */
@CdsSpringTest
class ReviewerHomeServiceTest {

    private static final String UNIT = "TEST_HOME_REVIEW";

    @Autowired
    ReviewerHomeService homes;
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

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void countsFollowASubmissionAndAReturnAndTheLateUnitIsNamed() {
        // on the province's rhythm, 27/11/2026: Tháng 11/2026 (21/11–20/12) has begun, Tháng 10/2026 (21/10–20/11) is
        // two days past its deadline (25/11) and has late units to chase
        clock.set(TODAY.atTime(9, 0));
        String reporter = fixture.newUnitWithReporter(UNIT, "DEPARTMENT", null);
        Unit unit = fixture.unit(UNIT);
        ReportingPeriod october = periods.findByYearAndMonth(2026, 10).orElseThrow();
        assertThat(october.getDeadline()).isBefore(TODAY);

        signIn.as("reviewer");
        ReviewerHome before = homes.home();
        assertThat(before.periods()).extracting(p -> p.period().yearMonth().toString())
                .containsExactly("2026-11", "2026-10");
        PeriodProgress start = progress(before, october);
        assertThat(start.expected()).isEqualTo(start.submitted() + start.returned() + start.approved()
                + start.notSubmitted());
        LateUnit late = lateUnit(start, unit).orElseThrow();
        assertThat(late.daysLate()).isEqualTo(ChronoUnit.DAYS.between(late.deadline(), TODAY))
                .isPositive();
        assertThat(start.late()).extracting(LateUnit::daysLate).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        signIn.as(reporter);
        ReportForm draft = workflow.saveDraft(october.getId(), -1, fixture.validInputs(UNIT, october));
        ReportForm submitted = workflow.submit(draft.reportId(), draft.version());

        signIn.as("reviewer");
        ReviewerHome after = homes.home();
        PeriodProgress handedIn = progress(after, october);
        assertThat(after.waiting()).isEqualTo(before.waiting() + 1);
        assertThat(handedIn.submitted()).isEqualTo(start.submitted() + 1);
        assertThat(handedIn.notSubmitted()).isEqualTo(start.notSubmitted() - 1);
        assertThat(handedIn.expected()).isEqualTo(start.expected());
        assertThat(lateUnit(handedIn, unit)).as("handed in, even late: no longer chased").isEmpty();

        workflow.returnReport(submitted.reportId(), submitted.version(), "Thiếu số liệu DVC", Map.of());
        PeriodProgress back = progress(homes.home(), october);
        assertThat(back.returned()).isEqualTo(start.returned() + 1);
        assertThat(back.submitted()).isEqualTo(start.submitted());
        assertThat(homes.home().waiting()).isEqualTo(before.waiting());
        assertThat(lateUnit(back, unit)).as("back with the unit after its deadline").isPresent();
    }

    @Test
    void onlyReviewersReadIt() {
        for (String user : List.of("leader", "reporter", "admin")) {
            signIn.as(user);
            assertThatThrownBy(() -> homes.home()).as(user)
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        }
    }

    private static PeriodProgress progress(ReviewerHome home, ReportingPeriod period) {
        return home.periods().stream().filter(p -> p.period().getId().equals(period.getId())).findFirst()
                .orElseThrow();
    }

    private static java.util.Optional<LateUnit> lateUnit(PeriodProgress progress, Unit unit) {
        return progress.late().stream().filter(l -> l.unitId() == unit.getId()).findFirst();
    }
}
