package vn.cds.baocao.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.PeriodService;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * Demo periods: monthly from 2022-09 to the current month; seed periods closed with their printed windows, the others
 * on the seeds' rhythm (from the day after the previous period to the 20th of the next month).
 */
@CdsSpringTest
class PeriodTest {

    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    PeriodService periodService;

    @Test
    void monthlyPeriodsFromSeptember2022ToTheCurrentMonthWithoutGaps() {
        List<ReportingPeriod> all = periods.findAllByOrderByYearAscMonthAsc();
        assertThat(all.getFirst().yearMonth()).isEqualTo(YearMonth.of(2022, 9));
        assertThat(all.getLast().yearMonth()).isEqualTo(YearMonth.of(2026, 11)); // the test clock's month
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).yearMonth()).isEqualTo(all.get(i - 1).yearMonth().plusMonths(1));
        }
    }

    @Test
    void everyStoredLabelIsTheVietnameseRenderingOfItsMonth() {
        assertThat(periods.findAll()).isNotEmpty().allSatisfy(period ->
                assertThat(period.label(Messages.VIETNAMESE)).isEqualTo(period.getLabel()));
    }

    @Test
    void seedPeriodsAreClosedWithTheWindowsPrintedInTheReports() {
        ReportingPeriod april = periods.findByYearAndMonth(2024, 3).orElseThrow();
        assertThat(april.getStatus()).isEqualTo(PeriodStatus.CLOSED);
        assertThat(april.getLabel()).isEqualTo("Tháng 3/2024");
        assertThat(april.getDataFrom()).isEqualTo(LocalDate.of(2024, 3, 21));
        assertThat(april.getDataTo()).isEqualTo(LocalDate.of(2024, 4, 20));
        assertThat(periods.findByYearAndMonth(2024, 7).orElseThrow().getDataTo()).isEqualTo(LocalDate.of(2024, 8, 20));
        assertThat(periods.findByYearAndMonth(2022, 9).orElseThrow().getStatus()).isEqualTo(PeriodStatus.CLOSED);
    }

    @Test
    void everyOtherPeriodIsOpenOnTheSeedsRhythm() {
        ReportingPeriod may = periods.findByYearAndMonth(2024, 5).orElseThrow();
        assertThat(may.getStatus()).isEqualTo(PeriodStatus.OPEN);
        assertThat(may.getLabel()).isEqualTo("Tháng 5/2024");
        assertThat(may.getDataFrom()).isEqualTo(LocalDate.of(2024, 5, 21));
        assertThat(may.getDataTo()).isEqualTo(LocalDate.of(2024, 6, 20));
        // 20/06/2024 is a Thursday: three working days later is Tuesday 25/06/2024
        assertThat(may.getDeadline()).isEqualTo(LocalDate.of(2024, 6, 25));
        assertThat(periods.findAll()).filteredOn(p -> p.getStatus() == PeriodStatus.CLOSED)
                .extracting(ReportingPeriod::yearMonth).as("the three seed periods only")
                .containsExactlyInAnyOrder(YearMonth.of(2022, 9), YearMonth.of(2024, 3), YearMonth.of(2024, 7));
    }

    /** Issue 11's "done when": the 2024-03 → 2024-07 demo months run on the seeds' windows with no overlap. */
    @Test
    void theDemoMonthsMarchToJuly2024RunOnTheSeedsWindowsWithoutOverlapOrGap() {
        List<String> windows = periods.findAllByOrderByYearAscMonthAsc().stream()
                .filter(p -> !p.yearMonth().isBefore(YearMonth.of(2024, 3)) && !p.yearMonth().isAfter(YearMonth.of(2024, 7)))
                .map(p -> p.getLabel() + ": " + VnFormat.date(p.getDataFrom()) + " – " + VnFormat.date(p.getDataTo()))
                .toList();
        assertThat(windows).containsExactly(
                "Tháng 3/2024: 21/03/2024 – 20/04/2024", // seed 003
                "Tháng 4/2024: 21/04/2024 – 20/05/2024",
                "Tháng 5/2024: 21/05/2024 – 20/06/2024",
                "Tháng 6/2024: 21/06/2024 – 21/07/2024", // up to the day before the seed 7/2024 starts
                "Tháng 7/2024: 22/07/2024 – 20/08/2024"); // seed 004
    }

    @Test
    void theWholeDemoSeriesIsContiguousFromTheSeptember2022Seed() {
        List<ReportingPeriod> all = periods.findAllByOrderByYearAscMonthAsc();
        assertThat(all.get(1).getDataFrom()).as("after the 9/2022 seed's 15/8–16/10/2022")
                .isEqualTo(LocalDate.of(2022, 10, 17));
        assertThat(all.get(1).getDataTo()).isEqualTo(LocalDate.of(2022, 11, 20));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).getDataFrom()).as("%s starts the day after %s ends", all.get(i), all.get(i - 1))
                    .isEqualTo(all.get(i - 1).getDataTo().plusDays(1));
            assertThat(all.get(i).getDeadline()).as("%s: deadline after the cut-off", all.get(i))
                    .isAfter(all.get(i).getDataTo());
        }
    }

    @Test
    void ensuringPeriodsAgainCreatesNothing() {
        assertThat(periodService.ensureMonthlyPeriodsThrough(YearMonth.of(2026, 11))).isEmpty();
    }
}
