package vn.cds.baocao.base.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded MariaDB runs when no external database URL is configured.
 *
 * @param port         TCP port on localhost; 0 picks a free port (tests)
 * @param directory    holds the unpacked server ("base"), its data ("data") and the generated database
 *                     passwords ("credentials.properties"); kept between runs, wherever it is
 * @param temporary    true: use a fresh temporary directory and delete it afterwards (tests)
 * @param databaseName schema the application uses
 * @param startTimeout how long the server may take to report "ready for connections" (a busy machine may need
 *                     minutes; nothing is deleted when it is exceeded)
 * @param joinRunning  true: when the application already runs the server of this directory, use that server
 *                     instead of refusing to start (the administration commands: backup, create-admin)
 */
@ConfigurationProperties("cds.embedded-db")
public record EmbeddedDatabaseProperties(Integer port, String directory, Boolean temporary, String databaseName,
                                         Duration startTimeout, Boolean joinRunning) {

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(3);

    public EmbeddedDatabaseProperties {
        port = port == null ? 3307 : port;
        directory = directory == null || directory.isBlank() ? "./data/mariadb" : directory;
        temporary = temporary != null && temporary;
        databaseName = databaseName == null || databaseName.isBlank() ? "cds" : databaseName;
        startTimeout = startTimeout == null || startTimeout.isZero() || startTimeout.isNegative()
                ? DEFAULT_START_TIMEOUT : startTimeout;
        joinRunning = joinRunning != null && joinRunning;
    }

    /** A kept (non-temporary) server in {@code directory} on {@code port}, with the defaults otherwise. */
    public static EmbeddedDatabaseProperties of(String directory, int port) {
        return new EmbeddedDatabaseProperties(port, directory, false, "cds", null, false);
    }

    public EmbeddedDatabaseProperties withStartTimeout(Duration timeout) {
        return new EmbeddedDatabaseProperties(port, directory, temporary, databaseName, timeout, joinRunning);
    }

    public EmbeddedDatabaseProperties joiningRunning() {
        return new EmbeddedDatabaseProperties(port, directory, temporary, databaseName, startTimeout, true);
    }
}
