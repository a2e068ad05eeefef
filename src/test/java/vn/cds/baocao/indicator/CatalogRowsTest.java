package vn.cds.baocao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.indicator.domain.CatalogRows.CatalogRow;
import vn.cds.baocao.indicator.domain.CatalogRows.IndicatorRow;
import vn.cds.baocao.indicator.domain.CatalogRows.SectionRow;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.IndicatorCatalog.CatalogEntry;
import vn.cds.baocao.indicator.service.PeriodApplicability;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * Who reports what ({@link IndicatorCatalog#of}) reads the periods' stored catalogs as plain rows; the report forms
 * read the same catalogs as entities ({@link IndicatorCatalog#entries}). Both must say the same thing, for every
 * period, for one period or many at once, and for a period without a stored catalog (the live one then).
 */
@CdsSpringTest
class CatalogRowsTest {

    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    UnitDirectory units;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theRowsOfEveryPeriodAreItsEntriesWithTheirUnitTypesAndExemptions() {
        transactions.executeWithoutResult(t -> {
            List<ReportingPeriod> all = periods.findAll();
            List<UnitSummary> summaries = units.summaries();
            Map<Long, PeriodApplicability> byPeriod = catalog.of(all.stream().map(ReportingPeriod::summary).toList(),
                    summaries);
            int exemptions = 0;
            int severalTypes = 0;
            for (ReportingPeriod period : all) {
                List<CatalogRow> expected = catalog.entries(period).stream().map(CatalogRowsTest::row).toList();
                assertThat(byPeriod.get(period.getId()).entries()).as(period.getLabel()).isEqualTo(expected);
                assertThat(catalog.of(period, summaries).entries()).as("%s alone", period.getLabel()).isEqualTo(expected);
                exemptions += (int) expected.stream().filter(r -> !r.exemptUnitIds().isEmpty()).count();
                severalTypes += (int) expected.stream().filter(r -> r.unitTypeCodes().size() > 1).count();
            }
            assertThat(all).as("the seed periods").hasSizeGreaterThan(2);
            assertThat(exemptions).as("entries with exempt units compared").isPositive();
            assertThat(severalTypes).as("entries of several unit types compared").isPositive();
        });
    }

    @Test
    void anExemptUnitDoesNotReportWhatItsTypeReports() {
        transactions.executeWithoutResult(t -> {
            List<UnitSummary> summaries = units.summaries();
            for (ReportingPeriod period : periods.findAll()) {
                PeriodApplicability who = catalog.of(period, summaries);
                for (CatalogRow entry : who.entries()) {
                    for (long exempt : entry.exemptUnitIds()) {
                        assertThat(who.applies(exempt, entry.indicatorId())).isFalse();
                        assertThat(who.unitsReporting(entry.indicatorId())).doesNotContain(exempt);
                    }
                    for (long unit : who.unitsReporting(entry.indicatorId())) {
                        assertThat(who.applies(unit, entry.indicatorId())).isTrue();
                    }
                }
            }
        });
    }

    @Test
    void aPeriodWithoutAStoredCatalogUsesTheLiveOne() {
        transactions.executeWithoutResult(t -> {
            ReportingPeriod fresh = periods.save(new ReportingPeriod(YearMonth.of(2031, 1), "Tháng 1/2031",
                    LocalDate.of(2030, 12, 15), LocalDate.of(2031, 1, 14), LocalDate.of(2031, 1, 17)));
            assertThat(catalog.hasSnapshot(fresh)).isFalse();
            List<CatalogRow> live = catalog.entries(fresh).stream().map(CatalogRowsTest::row).toList();
            assertThat(live).isNotEmpty();
            assertThat(catalog.of(fresh, units.summaries()).entries()).isEqualTo(live);
            t.setRollbackOnly();
        });
    }

    private static CatalogRow row(CatalogEntry entry) {
        return new CatalogRow(IndicatorRow.of(entry.indicator()), SectionRow.of(entry.section()), entry.displayOrder(),
                entry.required(), entry.unitTypeCodes(), entry.exemptUnitIds());
    }
}
