package vn.cds.baocao.security.service;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.access.NoRoleCheck;

/**
 * Who is calling: the signed-in user of the current request or UI, as the database has the account <em>now</em>
 * (name, roles, unit), not as it was at login. Refuses with a {@link vn.cds.baocao.base.error.BusinessException}
 * when the account was disabled or locked, or its roles or unit changed, since the login.
 * <p>
 * Inside a secured service call the account was read once at the start of the call
 * ({@link CurrentAccountInterceptor}); elsewhere (a view) every call reads it.
 */
@Component
public class CurrentUser {

    /** The account read at the start of the secured service call running on this thread. */
    private static final ThreadLocal<AppUserDetails> IN_CALL = new ThreadLocal<>();

    private final AccountCheck accounts;

    CurrentUser(AccountCheck accounts) {
        this.accounts = accounts;
    }

    public Optional<AppUserDetails> get() {
        AppUserDetails signedIn = signedIn();
        if (signedIn == null) {
            return Optional.empty();
        }
        AppUserDetails checked = IN_CALL.get();
        if (checked != null && checked.equals(signedIn)) {
            return Optional.of(checked);
        }
        return Optional.of(accounts.current(signedIn));
    }

    /** The signed-in user; refuses when nobody is signed in. */
    @NoRoleCheck("the caller's own account; refuses when nobody is signed in")
    public AppUserDetails require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    /**
     * The signed-in user as at login, without reading the database: only to show who is signed in (the header), so
     * that the layout, and the error page inside it, still render while the database is down. Never for a
     * decision: the sessions of a changed account are ended anyway.
     */
    @NoRoleCheck("the caller's own sign-in, read without the database (the header, the error pages)")
    public Optional<AppUserDetails> asSignedIn() {
        return Optional.ofNullable(signedIn());
    }

    /** The login snapshot of the signed-in user (no database read); null for nobody or a non-user (API token). */
    static AppUserDetails signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AppUserDetails user ? user : null;
    }

    static AppUserDetails inCall() {
        return IN_CALL.get();
    }

    static void enterCall(AppUserDetails account) {
        IN_CALL.set(account);
    }

    static void leaveCall() {
        IN_CALL.remove();
    }
}
