package vn.cds.baocao.base.database.outage;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link KillDuringSaveApp} as a process of its own (a real JVM that can be killed with SIGKILL), on the test's
 * class path. Collects the lines it writes for the test; everything else it prints goes to a log file.
 */
final class ChildApplication {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Path log;
    private final Thread reader;

    private ChildApplication(Process process, Path log) {
        this.process = process;
        this.log = log;
        reader = new Thread(this::read, "child-app-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildApplication start(Path log, String... arguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // the test's class path without empty entries (an empty entry is the working directory, whose
        // db-changelog/ would be found twice by Liquibase)
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-Duser.language=vi", "-Duser.country=VN", "-cp", classPath, KillDuringSaveApp.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(log.getParent().toFile());
        builder.environment().remove("DB_URL");
        return new ChildApplication(builder.start(), log);
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); var file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(KillDuringSaveApp.PREFIX)) {
                    lines.add(line.substring(KillDuringSaveApp.PREFIX.length()));
                }
                file.write(line);
                file.newLine();
                file.flush();
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }

    /** Waits for a line of the protocol; fails with the end of the log when it does not come in time. */
    String await(Predicate<String> line, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (String seen : lines) {
                if (line.test(seen)) {
                    return seen;
                }
            }
            if (!process.isAlive() && lines.stream().noneMatch(line)) {
                Thread.sleep(200); // let the reader finish
                if (lines.stream().noneMatch(line)) {
                    throw new AssertionError("the application stopped (exit " + process.exitValue() + "):\n" + logTail());
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the application did not answer within " + limit.toSeconds() + " s:\n" + logTail());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** kill -9: no shutdown hook, no connection closed by the application, no transaction ended by it. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(TimeUnit.SECONDS.toMillis(10)); // every line the process wrote before it died
        return process.exitValue();
    }

    int waitForExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the application did not end within " + limit.toSeconds() + " s:\n" + logTail());
        }
        return process.exitValue();
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    String logTail() {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
