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
import vn.cds.baocao.indicator.service.PeriodApplicability;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitSummary;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.period.service.Deadlines;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.domain.ReportState;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.event.UnitReminderRequested;
import vn.cds.baocao.report.service.ReportDirectory;
import vn.cds.baocao.review.service.CompletenessBoard.Cell;
import vn.cds.baocao.review.service.CompletenessBoard.PeriodTotals;
import vn.cds.baocao.security.service.CurrentUser;

/** The completeness board: who has reported, who is late, and "% nộp đúng hạn" per period; reminders. */
@Service
@Transactional(readOnly = true)
public class CompletenessService {

    /** A reminder's own words are a sentence or two. */
    public static final int MAX_REMINDER_LENGTH = 500;

    private final PeriodDirectory periods;
    private final UnitDirectory units;
    private final ReportDirectory reports;
    private final IndicatorCatalog catalog;
    private final DeadlineService deadlines;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public CompletenessService(PeriodDirectory periods, UnitDirectory units, ReportDirectory reports,
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
        List<ReportingPeriod> range = periods.oldestFirst().stream()
                .filter(p -> !p.yearMonth().isBefore(from) && !p.yearMonth().isAfter(to)).toList();
        Map<String, ReportState> byUnitAndPeriod = new HashMap<>();
        reports.states(range.stream().map(ReportingPeriod::getId).toList())
                .forEach(r -> byUnitAndPeriod.put(key(r.unitId(), r.periodId()), r));
        List<UnitSummary> summaries = range.isEmpty() ? List.of() : units.summaries();
        Map<Long, PeriodApplicability> who = catalog.of(range.stream().map(ReportingPeriod::summary).toList(),
                summaries);
        Deadlines deadlinesOfRange = deadlines.of(range);
        LocalDate today = LocalDate.now(clock);
        List<CompletenessBoard.Row> rows = new ArrayList<>();
        for (Unit unit : units.all()) {
            if (unitTypeCode != null && !unitTypeCode.equals(unit.getType().getCode())) {
                continue;
            }
            Map<Long, Cell> cells = new LinkedHashMap<>();
            for (ReportingPeriod period : range) {
                boolean expected = who.get(period.getId()).expected(unit.getId());
                cells.put(period.getId(), cell(unit, period, expected,
                        byUnitAndPeriod.get(key(unit.getId(), period.getId())), deadlinesOfRange, today));
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
        Unit unit = units.find(unitId).orElseThrow(() -> new BusinessException("workflow.unitNotFound"));
        ReportingPeriod period = periods.find(periodId)
                .orElseThrow(() -> new BusinessException("workflow.periodNotFound"));
        if (!catalog.expects(unit, period)) {
            throw new BusinessException("completeness.remind.notExpected", unit.getShortName(), period.name());
        }
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_REMINDER_LENGTH) {
            throw new BusinessException("completeness.remind.tooLong", VnFormat.integer(MAX_REMINDER_LENGTH));
        }
        publisher.publishEvent(new UnitReminderRequested(unitId, periodId, currentUser.require().getUsername(),
                text.isEmpty() ? null : text, LocalDateTime.now(clock)));
    }

    private static Cell cell(Unit unit, ReportingPeriod period, boolean expected, ReportState report,
                             Deadlines deadlines, LocalDate today) {
        if (!expected) {
            return new Cell(false, null, null, null, false);
        }
        LocalDate deadline = deadlines.deadlineFor(unit.getId(), period);
        boolean late = report != null && report.firstSubmittedAt() != null
                ? report.firstSubmittedAt().toLocalDate().isAfter(deadline)
                : today.isAfter(deadline);
        return new Cell(true, report == null ? null : report.reportId(), report == null ? null : report.status(),
                deadline, late);
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

    private static String key(long unitId, long periodId) {
        return unitId + "|" + periodId;
    }
}
