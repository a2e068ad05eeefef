package vn.cds.baocao.analytics.service;

import java.math.BigDecimal;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.Verdict;

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
        NOT_APPLICABLE
    }

    static final Cell NOT_APPROVED = new Cell(State.NOT_APPROVED, null, Verdict.NONE, null);
    static final Cell NO_VALUE = new Cell(State.NO_VALUE, null, Verdict.NONE, null);
    static final Cell NOT_APPLICABLE = new Cell(State.NOT_APPLICABLE, null, Verdict.NONE, null);

    public boolean hasValue() {
        return state == State.VALUE;
    }
}
