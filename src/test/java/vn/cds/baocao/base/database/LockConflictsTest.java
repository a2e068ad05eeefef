package vn.cds.baocao.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.cds.baocao.base.error.BusinessException;

/** Which failures a workflow action is run again for: lock conflicts the database aborted, nothing else. */
class LockConflictsTest {

    @Test
    void deadlocksAndLockWaitTimeoutsAreRetriedWhateverWrapsThem() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        SQLException lockWait = new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000",
                1205);
        assertThat(LockConflicts.isLockConflict(deadlock)).isTrue();
        assertThat(LockConflicts.isLockConflict(lockWait)).isTrue();
        assertThat(LockConflicts.isLockConflict(new RuntimeException("flush", deadlock))).isTrue();
        assertThat(LockConflicts.isLockConflict(new CannotAcquireLockException("batch", deadlock))).isTrue();
        assertThat(LockConflicts.isLockConflict(new PessimisticLockException("lock"))).isTrue();
    }

    @Test
    void aGaleraCertificationFailureAtCommitIsRetried() {
        // On MariaDB Galera, a transaction that lost certification to one committed on another node fails at
        // COMMIT (or is aborted by the replicated one) with 1213; Hibernate wraps the driver's exception in its
        // TransactionException, Spring's JpaTransactionManager in a TransactionSystemException or JpaSystemException.
        SQLException certification = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        RuntimeException hibernate = new org.hibernate.TransactionException("Unable to commit against JDBC Connection",
                certification);
        assertThat(LockConflicts.isLockConflict(new org.springframework.transaction.TransactionSystemException(
                "Could not commit JPA transaction", hibernate))).isTrue();
        assertThat(LockConflicts.isLockConflict(new org.springframework.orm.jpa.JpaSystemException(hibernate)))
                .isTrue();
    }

    @Test
    void anotherUsersChangeARefusalAndOtherErrorsAreNot() {
        assertThat(LockConflicts.isLockConflict(new BusinessException("workflow.concurrentChange"))).isFalse();
        assertThat(LockConflicts.isLockConflict(new OptimisticLockingFailureException("version"))).isFalse();
        assertThat(LockConflicts.isLockConflict(new OptimisticLockException("version"))).isFalse();
        assertThat(LockConflicts.isLockConflict(new DataIntegrityViolationException("duplicate",
                new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(LockConflicts.isLockConflict(new IllegalStateException("bug"))).isFalse();
    }
}
