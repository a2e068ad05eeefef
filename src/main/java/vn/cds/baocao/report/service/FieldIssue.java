package vn.cds.baocao.report.service;

import java.util.Locale;
import vn.cds.baocao.base.i18n.Messages;

/** A problem with one value of a report: an error blocks submission, a warning needs an explanation. */
public record FieldIssue(long indicatorId, Severity severity, String messageKey, Object[] args) {

    public enum Severity {
        ERROR, WARNING
    }

    public static FieldIssue error(long indicatorId, String key, Object... args) {
        return new FieldIssue(indicatorId, Severity.ERROR, key, args);
    }

    public static FieldIssue warning(long indicatorId, String key, Object... args) {
        return new FieldIssue(indicatorId, Severity.WARNING, key, args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The sentence in the reader's language. */
    public String message(Locale locale) {
        return Messages.get(locale, messageKey, args);
    }
}
