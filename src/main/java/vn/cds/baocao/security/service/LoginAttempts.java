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
import vn.cds.baocao.security.domain.AppUserRepository;

/** Counts failed logins and locks an account for a while after too many in a row. */
@Component
public class LoginAttempts {

    private final AppUserRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    public LoginAttempts(AppUserRepository users, Clock clock,
                         @Value("${cds.security.max-failed-logins:5}") int maxFailures,
                         @Value("${cds.security.lock-minutes:15}") long lockMinutes) {
        this.users = users;
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
                user.setLockedUntil(LocalDateTime.now(clock).plus(lockDuration));
                user.setFailedLoginCount(0);
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
