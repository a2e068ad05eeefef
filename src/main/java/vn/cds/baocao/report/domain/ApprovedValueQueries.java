package vn.cds.baocao.report.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The only way other features read report figures (through {@code ApprovedFigures}): dashboards, documents, the
 * API. Every query that returns a figure filters on {@code status = 'APPROVED'} in SQL, so a draft, submitted or
 * returned value never leaves the database for them. Plain SQL on purpose: a period holds up to
 * (units × indicators) values and entities would be slow.
 */
@Repository
public class ApprovedValueQueries {

    private static final String APPROVED = "'" + ReportStatus.APPROVED.name() + "'";

    static final String NUMBERS = "v.numeric_value, NULL";
    static final String HAS_NUMBER = "v.numeric_value IS NOT NULL";
    static final String TEXTS = "NULL, v.text_value";
    static final String HAS_TEXT_ONLY = "v.numeric_value IS NULL AND v.text_value IS NOT NULL";

    private final JdbcClient jdbc;

    public ApprovedValueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /**
     * The approved figures of a period: every value (a number or a text) of its approved reports, with the unit,
     * the indicator and when the report was approved. The one query behind the dashboards, the documents and the
     * API. The numbers come from the index {@code ix_report_value_figure} alone (changeset 085); the values without
     * a number are looked up apart, for their text (a value holds a number or a text, as {@code ValueParser}
     * reads it): at most two statements.
     *
     * @param unitIds only these units' reports; null for every unit
     */
    public List<ApprovedFigure> approvedFigures(long periodId, Collection<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        List<ApprovedFigure> figures = new ArrayList<>(figuresOfPeriod(periodId, unitIds, NUMBERS, HAS_NUMBER));
        figures.addAll(figuresOfPeriod(periodId, unitIds, TEXTS, HAS_TEXT_ONLY));
        return figures;
    }

    /**
     * The approved numbers of a period, by unit id and indicator id: the tables' and comparisons' read, from the
     * index {@code ix_report_value_figure} alone, without the texts and approval times {@link #approvedFigures}
     * also reads (the texts' statement looks up every row of the period).
     *
     * @param unitIds only these units' reports; null for every unit
     */
    public Map<Long, Map<Long, BigDecimal>> approvedNumbers(long periodId, Collection<Long> unitIds) {
        Map<Long, Map<Long, BigDecimal>> numbers = new HashMap<>();
        if (unitIds != null && unitIds.isEmpty()) {
            return numbers;
        }
        StatementSpec query = jdbc.sql(numbersSql(unitIds != null)).param("period", periodId);
        if (unitIds != null) {
            query = query.param("units", unitIds);
        }
        query.query(rs -> {
            numbers.computeIfAbsent(rs.getLong(1), unit -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
        });
        return numbers;
    }

    /** The statement of {@link #approvedNumbers}, as EXPLAIN can check it. */
    static String numbersSql(boolean someUnits) {
        return "SELECT r.unit_id, v.indicator_id, v.numeric_value " + valuesOfApprovedReports(someUnits)
                + " AND " + HAS_NUMBER;
    }

    /** The values of the period's approved reports (of some units): the FROM and WHERE every figure read shares. */
    private static String valuesOfApprovedReports(boolean someUnits) {
        return "FROM report r JOIN report_value v ON v.report_id = r.id "
                + "WHERE r.period_id = :period AND r.status = " + APPROVED
                + (someUnits ? " AND r.unit_id IN (:units)" : "");
    }

    /**
     * Which approved values of a period are marked "không phát sinh" / "không có số liệu", by unit id and indicator
     * id, without the reasons: from the index {@code ix_report_value_figure} alone (changeset 086), where
     * {@link #approvedNoFigures} looks up every value of the period for its reason.
     */
    public Map<Long, Map<Long, NoFigure>> approvedNoFigureMarks(long periodId) {
        Map<Long, Map<Long, NoFigure>> marks = new HashMap<>();
        jdbc.sql(NO_FIGURE_MARKS_SQL).param("period", periodId).query(rs -> {
            marks.computeIfAbsent(rs.getLong(1), unit -> new HashMap<>())
                    .put(rs.getLong(2), NoFigure.valueOf(rs.getString(3)));
        });
        return marks;
    }

    static final String NO_FIGURE_MARKS_SQL = "SELECT r.unit_id, v.indicator_id, v.no_figure "
            + valuesOfApprovedReports(false) + " AND v.no_figure IS NOT NULL";

    /** The statement of {@link #approvedFigures} for the values of {@code condition}, as EXPLAIN can check it. */
    static String figuresSql(boolean someUnits, String valueColumns, String condition) {
        return "SELECT r.unit_id, v.indicator_id, " + valueColumns + ", r.reviewed_at "
                + valuesOfApprovedReports(someUnits) + " AND " + condition;
    }

    private List<ApprovedFigure> figuresOfPeriod(long periodId, Collection<Long> unitIds, String valueColumns,
                                                 String condition) {
        StatementSpec query = jdbc.sql(figuresSql(unitIds != null, valueColumns, condition))
                .param("period", periodId);
        if (unitIds != null) {
            query = query.param("units", unitIds);
        }
        return query.query((rs, row) -> new ApprovedFigure(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getObject(5, LocalDateTime.class)))
                .list();
    }

    /**
     * The approved values of a period marked as having no figure ("không phát sinh", "không có số liệu"). Apart
     * from the figures on purpose: no total, mean, ranking or trend reads them; only what shows a cell does.
     *
     * @param unitIds only these units' reports; null for every unit
     * @param indicatorId only this indicator; null for every indicator
     */
    public List<ApprovedNoFigure> approvedNoFigures(long periodId, Collection<Long> unitIds, Long indicatorId) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        StatementSpec query = jdbc.sql("SELECT r.unit_id, v.indicator_id, v.no_figure, v.no_figure_reason, "
                        + "r.reviewed_at " + valuesOfApprovedReports(unitIds != null)
                        + (indicatorId == null ? "" : " AND v.indicator_id = :indicator")
                        + " AND v.no_figure IS NOT NULL")
                .param("period", periodId);
        if (unitIds != null) {
            query = query.param("units", unitIds);
        }
        if (indicatorId != null) {
            query = query.param("indicator", indicatorId);
        }
        return query.query((rs, row) -> new ApprovedNoFigure(rs.getLong(1), rs.getLong(2),
                        NoFigure.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDateTime.class)))
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
}
