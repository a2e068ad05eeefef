package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;
import vn.cds.baocao.report.domain.NoFigure;

/** One unit's figure for one indicator, with its verdict and its change. */
public record Cell(State state, BigDecimal value, Verdict verdict, Change change) {

    public enum State {
        /** An approved figure. */
        VALUE,
        /** The report is approved but holds no figure for this indicator. */
        NO_VALUE,
        /** The unit is expected to report but its report is not approved ("chưa duyệt"). */
        NOT_APPROVED,
        /** The indicator does not apply to this unit. */
        NOT_APPLICABLE,
        /** The approved report says "Không phát sinh" (no figure, with a reason): never 0, not in a total. */
        NOT_OCCURRED,
        /** The approved report says "Không có số liệu" (no figure, with a reason): never 0, not in a total. */
        NOT_AVAILABLE;

        /** True for the reporter's "no figure" marks. */
        public boolean isNoFigure() {
            return this == NOT_OCCURRED || this == NOT_AVAILABLE;
        }

        static State of(NoFigure mark) {
            return mark == NoFigure.NOT_OCCURRED ? NOT_OCCURRED : NOT_AVAILABLE;
        }
    }

    static final Cell NOT_APPROVED = new Cell(State.NOT_APPROVED, null, Verdict.NONE, null);
    static final Cell NO_VALUE = new Cell(State.NO_VALUE, null, Verdict.NONE, null);
    static final Cell NOT_APPLICABLE = new Cell(State.NOT_APPLICABLE, null, Verdict.NONE, null);

    static Cell noFigure(NoFigure mark) {
        return new Cell(State.of(mark), null, Verdict.NONE, null);
    }

    public boolean hasValue() {
        return state == State.VALUE;
    }
}
