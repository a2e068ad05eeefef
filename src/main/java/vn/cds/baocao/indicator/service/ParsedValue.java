package vn.cds.baocao.indicator.service;

import java.math.BigDecimal;
import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/**
 * The result of reading one typed value: a number, a text, nothing (left empty), or an error with its message key.
 */
public record ParsedValue(BigDecimal number, String text, String errorKey, Object[] errorArgs) {

    public static ParsedValue empty() {
        return new ParsedValue(null, null, null, new Object[0]);
    }

    public static ParsedValue of(BigDecimal number) {
        return new ParsedValue(number, null, null, new Object[0]);
    }

    public static ParsedValue ofText(String text) {
        return new ParsedValue(null, text, null, new Object[0]);
    }

    public static ParsedValue error(String key, Object... args) {
        return new ParsedValue(null, null, key, args);
    }

    public boolean isError() {
        return errorKey != null;
    }

    public boolean isEmpty() {
        return !isError() && number == null && (text == null || text.isEmpty());
    }

    /** The error in the reader's language. */
    public String errorMessage(Locale locale) {
        return errorKey == null ? null : Messages.get(locale, errorKey, errorArgs);
    }
}
