package vn.cds.baocao.base.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What counts as "the database cannot be reached", wherever it sits in the cause chain. */
class DatabaseUnavailableTest {

    @Test
    void theWaysAnOutageReachesTheApplicationAreRecognised() {
        // as measured with the embedded server stopped: Spring's wrapper, Hibernate's, Hikari's, the driver's
        SQLNonTransientConnectionException refused = new SQLNonTransientConnectionException(
                "Socket fail to connect to 127.0.0.1:3307. Connection refused", "08000", new ConnectException());
        SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
                "cds-embedded - Connection is not available, request timed out after 3000ms", "08000", refused);
        JDBCConnectionException hibernate = new JDBCConnectionException("Unable to acquire JDBC Connection", poolTimeout);
        CannotCreateTransactionException transaction = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction", hibernate);

        assertThat(DatabaseUnavailable.isCause(transaction)).isTrue();
        assertThat(DatabaseUnavailable.isCause(hibernate)).isTrue();
        assertThat(DatabaseUnavailable.isCause(poolTimeout)).isTrue();
        assertThat(DatabaseUnavailable.isCause(refused)).isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException("wrapped", new IllegalStateException("again",
                transaction)))).isTrue();
        // a connection lost in the middle of a statement: SQLSTATE class 08 under a generic JPA wrapper
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new RuntimeException(
                new SQLException("(conn=7) Connection reset", "08S01"))))).isTrue();
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertThat(DatabaseUnavailable.isCause(new BusinessException("workflow.periodNotFound"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new RuntimeException(
                new SQLSyntaxErrorException("You have an error in your SQL syntax", "42000"))))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new OptimisticLockingFailureException("stale"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseUnavailable.isCause(second)).isFalse();
    }
}
