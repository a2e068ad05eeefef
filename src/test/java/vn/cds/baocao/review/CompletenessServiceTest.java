package vn.cds.baocao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.event.UnitReminderRequested;
import vn.cds.baocao.review.service.CompletenessBoard;
import vn.cds.baocao.review.service.CompletenessService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.ReferenceData;

/** The completeness board on the demo history, and reminders. */
@CdsSpringTest
@RecordApplicationEvents
class CompletenessServiceTest {

    @Autowired
    CompletenessService completeness;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theSeedPeriodsAreCompleteAndOnTime() {
        signIn.as("leader");
        CompletenessBoard board = completeness.board(YearMonth.of(2024, 7), YearMonth.of(2024, 7), null);
        ReportingPeriod july = periods.findByYearAndMonth(2024, 7).orElseThrow();
        CompletenessBoard.PeriodTotals totals = board.totals().get(july.getId());
        // 33 units, UBND tỉnh (e-certification) and the province-wide figures
        assertThat(totals.expected()).isEqualTo(35);
        assertThat(totals.approved()).isEqualTo(35);
        assertThat(totals.onTime()).isEqualTo(35);
        assertThat(totals.onTimePercent()).isEqualByComparingTo("100");
    }

    @Test
    void aPeriodNobodyHasReportedForIsAllLateAfterTheDeadline() {
        signIn.as("reviewer");
        CompletenessBoard board = completeness.board(YearMonth.of(2023, 2), YearMonth.of(2023, 2), "DISTRICT");
        assertThat(board.rows()).extracting(r -> r.unit().getCode()).as("the province's 11 districts")
                .containsExactlyInAnyOrderElementsOf(ReferenceData.unitCodes("DISTRICT"));
        CompletenessBoard.Cell cell = board.rows().getFirst().cells().values().iterator().next();
        assertThat(cell.expected()).isTrue();
        assertThat(cell.status()).isNull();
        assertThat(cell.late()).isTrue();
        CompletenessBoard.PeriodTotals totals = board.totals().values().iterator().next();
        assertThat(totals.submitted()).isZero();
        assertThat(totals.onTimePercent()).isEqualByComparingTo("0");
    }

    @Test
    void unitsThatDoNotExistInAPeriodAreNotExpected() {
        fixture.newUnitWithReporter("TEST_BOARD_LATE_UNIT", "DEPARTMENT", null);
        signIn.as("reviewer");
        CompletenessBoard board = completeness.board(YearMonth.of(2024, 7), YearMonth.of(2024, 7), "DEPARTMENT");
        assertThat(board.rows()).extracting(r -> r.unit().getCode()).doesNotContain("TEST_BOARD_LATE_UNIT");
    }

    @Test
    void aReviewerRemindsAUnitAndOthersCannot() {
        ReportingPeriod period = periods.findByYearAndMonth(2023, 3).orElseThrow();
        Unit unit = fixture.unit("SO_XAY_DUNG");
        signIn.as("reviewer");
        completeness.remind(unit.getId(), period.getId(), "Đề nghị đơn vị nộp báo cáo trước ngày 25");
        assertThat(events.stream(UnitReminderRequested.class))
                .anySatisfy(e -> {
                    assertThat(e.unitId()).isEqualTo(unit.getId());
                    assertThat(e.periodId()).isEqualTo(period.getId());
                    assertThat(e.actor()).isEqualTo("reviewer");
                    assertThat(e.message()).isEqualTo("Đề nghị đơn vị nộp báo cáo trước ngày 25");
                });
        assertThatThrownBy(() -> completeness.remind(unit.getId(), period.getId(), "x".repeat(501)))
                .isInstanceOf(BusinessException.class).hasMessage("completeness.remind.tooLong");

        signIn.as("leader");
        assertThatThrownBy(() -> completeness.remind(unit.getId(), period.getId(), null))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        signIn.as("dv.so_xay_dung");
        assertThatThrownBy(() -> completeness.board(YearMonth.of(2024, 7), YearMonth.of(2024, 7), null))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void aSubmittedReportCountsAsSubmittedNotApproved() {
        signIn.as("reviewer");
        CompletenessBoard board = completeness.board(YearMonth.of(2022, 9), YearMonth.of(2022, 9), null);
        assertThat(board.rows()).allSatisfy(row -> assertThat(row.cells().values())
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(ReportStatus.APPROVED)));
    }
}
