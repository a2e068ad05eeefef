package vn.cds.baocao.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;
import vn.cds.baocao.report.service.UnitReportOverview.Progress;
import vn.cds.baocao.report.service.UnitReportOverview.ToDo;
import vn.cds.baocao.report.service.UnitReportOverview.UnitReportFilter;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * A reporter's "Báo cáo của đơn vị": what is to do first (current, then overdue), the rest by year and status. A new
 * department (from 1/1/2025) on the test clock's 24/11/2026; rolled back after each test.
 */
@CdsSpringTest
@Transactional
class UnitReportListTest {

    private static final String UNIT = "TEST_LIST_DEPT";

    @Autowired
    UnitReportOverview overview;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    ReportRepository reports;

    @BeforeEach
    void signInAsTheNewUnitsReporter() {
        signIn.as(fixture.newUnitWithReporter(UNIT, "DEPARTMENT", null));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ReportingPeriod period(int year, int month) {
        return periods.findByYearAndMonth(year, month).orElseThrow();
    }

    private void report(int year, int month, ReportAction... moves) {
        Report report = new Report(fixture.unit(UNIT), period(year, month), "test", LocalDateTime.of(2026, 11, 1, 8, 0));
        for (ReportAction move : moves) {
            report.move(move);
            if (move == ReportAction.SUBMIT) {
                report.markSubmitted("test", LocalDateTime.of(2026, 11, 2, 8, 0));
            }
        }
        reports.save(report);
    }

    @Test
    void theCurrentPeriodsComeFirstThenTheOverdueOnesNewestFirst() {
        var toDo = overview.toDo();
        // Tháng 10/2026: 21/10–20/11, due Wed 25/11; Tháng 11/2026: 21/11–20/12 (begun), due Wed 23/12/2026
        assertThat(toDo.subList(0, 2)).extracting(row -> row.period().yearMonth(), PeriodRow::toDo, PeriodRow::daysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 10), ToDo.CURRENT, 1L),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 11), ToDo.CURRENT, 29L));
        assertThat(toDo.get(2).period().yearMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(toDo.get(2).toDo()).isEqualTo(ToDo.OVERDUE);
        assertThat(toDo.get(2).deadline()).isEqualTo(LocalDate.of(2026, 10, 23)); // cut-off Tue 20/10/2026
        assertThat(toDo.get(2).daysLeft()).as("overdue 32 days").isEqualTo(-32);
        assertThat(toDo.subList(2, toDo.size())).allMatch(row -> row.toDo() == ToDo.OVERDUE)
                .isSortedAccordingTo((a, b) -> b.deadline().compareTo(a.deadline()));
        assertThat(toDo).allMatch(row -> row.period().isOpen() && row.awaitingUnit());
        assertThat(toDo).as("every open period the unit owes").hasSize((int) overview.myPeriods().stream()
                .filter(row -> row.period().isOpen() && row.awaitingUnit()
                        && !row.period().getDataFrom().isAfter(LocalDate.of(2026, 11, 24)))
                .count());
    }

    @Test
    void aHandedInReportLeavesTheToDoListADraftOrReturnedOneStays() {
        report(2026, 9, ReportAction.SUBMIT);
        report(2026, 8, ReportAction.SUBMIT, ReportAction.RETURN);
        report(2026, 10);
        assertThat(overview.toDo()).extracting(row -> row.period().yearMonth())
                .doesNotContain(YearMonth.of(2026, 9))
                .contains(YearMonth.of(2026, 8), YearMonth.of(2026, 10));
        assertThat(overview.toDo()).filteredOn(row -> row.period().yearMonth().equals(YearMonth.of(2026, 8)))
                .singleElement().extracting(PeriodRow::status).isEqualTo(ReportStatus.RETURNED);
    }

    @Test
    void everyPeriodByYearAndStatusPageByPage() {
        report(2026, 9, ReportAction.SUBMIT);
        report(2026, 10);
        UnitReportFilter year2026 = new UnitReportFilter(2026, null);
        assertThat(overview.count(year2026)).isEqualTo(11);
        assertThat(overview.page(year2026, 0, 3)).extracting(row -> row.period().getLabel())
                .containsExactly("Tháng 11/2026", "Tháng 10/2026", "Tháng 9/2026");
        assertThat(overview.page(year2026, 9, 5)).extracting(row -> row.period().getLabel())
                .containsExactly("Tháng 2/2026", "Tháng 1/2026");
        assertThat(overview.page(new UnitReportFilter(2026, Progress.SUBMITTED), 0, 50))
                .extracting(row -> row.period().getLabel()).containsExactly("Tháng 9/2026");
        assertThat(overview.count(new UnitReportFilter(2026, Progress.DRAFT))).isEqualTo(1);
        assertThat(overview.count(new UnitReportFilter(2026, Progress.NOT_STARTED))).isEqualTo(9);
        assertThat(overview.count(new UnitReportFilter(null, Progress.APPROVED))).as("a new unit").isZero();
        assertThat(overview.count(UnitReportFilter.any())).isEqualTo(overview.myPeriods().size());
        assertThat(overview.years()).startsWith(2026, 2025).isSortedAccordingTo((a, b) -> b - a);
    }
}
