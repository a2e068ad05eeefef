package vn.cds.baocao.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/** The interface language chosen in this session; Vietnamese unless the user switched. */
public final class LanguagePreference {

    private static final String ATTRIBUTE = LanguagePreference.class.getName();

    private LanguagePreference() {
    }

    public static Locale get(VaadinSession session) {
        Object locale = session == null ? null : session.getAttribute(ATTRIBUTE);
        return locale instanceof Locale chosen ? chosen : Messages.VIETNAMESE;
    }

    public static void set(VaadinSession session, Locale locale) {
        session.setAttribute(ATTRIBUTE, locale);
        session.setLocale(locale);
    }
}
