package vn.cds.baocao.base.i18n;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every user-visible text of the application. Texts live in {@code vaadin-i18n/translations*.properties}: one
 * Vietnamese file per feature ({@code translations.properties}, {@code translations-report.properties}, ...) and its
 * English twin with the {@code _en} suffix. Vietnamese is the default language; a key may be defined only once.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    static final String PATTERN = "classpath*:vaadin-i18n/translations*.properties";

    private static volatile Bundles bundles;
    /**
     * Each text with arguments parsed once: parsing a pattern costs more than formatting it, and the tables'
     * highlights format hundreds. A {@link MessageFormat} is not thread-safe: each use formats a clone.
     */
    private static final Map<FormatKey, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private record FormatKey(Locale locale, String key) {
    }

    private Messages() {
    }

    /**
     * The text for the current UI's language (Vietnamese outside a UI request). For views only: a service, e-mail,
     * document, API answer or console command is given its reader's locale and calls
     * {@link #get(Locale, String, Object...)} (ArchitectureTest).
     */
    public static String get(String key, Object... args) {
        return get(currentLocale(), key, args);
    }

    /** The text in {@code locale}; a {@link Localizable} argument is written in the same language. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat parsed = FORMATS.computeIfAbsent(new FormatKey(supported(locale), key),
                // Apostrophes are plain text in our bundles ("unit's"), not MessageFormat quotes.
                k -> new MessageFormat(pattern.replace("'", "''"), k.locale()));
        return ((MessageFormat) parsed.clone()).format(written(args, locale));
    }

    /** A name stored in both languages, in the reader's: English for English, Vietnamese otherwise. */
    public static String pick(Locale locale, String vietnamese, String english) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
    }

    /** The text of {@code key} in {@code locale}, else in Vietnamese; null when neither has it. */
    private static String pattern(Locale locale, String key) {
        String pattern = bundles().of(supported(locale)).get(key);
        return pattern != null ? pattern : bundles().vietnamese().get(key);
    }

    private static Object[] written(Object[] args, Locale locale) {
        Object[] written = args.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof Localizable text) {
                written[i] = text.in(locale);
            }
        }
        return written;
    }

    public static boolean has(String key) {
        return bundles().vietnamese().containsKey(key);
    }

    /** All texts of a language, for the completeness test. */
    static Map<String, String> all(Locale locale) {
        return Map.copyOf(bundles().of(supported(locale)));
    }

    /** The current UI's language (Vietnamese outside a UI request); for views only. */
    public static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? supported(ui.getLocale()) : VIETNAMESE;
    }

    private static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    private static Bundles bundles() {
        Bundles loaded = bundles;
        if (loaded == null) {
            synchronized (Messages.class) {
                if (bundles == null) {
                    bundles = load();
                }
                loaded = bundles;
            }
        }
        return loaded;
    }

    private static Bundles load() {
        Map<String, String> vietnamese = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(Messages.class.getClassLoader())
                    .getResources(PATTERN)) {
                String name = resource.getFilename();
                boolean isEnglish = name != null && name.endsWith("_en.properties");
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                Map<String, String> target = isEnglish ? english : vietnamese;
                for (String key : properties.stringPropertyNames()) {
                    if (target.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("Message key " + key + " is defined twice (" + name + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Bundles(vietnamese, english);
    }

    private record Bundles(Map<String, String> vietnamese, Map<String, String> english) {
        Map<String, String> of(Locale locale) {
            return ENGLISH.equals(locale) ? english : vietnamese;
        }
    }
}
