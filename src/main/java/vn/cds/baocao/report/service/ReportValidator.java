package vn.cds.baocao.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRule;
import vn.cds.baocao.indicator.service.ParsedValue;
import vn.cds.baocao.indicator.service.ValueParser;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * The rules a report's values must meet. Errors block submission (unreadable values block even a draft);
 * warnings (unusual swings against the previous period) need the reporter's explanation before submission.
 */
@Component
public class ReportValidator {

    /**
     * What is validated: the unit's indicators, their values (computed totals included), earlier values.
     *
     * @param required the indicators the period requires (the period's catalog decides, not the indicator)
     * @param marks    values marked as having no figure (their value is empty)
     */
    public record Input(ReportingPeriod period, List<Indicator> indicators, Map<Long, ParsedValue> values,
                        Set<Long> computed, Map<Long, PreviousValue> previous, List<IndicatorRule> rules,
                        boolean forSubmission, Set<Long> required, Map<Long, NoFigureMark> marks) {
    }

    public ValidationResult validate(Input input) {
        List<FieldIssue> issues = new ArrayList<>();
        for (Indicator indicator : input.indicators()) {
            long id = indicator.getId();
            ParsedValue value = input.values().getOrDefault(id, ParsedValue.empty());
            if (value.isError()) {
                issues.add(FieldIssue.error(id, value.errorKey(), value.errorArgs()));
                continue;
            }
            if (value.isEmpty()) {
                checkEmpty(input, indicator, issues);
                continue;
            }
            if (indicator.getValueType().isNumeric()) {
                checkCumulative(input, indicator, value.number(), issues);
                if (!input.computed().contains(id)) {
                    checkSwing(indicator, value.number(), input.previous().get(id), input.period().getYear(), issues);
                }
            }
        }
        checkRules(input, issues);
        return new ValidationResult(issues);
    }

    /**
     * An empty value: a no-figure mark needs its reason (a draft may keep a mark without one, it is shown and
     * blocks submission); a required one needs a figure or a mark. A computed total whose period figure is
     * marked has no figure either and is not asked.
     */
    private static void checkEmpty(Input input, Indicator indicator, List<FieldIssue> issues) {
        long id = indicator.getId();
        NoFigureMark mark = input.marks().get(id);
        if (mark != null) {
            if (!mark.hasReason()) {
                issues.add(FieldIssue.error(id, "value.noFigure.reasonRequired"));
            }
            return;
        }
        boolean sourceMarked = input.computed().contains(id) && indicator.getCumulativeOf() != null
                && input.marks().containsKey(indicator.getCumulativeOf().getId());
        if (input.forSubmission() && input.required().contains(id) && !sourceMarked) {
            issues.add(FieldIssue.error(id, "value.required"));
        }
    }

    private void checkCumulative(Input input, Indicator indicator, BigDecimal value, List<FieldIssue> issues) {
        long id = indicator.getId();
        PreviousValue previous = input.previous().get(id);
        BigDecimal periodValue = indicator.getCumulativeOf() == null ? null
                : number(input.values().get(indicator.getCumulativeOf().getId()));
        switch (indicator.getCumulativeRule()) {
            case RUNNING_TOTAL -> {
                if (periodValue != null && value.compareTo(periodValue) < 0) {
                    issues.add(FieldIssue.error(id, "value.totalBelowPeriod", display(indicator, periodValue)));
                }
            }
            case YEAR_TO_DATE -> {
                if (periodValue != null && value.compareTo(periodValue) < 0) {
                    issues.add(FieldIssue.error(id, "value.ytdBelowPeriod", display(indicator, periodValue)));
                }
                if (previous != null && previous.number() != null
                        && previous.period().getYear() == input.period().getYear()
                        && value.compareTo(previous.number()) < 0) {
                    issues.add(belowPrevious(indicator, previous));
                }
            }
            case NON_DECREASING -> {
                if (previous != null && previous.number() != null && value.compareTo(previous.number()) < 0) {
                    issues.add(belowPrevious(indicator, previous));
                }
            }
            case NONE -> {
                // a figure of the period itself
            }
        }
    }

    private static FieldIssue belowPrevious(Indicator indicator, PreviousValue previous) {
        return FieldIssue.error(indicator.getId(), "value.belowPrevious",
                display(indicator, previous.number()), previous.period().name());
    }

    private void checkSwing(Indicator indicator, BigDecimal value, PreviousValue previous, int year,
                            List<FieldIssue> issues) {
        SwingRule.check(indicator, value, previous, year).ifPresent(issues::add);
    }

    private void checkRules(Input input, List<FieldIssue> issues) {
        Set<Long> present = input.indicators().stream().map(Indicator::getId).collect(java.util.stream.Collectors.toSet());
        for (IndicatorRule rule : input.rules()) {
            Indicator left = rule.getLeft();
            Indicator right = rule.getRight();
            if (!present.contains(left.getId()) || !present.contains(right.getId())) {
                continue;
            }
            BigDecimal l = number(input.values().get(left.getId()));
            BigDecimal r = number(input.values().get(right.getId()));
            if (l != null && r != null && !rule.getComparator().isMet(l, r)) {
                issues.add(FieldIssue.error(left.getId(), "value.rule." + rule.getComparator().name(),
                        right.getShortNameVi(), display(right, r)));
            }
        }
    }

    private static BigDecimal number(ParsedValue value) {
        return value == null || value.isError() ? null : value.number();
    }

    private static String display(Indicator indicator, BigDecimal value) {
        return ValueParser.display(indicator, value);
    }
}
