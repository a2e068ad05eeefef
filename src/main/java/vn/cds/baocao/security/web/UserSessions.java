package vn.cds.baocao.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cds.baocao.security.service.AccountAccessChanged;

/**
 * Ends every open session of an account whose access changed ({@link AccountAccessChanged}), once the change is
 * committed. Spring Security's {@link SessionRegistry} knows which sessions belong to whom; this listener keeps
 * the servlet sessions themselves so it can invalidate them at once, with the Vaadin session inside: the next
 * request of the user's open tab (a click, a poll) finds no session, and Vaadin sends the browser to the login page.
 * <p>
 * Only this application server's sessions: with several servers, the others' sessions are refused at their next
 * service call, which reads the account from the database ({@code CurrentUser}).
 */
@Component
public class UserSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger LOG = LoggerFactory.getLogger(UserSessions.class);

    private final SessionRegistry registry;
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    public UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onAccessChanged(AccountAccessChanged change) {
        int ended = endSessionsOf(change.username());
        if (ended > 0) {
            LOG.info("Ended {} open session(s) of {} after a change of its access", ended, change.username());
        }
    }

    /**
     * Ends the sessions of the user, except the one of the request doing it (an administrator changing their own
     * account: that request is still running; its next service call asks for a new login).
     */
    public int endSessionsOf(String username) {
        String current = currentSessionId();
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!(principal instanceof UserDetails user) || !user.getUsername().equalsIgnoreCase(username)) {
                continue;
            }
            for (SessionInformation info : registry.getAllSessions(principal, false)) {
                if (info.getSessionId().equals(current)) {
                    continue;
                }
                info.expireNow();
                HttpSession session = sessions.get(info.getSessionId());
                if (session != null) {
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyEnded) {
                        // ended meanwhile
                    }
                }
                ended++;
            }
        }
        return ended;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** The login changes the session id (session fixation protection). */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
