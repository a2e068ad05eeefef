package vn.cds.baocao.review.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.event.UnitReminderRequested;
import vn.cds.baocao.review.service.CompletenessBoard.Cell;
import vn.cds.baocao.review.service.CompletenessBoard.PeriodTotals;
import vn.cds.baocao.security.service.CurrentUser;

/** The completeness board: who has reported, who is late, and "% nộp đúng hạn" per period; reminders. */
@Service
@Transactional(readOnly = true)
public class CompletenessService {

    /** A reminder's own words are a sentence or two. */
    public static final int MAX_REMINDER_LENGTH = 500;

    private final ReportingPeriodRepository periods;
    private final UnitRepository units;
    private final ReportRepository reports;
    private final IndicatorCatalog catalog;
    private final DeadlineService deadlines;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public CompletenessService(ReportingPeriodRepository periods, UnitRepository units, ReportRepository reports,
                               IndicatorCatalog catalog, DeadlineService deadlines, CurrentUser currentUser,
                               ApplicationEventPublisher publisher, Clock clock) {
        this.periods = periods;
        this.units = units;
        this.reports = reports;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Periods from {@code from} to {@code to} (inclusive), optionally one unit type. Leaders see statuses only. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADER')")
    public CompletenessBoard board(YearMonth from, YearMonth to, String unitTypeCode) {
        if (from.isAfter(to)) {
            throw new BusinessException("completeness.badRange");
        }
        List<ReportingPeriod> range = periods.findAllByOrderByYearAscMonthAsc().stream()
                .filter(p -> !p.yearMonth().isBefore(from) && !p.yearMonth().isAfter(to)).toList();
        Map<String, Report> byUnitAndPeriod = new HashMap<>();
        if (!range.isEmpty()) {
            reports.findByPeriodIn(range).forEach(r -> byUnitAndPeriod.put(key(r.getUnit(), r.getPeriod()), r));
        }
        LocalDate today = LocalDate.now(clock);
        List<CompletenessBoard.Row> rows = new ArrayList<>();
        for (Unit unit : units.findAllByOrderByDisplayOrderAscIdAsc()) {
            if (!unit.getType().isReporting() || unitTypeCode != null && !unitTypeCode.equals(unit.getType().getCode())) {
                continue;
            }
            Map<Long, Cell> cells = new LinkedHashMap<>();
            for (ReportingPeriod period : range) {
                cells.put(period.getId(), cell(unit, period, byUnitAndPeriod.get(key(unit, period)), today));
            }
            if (cells.values().stream().anyMatch(Cell::expected)) {
                rows.add(new CompletenessBoard.Row(unit, cells));
            }
        }
        Map<Long, PeriodTotals> totals = new LinkedHashMap<>();
        for (ReportingPeriod period : range) {
            totals.put(period.getId(), totals(rows.stream().map(r -> r.cells().get(period.getId())).toList()));
        }
        return new CompletenessBoard(range, rows, totals);
    }

    /** Asks a unit to report for a period (delivered by the notifications). */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void remind(long unitId, long periodId, String message) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new BusinessException("workflow.unitNotFound"));
        ReportingPeriod period = periods.findById(periodId)
                .orElseThrow(() -> new BusinessException("workflow.periodNotFound"));
        if (!isExpected(unit, period)) {
            throw new BusinessException("completeness.remind.notExpected", unit.getShortName(), period.getLabel());
        }
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_REMINDER_LENGTH) {
            throw new BusinessException("completeness.remind.tooLong", VnFormat.integer(MAX_REMINDER_LENGTH));
        }
        publisher.publishEvent(new UnitReminderRequested(unitId, periodId, currentUser.require().getUsername(),
                text.isEmpty() ? null : text, LocalDateTime.now(clock)));
    }

    private Cell cell(Unit unit, ReportingPeriod period, Report report, LocalDate today) {
        if (!isExpected(unit, period)) {
            return new Cell(false, null, null, null, false);
        }
        LocalDate deadline = deadlines.deadlineFor(unit, period);
        boolean late = report != null && report.getFirstSubmittedAt() != null
                ? report.getFirstSubmittedAt().toLocalDate().isAfter(deadline)
                : today.isAfter(deadline);
        return new Cell(true, report == null ? null : report.getId(), report == null ? null : report.getStatus(),
                deadline, late);
    }

    private boolean isExpected(Unit unit, ReportingPeriod period) {
        return unit.reportsForCutOff(period.getDataTo()) && !catalog.forUnit(unit, period).isEmpty();
    }

    private static PeriodTotals totals(List<Cell> cells) {
        int expected = 0;
        int submitted = 0;
        int approved = 0;
        int onTime = 0;
        int late = 0;
        for (Cell cell : cells) {
            if (!cell.expected()) {
                continue;
            }
            expected++;
            if (cell.submitted() || cell.status() == ReportStatus.RETURNED) {
                submitted++;
                if (!cell.late()) {
                    onTime++;
                }
            }
            if (cell.status() == ReportStatus.APPROVED) {
                approved++;
            }
            if (cell.late()) {
                late++;
            }
        }
        BigDecimal percent = expected == 0 ? null : BigDecimal.valueOf(onTime * 100L)
                .divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP);
        return new PeriodTotals(expected, submitted, approved, onTime, late, percent);
    }

    private static String key(Unit unit, ReportingPeriod period) {
        return unit.getId() + "|" + period.getId();
    }
}
