package vn.cds.baocao.period.service;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * The deadline that applies to one unit in one period. Every "late / overdue / countdown" decision goes through
 * here, so per-unit extensions have one place to live.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

    public LocalDate deadlineFor(Unit unit, ReportingPeriod period) {
        return period.getDeadline();
    }

    /** True when the unit's deadline for the period has passed on {@code today}. */
    public boolean isPastDeadline(Unit unit, ReportingPeriod period, LocalDate today) {
        return today.isAfter(deadlineFor(unit, period));
    }
}
