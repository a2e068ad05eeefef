package vn.cds.baocao.period.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.DeadlineExtension;
import vn.cds.baocao.period.domain.DeadlineExtensionRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * The deadline that applies to one unit in one period: the period's deadline, or the later one an administrator
 * granted the unit. Every "late / overdue / countdown" decision goes through here.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

    private final DeadlineExtensionRepository extensions;

    public DeadlineService(DeadlineExtensionRepository extensions) {
        this.extensions = extensions;
    }

    public LocalDate deadlineFor(Unit unit, ReportingPeriod period) {
        return effective(period, extensions.findByPeriodAndUnit(period, unit).map(DeadlineExtension::getDeadline)
                .orElse(null));
    }

    /** The deadlines of the periods for every unit, in one statement. */
    public Deadlines of(Collection<ReportingPeriod> periods) {
        return new Deadlines(periods.isEmpty() ? List.of()
                : extensions.findDeadlinesIn(periods.stream().map(ReportingPeriod::getId).distinct().toList()));
    }

    /** The period's deadline, or the extended one when it is later. */
    static LocalDate effective(ReportingPeriod period, LocalDate extended) {
        return extended != null && extended.isAfter(period.getDeadline()) ? extended : period.getDeadline();
    }

    /** True when the unit's deadline for the period has passed on {@code today}. */
    public boolean isPastDeadline(Unit unit, ReportingPeriod period, LocalDate today) {
        return today.isAfter(deadlineFor(unit, period));
    }
}
