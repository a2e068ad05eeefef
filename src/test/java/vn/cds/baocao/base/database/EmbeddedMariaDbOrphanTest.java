package vn.cds.baocao.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a kill -9 of the application, its mariadbd keeps running without an owner, holding the port and the data
 * files; the next start stopped with "cổng … đang được sử dụng". Now the next start finds the orphan of its data
 * folder, stops it cleanly, and starts, with the data written before the kill.
 */
@Tag("proof")
class EmbeddedMariaDbOrphanTest {

    @TempDir
    Path temp;

    @Test
    void theNextStartStopsTheOrphanOfAKilledApplicationAndKeepsItsData() throws Exception {
        Path directory = temp.resolve("mariadb");
        int port = freePort();
        Process application = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), directory.toString(), String.valueOf(port)))
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals(Child.READY));
            assertThat(line).as("the child started its server").isEqualTo(Child.READY);

            application.destroyForcibly(); // SIGKILL: no shutdown hook runs, mariadbd is left behind
            assertThat(application.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            application.destroyForcibly();
        }
        Optional<RunningServer> orphan = RunningServer.of(directory.resolve("data"));
        assertThat(orphan).as("mariadbd outlived its application").isPresent();
        assertThat(orphan.get().isOwned()).isFalse();
        assertThat(orphan.get().port()).isEqualTo(port);

        try {
            EmbeddedMariaDb restarted =
                    EmbeddedMariaDb.start(EmbeddedDatabaseProperties.of(directory.toString(), port));
            try {
                assertThat(orphan.get().process().isAlive()).isFalse();
                assertThat(EmbeddedMariaDbLifecycleTest.note(restarted)).isEqualTo("trước kill -9");
            } finally {
                restarted.stop();
            }
        } finally {
            // whatever happened above, leave no server behind
            orphan.get().process().destroy();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The application that gets killed: starts the server on the folder, writes a row, waits. */
    public static final class Child {

        static final String READY = "CHILD-READY";

        public static void main(String[] args) throws Exception {
            EmbeddedMariaDb server =
                    EmbeddedMariaDb.start(EmbeddedDatabaseProperties.of(args[0], Integer.parseInt(args[1])));
            EmbeddedMariaDbLifecycleTest.execute(server, "CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(40))",
                    "INSERT INTO kept VALUES (1, 'trước kill -9')");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
