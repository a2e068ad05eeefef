package vn.cds.baocao.period.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AdminAudit;
import vn.cds.baocao.audit.service.AuditDetails;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.period.domain.DeadlineExtension;
import vn.cds.baocao.period.domain.DeadlineExtensionRepository;
import vn.cds.baocao.period.domain.Holiday;
import vn.cds.baocao.period.domain.HolidayRepository;
import vn.cds.baocao.period.domain.PeriodStatus;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * Periods and deadlines, for administrators: generate monthly periods, adjust a window or deadline, open and close
 * a period, extend the deadline of one unit, and the holiday calendar. Logged. (Refreshing a period's catalog is
 * the indicator feature's: {@link PeriodCatalogRefresh}.)
 */
@Service
@Transactional
public class PeriodAdminService {

    /** At most this many months per generation, to catch a mistyped year. */
    static final int MAX_MONTHS_PER_GENERATION = 60;

    private final ReportingPeriodRepository periods;
    private final PeriodService periodService;
    private final DeadlineExtensionRepository extensions;
    private final HolidayRepository holidays;
    private final UnitDirectory units;
    private final UnitHistory unitHistory;
    private final List<SubmittedReports> submittedReports;
    private final AdminAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public PeriodAdminService(ReportingPeriodRepository periods, PeriodService periodService,
                              DeadlineExtensionRepository extensions, HolidayRepository holidays,
                              UnitDirectory units, UnitHistory unitHistory, List<SubmittedReports> submittedReports,
                              AdminAudit audit, CurrentUser currentUser, Clock clock) {
        this.periods = periods;
        this.periodService = periodService;
        this.extensions = extensions;
        this.holidays = holidays;
        this.units = units;
        this.unitHistory = unitHistory;
        this.submittedReports = submittedReports;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every period, newest first, with how many units got a later deadline. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PeriodRow> periods() {
        Map<Long, Long> extended = extensions.findAll().stream()
                .collect(Collectors.groupingBy(e -> e.getPeriod().getId(), Collectors.counting()));
        return periods.findAllByOrderByYearDescMonthDesc().stream()
                .map(p -> new PeriodRow(p, extended.getOrDefault(p.getId(), 0L).intValue()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ReportingPeriod period(long id) {
        return periods.findById(id).orElseThrow(() -> new BusinessException("admin.period.notFound"));
    }

    /**
     * Creates the missing monthly periods from {@code from} to {@code to} on the province's rhythm
     * ({@link vn.cds.baocao.period.domain.PeriodWindows}); refused, nothing created, when one cannot fit.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ReportingPeriod> generate(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new BusinessException("admin.period.monthsRequired");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("admin.period.monthsReversed");
        }
        if (from.plusMonths(MAX_MONTHS_PER_GENERATION).isBefore(to.plusMonths(1))) {
            throw new BusinessException("admin.period.tooManyMonths", String.valueOf(MAX_MONTHS_PER_GENERATION));
        }
        List<ReportingPeriod> created = periodService.createMissing(from, to, true);
        audit.record(AuditAction.PERIOD_GENERATE, PeriodService.label(from) + " – " + PeriodService.label(to),
                AuditDetails.of().value("createdPeriods", created.stream().map(ReportingPeriod::getLabel).toList()));
        return created;
    }

    /** The default deadline for a cut-off day (configured working days, weekends and holidays skipped). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public LocalDate suggestedDeadline(LocalDate cutOff) {
        return periodService.defaultDeadline(cutOff);
    }

    /**
     * Changes a period's data window, deadline and notes. The window of a period in which reports were submitted
     * or approved is fixed: those figures were reported for it. A new window may neither overlap its neighbours
     * nor leave days out next to them; a period whose window stays (only its deadline or notes change) is saved
     * even if its old window clashes with a neighbour.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ReportingPeriod update(long id, LocalDate dataFrom, LocalDate dataTo, LocalDate deadline, String notes) {
        ReportingPeriod period = period(id);
        if (dataFrom == null || dataTo == null || deadline == null) {
            throw new BusinessException("admin.period.datesRequired");
        }
        if (dataTo.isBefore(dataFrom)) {
            throw new BusinessException("admin.period.windowReversed", VnFormat.date(dataFrom), VnFormat.date(dataTo));
        }
        if (deadline.isBefore(dataTo)) {
            throw new BusinessException("admin.period.deadlineBeforeCutOff", VnFormat.date(dataTo));
        }
        boolean windowChanges = !dataFrom.equals(period.getDataFrom()) || !dataTo.equals(period.getDataTo());
        if (windowChanges && hasSubmittedReports(period)) {
            throw new BusinessException("admin.period.windowLocked", period.name());
        }
        if (windowChanges) {
            periodService.checkWindow(period, dataFrom, dataTo);
        }
        String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
        if (cleanNotes != null && cleanNotes.length() > 1000) {
            throw new BusinessException("admin.tooLong", "1000");
        }
        AuditDetails details = AuditDetails.of()
                .change("dataFrom", period.getDataFrom(), dataFrom)
                .change("dataTo", period.getDataTo(), dataTo)
                .change("deadline", period.getDeadline(), deadline)
                .change("notes", period.getNotes(), cleanNotes);
        period.setDataFrom(dataFrom);
        period.setDataTo(dataTo);
        period.setDeadline(deadline);
        period.setNotes(cleanNotes);
        audit.record(AuditAction.PERIOD_UPDATE, period.getLabel(), details);
        return period;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ReportingPeriod open(long id) {
        return setStatus(id, PeriodStatus.OPEN, AuditAction.PERIOD_OPEN);
    }

    /** A closed period takes no more submissions (the workflow checks the status). */
    @PreAuthorize("hasRole('ADMIN')")
    public ReportingPeriod close(long id) {
        return setStatus(id, PeriodStatus.CLOSED, AuditAction.PERIOD_CLOSE);
    }

    // ---- deadline extensions ----

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DeadlineExtension> extensions(long periodId) {
        return extensions.findByPeriodOrderByUnitDisplayOrderAsc(period(periodId));
    }

    /** The units expected to report in the period: those a deadline can be extended for. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Unit> reportingUnits(long periodId) {
        return unitHistory.reportingUnits(period(periodId).getDataTo());
    }

    /** Gives one unit a later deadline in one period (replacing an earlier extension of that unit). */
    @PreAuthorize("hasRole('ADMIN')")
    public DeadlineExtension extendDeadline(long periodId, long unitId, LocalDate deadline, String reason) {
        ReportingPeriod period = period(periodId);
        Unit unit = units.find(unitId).orElseThrow(() -> new BusinessException("admin.unit.notFound"));
        if (!period.isOpen()) {
            throw new BusinessException("admin.period.closed", period.name());
        }
        if (deadline == null) {
            throw new BusinessException("admin.period.extensionDateRequired");
        }
        if (!deadline.isAfter(period.getDeadline())) {
            throw new BusinessException("admin.period.extensionNotLater", VnFormat.date(period.getDeadline()));
        }
        if (!unitHistory.reportsOn(unit, period.getDataTo())) {
            throw new BusinessException("admin.period.unitNotReporting", unit.getFullName(), period.name());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("admin.period.extensionReasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new BusinessException("admin.tooLong", "1000");
        }
        String username = currentUser.require().getUsername();
        LocalDateTime now = LocalDateTime.now(clock);
        DeadlineExtension extension = extensions.findByPeriodAndUnit(period, unit).orElse(null);
        LocalDate before = extension == null ? period.getDeadline() : extension.getDeadline();
        if (extension == null) {
            extension = extensions.save(new DeadlineExtension(period, unit, deadline, reason.strip(), username, now));
        } else {
            extension.grant(deadline, reason.strip(), username, now);
        }
        audit.record(AuditAction.DEADLINE_EXTEND, period.getLabel(), AuditDetails.of()
                .value("unit", unit.getCode()).change("deadline", before, deadline).note("reason", reason));
        return extension;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void removeExtension(long extensionId) {
        DeadlineExtension extension = extensions.findById(extensionId)
                .orElseThrow(() -> new BusinessException("admin.period.extensionNotFound"));
        audit.record(AuditAction.DEADLINE_EXTENSION_REMOVE, extension.getPeriod().getLabel(), AuditDetails.of()
                .value("unit", extension.getUnit().getCode())
                .change("deadline", extension.getDeadline(), extension.getPeriod().getDeadline()));
        extensions.delete(extension);
    }

    // ---- holidays ----

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Holiday> holidays() {
        return holidays.findAllByOrderByDateDesc();
    }

    /** A day off that later deadlines skip. Existing periods keep their deadlines (edit one to recompute it). */
    @PreAuthorize("hasRole('ADMIN')")
    public Holiday addHoliday(LocalDate date, String name) {
        if (date == null || name == null || name.isBlank()) {
            throw new BusinessException("admin.holiday.required");
        }
        if (holidays.existsById(date)) {
            throw new BusinessException("admin.holiday.duplicate", VnFormat.date(date));
        }
        if (name.strip().length() > 255) {
            throw new BusinessException("admin.tooLong", "255");
        }
        Holiday holiday = holidays.save(new Holiday(date, name.strip()));
        audit.record(AuditAction.HOLIDAY_ADD, VnFormat.date(date), AuditDetails.of().value("holidayName", name));
        return holiday;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void removeHoliday(LocalDate date) {
        Holiday holiday = holidays.findById(date).orElseThrow(() -> new BusinessException("admin.holiday.notFound"));
        audit.record(AuditAction.HOLIDAY_REMOVE, VnFormat.date(date),
                AuditDetails.of().value("holidayName", holiday.getName()));
        holidays.delete(holiday);
    }

    private ReportingPeriod setStatus(long id, PeriodStatus status, AuditAction action) {
        ReportingPeriod period = period(id);
        if (period.getStatus() != status) {
            period.setStatus(status);
            audit.record(action, period.getLabel(), null);
        }
        return period;
    }

    private boolean hasSubmittedReports(ReportingPeriod period) {
        return submittedReports.stream().anyMatch(reports -> reports.existIn(period.getId()));
    }

    /** A period with the number of units that have a later deadline. */
    public record PeriodRow(ReportingPeriod period, int extensions) {
    }
}
