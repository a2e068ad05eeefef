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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.period.domain.Holiday;
import vn.cds.baocao.period.domain.HolidayRepository;
import vn.cds.baocao.period.domain.PeriodLabels;
import vn.cds.baocao.period.domain.PeriodWindows;
import vn.cds.baocao.period.domain.PeriodWindows.Window;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.domain.event.PeriodCreated;
import vn.cds.baocao.base.access.NoRoleCheck;

/** Reporting periods: reading them, and creating the monthly ones on the province's rhythm ({@link PeriodWindows}). */
@Service
@Transactional(readOnly = true)
public class PeriodService {

    /** Deadlines are at most this many days after the cut-off, so holidays are looked up in that range only. */
    private static final int HOLIDAY_LOOKAHEAD_DAYS = 120;
    private static final Logger log = LoggerFactory.getLogger(PeriodService.class);

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
    @Transactional(propagation = Propagation.SUPPORTS) // reads the clock only: no connection, no transaction commands
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Creates every missing monthly period from the earliest existing one (or {@code through} itself when there
     * is none) up to {@code through}, each on the province's rhythm ({@link PeriodWindows}). Existing periods keep
     * their own windows. A month whose neighbours leave no room for a window that fits is skipped and logged: old
     * periods never stop the start-up. A system step (start-up), hence no role check.
     */
    @Transactional
    public List<ReportingPeriod> ensureMonthlyPeriodsThrough(YearMonth through) {
        List<ReportingPeriod> existing = periods.findAllByOrderByYearAscMonthAsc();
        YearMonth first = existing.isEmpty() ? through : existing.getFirst().yearMonth();
        return createMissing(first, through, false);
    }

    /**
     * Creates the missing monthly periods from {@code from} to {@code through}, oldest first, each on the rhythm and
     * announced ({@link PeriodCreated}: its catalog is stored as it is now). When a month cannot be placed without
     * an overlap or a gap: {@code strict} refuses the whole run ({@link BusinessException}, nothing saved), otherwise
     * the month is skipped and logged.
     */
    @Transactional
    List<ReportingPeriod> createMissing(YearMonth from, YearMonth through, boolean strict) {
        List<ReportingPeriod> all = periods.findAllByOrderByYearAscMonthAsc();
        Set<YearMonth> existing = all.stream().map(ReportingPeriod::yearMonth).collect(Collectors.toSet());
        PeriodWindows windows = PeriodWindows.of(all);
        List<ReportingPeriod> created = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(through); month = month.plusMonths(1)) {
            if (existing.contains(month)) {
                continue;
            }
            try {
                ReportingPeriod period = periods.save(newPeriod(month, windows));
                windows.put(month, new Window(period.getDataFrom(), period.getDataTo()));
                events.publishEvent(new PeriodCreated(period));
                created.add(period);
            } catch (BusinessException refused) {
                if (strict) {
                    throw refused;
                }
                log.warn("Reporting period {} not created: {}", label(month), refused.getLocalizedMessage());
            }
        }
        return created;
    }

    /**
     * A new period of {@code month} among the existing {@code windows}: its window on the province's rhythm (from
     * the day after the previous period to the cut-off day of the next month, {@link AgencySettings#periodCutOffDay}),
     * its deadline the configured number of working days after the cut-off, skipping weekends and holidays.
     * Refused with the neighbour and the days when it cannot fit.
     */
    ReportingPeriod newPeriod(YearMonth month, PeriodWindows windows) {
        int cutOffDay = settings.periodCutOffDay(month.plusMonths(1).atDay(1));
        Window window = windows.rhythm(month, cutOffDay)
                .orElseThrow(() -> new BusinessException("period.window.noRoom", PeriodLabels.name(month)));
        windows.check(month, window).ifPresent(conflict -> {
            throw refusal(month, window, conflict);
        });
        return new ReportingPeriod(month, label(month), window.from(), window.to(), defaultDeadline(window.to()));
    }

    /**
     * Refuses giving {@code period} the window {@code from}–{@code to} when it overlaps the nearest period before or
     * after it, or leaves days out next to the period of the month before or after (old clashes elsewhere in the
     * series do not matter).
     */
    void checkWindow(ReportingPeriod period, LocalDate from, LocalDate to) {
        Window window = new Window(from, to);
        PeriodWindows.of(periods.findAllByOrderByYearAscMonthAsc()).check(period.yearMonth(), window)
                .ifPresent(conflict -> {
                    throw refusal(period.yearMonth(), window, conflict);
                });
    }

    /** The refusal of a window that overlaps its neighbour or leaves days out: which periods, which days. */
    static BusinessException refusal(YearMonth month, Window window, PeriodWindows.Conflict conflict) {
        String key = conflict.kind() == PeriodWindows.Kind.OVERLAP ? "period.window.overlap" : "period.window.gap";
        return new BusinessException(key, PeriodLabels.name(month), VnFormat.date(window.from()),
                VnFormat.date(window.to()), PeriodLabels.name(conflict.neighbour()),
                VnFormat.date(conflict.neighbourWindow().from()), VnFormat.date(conflict.neighbourWindow().to()),
                VnFormat.date(conflict.from()), VnFormat.date(conflict.to()));
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
