package vn.cds.baocao.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.transaction.TransactionException;

/**
 * Back to the login page after a failed login, with one reason the page can tell the user: {@code /login?error}
 * for every failure of the user's own (unknown account, wrong password, disabled, locked: one message, so the page
 * tells nobody which accounts exist), {@code error=throttled} for a client address that failed too often,
 * {@code error=database} when the accounts could not be read, {@code error=system} for any other fault. Nothing is
 * kept in the session.
 */
public final class LoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LoginFailureHandler.class);

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        redirect.sendRedirect(request, response, target(failure));
    }

    static String target(AuthenticationException failure) {
        if (failure instanceof LoginThrottledException) {
            return "/login?error=throttled";
        }
        if (failure instanceof AuthenticationServiceException) {
            if (databaseIsTheCause(failure)) {
                LOG.warn("Login failed: the database cannot be reached ({})", failure.getMessage());
                return "/login?error=database";
            }
            LOG.error("Login failed: the accounts could not be checked", failure);
            return "/login?error=system";
        }
        return "/login?error";
    }

    static boolean databaseIsTheCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof SQLException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
