package vn.cds.baocao.report.service;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.period.service.PeriodService;

/**
 * "Kỳ hiện tại", the periods the home pages speak of: open, their data window begun, and their deadline at most
 * {@link #AFTER_DEADLINE_DAYS} days past (a period just past its deadline still has late units to chase). Usually
 * one period, two around the turn of the month. For the reporters' and reviewers' home services, which carry the
 * permission checks.
 */
@Component
public class CurrentPeriods {

    static final int AFTER_DEADLINE_DAYS = 31;

    private final PeriodDirectory periods;
    private final PeriodService periodService;

    CurrentPeriods(PeriodDirectory periods, PeriodService periodService) {
        this.periods = periods;
        this.periodService = periodService;
    }

    /** Newest first. */
    public List<ReportingPeriod> now() {
        LocalDate today = periodService.today();
        return periods.newestFirst().stream().filter(p -> isCurrent(p, today)).toList();
    }

    public LocalDate today() {
        return periodService.today();
    }

    static boolean isCurrent(ReportingPeriod period, LocalDate today) {
        return period.isOpen() && !period.getDataFrom().isAfter(today)
                && !period.getDeadline().plusDays(AFTER_DEADLINE_DAYS).isBefore(today);
    }
}
