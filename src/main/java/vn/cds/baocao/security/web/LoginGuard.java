package vn.cds.baocao.security.web;

import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;
import vn.cds.baocao.security.service.LoginAttempts;
import vn.cds.baocao.security.service.LoginAttempts.Attempt;
import vn.cds.baocao.security.service.LoginThrottle;

/**
 * How the login form authenticates: the client address must not be throttled, the attempt is counted against the
 * account before its password is checked ({@link LoginAttempts}), then the password, and only then whether the
 * account may sign in (disabled, locked). Every failure costs one password hash, so neither the answer nor its
 * time tells whether an account exists, is disabled or is locked.
 */
public final class LoginGuard implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private volatile String unusedHash;

    public LoginGuard(AuthenticationProvider passwordCheck, LoginAttempts attempts, LoginThrottle throttle,
                      PasswordEncoder encoder) {
        this.passwordCheck = passwordCheck;
        this.attempts = attempts;
        this.throttle = throttle;
        this.encoder = encoder;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String address = login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (address != null && throttle.isBlocked(address)) {
            throw new LoginThrottledException();
        }
        String username = login.getName() == null ? "" : login.getName().strip();
        Attempt attempt = database(() -> attempts.begin(username));
        if (attempt == Attempt.REFUSED) {
            spendAPasswordCheck(login);
            if (address != null) {
                throttle.recordFailure(address);
            }
            throw new LockedException("locked");
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(login);
            if (attempt == Attempt.COUNTED) {
                database(() -> { attempts.succeeded(username); return null; });
            }
            return signedIn;
        } catch (BadCredentialsException | AccountStatusException refused) {
            if (refused instanceof BadCredentialsException && address != null) {
                throttle.recordFailure(address);
            }
            if (attempt == Attempt.COUNTED) {
                database(() -> { attempts.failed(username); return null; });
            }
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A refusal without a password check would answer faster than a wrong password, and tell the lock apart. */
    private void spendAPasswordCheck(Authentication login) {
        if (unusedHash == null) {
            unusedHash = encoder.encode("no account signs in with this");
        }
        encoder.matches(String.valueOf(login.getCredentials()), unusedHash);
    }

    /** The database could not be reached: a failure of the system, not of the user (the login page says which). */
    private static <T> T database(Supplier<T> step) {
        try {
            return step.get();
        } catch (DataAccessException | TransactionException unreachable) {
            throw new InternalAuthenticationServiceException(unreachable.getMessage(), unreachable);
        }
    }
}
