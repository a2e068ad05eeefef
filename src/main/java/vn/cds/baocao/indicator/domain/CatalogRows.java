package vn.cds.baocao.indicator.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cds.baocao.base.i18n.Messages;

/**
 * Periods' stored catalogs ({@link PeriodIndicator}) as plain rows, for the readers that only ask who reports what
 * and how an indicator is shown: the dashboards, the completeness board, the deadline notices. Read as entities (an
 * entry, its indicator, two sections and two collections each) a catalog cost the dashboards' computation more
 * Java than its statement. The report forms, which bind values to indicators, read the entities.
 */
@Repository
public class CatalogRows {

    /** What a table, a chart or a chooser shows of an indicator. */
    public record IndicatorRow(long id, String code, String nameVi, String shortNameVi, String nameEn,
                               ValueType valueType, Aggregation aggregation, boolean higherIsBetter) {

        public static IndicatorRow of(Indicator indicator) {
            return new IndicatorRow(indicator.getId(), indicator.getCode(), indicator.getNameVi(),
                    indicator.getShortNameVi(), indicator.getNameEn(), indicator.getValueType(),
                    indicator.getAggregation(), indicator.isHigherIsBetter());
        }

        public String name(Locale locale) {
            return Messages.pick(locale, nameVi, nameEn);
        }
    }

    /** A section (table of the report) as a period opened with it. */
    public record SectionRow(String code, String nameVi, String nameEn) {

        public static SectionRow of(IndicatorSection section) {
            return new SectionRow(section.getCode(), section.getNameVi(), section.getNameEn());
        }

        public String name(Locale locale) {
            return Messages.pick(locale, nameVi, nameEn);
        }
    }

    /**
     * An indicator of a period: in the section and at the place it had when the period opened, with the unit types
     * that reported it then and the units exempt then.
     */
    public record CatalogRow(IndicatorRow indicator, SectionRow section, int displayOrder, boolean required,
                             Set<String> unitTypeCodes, Set<Long> exemptUnitIds) {

        public CatalogRow {
            unitTypeCodes = Set.copyOf(unitTypeCodes);
            exemptUnitIds = Set.copyOf(exemptUnitIds);
        }

        public long indicatorId() {
            return indicator.id();
        }

        /** True when a unit of this type and id reports the indicator (its type applies, it is not exempt). */
        public boolean appliesTo(String unitTypeCode, long unitId) {
            return applies(unitTypeCodes, exemptUnitIds, unitTypeCode, unitId);
        }

        /** The rule, for the rows and for the entities' entries alike. */
        public static boolean applies(Set<String> unitTypeCodes, Set<Long> exemptUnitIds, String unitTypeCode,
                                      long unitId) {
            return unitTypeCodes.contains(unitTypeCode) && !exemptUnitIds.contains(unitId);
        }
    }

    /*
     * One row per entry, unit type and exemption (the two joins multiply, as the entity query's did: a few rows
     * per indicator). Ordered by period then form order, so that the rows of an entry follow each other.
     */
    private static final String CATALOG = """
            SELECT pi.period_id, pi.id, pi.display_order, pi.required, s.code, s.name_vi, s.name_en,
                   i.id, i.code, i.name_vi, i.short_name_vi, i.name_en, i.value_type, i.aggregation,
                   i.higher_is_better, t.unit_type_code, e.unit_id
            FROM period_indicator pi
            JOIN indicator_section s ON s.code = pi.section_code
            JOIN indicator i ON i.id = pi.indicator_id
            LEFT JOIN period_indicator_unit_type t ON t.period_indicator_id = pi.id
            LEFT JOIN period_indicator_exemption e ON e.period_indicator_id = pi.id
            """;

    private final JdbcClient jdbc;

    public CatalogRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The periods' stored catalogs by period id (a period without one is absent), in one statement. */
    public Map<Long, List<CatalogRow>> ofPeriods(Collection<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, Entry>> entries = new LinkedHashMap<>();
        jdbc.sql(CATALOG + "WHERE pi.period_id IN (:periods) ORDER BY pi.period_id, pi.display_order, pi.id")
                .param("periods", periodIds)
                .query((ResultSet rs) -> {
                    Map<Long, Entry> ofPeriod = entries.computeIfAbsent(rs.getLong(1), p -> new LinkedHashMap<>());
                    Entry entry = ofPeriod.get(rs.getLong(2));
                    if (entry == null) {
                        entry = Entry.read(rs);
                        ofPeriod.put(rs.getLong(2), entry);
                    }
                    entry.add(rs.getString(16), rs.getObject(17, Long.class));
                });
        Map<Long, List<CatalogRow>> byPeriod = new LinkedHashMap<>();
        entries.forEach((period, ofPeriod) -> byPeriod.put(period,
                ofPeriod.values().stream().map(Entry::row).toList()));
        return byPeriod;
    }

    /** An entry while its rows are read. */
    private record Entry(IndicatorRow indicator, SectionRow section, int displayOrder, boolean required,
                         Set<String> unitTypeCodes, Set<Long> exemptUnitIds) {

        static Entry read(ResultSet rs) throws SQLException {
            return new Entry(new IndicatorRow(rs.getLong(8), rs.getString(9), rs.getString(10), rs.getString(11),
                    rs.getString(12), ValueType.valueOf(rs.getString(13)), Aggregation.valueOf(rs.getString(14)),
                    rs.getBoolean(15)),
                    new SectionRow(rs.getString(5), rs.getString(6), rs.getString(7)), rs.getInt(3),
                    rs.getBoolean(4), new HashSet<>(), new HashSet<>());
        }

        void add(String unitTypeCode, Long exemptUnitId) {
            if (unitTypeCode != null) {
                unitTypeCodes.add(unitTypeCode);
            }
            if (exemptUnitId != null) {
                exemptUnitIds.add(exemptUnitId);
            }
        }

        CatalogRow row() {
            return new CatalogRow(indicator, section, displayOrder, required, unitTypeCodes, exemptUnitIds);
        }
    }
}
