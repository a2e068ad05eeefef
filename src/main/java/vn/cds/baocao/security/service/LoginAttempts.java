package vn.cds.baocao.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.security.domain.AdminAuditEntry;
import vn.cds.baocao.security.domain.AdminAuditRepository;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.AuditAction;

/**
 * Counts failed logins and locks an account for a while after too many in a row (5 failures, 15 minutes by
 * default). The lock is written to the audit log with the actor {@value #SYSTEM}.
 */
@Component
public class LoginAttempts {

    static final String SYSTEM = "system";

    private final AppUserRepository users;
    private final AdminAuditRepository auditLog;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    public LoginAttempts(AppUserRepository users, AdminAuditRepository auditLog, Clock clock,
                         @Value("${cds.security.max-failed-logins:5}") int maxFailures,
                         @Value("${cds.security.lock-minutes:15}") long lockMinutes) {
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(String.valueOf(event.getAuthentication().getPrincipal()).trim()).ifPresent(user -> {
            int failures = user.getFailedLoginCount() + 1;
            user.setFailedLoginCount(failures);
            if (failures >= maxFailures) {
                LocalDateTime now = LocalDateTime.now(clock);
                user.setLockedUntil(now.plus(lockDuration));
                user.setFailedLoginCount(0);
                auditLog.save(new AdminAuditEntry(now, SYSTEM, AuditAction.ACCOUNT_LOCKED, user.getUsername(),
                        AuditDetails.of().value("failedLogins", String.valueOf(failures))
                                .value("lockedUntil", user.getLockedUntil()).text()));
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            user.setFailedLoginCount(0);
            user.setLockedUntil(null);
        });
    }
}
