package vn.cds.baocao.base.database;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.lang.reflect.Method;
import java.sql.SQLException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import vn.cds.baocao.base.error.BusinessException;

/**
 * Which failures a workflow action (or the start-up migration, {@link MigrationRetry}) may simply run again: the
 * database aborted its transaction because of a lock conflict with another transaction (MariaDB 1213 "Deadlock
 * found", 1205 "Lock wait timeout exceeded"), whatever layer wrapped it (Spring's
 * {@link PessimisticLockingFailureException} family, JPA's lock exceptions, the driver's {@link SQLException}).
 * Nothing was written, so another attempt is safe.
 *
 * <p>A lost optimistic check is not one of them: another user really changed the report, and running the action
 * again would overwrite that change. Those end as "workflow.concurrentChange" and are never retried.
 */
public class LockConflicts implements MethodRetryPredicate {

    static final int ER_LOCK_DEADLOCK = 1213;
    static final int ER_LOCK_WAIT_TIMEOUT = 1205;

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        return isLockConflict(failure);
    }

    public static boolean isLockConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException) {
                return false;
            }
            if (cause instanceof PessimisticLockingFailureException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK
                    || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
