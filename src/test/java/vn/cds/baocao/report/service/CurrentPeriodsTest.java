package vn.cds.baocao.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;

/** Which periods the home pages call current: open, begun, deadline at most a month past. */
class CurrentPeriodsTest {

    private final ReportingPeriod november = new ReportingPeriod(YearMonth.of(2026, 11), "Tháng 11/2026",
            LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 18));

    @Test
    void fromTheStartOfItsWindowToAMonthAfterItsDeadline() {
        assertThat(CurrentPeriods.isCurrent(november, LocalDate.of(2026, 10, 14))).as("not begun").isFalse();
        assertThat(CurrentPeriods.isCurrent(november, LocalDate.of(2026, 10, 15))).isTrue();
        assertThat(CurrentPeriods.isCurrent(november, LocalDate.of(2026, 11, 24))).as("late units to chase").isTrue();
        assertThat(CurrentPeriods.isCurrent(november, LocalDate.of(2026, 12, 19))).isTrue();
        assertThat(CurrentPeriods.isCurrent(november, LocalDate.of(2026, 12, 20))).as("a month past").isFalse();
    }

    @Test
    void aClosedPeriodIsNotCurrent() {
        november.setStatus(PeriodStatus.CLOSED);
        assertThat(CurrentPeriods.isCurrent(november, LocalDate.of(2026, 11, 24))).isFalse();
    }
}
