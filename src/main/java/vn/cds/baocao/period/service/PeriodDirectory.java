package vn.cds.baocao.period.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.period.domain.PeriodRows;
import vn.cds.baocao.period.domain.PeriodSummary;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;

/**
 * The reporting periods, for the services of other features (which carry their own permission checks). No role
 * check, so scheduled jobs and event listeners can use it too; screens use {@link PeriodService}.
 */
@Service
@Transactional(readOnly = true)
public class PeriodDirectory {

    private final ReportingPeriodRepository periods;
    private final PeriodRows rows;

    public PeriodDirectory(ReportingPeriodRepository periods, PeriodRows rows) {
        this.periods = periods;
        this.rows = rows;
    }

    public Optional<ReportingPeriod> find(long id) {
        return periods.findById(id);
    }

    public Optional<ReportingPeriod> find(YearMonth month) {
        return periods.findByYearAndMonth(month.getYear(), month.getMonthValue());
    }

    public List<ReportingPeriod> newestFirst() {
        return periods.findAllByOrderByYearDescMonthDesc();
    }

    /** Every period as a plain value, newest first (the dashboards: no entity needed). */
    public List<PeriodSummary> summariesNewestFirst() {
        return rows.newestFirst();
    }

    public Optional<PeriodSummary> summary(long id) {
        return rows.find(id);
    }

    public List<ReportingPeriod> oldestFirst() {
        return periods.findAllByOrderByYearAscMonthAsc();
    }
}
