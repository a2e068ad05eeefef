package vn.cds.baocao.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Demo accounts (Liquibase context "demo"): one per role and one reporter per reporting unit, all with the demo
 * password from the changelog. Passwords are stored as bcrypt hashes like any other account.
 */
public class DemoUsersChange extends DemoChange {

    private String file;
    private String password;

    public void setFile(String file) {
        this.file = file;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        String hash = new BCryptPasswordEncoder().encode(password);
        try (PreparedStatement user = connection.prepareStatement(
                "INSERT INTO app_user (username, password_hash, full_name, email, unit_id, created_at) "
                        + "VALUES (?, ?, ?, ?, (SELECT id FROM unit WHERE code = ?), ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement role = connection.prepareStatement(
                     "INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")) {
            for (Map<String, String> row : DemoCsv.require(file)) {
                user.setString(1, row.get("username"));
                user.setString(2, hash);
                user.setString(3, row.get("full_name"));
                user.setString(4, row.get("email"));
                user.setString(5, row.get("unit_code"));
                user.setTimestamp(6, Timestamp.valueOf(LocalDateTime.of(2022, 9, 1, 8, 0)));
                user.executeUpdate();
                long id;
                try (ResultSet keys = user.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (String name : row.get("roles").split("\\|")) {
                    role.setLong(1, id);
                    role.setString(2, name.trim());
                    role.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Could not create the demo users", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Demo users created";
    }
}
