package vn.cds.baocao.report.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.report.domain.NoFigure;
import vn.cds.baocao.report.domain.ReportValue;

/** A value marked as having no figure, with the reporter's reason (empty while a draft has none yet). */
public record NoFigureMark(NoFigure kind, String reason) {

    public NoFigureMark {
        reason = reason == null ? "" : reason.strip();
    }

    /** The mark of a stored value, or null. */
    public static NoFigureMark of(ReportValue value) {
        return value == null || value.getNoFigure() == null ? null
                : new NoFigureMark(value.getNoFigure(), value.getNoFigureReason());
    }

    /**
     * The mark a typed or imported cell names: "Không phát sinh" or "Không có số liệu" (either language, any case
     * and spacing), else empty.
     */
    public static Optional<NoFigure> phrase(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = normalised(text);
        for (NoFigure kind : NoFigure.values()) {
            for (Locale locale : Messages.SUPPORTED) {
                if (typed.equals(normalised(Messages.get(locale, kind.messageKey())))) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean hasReason() {
        return !reason.isEmpty();
    }

    /** "Không có số liệu" / "Không phát sinh". */
    public String words(Locale locale) {
        return Messages.get(locale, kind.messageKey());
    }

    /** "Không có số liệu (lý do)", as the history and the review show it. */
    public String text(Locale locale) {
        return hasReason() ? words(locale) + " (" + reason + ")" : words(locale);
    }
}
