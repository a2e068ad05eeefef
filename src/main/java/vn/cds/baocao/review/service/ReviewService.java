package vn.cds.baocao.review.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.TargetBook;
import vn.cds.baocao.indicator.service.Targets;
import vn.cds.baocao.indicator.service.ValueParser;
import vn.cds.baocao.period.service.DeadlineService;
import vn.cds.baocao.report.domain.BaselineValue;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportValue;
import vn.cds.baocao.report.service.PreviousValue;
import vn.cds.baocao.report.service.PreviousValues;
import vn.cds.baocao.report.service.ReportDirectory;
import vn.cds.baocao.report.service.NoFigureMark;
import vn.cds.baocao.report.service.ReportValues;
import vn.cds.baocao.report.service.ValidationResult;

/** The review screen's content: each value beside the previous period, its target verdict, warnings, changes. */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    /** Stands for "no value" in a baseline that has no row for an indicator. */
    private static final BaselineValue EMPTY = new BaselineValue(0, 0, null, null);

    private final ReportDirectory reports;
    private final IndicatorCatalog catalog;
    private final PreviousValues previousValues;
    private final ReportValues reportValues;
    private final Targets targets;
    private final DeadlineService deadlines;

    public ReviewService(ReportDirectory reports, IndicatorCatalog catalog, PreviousValues previousValues,
                         ReportValues reportValues, Targets targets, DeadlineService deadlines) {
        this.reports = reports;
        this.catalog = catalog;
        this.previousValues = previousValues;
        this.reportValues = reportValues;
        this.targets = targets;
        this.deadlines = deadlines;
    }

    @PreAuthorize("hasRole('REVIEWER')")
    public ReviewDetails details(long reportId) {
        Report report = reports.find(reportId)
                .orElseThrow(() -> new BusinessException("workflow.reportNotFound"));
        Map<Long, PreviousValue> previous = previousValues.before(report.getUnit(), report.getPeriod());
        ValidationResult check = reportValues.validateStored(report, false);
        Map<Long, BaselineValue> baseline = new HashMap<>();
        reports.baseline(reportId).forEach(b -> baseline.put(b.indicatorId(), b));
        int year = report.getPeriod().getYear();
        TargetBook book = targets.book(year);
        List<ReviewLine> lines = catalog.forUnit(report.getUnit(), report.getPeriod()).stream()
                .map(indicator -> line(report, indicator, previous.get(indicator.getId()), check,
                        report.getBaselineStatus() == null ? null : baseline.getOrDefault(indicator.getId(), EMPTY), book))
                .toList();
        var deadline = deadlines.deadlineFor(report.getUnit(), report.getPeriod());
        boolean late = report.getFirstSubmittedAt() != null
                && report.getFirstSubmittedAt().toLocalDate().isAfter(deadline);
        return new ReviewDetails(report.getId(), report.getVersion(), report.getUnit().getFullName(),
                report.getUnit().getType().getCode(), report.getPeriod().name(), year, report.getStatus(),
                report.getSubmittedAt(), report.getSubmittedBy(), report.getFirstSubmittedAt(), deadline, late,
                report.getBaselineStatus(), lines);
    }

    private ReviewLine line(Report report, Indicator indicator, PreviousValue previous, ValidationResult check,
                            BaselineValue baseline, TargetBook book) {
        ReportValue value = report.valueOf(indicator).orElse(null);
        BigDecimal number = value == null ? null : value.getNumericValue();
        String shown = value == null ? "" : display(indicator, number, value.getTextValue());
        String before = baseline == null ? null
                : display(indicator, baseline.getNumericValue(), baseline.getTextValue());
        boolean changed = baseline != null && !Objects.equals(before, shown);
        return new ReviewLine(indicator, shown, previous,
                previous == null ? Change.NONE : Change.describe(indicator, previous.number(), number),
                book.verdict(indicator.getId(), report.getUnit().getType().getCode(), number),
                check.issuesFor(indicator.getId()),
                value == null ? null : value.getExplanation(), changed ? before : null, changed,
                value == null ? null : value.getReviewNote(), value == null ? null : value.getNote(),
                NoFigureMark.of(value));
    }

    private static String display(Indicator indicator, BigDecimal number, String text) {
        if (number != null) {
            return ValueParser.display(indicator, number);
        }
        return text == null ? "" : text;
    }
}
