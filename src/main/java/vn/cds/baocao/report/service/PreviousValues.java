package vn.cds.baocao.report.service;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.LatestValue;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;

/** For each indicator: the unit's latest APPROVED value in a period before the given one. */
@Component
public class PreviousValues {

    private final ReportRepository reports;

    public PreviousValues(ReportRepository reports) {
        this.reports = reports;
    }

    /** Indicator id → previous approved value (only indicators that have one). Call inside a transaction. */
    public Map<Long, PreviousValue> before(Unit unit, ReportingPeriod period) {
        Map<Long, PreviousValue> previous = new HashMap<>();
        for (LatestValue value : reports.findLatestValuesBefore(unit, ReportStatus.APPROVED,
                period.getYear() * 12 + period.getMonth())) {
            if (!value.isEmpty()) {
                previous.put(value.indicatorId(),
                        new PreviousValue(value.numericValue(), value.textValue(), value.period()));
            }
        }
        return previous;
    }
}
