package vn.cds.baocao.period.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cds.baocao.period.domain.ExtendedDeadline;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * The deadlines of some periods for every unit, read at once ({@link DeadlineService#of}): for screens that decide
 * "late" for many units × periods without a statement per cell. Plain values, usable after the transaction.
 */
public final class Deadlines {

    private final Map<Long, Map<Long, LocalDate>> extendedByPeriodAndUnit = new HashMap<>();

    Deadlines(List<ExtendedDeadline> extensions) {
        extensions.forEach(e -> extendedByPeriodAndUnit.computeIfAbsent(e.periodId(), id -> new HashMap<>())
                .put(e.unitId(), e.deadline()));
    }

    /** The unit's deadline in the period (one of the periods these were read for). */
    public LocalDate deadlineFor(long unitId, ReportingPeriod period) {
        return DeadlineService.effective(period,
                extendedByPeriodAndUnit.getOrDefault(period.getId(), Map.of()).get(unitId));
    }
}
