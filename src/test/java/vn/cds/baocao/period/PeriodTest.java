package vn.cds.baocao.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.PeriodService;
import vn.cds.baocao.support.CdsSpringTest;

/** Demo periods: monthly from 2022-09 to the current month; seed periods closed with their printed windows. */
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
    void everyOtherPeriodIsOpenWithTheDecreesDefaultWindow() {
        ReportingPeriod may = periods.findByYearAndMonth(2024, 5).orElseThrow();
        assertThat(may.getStatus()).isEqualTo(PeriodStatus.OPEN);
        assertThat(may.getLabel()).isEqualTo("Tháng 5/2024");
        assertThat(may.getDataFrom()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(may.getDataTo()).isEqualTo(LocalDate.of(2024, 5, 14));
        // 14/05/2024 is a Tuesday: three working days later is Friday 17/05/2024
        assertThat(may.getDeadline()).isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(periods.findAll()).filteredOn(p -> p.getStatus() == PeriodStatus.CLOSED)
                .extracting(ReportingPeriod::yearMonth).as("the three seed periods only")
                .containsExactlyInAnyOrder(YearMonth.of(2022, 9), YearMonth.of(2024, 3), YearMonth.of(2024, 7));
    }

    @Test
    void ensuringPeriodsAgainCreatesNothing() {
        assertThat(periodService.ensureMonthlyPeriodsThrough(YearMonth.of(2026, 11))).isEmpty();
    }
}
