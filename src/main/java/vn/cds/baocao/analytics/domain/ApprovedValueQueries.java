package vn.cds.baocao.analytics.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cds.baocao.report.domain.ReportStatus;

/**
 * The only way the dashboards read report figures. Every query that returns a figure filters on
 * {@code status = 'APPROVED'} in SQL, so a draft, submitted or returned value never leaves the database for a
 * dashboard. Plain SQL on purpose: a period holds up to (units × indicators) values and entities would be slow.
 */
@Repository
public class ApprovedValueQueries {

    private static final String APPROVED = "'" + ReportStatus.APPROVED.name() + "'";

    private final JdbcClient jdbc;

    public ApprovedValueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The status of every report of the period, by unit (units without a report are absent). */
    public Map<Long, ReportStatus> reportStatuses(long periodId) {
        Map<Long, ReportStatus> statuses = new HashMap<>();
        jdbc.sql("SELECT unit_id, status FROM report WHERE period_id = ?")
                .param(periodId)
                .query(rs -> {
                    statuses.put(rs.getLong(1), ReportStatus.valueOf(rs.getString(2)));
                });
        return statuses;
    }

    /** Units whose report of the period is approved. */
    public Set<Long> approvedUnits(long periodId) {
        Set<Long> units = new HashSet<>();
        jdbc.sql("SELECT unit_id FROM report WHERE period_id = ? AND status = " + APPROVED)
                .param(periodId)
                .query(rs -> {
                    units.add(rs.getLong(1));
                });
        return units;
    }

    /** Number of approved reports per period id. */
    public Map<Long, Long> approvedReportCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT period_id, COUNT(*) FROM report WHERE status = " + APPROVED + " GROUP BY period_id")
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** Every figure of the period's approved reports, by unit id and indicator id. */
    public Map<Long, Map<Long, BigDecimal>> approvedValuesByUnit(long periodId) {
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        jdbc.sql("SELECT r.unit_id, v.indicator_id, v.numeric_value FROM report r "
                        + "JOIN report_value v ON v.report_id = r.id "
                        + "WHERE r.period_id = ? AND r.status = " + APPROVED + " AND v.numeric_value IS NOT NULL")
                .param(periodId)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), unit -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
                });
        return values;
    }

    /** The figures of some units' approved reports of the period. */
    public List<UnitValue> approvedValues(long periodId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT r.unit_id, v.indicator_id, v.numeric_value FROM report r "
                        + "JOIN report_value v ON v.report_id = r.id "
                        + "WHERE r.period_id = :period AND r.status = " + APPROVED
                        + " AND r.unit_id IN (:units) AND v.numeric_value IS NOT NULL")
                .param("period", periodId)
                .param("units", unitIds)
                .query((rs, row) -> new UnitValue(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)))
                .list();
    }

    /** One indicator's approved figures of the period, by unit. */
    public Map<Long, BigDecimal> approvedValues(long periodId, long indicatorId) {
        Map<Long, BigDecimal> values = new HashMap<>();
        jdbc.sql("SELECT r.unit_id, v.numeric_value FROM report r "
                        + "JOIN report_value v ON v.report_id = r.id AND v.indicator_id = ? "
                        + "WHERE r.period_id = ? AND r.status = " + APPROVED + " AND v.numeric_value IS NOT NULL")
                .param(indicatorId)
                .param(periodId)
                .query(rs -> {
                    values.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return values;
    }

    /** One indicator's approved figures of some units over several periods. */
    public List<PeriodUnitValue> approvedSeries(long indicatorId, Collection<Long> periodIds,
                                                Collection<Long> unitIds) {
        if (periodIds.isEmpty() || unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT r.period_id, r.unit_id, v.numeric_value FROM report r "
                        + "JOIN report_value v ON v.report_id = r.id AND v.indicator_id = :indicator "
                        + "WHERE r.period_id IN (:periods) AND r.status = " + APPROVED
                        + " AND r.unit_id IN (:units) AND v.numeric_value IS NOT NULL")
                .param("indicator", indicatorId)
                .param("periods", periodIds)
                .param("units", unitIds)
                .query((rs, row) -> new PeriodUnitValue(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)))
                .list();
    }

    /** Per period: the plain mean of one indicator over every unit with an approved figure, and their number. */
    public List<PeriodMean> approvedMeans(long indicatorId, Collection<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT r.period_id, AVG(v.numeric_value), COUNT(*) FROM report r "
                        + "JOIN report_value v ON v.report_id = r.id AND v.indicator_id = :indicator "
                        + "WHERE r.period_id IN (:periods) AND r.status = " + APPROVED
                        + " AND v.numeric_value IS NOT NULL GROUP BY r.period_id")
                .param("indicator", indicatorId)
                .param("periods", periodIds)
                .query((rs, row) -> new PeriodMean(rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3)))
                .list();
    }

    public record UnitValue(long unitId, long indicatorId, BigDecimal value) {
    }

    public record PeriodUnitValue(long periodId, long unitId, BigDecimal value) {
    }

    public record PeriodMean(long periodId, BigDecimal mean, int units) {
    }
}
