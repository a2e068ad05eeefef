package vn.cds.baocao.base.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema on a MariaDB server and the account used to back it up or restore it.
 *
 * @param schema the application's schema ({@code cds})
 * @param serverWithoutTls the server offers no TLS (the embedded one, started with {@code --skip-ssl}): the
 *                         MariaDB 11.4 clients must be told not to insist on it
 */
public record DatabaseTarget(String host, int port, String schema, String user, String password,
                             boolean serverWithoutTls) {

    private static final Pattern URL =
            Pattern.compile("jdbc:(?:mariadb|mysql)://([^/:?,]+)(?::(\\d+))?/([A-Za-z0-9_]+)(?:\\?.*)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,60}");

    public DatabaseTarget {
        if (!NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema: letters, digits and _ only: " + schema);
        }
    }

    /**
     * The server of a plain {@code jdbc:mariadb://host[:port]/schema[?options]} URL (the form of {@code DB_URL});
     * empty for other forms (several hosts, a unix socket), which the commands do not handle.
     */
    public static Optional<DatabaseTarget> fromJdbcUrl(String url, String user, String password) {
        Matcher matcher = URL.matcher(url == null ? "" : url.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int port = matcher.group(2) == null ? 3306 : Integer.parseInt(matcher.group(2));
        return Optional.of(new DatabaseTarget(matcher.group(1), port, matcher.group(3), user, password, false));
    }

    /** A connection to {@code schemaName} (empty: none) on the same server, same account. */
    public Connection connect(String schemaName) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/" + schemaName, user, password);
    }

    /** The schema a restore loads into before it replaces the application's tables. */
    String restoreSchema() {
        return schema + "_restore";
    }

    /** The schema that holds the replaced tables while they are swapped out. */
    String previousSchema() {
        return schema + "_previous";
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + schema;
    }
}
