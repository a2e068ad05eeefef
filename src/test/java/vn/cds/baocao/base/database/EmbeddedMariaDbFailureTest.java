package vn.cds.baocao.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** When the embedded server cannot start, the operator reads why and what to do, not a stack trace. */
class EmbeddedMariaDbFailureTest {

    @TempDir
    Path temp;

    @Test
    void aTakenPortIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            EmbeddedDatabaseProperties properties =
                    EmbeddedDatabaseProperties.of(temp.toString(), port);
            assertThatThrownBy(() -> EmbeddedMariaDb.start(properties))
                    .isInstanceOf(EmbeddedDatabaseStartException.class)
                    .hasMessageContaining("cổng " + port)
                    .satisfies(e -> assertThat(((EmbeddedDatabaseStartException) e).getAction())
                            .contains("CDS_EMBEDDED_DB_PORT", "DB_URL"));
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed() throws IOException {
        Path file = Files.createFile(temp.resolve("not-a-directory"));
        EmbeddedDatabaseProperties properties =
                EmbeddedDatabaseProperties.of(file.resolve("mariadb").toString(), 0);
        assertThatThrownBy(() -> EmbeddedMariaDb.start(properties))
                .isInstanceOf(EmbeddedDatabaseStartException.class)
                .hasMessageContaining("không ghi được vào thư mục dữ liệu")
                .hasMessageContaining("not-a-directory");
    }

    @Test
    void springBootReportsTheMessageAndTheActionWithoutAStackTrace() {
        EmbeddedDatabaseStartException failure =
                new EmbeddedDatabaseStartException("Không khởi động được", "Hãy làm thế này", new IOException("x"));
        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new RuntimeException(failure));
        assertThat(analysis.getDescription()).isEqualTo("Không khởi động được");
        assertThat(analysis.getAction()).isEqualTo("Hãy làm thế này");
        assertThat(analysis.getCause()).isNull();
    }
}
