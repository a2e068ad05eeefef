package vn.cds.baocao.report.service;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.retry.MethodRetryEvent;
import vn.cds.baocao.base.database.LockConflicts;

/** Switches on {@link RetryOnLockConflict} and reports every lock conflict in the log (and a count, for monitoring). */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
public class WorkflowRetries {

    private static final Logger log = LoggerFactory.getLogger(WorkflowRetries.class);

    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();

    /**
     * Spring sends one event per failed attempt of a retryable method, whatever the failure, and a last one
     * ("aborted") when it stops trying: after the last retry, or at once for a failure that is not retried.
     */
    @EventListener
    void onFailedAttempt(MethodRetryEvent event) {
        if (!LockConflicts.isLockConflict(event.getFailure())) {
            return; // a refusal or a lost optimistic check: the caller is told, nothing is run again
        }
        String action = event.getMethod().getName();
        if (event.isRetryAborted()) {
            givenUp.incrementAndGet();
            log.error("{} still failed over a lock conflict after its retries: {}", action, event.getFailure().toString());
        } else {
            conflicts.incrementAndGet();
            log.warn("{} was aborted by the database over a lock conflict: {}", action, event.getFailure().toString());
        }
    }

    /** How many times an action was run again after a lock conflict, since the start. */
    public long retried() {
        return conflicts.get() - givenUp.get();
    }
}
