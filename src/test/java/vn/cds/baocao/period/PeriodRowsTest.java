package vn.cds.baocao.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.period.domain.PeriodSummary;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The dashboards read the periods as plain rows ({@link PeriodDirectory#summariesNewestFirst}), the forms and the
 * administration as entities: both must name the same periods with the same month, name and cut-off day, in the
 * same order, and a change of a period must show in the rows at once (nothing is kept between calls).
 */
@CdsSpringTest
class PeriodRowsTest {

    @Autowired
    PeriodDirectory directory;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theRowsAreTheEntitiesNewestFirst() {
        List<PeriodSummary> expected = directory.newestFirst().stream().map(ReportingPeriod::summary).toList();

        assertThat(directory.summariesNewestFirst()).isEqualTo(expected);
        assertThat(expected).as("the seed periods").hasSizeGreaterThan(2);
        assertThat(expected.getFirst().month()).isAfter(expected.getLast().month());
        PeriodSummary one = expected.get(1);
        assertThat(directory.summary(one.id())).contains(one);
        assertThat(directory.summary(-1)).isEmpty();
    }

    @Test
    void aChangedCutOffDayShowsAtOnce() {
        transactions.executeWithoutResult(t -> {
            ReportingPeriod period = periods.findAll().getFirst();
            LocalDate moved = period.getDataTo().plusDays(3);
            period.setDataTo(moved);
            periods.flush();

            assertThat(directory.summary(period.getId())).get().extracting(PeriodSummary::dataTo).isEqualTo(moved);
            assertThat(directory.summariesNewestFirst()).filteredOn(p -> p.id() == period.getId())
                    .singleElement().extracting(PeriodSummary::month).isEqualTo(period.yearMonth());
            t.setRollbackOnly();
        });
    }

    @Test
    void aSummaryNamesItsPeriodInTheReadersLanguage() {
        PeriodSummary april = new PeriodSummary(1, YearMonth.of(2024, 4), "Tháng 4/2024", LocalDate.of(2024, 5, 20));

        assertThat(april.label(Locale.of("vi"))).isEqualTo("Tháng 4/2024");
        assertThat(april.label(Locale.ENGLISH)).isEqualTo("April 2024");
        assertThat(april.year()).isEqualTo(2024);
    }
}
