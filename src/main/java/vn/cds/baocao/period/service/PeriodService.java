package vn.cds.baocao.period.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.period.domain.Holiday;
import vn.cds.baocao.period.domain.HolidayRepository;
import vn.cds.baocao.period.domain.PeriodLabels;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.domain.event.PeriodCreated;
import vn.cds.baocao.base.access.NoRoleCheck;

/** Reporting periods: reading them, and creating the monthly ones with the decree's default window. */
@Service
@Transactional(readOnly = true)
public class PeriodService {

    /** Deadlines are at most this many days after the cut-off, so holidays are looked up in that range only. */
    private static final int HOLIDAY_LOOKAHEAD_DAYS = 120;

    private final ReportingPeriodRepository periods;
    private final HolidayRepository holidays;
    private final AgencySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PeriodService(ReportingPeriodRepository periods, HolidayRepository holidays, AgencySettings settings,
                         ApplicationEventPublisher events, Clock clock) {
        this.periods = periods;
        this.holidays = holidays;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ReportingPeriod> newestFirst() {
        return periods.findAllByOrderByYearDescMonthDesc();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ReportingPeriod> find(long id) {
        return periods.findById(id);
    }

    @NoRoleCheck("today's date in the province's time zone")
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Creates every missing monthly period from the earliest existing one (or {@code through} itself when there
     * is none) up to {@code through}. Existing periods keep their own windows. Each new period is announced
     * ({@link PeriodCreated}: its catalog is stored as it is now). Returns the created periods. A system step
     * (start-up), hence no role check.
     */
    @Transactional
    public List<ReportingPeriod> ensureMonthlyPeriodsThrough(YearMonth through) {
        List<ReportingPeriod> existing = periods.findAllByOrderByYearAscMonthAsc();
        YearMonth first = existing.isEmpty() ? through : existing.getFirst().yearMonth();
        return createMissing(first, through);
    }

    /** Creates the missing monthly periods from {@code from} to {@code through}, each announced when saved. */
    @Transactional
    List<ReportingPeriod> createMissing(YearMonth from, YearMonth through) {
        Set<YearMonth> existing = periods.findAll().stream().map(ReportingPeriod::yearMonth)
                .collect(Collectors.toSet());
        List<ReportingPeriod> created = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(through); month = month.plusMonths(1)) {
            if (!existing.contains(month)) {
                ReportingPeriod period = periods.save(defaultPeriod(month));
                events.publishEvent(new PeriodCreated(period));
                created.add(period);
            }
        }
        return created;
    }

    /**
     * The default period per Nghị định 09/2019/NĐ-CP: data from the 15th of the previous month to the 14th of the
     * reporting month; the deadline the configured number of working days after the cut-off, skipping weekends and
     * holidays.
     */
    public ReportingPeriod defaultPeriod(YearMonth month) {
        LocalDate dataFrom = month.minusMonths(1).atDay(15);
        LocalDate dataTo = month.atDay(14);
        return new ReportingPeriod(month, label(month), dataFrom, dataTo, defaultDeadline(dataTo));
    }

    /** The configured number of working days after {@code cutOff}, skipping weekends and holidays. */
    public LocalDate defaultDeadline(LocalDate cutOff) {
        Set<LocalDate> daysOff = holidays.findByDateBetween(cutOff, cutOff.plusDays(HOLIDAY_LOOKAHEAD_DAYS)).stream()
                .map(Holiday::getDate).collect(Collectors.toSet());
        return WorkingDays.add(cutOff, settings.deadlineWorkingDays(cutOff), daysOff);
    }

    /** "Tháng 4/2024": the name the province's documents use; stored with the period. */
    public static String label(YearMonth month) {
        return PeriodLabels.of(month, Messages.VIETNAMESE);
    }
}
