package vn.cds.baocao.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import vn.cds.baocao.analytics.service.PeriodTableService.PeriodTables;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.event.ReportTransitioned;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportRows;
import vn.cds.baocao.support.SqlStatements;

/**
 * The tables with sharing on (the test profile turns it off for the other tests): one computed result for every
 * caller, until a report of that period — or of an earlier one, which the changes compare with — changes status.
 */
@CdsSpringTest
class SharedTablesTest {

    private static final String DVC = "dvc_online_rate_pct";

    @Autowired
    AnalyticsData data;
    @Autowired
    PeriodDirectory periods;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ReportRows rows;
    @Autowired
    UnitRepository units;

    @AfterEach
    void removeReports() {
        rows.removeAll();
    }

    @Test
    @WithUserDetails("leader")
    void aReportsApprovalDropsTheTablesOfItsPeriodAndLaterButKeepsTheEarlierOnes() {
        SharedPeriodResults shared = new SharedPeriodResults(Duration.ofMinutes(10), 8, periods);
        PeriodTableService service = new PeriodTableService(data, shared, transactions);
        long may = id("2024-05");
        long june = id("2024-06");
        long july = id("2024-07");
        PeriodTables mayTables = service.tables(may, null, Messages.VIETNAMESE);
        PeriodTables juneTables = service.tables(june, null, Messages.VIETNAMESE);
        PeriodTables julyTables = service.tables(july, null, Messages.VIETNAMESE);
        assertThat(service.tables(june, null, Messages.VIETNAMESE)).as("shared").isSameAs(juneTables);
        assertThat(SqlStatements.during(() -> service.tables(june, null, Messages.VIETNAMESE)).statements())
                .as("a shared answer, even before anyone asked for the period list: no statement, no transaction")
                .isEmpty();
        assertThat(service.tables(june, "DISTRICT", Messages.VIETNAMESE)).as("another filter, another result")
                .isNotSameAs(juneTables);
        assertThat(state(juneTables)).isEqualTo(Cell.State.NOT_APPROVED);

        long report = rows.create("SO_GTVT", YearMonth.of(2024, 6), ReportStatus.APPROVED, DVC, "11");
        assertThat(service.tables(june, null, Messages.VIETNAMESE)).as("nothing announced yet").isSameAs(juneTables);

        shared.reportChanged(new ReportTransitioned(report, units.findByCode("SO_GTVT").orElseThrow().getId(), june,
                ReportAction.APPROVE, ReportStatus.SUBMITTED, ReportStatus.APPROVED, "reviewer", null,
                LocalDateTime.now()));

        PeriodTables fresh = service.tables(june, null, Messages.VIETNAMESE);
        assertThat(fresh).isNotSameAs(juneTables);
        assertThat(state(fresh)).isEqualTo(Cell.State.VALUE);
        assertThat(fresh.period().approvedReports()).isEqualTo(juneTables.period().approvedReports() + 1);
        assertThat(service.periods().stream().filter(p -> p.id() == june).findFirst().orElseThrow().approvedReports())
                .as("the period list's counts").isEqualTo(fresh.period().approvedReports());
        assertThat(service.tables(july, null, Messages.VIETNAMESE)).as("compares with earlier periods")
                .isNotSameAs(julyTables);
        assertThat(service.tables(may, null, Messages.VIETNAMESE)).as("earlier: unchanged").isSameAs(mayTables);
    }

    private long id(String key) {
        return periods.find(YearMonth.parse(key)).orElseThrow().getId();
    }

    private static Cell.State state(PeriodTables tables) {
        SectionTable dvc = tables.section("DVC").orElseThrow();
        int column = 0;
        while (!dvc.columns().get(column).code().equals(DVC)) {
            column++;
        }
        int index = column;
        return dvc.rows().stream().filter(r -> r.unit().code().equals("SO_GTVT")).findFirst().orElseThrow()
                .cells().get(index).state();
    }
}
