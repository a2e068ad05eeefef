package vn.cds.baocao.period.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;

/** Reporting periods: reading them, and creating the monthly ones with the decree's default window. */
@Service
@Transactional(readOnly = true)
public class PeriodService {

    private final ReportingPeriodRepository periods;
    private final Clock clock;
    private final int deadlineWorkingDays;

    public PeriodService(ReportingPeriodRepository periods, Clock clock,
                         @Value("${cds.periods.deadline-working-days:3}") int deadlineWorkingDays) {
        this.periods = periods;
        this.clock = clock;
        this.deadlineWorkingDays = deadlineWorkingDays;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ReportingPeriod> newestFirst() {
        return periods.findAllByOrderByYearDescMonthDesc();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ReportingPeriod> find(long id) {
        return periods.findById(id);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Creates every missing monthly period from the earliest existing one (or {@code through} itself when there
     * is none) up to {@code through}. Existing periods keep their own windows. Returns the created periods.
     */
    @Transactional
    public List<ReportingPeriod> ensureMonthlyPeriodsThrough(YearMonth through) {
        List<ReportingPeriod> existing = periods.findAllByOrderByYearAscMonthAsc();
        YearMonth month = existing.isEmpty() ? through : existing.getFirst().yearMonth();
        List<ReportingPeriod> created = new ArrayList<>();
        for (; !month.isAfter(through); month = month.plusMonths(1)) {
            YearMonth current = month;
            boolean exists = existing.stream().anyMatch(p -> p.yearMonth().equals(current));
            if (!exists) {
                created.add(periods.save(defaultPeriod(current)));
            }
        }
        return created;
    }

    /**
     * The default period per Nghị định 09/2019/NĐ-CP: data from the 15th of the previous month to the 14th of the
     * reporting month; the deadline a configured number of working days after the cut-off.
     */
    public ReportingPeriod defaultPeriod(YearMonth month) {
        LocalDate dataFrom = month.minusMonths(1).atDay(15);
        LocalDate dataTo = month.atDay(14);
        LocalDate deadline = WorkingDays.add(dataTo, deadlineWorkingDays);
        return new ReportingPeriod(month, label(month), dataFrom, dataTo, deadline);
    }

    /** "Tháng 4/2024": the name the province's documents use; stored with the period. */
    public static String label(YearMonth month) {
        return "Tháng " + month.getMonthValue() + "/" + month.getYear();
    }
}
