package vn.cds.baocao.base.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.error.DatabaseUnavailable;
import vn.cds.baocao.base.i18n.Messages;

/**
 * What the user reads about a failure, the same after a click (a notification) and during navigation (the error
 * page): a refused action in its own words, the database outage in one sentence, anything else as a general
 * sentence with a reference. Only the last is a fault of the application: its stack trace goes to the log under
 * that reference, never to the screen.
 *
 * @param status the HTTP status the error page answers with
 */
public record UserFacingError(String message, int status, boolean databaseUnavailable) {

    private static final Logger log = LoggerFactory.getLogger(UserFacingError.class);

    public static UserFacingError of(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return new UserFacingError(business.message(Messages.currentLocale()),
                        HttpServletResponse.SC_BAD_REQUEST, false);
            }
            if (t instanceof AccessDeniedException) {
                return new UserFacingError(Messages.get("error.accessDenied"), HttpServletResponse.SC_FORBIDDEN, false);
            }
            if (t instanceof OptimisticLockingFailureException) {
                return new UserFacingError(Messages.get("error.concurrentChange"), HttpServletResponse.SC_CONFLICT,
                        false);
            }
        }
        if (DatabaseUnavailable.isCause(error)) {
            RecentOutage.note();
            log.warn("The database cannot be reached: {}", rootCause(error).toString());
            return new UserFacingError(Messages.get(DatabaseUnavailable.MESSAGE_KEY),
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE, true);
        }
        String reference = newReference();
        log.error("Unexpected error, reference {}", reference, error);
        return new UserFacingError(Messages.get("error.unexpected") + " " + Messages.get("error.reference", reference),
                HttpServletResponse.SC_INTERNAL_SERVER_ERROR, false);
    }

    /** Eight hexadecimal digits: short enough to read out on the phone, unique enough to find in the log. */
    private static String newReference() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private static Throwable rootCause(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = error;
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root;
    }
}
