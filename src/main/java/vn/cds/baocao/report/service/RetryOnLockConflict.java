package vn.cds.baocao.report.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.resilience.annotation.Retryable;
import vn.cds.baocao.base.database.LockConflicts;

/**
 * Runs a workflow action again, in a new transaction, when the database aborted it over a lock conflict
 * ({@link LockConflicts}): up to three more times, after 0,1 s, 0,2 s, 0,4 s (with jitter). Spring applies
 * {@code @Retryable} outside {@code @Transactional}, so each attempt is a whole transaction of its own.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = LockConflicts.class, maxRetries = 3, delay = 100, jitter = 50, multiplier = 2,
        maxDelay = 1000)
public @interface RetryOnLockConflict {
}
