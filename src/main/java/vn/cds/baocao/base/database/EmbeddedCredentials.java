package vn.cds.baocao.base.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded server's accounts, generated at the first start and kept in
 * {@code credentials.properties} in the embedded directory, readable by the application's own OS user only (0600).
 *
 * <ul>
 *   <li>{@code cds}@{@code 127.0.0.1}: the application's account, with the privileges the application and Liquibase
 *       need on its schema only;</li>
 *   <li>{@code root}@{@code 127.0.0.1}: for the administration commands (backup, restore) and maintenance.</li>
 * </ul>
 * {@code root@localhost} keeps what {@code mariadb-install-db} gives it: the unix socket, for the OS root user only.
 * Deleting the file makes the next start generate new passwords (and set them on the server).
 */
public record EmbeddedCredentials(String appUser, String appPassword, String rootPassword) {

    static final String FILE_NAME = "credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reads the file in {@code directory}, or creates it with new random passwords. */
    static EmbeddedCredentials loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            EmbeddedCredentials created = new EmbeddedCredentials("cds", randomPassword(), randomPassword());
            try {
                created.write(file);
                return created;
            } catch (FileAlreadyExistsException raced) {
                // another process wrote it first: read theirs
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read(file);
    }

    /** The file in {@code directory}, which must exist (the server has been started once). */
    public static EmbeddedCredentials read(Path file) {
        ownerOnly(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String user = properties.getProperty("app.username");
        String password = properties.getProperty("app.password");
        String root = properties.getProperty("root.password");
        if (isBlank(user) || isBlank(password) || isBlank(root)) {
            throw new IllegalStateException(file + ": app.username, app.password and root.password are required");
        }
        return new EmbeddedCredentials(user.strip(), password.strip(), root.strip());
    }

    private void write(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
            writer.write("""
                    # Passwords of the embedded MariaDB, generated at its first start. Keep this file secret (0600).
                    # Delete it to have new passwords generated and set at the next start.
                    app.username=%s
                    app.password=%s
                    root.password=%s
                    """.formatted(appUser, appPassword, rootPassword));
        }
    }

    /** A file someone made readable by others is tightened again; its passwords stay as they are. */
    private static void ownerOnly(Path file) {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} was readable by other users; setting it back to 0600", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: nothing to tighten
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[" + appUser + ", ***]";
    }
}
