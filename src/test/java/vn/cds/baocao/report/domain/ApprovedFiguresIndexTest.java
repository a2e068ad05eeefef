package vn.cds.baocao.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The approved figures of a period are read from the index alone (changesets 085 and 086, issue 14): MariaDB's plan
 * for the numbers' statements and the no-figure marks' statement reads report_value through
 * {@code ix_report_value_figure} with "Using index", no row look-up per value. On the demo data, for a seed period.
 */
@CdsSpringTest
class ApprovedFiguresIndexTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    ApprovedValueQueries queries;

    @Test
    void theNumbersOfAPeriodComeFromTheCoveringIndex() {
        long period = periods.findByYearAndMonth(2024, 7).orElseThrow().getId();
        String sql = ApprovedValueQueries.figuresSql(false, ApprovedValueQueries.NUMBERS,
                ApprovedValueQueries.HAS_NUMBER).replace(":period", String.valueOf(period));
        List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN " + sql);
        System.out.printf("%nEXPLAIN of the approved figures (Tháng 7/2024):%n%s%n", String.join("\n",
                plan.stream().map(Object::toString).toList()));
        Map<String, Object> values = plan.stream().filter(row -> "v".equals(row.get("table"))).findFirst().orElseThrow();
        assertThat(values.get("key")).as("%s", plan).isEqualTo("ix_report_value_figure");
        assertThat(String.valueOf(values.get("Extra"))).as("%s", plan).contains("Using index");
        assertThat(queries.approvedFigures(period, null)).as("the seed period has figures").isNotEmpty();
    }

    @Test
    void theTablesReadNumbersAndNoFigureMarksFromTheIndexAlone() {
        long period = periods.findByYearAndMonth(2024, 7).orElseThrow().getId();
        for (String sql : List.of(ApprovedValueQueries.numbersSql(false), ApprovedValueQueries.NO_FIGURE_MARKS_SQL)) {
            List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN " + sql.replace(":period",
                    String.valueOf(period)));
            Map<String, Object> values = plan.stream().filter(row -> "v".equals(row.get("table"))).findFirst()
                    .orElseThrow();
            assertThat(values.get("key")).as("%s: %s", sql, plan).isEqualTo("ix_report_value_figure");
            assertThat(String.valueOf(values.get("Extra"))).as("%s: %s", sql, plan).contains("Using index");
        }
        assertThat(queries.approvedNumbers(period, null)).as("the seed period has numbers").isNotEmpty();
    }
}
