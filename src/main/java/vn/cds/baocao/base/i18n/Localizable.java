package vn.cds.baocao.base.i18n;

import java.util.Locale;

/**
 * A text that is written only when its reader's language is known: a service returns it (or passes it as an
 * argument of a message) and the view, e-mail or document writes it with {@link #in(Locale)}. An argument of this
 * type given to {@link Messages#get(Locale, String, Object...)} is written in that message's language.
 */
@FunctionalInterface
public interface Localizable {

    String in(Locale locale);
}
