package vn.cds.baocao.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import vn.cds.baocao.base.format.VnFormat;

/**
 * The three seed reports (2022-09, 2024-03, 2024-07) as APPROVED reports with every figure of their statistics
 * tables (Liquibase context "demo"). Each value's note says where it was printed; documented corrections keep
 * the printed value in the note; cells the source leaves unreadable stay empty.
 */
public class SeedReportsChange extends DemoChange {

    static final String ACTOR = "system";
    private static final String PROVINCE_SUMMARY_TYPE = "PROVINCE_SUMMARY";

    private Connection connection;
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, Long> indicatorIds = new HashMap<>();
    private final Map<String, Long> reportIds = new HashMap<>();

    @Override
    public void execute(Database database) throws CustomChangeException {
        connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            loadIds();
            for (Map<String, String> seed : DemoCsv.require("demo/seed_reports.csv")) {
                long periodId = createPeriod(seed);
                loadTables(seed, periodId);
                loadProvinceFigures(seed, periodId);
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Could not load the seed reports", e);
        }
    }

    private void loadIds() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT code, id FROM unit")) {
                while (rs.next()) {
                    unitIds.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT code, id FROM indicator")) {
                while (rs.next()) {
                    indicatorIds.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
    }

    private long createPeriod(Map<String, String> seed) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reporting_period (period_year, period_month, label, data_from, data_to, deadline, status, notes) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'CLOSED', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setInt(1, Integer.parseInt(seed.get("period_year")));
            insert.setInt(2, Integer.parseInt(seed.get("period_month")));
            insert.setString(3, seed.get("label"));
            insert.setObject(4, LocalDate.parse(seed.get("data_from")));
            insert.setObject(5, LocalDate.parse(seed.get("data_to")));
            insert.setObject(6, LocalDate.parse(seed.get("deadline")));
            insert.setString(7, seed.get("notes"));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    /** The unit figures of the report's tables: a row per unit, a column per indicator code. */
    private void loadTables(Map<String, String> seed, long periodId) throws SQLException {
        for (SeedFigures.Figure figure : SeedFigures.of(seed.get("report_label"), seed.get("source_file"),
                indicatorIds::containsKey)) {
            insertValue(reportId(seed, figure.unitCode(), periodId), indicatorIds.get(figure.indicatorCode()),
                    figure.value(), figure.note());
        }
    }

    /** Province-wide figures printed in the text (hotline 1022, website posts, app users) → the summary unit. */
    private void loadProvinceFigures(Map<String, String> seed, long periodId) throws SQLException {
        String label = seed.get("report_label");
        List<Map<String, String>> figures = new ArrayList<>(DemoCsv.require("seed/province_figures.csv"));
        DemoCsv.read("demo/province_figures_" + label + ".csv").ifPresent(figures::addAll);
        String summaryUnit = summaryUnitCode();
        Map<String, List<Map<String, String>>> byCode = new HashMap<>();
        for (Map<String, String> figure : figures) {
            if (label.equals(figure.get("report_label")) && appliesToSummaryUnit(figure.get("figure_code"))) {
                byCode.computeIfAbsent(figure.get("figure_code"), k -> new ArrayList<>()).add(figure);
            }
        }
        for (Map.Entry<String, List<Map<String, String>>> entry : byCode.entrySet()) {
            // A figure printed for two windows: keep the one closest to the period (latest start), note the other.
            List<Map<String, String>> candidates = entry.getValue().stream()
                    .sorted(Comparator.comparing((Map<String, String> f) -> f.get("period_start")).reversed())
                    .toList();
            Map<String, String> chosen = candidates.getFirst();
            StringBuilder note = new StringBuilder("Nguồn: " + chosen.get("source_file") + ", dòng "
                    + chosen.get("src_line") + " (" + chosen.get("period_text") + ").");
            for (Map<String, String> other : candidates.subList(1, candidates.size())) {
                note.append(" Bản gốc còn ghi ").append(VnFormat.number(new BigDecimal(other.get("value")), 2)).append(" cho khoảng \"")
                        .append(other.get("period_text")).append("\".");
            }
            insertValue(reportId(seed, summaryUnit, periodId), indicatorIds.get(entry.getKey()),
                    new BigDecimal(chosen.get("value")), note.toString());
        }
    }

    private boolean appliesToSummaryUnit(String indicatorCode) throws SQLException {
        Long indicatorId = indicatorIds.get(indicatorCode);
        if (indicatorId == null) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM indicator_unit_type WHERE indicator_id = ? AND unit_type_code = ?")) {
            query.setLong(1, indicatorId);
            query.setString(2, PROVINCE_SUMMARY_TYPE);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String summaryUnitCode() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code FROM unit WHERE type_code = ? ORDER BY id LIMIT 1")) {
            query.setString(1, PROVINCE_SUMMARY_TYPE);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No unit of type " + PROVINCE_SUMMARY_TYPE);
                }
                return rs.getString(1);
            }
        }
    }

    private long reportId(Map<String, String> seed, String unitCode, long periodId) throws SQLException {
        String key = unitCode + "|" + periodId;
        Long existing = reportIds.get(key);
        if (existing != null) {
            return existing;
        }
        Long unitId = unitIds.get(unitCode);
        if (unitId == null) {
            throw new SQLException("Seed data names an unknown unit: " + unitCode);
        }
        LocalDateTime at = LocalDate.parse(seed.get("deadline")).atTime(9, 0);
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO report (unit_id, period_id, status, created_at, created_by, updated_at, updated_by, "
                        + "submitted_at, submitted_by, reviewed_at, reviewed_by) "
                        + "VALUES (?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            Timestamp time = Timestamp.valueOf(at);
            insert.setLong(1, unitId);
            insert.setLong(2, periodId);
            for (int i = 3; i <= 9; i += 2) {
                insert.setTimestamp(i, time);
                insert.setString(i + 1, ACTOR);
            }
            insert.executeUpdate();
            id = generatedKey(insert);
        }
        try (PreparedStatement event = connection.prepareStatement(
                "INSERT INTO report_event (report_id, occurred_at, actor, action, from_status, to_status, reason) "
                        + "VALUES (?, ?, ?, 'IMPORT_APPROVED', NULL, 'APPROVED', ?)")) {
            event.setLong(1, id);
            event.setTimestamp(2, Timestamp.valueOf(at));
            event.setString(3, ACTOR);
            event.setString(4, "Nhập từ " + seed.get("document") + ", tệp " + seed.get("source_file") + ".");
            event.executeUpdate();
        }
        reportIds.put(key, id);
        return id;
    }

    private void insertValue(long reportId, long indicatorId, BigDecimal value, String note) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO report_value (report_id, indicator_id, numeric_value, note) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, reportId);
            insert.setLong(2, indicatorId);
            insert.setBigDecimal(3, value);
            insert.setString(4, note);
            insert.executeUpdate();
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Seed reports loaded as approved history";
    }
}
