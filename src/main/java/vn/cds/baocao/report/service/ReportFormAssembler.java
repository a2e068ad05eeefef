package vn.cds.baocao.report.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.i18n.Localizable;
import vn.cds.baocao.indicator.domain.CumulativeRule;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportEvent;
import vn.cds.baocao.report.domain.ReportEventRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.ReportTransitions;
import vn.cds.baocao.report.domain.ReportValue;

/** Builds the entry form of a unit's report: indicators by section, stored values, previous values, issues. */
@Component
public class ReportFormAssembler {

    private final IndicatorCatalog catalog;
    private final ReportValues reportValues;
    private final ReportEventRepository events;
    private final DeadlineService deadlines;

    public ReportFormAssembler(IndicatorCatalog catalog, ReportValues reportValues, ReportEventRepository events,
                               DeadlineService deadlines) {
        this.catalog = catalog;
        this.reportValues = reportValues;
        this.events = events;
        this.deadlines = deadlines;
    }

    /** The form for the unit and period; {@code report} is null when the unit has not started it. */
    public ReportForm assemble(Unit unit, ReportingPeriod period, Report report) {
        return assemble(unit, period, report, reportValues.basis(unit, period), null);
    }

    /**
     * The form, from the basis the calling action has already loaded.
     *
     * @param madeCheck the report's validation for submission when the caller has just made it, else null
     */
    public ReportForm assemble(Unit unit, ReportingPeriod period, Report report, ReportValues.Basis basis,
                               ValidationResult madeCheck) {
        List<Indicator> indicators = basis.indicators();
        Map<Long, IndicatorSection> sectionThen = basis.sections();
        Map<Long, PreviousValue> previous = basis.previous();
        ReportStatus status = report == null ? null : report.getStatus();
        ValidationResult check = madeCheck != null ? madeCheck : report == null ? new ValidationResult(List.of())
                : reportValues.validateStored(report, true, basis);

        Map<IndicatorSection, List<FormLine>> bySection = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            ReportValue stored = report == null ? null : report.valueOf(indicator).orElse(null);
            PreviousValue before = previous.get(indicator.getId());
            boolean computed = ReportValues.isComputedTotal(indicator, previous);
            boolean opening = indicator.getCumulativeRule() == CumulativeRule.RUNNING_TOTAL && !computed;
            Localizable change = stored == null || before == null ? Change.NONE
                    : Change.describe(indicator, before.number(), stored.getNumericValue());
            IndicatorSection section = sectionThen.getOrDefault(indicator.getId(), indicator.getSection());
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(new FormLine(indicator,
                    stored == null ? "" : ReportValues.inField(indicator, stored), before, change, computed, opening,
                    stored == null ? null : stored.getExplanation(), stored == null ? null : stored.getReviewNote(),
                    report == null ? List.of() : check.issuesFor(indicator.getId()),
                    basis.required().contains(indicator.getId()), NoFigureMark.of(stored)));
        }
        List<ReportForm.Section> sections = bySection.entrySet().stream()
                .map(e -> new ReportForm.Section(e.getKey(), e.getValue())).toList();
        boolean editable = ReportTransitions.mayChange(status, period.isOpen())
                && catalog.reportsIn(unit, period) && !indicators.isEmpty();
        return new ReportForm(unit, period, deadlines.deadlineFor(unit, period),
                report == null ? null : report.getId(), report == null ? -1 : report.getVersion(), status, editable,
                ReportTransitions.isAllowed(ReportAction.WITHDRAW, status), reviewReason(report), sections, check);
    }

    /** The reason of the latest return or reopening, while the report is back with the unit. */
    private String reviewReason(Report report) {
        if (report == null || report.getStatus() != ReportStatus.RETURNED) {
            return null;
        }
        List<ReportEvent> history = events.findByReportOrderByOccurredAtAscIdAsc(report);
        for (int i = history.size() - 1; i >= 0; i--) {
            String action = history.get(i).getAction();
            if (ReportAction.RETURN.name().equals(action) || ReportAction.REOPEN.name().equals(action)) {
                return history.get(i).getReason();
            }
        }
        return null;
    }
}
