package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.analytics.domain.IndicatorSettingRows.SettingRow;
import vn.cds.baocao.analytics.service.PeriodTableBuilder.Inputs;
import vn.cds.baocao.analytics.service.PeriodTableBuilder.Section;
import vn.cds.baocao.base.csv.CsvWriter;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.CatalogRows.CatalogRow;
import vn.cds.baocao.indicator.domain.CatalogRows.SectionRow;
import vn.cds.baocao.indicator.service.PeriodApplicability;
import vn.cds.baocao.indicator.service.TargetBook;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.period.domain.PeriodSummary;

/**
 * "Bảng số liệu": the statistics tables of a period, from approved reports only, for leaders and reviewers.
 * The tables and the period list are computed once and shared by every caller ({@link SharedPeriodResults}): a
 * shared result is answered without a transaction or a query; a missing one is computed in a read-only one.
 */
@Service
@Transactional(readOnly = true)
public class PeriodTableService {

    private static final SharedPeriodResults.Key PERIODS = new SharedPeriodResults.Key("periods", null, null, "");

    private final AnalyticsData data;
    private final SharedPeriodResults shared;
    /** A period's month never changes: learned once per period id, it is the key of the period's shared tables. */
    private final Map<Long, YearMonth> months = new ConcurrentHashMap<>();
    private final TransactionTemplate readOnly;

    public PeriodTableService(AnalyticsData data, SharedPeriodResults shared, PlatformTransactionManager transactions) {
        this.data = data;
        this.shared = shared;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Every period, newest first, with how many reports are approved. */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<PeriodRef> periods() {
        return shared.get(PERIODS, () -> readOnly.execute(s -> {
            Map<Long, Long> approved = data.figures().approvedReportCounts();
            List<UnitSummary> units = data.units();
            List<PeriodSummary> newestFirst = data.periodsNewestFirst();
            learnMonths(newestFirst);
            return newestFirst.stream().map(p -> data.periodRef(p, approved, units)).toList();
        }));
    }

    /** The newest period with at least one approved report (what a leader wants to see first). */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<PeriodRef> latestWithApprovedReports() {
        return PeriodRef.newestWithApprovedReports(periods());
    }

    /** Unit types that report something, for the filter ("Sở, ban, ngành", "UBND huyện, thị xã, thành phố"). */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public Map<String, String> unitTypes(Locale locale) {
        Map<String, String> types = new LinkedHashMap<>();
        data.units().stream().filter(UnitSummary::reportingType)
                .sorted(Comparator.comparingInt(UnitSummary::typeOrder))
                .forEach(u -> types.putIfAbsent(u.typeCode(), u.typeName(locale)));
        return types;
    }

    /**
     * Every table of the period.
     *
     * @param unitTypeCode only units of this type (TỔNG and highlights follow the filter); null for all
     * @param locale       the reader's language: the view's, or Vietnamese for the province's documents
     * @return the shared, immutable tables: callers must not keep them longer than they need them (a grid asks
     *         again for each page instead)
     */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public PeriodTables tables(long periodId, String unitTypeCode, Locale locale) {
        YearMonth known = months.get(periodId);
        if (known != null) {
            return shared.get(tablesKey(periodId, known, unitTypeCode, locale),
                    () -> readOnly.execute(s -> compute(data.periodsNewestFirst(), periodId, unitTypeCode, locale)));
        }
        // The month (the shared result's key) read in the transaction that computes the tables, if they must be.
        return readOnly.execute(s -> {
            List<PeriodSummary> newestFirst = data.periodsNewestFirst();
            learnMonths(newestFirst);
            YearMonth month = AnalyticsData.period(periodId, newestFirst).month();
            return shared.get(tablesKey(periodId, month, unitTypeCode, locale),
                    () -> compute(newestFirst, periodId, unitTypeCode, locale));
        });
    }

    private void learnMonths(List<PeriodSummary> newestFirst) {
        newestFirst.forEach(p -> months.putIfAbsent(p.id(), p.month()));
    }

    private static SharedPeriodResults.Key tablesKey(long periodId, YearMonth month, String unitTypeCode,
                                                     Locale locale) {
        return new SharedPeriodResults.Key("tables", periodId, month,
                (unitTypeCode == null ? "" : unitTypeCode) + "|" + locale.toLanguageTag());
    }

    /** {@code newestFirst}: every period, newest first, read in this transaction. */
    private PeriodTables compute(List<PeriodSummary> newestFirst, long periodId, String unitTypeCode,
                                 Locale locale) {
        PeriodSummary period = AnalyticsData.period(periodId, newestFirst);
        List<UnitSummary> allUnits = data.units();
        List<UnitSummary> units = allUnits.stream()
                .filter(u -> unitTypeCode == null || u.typeCode().equals(unitTypeCode)).toList();
        TargetBook targets = data.targets(period.year());
        Map<Long, SettingRow> settings = data.settings();

        Map<String, Section> sections = new LinkedHashMap<>();
        Map<Long, Set<Long>> expected = new HashMap<>();
        PeriodApplicability who = data.applicability(period, allUnits);
        for (CatalogRow entry : AnalyticsData.numericIndicators(who)) {
            ColumnSpec column = data.column(entry.indicator(), targets, settings, locale).inWindowOf(period, locale);
            SectionRow section = entry.section();
            sections.computeIfAbsent(section.code(), code -> new Section(code, section.name(locale), new ArrayList<>()))
                    .columns().add(column);
            expected.put(entry.indicatorId(), AnalyticsData.expectedUnits(who, entry.indicatorId(), units));
        }

        Set<Long> approved = data.figures().approvedUnits(periodId);
        Map<Long, Map<Long, BigDecimal>> values = data.figures().numbersByUnit(periodId, null);
        Set<Long> shown = new java.util.HashSet<>(values.keySet());
        shown.retainAll(units.stream().map(UnitSummary::id).collect(java.util.stream.Collectors.toSet()));

        Inputs inputs = new Inputs(units.stream().map(u -> AnalyticsData.ref(u, locale)).toList(), expected,
                approved, values, data.comparisons(period, newestFirst, shown),
                data.figures().noFiguresByUnit(periodId));
        List<SectionTable> tables = new PeriodTableBuilder(locale, targets, data.combinedTotals(locale))
                .build(List.copyOf(sections.values()), inputs);
        Map<Long, Long> approvedCount = Map.of(period.id(), (long) approved.size());
        return new PeriodTables(data.periodRef(period, approvedCount, allUnits), unitTypeCode, tables);
    }

    /** One table as CSV (UTF-8 with BOM, headers in {@code locale}), as shown: figures, verdicts, changes, totals. */
    @PreAuthorize("hasAnyRole('LEADER', 'REVIEWER')")
    public byte[] csv(long periodId, String sectionCode, String unitTypeCode, Locale locale) {
        PeriodTables tables = tables(periodId, unitTypeCode, locale);
        SectionTable table = tables.sections().stream().filter(t -> t.code().equals(sectionCode)).findFirst()
                .orElseThrow(() -> new BusinessException("analytics.error.tableNotFound"));
        return CsvWriter.toBytes(TableCsv.header(table, locale), TableCsv.rows(table, locale));
    }

    /** The tables of a period. */
    public record PeriodTables(PeriodRef period, String unitTypeCode, List<SectionTable> sections) {

        public PeriodTables {
            sections = List.copyOf(sections);
        }

        public Optional<SectionTable> section(String code) {
            return sections.stream().filter(s -> s.code().equals(code)).findFirst();
        }
    }
}
