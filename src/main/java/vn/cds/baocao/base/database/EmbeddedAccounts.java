package vn.cds.baocao.base.database;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The SQL that mariadbd runs at every start ({@code --init-file}, with full privileges, before it accepts
 * connections): it creates or updates the application's account and root's TCP account with the passwords of
 * {@link EmbeddedCredentials}, and removes what {@code mariadb-install-db} leaves open (anonymous accounts, the
 * {@code test} schemas anyone may use). Running it on every start makes a data folder from before the accounts
 * existed (when the server ran with {@code --skip-grant-tables}) safe on its next start, without touching its data.
 */
final class EmbeddedAccounts {

    static final String APP_HOST = "127.0.0.1";
    /** What the application and Liquibase need on their own schema; nothing on any other. */
    static final String APP_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, REFERENCES, "
            + "CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW, TRIGGER";
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_]{1,32}");

    private EmbeddedAccounts() {
    }

    /** One statement a line: the form mariadbd's init file reads. */
    static List<String> initStatements(EmbeddedCredentials credentials, String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("database name: letters, digits and _ only: " + schema);
        }
        if (!USER.matcher(credentials.appUser()).matches() || "root".equals(credentials.appUser())) {
            throw new IllegalArgumentException("app.username: letters, digits and _ only, not root");
        }
        String app = account(credentials.appUser(), APP_HOST);
        String root = account("root", APP_HOST);
        return List.of(
                "DELETE FROM mysql.global_priv WHERE User = '' AND Host <> '';",
                "DELETE FROM mysql.global_priv WHERE User = 'root' AND Host NOT IN ('localhost', '" + APP_HOST + "');",
                "DELETE FROM mysql.proxies_priv WHERE User = 'root' AND Host NOT IN ('localhost', '" + APP_HOST + "');",
                "DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\\\_%';",
                "FLUSH PRIVILEGES;",
                "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS " + app + " IDENTIFIED BY " + literal(credentials.appPassword()) + ";",
                "ALTER USER " + app + " IDENTIFIED BY " + literal(credentials.appPassword()) + ";",
                "GRANT " + APP_PRIVILEGES + " ON `" + schema + "`.* TO " + app + ";",
                "CREATE USER IF NOT EXISTS " + root + " IDENTIFIED BY " + literal(credentials.rootPassword()) + ";",
                "ALTER USER " + root + " IDENTIFIED BY " + literal(credentials.rootPassword()) + ";",
                "GRANT ALL PRIVILEGES ON *.* TO " + root + " WITH GRANT OPTION;");
    }

    private static String account(String user, String host) {
        return "'" + user + "'@'" + host + "'";
    }

    /** A SQL string literal; the generated passwords need no escaping, an edited file might. */
    static String literal(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a password cannot contain a line break");
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
