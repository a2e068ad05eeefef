package vn.cds.baocao.base.i18n;

import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible text of the application, from {@code vaadin-i18n/translations*.properties}.
 * Vietnamese is the default bundle; English is the second language.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text for the current user's language (Vietnamese outside a UI request). */
    public static String get(String key, Object... args) {
        return get(currentLocale(), key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // Apostrophes are plain text in our bundles ("unit's"), not MessageFormat quotes.
        return args.length == 0 ? pattern
                : new MessageFormat(pattern.replace("'", "''"), supported(locale)).format(args);
    }

    public static boolean has(String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, VIETNAMESE, NO_FALLBACK).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? supported(ui.getLocale()) : VIETNAMESE;
    }

    private static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }
}
