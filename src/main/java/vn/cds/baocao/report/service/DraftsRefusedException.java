package vn.cds.baocao.report.service;

import java.util.List;
import vn.cds.baocao.base.error.BusinessException;

/**
 * Drafts of several units were refused together: nothing was saved. Each refusal names the unit and either a
 * reason ({@link BusinessException}) or the values that could not be read ({@link ValidationResult}).
 */
public class DraftsRefusedException extends BusinessException {

    private final transient List<UnitRefusal> refusals;

    public DraftsRefusedException(List<UnitRefusal> refusals) {
        super("exchange.drafts.refused", String.valueOf(refusals.size()));
        this.refusals = List.copyOf(refusals);
    }

    public List<UnitRefusal> getRefusals() {
        return refusals;
    }

    /**
     * @param reason why the unit's draft was refused as a whole; null when only values were refused
     * @param values the refused values; empty when the whole draft was refused
     */
    public record UnitRefusal(long unitId, BusinessException reason, ValidationResult values) {
    }
}
