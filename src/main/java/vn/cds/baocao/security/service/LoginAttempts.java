package vn.cds.baocao.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AuditDetails;
import vn.cds.baocao.audit.service.AuditTrail;
import vn.cds.baocao.security.domain.AppUserRepository;

/**
 * Counts login attempts per account and locks it for a while after too many without a success (5 attempts,
 * 15 minutes by default). An attempt is counted <em>before</em> its password is checked, in one UPDATE statement,
 * so parallel attempts cannot check more than 5 passwords between two successful logins, however they interleave.
 * The lock is written to the audit log once, with the actor {@value AuditTrail#SYSTEM}, and ends the account's
 * sessions.
 */
@Component
public class LoginAttempts {

    /** What {@link #begin} decided. */
    public enum Attempt {
        /** Counted: check the password. */
        COUNTED,
        /** The account is locked (or has used up its attempts): refuse without checking the password. */
        REFUSED,
        /** No such account: nothing to count (the password check fails as for a wrong password). */
        NO_ACCOUNT
    }

    private final AppUserRepository users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    public LoginAttempts(AppUserRepository users, AuditTrail audit, ApplicationEventPublisher events,
                         Clock clock, @Value("${cds.security.max-failed-logins:5}") int maxFailures,
                         @Value("${cds.security.lock-minutes:15}") long lockMinutes) {
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    /** Before the password of a login attempt is checked. */
    @Transactional
    public Attempt begin(String username) {
        LocalDateTime now = LocalDateTime.now(clock);
        users.clearExpiredLock(username, now);
        if (users.countAttempt(username, maxFailures) == 1) {
            return Attempt.COUNTED;
        }
        if (users.failedLoginCount(username).isEmpty()) {
            return Attempt.NO_ACCOUNT;
        }
        // Out of attempts: normally already locked; if the attempts that used them up are still running (or one
        // never finished), lock now, so that the lock, and not a stuck count, decides and runs out in time.
        lockWhenReached(username, now);
        return Attempt.REFUSED;
    }

    /** The counted attempt failed (wrong password, or an account that may not sign in). */
    @Transactional
    public void failed(String username) {
        lockWhenReached(username, LocalDateTime.now(clock));
    }

    /** The counted attempt signed in: the count starts again. */
    @Transactional
    public void succeeded(String username) {
        users.clearFailures(username);
    }

    public int maxFailures() {
        return maxFailures;
    }

    private void lockWhenReached(String username, LocalDateTime now) {
        LocalDateTime until = now.plus(lockDuration);
        if (users.lockWhenReached(username, maxFailures, until) == 1) {
            int failures = users.failedLoginCount(username).orElse(maxFailures);
            audit.recordAs(AuditTrail.SYSTEM, now, AuditAction.ACCOUNT_LOCKED, username,
                    AuditDetails.of().value("failedLogins", String.valueOf(failures)).value("lockedUntil", until));
            events.publishEvent(new AccountAccessChanged(username));
        }
    }
}
