package vn.cds.baocao.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import vn.cds.baocao.period.domain.PeriodWindows;
import vn.cds.baocao.period.domain.PeriodWindows.Window;
import vn.cds.baocao.period.service.WorkingDays;

/**
 * A demo database created before the province's rhythm had its in-between periods on the decree's 15th→14th window,
 * overlapping the seed periods (Tháng 4/2024 ran 15/3–14/4/2024 while Tháng 3/2024 ran to 20/4). Oldest first, every
 * period without handed-in reports (the seed periods have approved ones) gets the window the start-up would give it
 * now ({@link PeriodWindows#rhythm}) and the deadline of its new cut-off. A period the rhythm cannot place stays as
 * it is. Catalogs are left alone (an administrator refreshes one on the periods screen). A fresh demo database has no
 * in-between periods yet when this runs: they are created on the rhythm at start-up.
 */
public class DemoPeriodWindowsChange extends DemoChange {

    private static final int DEFAULT_CUT_OFF_DAY = 20;
    private static final int DEFAULT_WORKING_DAYS = 3;

    private Connection connection;
    private int realigned;

    @Override
    public void execute(Database database) throws CustomChangeException {
        connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            Set<LocalDate> holidays = holidays();
            PeriodWindows placed = new PeriodWindows();
            List<Row> rows = periods();
            rows.stream().filter(Row::locked).forEach(row -> placed.put(row.month(), row.window()));
            for (Row row : rows) {
                if (row.locked()) {
                    continue;
                }
                YearMonth month = row.month();
                Optional<Window> window = placed.rhythm(month, cutOffDay(month.plusMonths(1).atDay(1)))
                        .filter(w -> placed.check(month, w).isEmpty());
                if (window.isPresent() && !window.get().equals(row.window())) {
                    LocalDate cutOff = window.get().to();
                    update(row.id(), window.get(), WorkingDays.add(cutOff, workingDays(cutOff), holidays));
                    realigned++;
                }
                placed.put(month, window.orElse(row.window()));
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Could not realign the demo periods", e);
        }
    }

    private List<Row> periods() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT p.id, p.period_year, p.period_month, p.data_from, p.data_to, "
                     + "EXISTS (SELECT 1 FROM report r WHERE r.period_id = p.id "
                     + "AND r.status IN ('SUBMITTED', 'RETURNED', 'APPROVED')) "
                     + "FROM reporting_period p ORDER BY p.period_year, p.period_month")) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), YearMonth.of(rs.getInt(2), rs.getInt(3)),
                        new Window(rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()), rs.getBoolean(6)));
            }
        }
        return rows;
    }

    private Set<LocalDate> holidays() throws SQLException {
        Set<LocalDate> days = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT holiday_date FROM holiday")) {
            while (rs.next()) {
                days.add(rs.getDate(1).toLocalDate());
            }
        }
        return days;
    }

    private int cutOffDay(LocalDate day) throws SQLException {
        return setting("PERIOD_CUT_OFF_DAY", day).map(Integer::parseInt).orElse(DEFAULT_CUT_OFF_DAY);
    }

    private int workingDays(LocalDate cutOff) throws SQLException {
        return setting("DEADLINE_WORKING_DAYS", cutOff).map(Integer::parseInt).orElse(DEFAULT_WORKING_DAYS);
    }

    /** As AgencySettings reads it: the value in force on the day, else the earliest one. */
    private Optional<String> setting(String key, LocalDate day) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT setting_value FROM agency_setting "
                + "WHERE setting_key = ? ORDER BY (valid_from <= ?) DESC, "
                + "CASE WHEN valid_from <= ? THEN valid_from END DESC, valid_from ASC LIMIT 1")) {
            query.setString(1, key);
            query.setDate(2, Date.valueOf(day));
            query.setDate(3, Date.valueOf(day));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1).strip()) : Optional.empty();
            }
        }
    }

    private void update(long id, Window window, LocalDate deadline) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE reporting_period SET data_from = ?, data_to = ?, deadline = ?, version = version + 1 WHERE id = ?")) {
            update.setDate(1, Date.valueOf(window.from()));
            update.setDate(2, Date.valueOf(window.to()));
            update.setDate(3, Date.valueOf(deadline));
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    private record Row(long id, YearMonth month, Window window, boolean locked) {
    }

    @Override
    public String getConfirmationMessage() {
        return realigned + " demo period(s) moved to the province's rhythm";
    }
}
