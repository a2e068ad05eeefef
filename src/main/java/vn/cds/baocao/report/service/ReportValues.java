package vn.cds.baocao.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.CumulativeRule;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorRule;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.service.IndicatorCatalog;
import vn.cds.baocao.indicator.service.IndicatorCatalog.CatalogEntry;
import vn.cds.baocao.indicator.service.ParsedValue;
import vn.cds.baocao.indicator.service.ValueParser;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.NoFigure;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportValue;

/**
 * Reads typed values into a report, computes running totals, and validates what is stored. The one place where
 * values get into a report, for the form and for imports alike.
 */
@Component
public class ReportValues {

    /** An explanation of a warning is a short sentence. */
    public static final int MAX_EXPLANATION_LENGTH = 1000;

    private final IndicatorCatalog catalog;
    private final PreviousValues previousValues;
    private final ReportValidator validator;

    public ReportValues(IndicatorCatalog catalog, PreviousValues previousValues, ReportValidator validator) {
        this.catalog = catalog;
        this.previousValues = previousValues;
        this.validator = validator;
    }

    /**
     * The typed values, checked; computed totals included.
     *
     * @param inputErrors values that cannot be stored at all (unreadable, out of bounds, too long): they block
     *                    even a draft
     * @param result      every issue, including inconsistencies a draft may still have
     * @param marks       the values marked as having no figure (their value is empty)
     */
    public record Reading(List<Indicator> indicators, Map<Long, ParsedValue> values, Set<Long> computed,
                          Map<Long, String> explanations, Map<Long, PreviousValue> previous,
                          ValidationResult inputErrors, ValidationResult result, Map<Long, NoFigureMark> marks) {
    }

    /**
     * What validating a unit's report for a period needs besides its values: the unit's indicators, the earlier
     * approved values, the rules between indicators. An action loads it once and hands it on, so that saving or
     * submitting and then showing the form does not read the catalog, the history and the rules again.
     *
     * @param required the indicators the period requires (its catalog's flag)
     * @param sections the section each of the indicators belonged to when the period opened (its catalog's)
     */
    public record Basis(List<Indicator> indicators, Map<Long, PreviousValue> previous, List<IndicatorRule> rules,
                        Set<Long> required, Map<Long, IndicatorSection> sections) {

        /** This basis compared with other earlier values. */
        public Basis withPrevious(Map<Long, PreviousValue> other) {
            return new Basis(indicators, other, rules, required, sections);
        }
    }

    /** The basis of the unit's report for the period. Call inside a transaction. */
    public Basis basis(Unit unit, ReportingPeriod period) {
        List<CatalogEntry> entries = catalog.entriesForUnit(unit, period);
        Set<Long> required = new HashSet<>();
        Map<Long, IndicatorSection> sections = new HashMap<>();
        for (CatalogEntry entry : entries) {
            if (entry.required()) {
                required.add(entry.indicator().getId());
            }
            sections.put(entry.indicator().getId(), entry.section());
        }
        return new Basis(entries.stream().map(CatalogEntry::indicator).toList(), previousValues.before(unit, period),
                catalog.rules(), Set.copyOf(required), Map.copyOf(sections));
    }

    /** Reads the inputs for the report's unit and period; nothing is written. */
    public Reading read(Report report, Map<Long, FieldInput> inputs) {
        return read(report, inputs, basis(report.getUnit(), report.getPeriod()));
    }

    /** {@link #read(Report, Map)} with the basis already loaded. */
    public Reading read(Report report, Map<Long, FieldInput> inputs, Basis basis) {
        List<Indicator> indicators = basis.indicators();
        Set<Long> known = new HashSet<>();
        indicators.forEach(i -> known.add(i.getId()));
        for (Long id : inputs.keySet()) {
            if (!known.contains(id)) {
                throw new BusinessException("workflow.unknownIndicator");
            }
        }
        Map<Long, PreviousValue> previous = basis.previous();
        Map<Long, ParsedValue> values = new HashMap<>();
        Map<Long, String> explanations = new HashMap<>();
        Map<Long, NoFigureMark> marks = new HashMap<>();
        List<FieldIssue> inputErrors = new ArrayList<>();
        for (Indicator indicator : indicators) {
            FieldInput input = inputs.get(indicator.getId());
            ParsedValue value = input == null ? ParsedValue.empty() : ValueParser.parse(indicator, input.value());
            if (input != null && input.noFigure() != null) {
                readMark(indicator, input, value, previous, inputErrors).ifPresent(m -> marks.put(indicator.getId(), m));
                value = ParsedValue.empty();
            }
            values.put(indicator.getId(), value);
            if (value.isError()) {
                inputErrors.add(FieldIssue.error(indicator.getId(), value.errorKey(), value.errorArgs()));
            }
            String explanation = input == null || input.explanation() == null ? "" : input.explanation().strip();
            if (explanation.length() > MAX_EXPLANATION_LENGTH) {
                inputErrors.add(FieldIssue.error(indicator.getId(), "workflow.explanation.tooLong",
                        VnFormat.integer(MAX_EXPLANATION_LENGTH)));
            }
            explanations.put(indicator.getId(), explanation);
        }
        Set<Long> computed = computeTotals(indicators, values, previous);
        ValidationResult result = validate(report, basis, values, marks, computed, false);
        List<FieldIssue> all = new ArrayList<>(result.issues());
        all.addAll(inputErrors.stream().filter(i -> i.messageKey().startsWith("workflow.")).toList());
        return new Reading(indicators, values, computed, explanations, previous, new ValidationResult(inputErrors),
                new ValidationResult(all), Map.copyOf(marks));
    }

    /**
     * A no-figure mark as typed: refused with a number or a text beside it (one or the other, never both), on a
     * computed total (it follows its period figure), or with a reason past {@link NoFigure#MAX_REASON_LENGTH}.
     */
    private static Optional<NoFigureMark> readMark(Indicator indicator, FieldInput input, ParsedValue value,
                                                   Map<Long, PreviousValue> previous, List<FieldIssue> inputErrors) {
        long id = indicator.getId();
        if (input.value() != null && !input.value().isBlank()) {
            inputErrors.add(FieldIssue.error(id, "workflow.noFigure.withValue"));
            return Optional.empty();
        }
        if (isComputedTotal(indicator, previous)) {
            inputErrors.add(FieldIssue.error(id, "workflow.noFigure.computed"));
            return Optional.empty();
        }
        NoFigureMark mark = new NoFigureMark(input.noFigure(), input.noFigureReason());
        if (mark.reason().length() > NoFigure.MAX_REASON_LENGTH) {
            inputErrors.add(FieldIssue.error(id, "workflow.noFigure.reasonTooLong",
                    VnFormat.integer(NoFigure.MAX_REASON_LENGTH)));
            return Optional.empty();
        }
        return Optional.of(mark);
    }

    /**
     * Writes a reading into the report. Returns the changes as (indicator, old display, new display) for the
     * report's history. Call only when the reading has no unreadable values.
     */
    public List<ValueChange> apply(Report report, Reading reading) {
        List<ValueChange> changes = new ArrayList<>();
        for (Indicator indicator : reading.indicators()) {
            ParsedValue value = reading.values().get(indicator.getId());
            String explanation = reading.explanations().getOrDefault(indicator.getId(), "");
            NoFigureMark mark = reading.marks().get(indicator.getId());
            ReportValue stored = report.valueOf(indicator).orElse(null);
            String before = stored == null ? "" : history(indicator, stored);
            if (value.isEmpty() && explanation.isEmpty() && mark == null) {
                if (stored != null) {
                    report.getValues().remove(stored);
                }
            } else {
                ReportValue target = stored != null ? stored : report.valueFor(indicator);
                target.setNumericValue(value.number());
                target.setTextValue(value.text());
                target.markNoFigure(mark == null ? null : mark.kind(), mark == null ? null : mark.reason());
                target.setExplanation(explanation.isEmpty() ? null : explanation);
            }
            String after = mark != null ? mark.text(Messages.VIETNAMESE) : value.isEmpty() ? ""
                    : (value.number() != null ? ValueParser.display(indicator, value.number()) : value.text());
            if (!Objects.equals(before, after)) {
                changes.add(new ValueChange(indicator, before, after));
            }
        }
        return changes;
    }

    /** Validates the values stored in the report (running totals recomputed first). */
    public ValidationResult validateStored(Report report, boolean forSubmission) {
        return validateStored(report, forSubmission, basis(report.getUnit(), report.getPeriod()));
    }

    /** {@link #validateStored(Report, boolean)} with the basis already loaded. */
    public ValidationResult validateStored(Report report, boolean forSubmission, Basis basis) {
        List<Indicator> indicators = basis.indicators();
        Map<Long, PreviousValue> previous = basis.previous();
        Map<Long, ParsedValue> values = storedValues(report, indicators);
        Map<Long, NoFigureMark> marks = storedMarks(report);
        Set<Long> computed = computeTotals(indicators, values, previous);
        for (Long id : computed) {
            Indicator indicator = indicators.stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
            BigDecimal total = values.get(id).number();
            if (total == null) {
                report.valueOf(indicator).ifPresent(v -> report.getValues().remove(v));
            } else {
                report.valueFor(indicator).setNumericValue(total);
            }
        }
        ValidationResult result = validate(report, basis, values, marks, computed, forSubmission);
        if (!forSubmission) {
            return result;
        }
        List<FieldIssue> issues = new ArrayList<>(result.issues());
        Map<Long, String> explanations = new HashMap<>();
        report.getValues().forEach(v -> explanations.put(v.getIndicator().getId(),
                v.getExplanation() == null ? "" : v.getExplanation()));
        for (Long id : result.unexplainedWarnings(explanations)) {
            issues.add(FieldIssue.error(id, "workflow.explanation.required"));
        }
        return new ValidationResult(issues);
    }

    /** The values of the report as the validator reads them. */
    public Map<Long, ParsedValue> storedValues(Report report, List<Indicator> indicators) {
        Map<Long, ParsedValue> values = new HashMap<>();
        for (Indicator indicator : indicators) {
            values.put(indicator.getId(), report.valueOf(indicator)
                    .map(v -> v.getNumericValue() != null ? ParsedValue.of(v.getNumericValue())
                            : v.getTextValue() != null ? ParsedValue.ofText(v.getTextValue()) : ParsedValue.empty())
                    .orElse(ParsedValue.empty()));
        }
        return values;
    }

    /** The report's values marked as having no figure, by indicator id. */
    public static Map<Long, NoFigureMark> storedMarks(Report report) {
        Map<Long, NoFigureMark> marks = new HashMap<>();
        report.getValues().forEach(v -> {
            NoFigureMark mark = NoFigureMark.of(v);
            if (mark != null) {
                marks.put(v.getIndicator().getId(), mark);
            }
        });
        return marks;
    }

    /** True when a running total is computed from an earlier approved total (the unit does not type it). */
    public static boolean isComputedTotal(Indicator indicator, Map<Long, PreviousValue> previous) {
        PreviousValue earlier = previous.get(indicator.getId());
        return indicator.getCumulativeRule() == CumulativeRule.RUNNING_TOTAL && indicator.getCumulativeOf() != null
                && earlier != null && earlier.number() != null;
    }

    /** Running totals with an earlier approved total become previous total + this period's count. */
    private static Set<Long> computeTotals(List<Indicator> indicators, Map<Long, ParsedValue> values,
                                           Map<Long, PreviousValue> previous) {
        Set<Long> computed = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!isComputedTotal(indicator, previous)) {
                continue;
            }
            computed.add(indicator.getId());
            ParsedValue periodValue = values.get(indicator.getCumulativeOf().getId());
            values.put(indicator.getId(), periodValue == null || periodValue.isError() || periodValue.number() == null
                    ? ParsedValue.empty()
                    : ParsedValue.of(previous.get(indicator.getId()).number().add(periodValue.number())));
        }
        return computed;
    }

    private ValidationResult validate(Report report, Basis basis, Map<Long, ParsedValue> values,
                                      Map<Long, NoFigureMark> marks, Set<Long> computed, boolean forSubmission) {
        return validator.validate(new ReportValidator.Input(report.getPeriod(), basis.indicators(), values, computed,
                basis.previous(), basis.rules(), forSubmission, basis.required(), marks));
    }

    /** A stored value as the form's field shows it (the "%" sign stands next to the field). */
    static String inField(Indicator indicator, ReportValue value) {
        return value.getNumericValue() != null ? ValueParser.inField(indicator, value.getNumericValue())
                : value.getTextValue() == null ? "" : value.getTextValue();
    }

    /** A stored value as the report's history writes it (in Vietnamese, the language of the record). */
    static String history(Indicator indicator, ReportValue value) {
        NoFigureMark mark = NoFigureMark.of(value);
        return mark != null ? mark.text(Messages.VIETNAMESE) : display(indicator, value);
    }

    /** The stored number or text as the screens print it; empty for a no-figure value. */
    static String display(Indicator indicator, ReportValue value) {
        if (value.getNumericValue() != null) {
            return ValueParser.display(indicator, value.getNumericValue());
        }
        return value.getTextValue() == null ? "" : value.getTextValue();
    }

    /** A value that changed: shown in the report's history. */
    public record ValueChange(Indicator indicator, String before, String after) {
    }
}
