package vn.cds.baocao.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;

/**
 * Remembers, per user session, that the database could not be reached a moment ago. Optional reads (the bell's
 * unread count) skip the database then, so a page shown during an outage waits for the connection timeout once,
 * not once per component.
 */
public final class RecentOutage {

    static final Duration RECENT = Duration.ofSeconds(10);
    private static final String ATTRIBUTE = RecentOutage.class.getName();

    private RecentOutage() {
    }

    /** Notes that the database could not be reached just now. */
    public static void note() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, System.nanoTime());
        }
    }

    /** True within {@link #RECENT} of {@link #note()} in this session. */
    public static boolean noted() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Long at
                && System.nanoTime() - at < RECENT.toNanos();
    }
}
