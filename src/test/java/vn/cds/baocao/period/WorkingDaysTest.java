package vn.cds.baocao.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.period.service.WorkingDays;

class WorkingDaysTest {

    @Test
    void weekendsAreSkipped() {
        LocalDate friday = LocalDate.of(2024, 6, 14);
        assertThat(WorkingDays.add(friday, 1)).isEqualTo(LocalDate.of(2024, 6, 17));
        assertThat(WorkingDays.add(friday, 3)).isEqualTo(LocalDate.of(2024, 6, 19));
        LocalDate saturday = LocalDate.of(2024, 9, 14);
        assertThat(WorkingDays.add(saturday, 1)).isEqualTo(LocalDate.of(2024, 9, 16));
        assertThat(WorkingDays.add(friday, 0)).isEqualTo(friday);
    }
}
