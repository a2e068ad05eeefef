package vn.cds.baocao.report.domain;

/**
 * Why a value has no figure: the reporter says so, with a reason, instead of typing an invented one. Never read as
 * 0: not in a total, a mean, a ranking, a trend or a previous value. The words are in the bundles under
 * {@code value.noFigure.<NAME>}.
 */
public enum NoFigure {
    /** "Không phát sinh": nothing of the kind happened in the period. */
    NOT_OCCURRED,
    /** "Không có số liệu": the unit has no figure (not collected, system unavailable...). */
    NOT_AVAILABLE;

    /** A reason is a sentence, as a warning's explanation. */
    public static final int MAX_REASON_LENGTH = 500;

    /** The bundle key of the words shown for this mark. */
    public String messageKey() {
        return "value.noFigure." + name();
    }
}
