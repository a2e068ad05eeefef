package vn.cds.baocao.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.Change;
import vn.cds.baocao.indicator.service.ParsedValue;
import vn.cds.baocao.indicator.service.ValueParser;
import vn.cds.baocao.report.domain.NoFigure;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.FieldIssue;
import vn.cds.baocao.report.service.FormLine;
import vn.cds.baocao.report.service.NoFigureMark;
import vn.cds.baocao.report.service.ReportValues;

/**
 * One indicator in the entry form: its name and unit, the value typed the Vietnamese way, the last approved value
 * with the change, the reviewer's note, and an explanation box when a warning asks for one. Instead of a figure the
 * reporter may choose "Không phát sinh" or "Không có số liệu" and give the reason: the number field is then
 * emptied and disabled; choosing "Có số liệu" again gives back what was typed.
 */
class ReportFieldRow extends Div {

    private static final String EXPLANATION_TOO_LONG = "workflow.explanation.tooLong";
    /** The no-figure reason's messages ("missing", "too long") show on the reason field. */
    private static final String REASON_ISSUES = "noFigure.reason";

    private final Indicator indicator;
    private final boolean computed;
    private final TextField value = new TextField();
    private final TextArea explanation = new TextArea();
    private final Select<NoFigure> noFigure = new Select<>();
    private final TextField noFigureReason = new TextField();
    /** What the number field held before it was marked, given back when the mark is taken off. */
    private String typedBeforeMark = "";
    private final Div messages = new Div();
    private final FormLine line;

    ReportFieldRow(FormLine line, boolean editable) {
        this.line = line;
        this.indicator = line.indicator();
        this.computed = line.computed();
        addClassName("report-field");
        getElement().setAttribute("data-indicator", indicator.getCode());

        Div label = new Div();
        label.addClassName("report-field-label");
        label.add(new Span(indicator.name(getLocale())));
        Span unit = new Span(Messages.get("form.unit." + indicator.getValueType().name()));
        unit.addClassName("report-field-unit");
        label.add(unit);
        if (!line.required() && !computed) {
            Span optional = new Span(Messages.get("form.optional"));
            optional.addClassName("report-field-optional");
            label.add(optional);
        }

        value.setValue(line.value());
        value.setReadOnly(!editable || computed);
        value.setValueChangeMode(ValueChangeMode.ON_BLUR);
        value.addValueChangeListener(e -> checkTyped());
        value.addClassName("report-field-input");
        value.getElement().setAttribute("aria-label", indicator.name(getLocale()));
        if (indicator.getValueType() != ValueType.TEXT) {
            value.addThemeName("align-right");
        }
        if (indicator.getValueType() == ValueType.PERCENT) {
            value.setSuffixComponent(new Span("%"));
        }
        value.setHelperText(helper(line.change().in(Messages.currentLocale())));

        explanation.setLabel(Messages.get("form.explanation"));
        explanation.setPlaceholder(Messages.get("form.explanation.placeholder"));
        // no maxLength: the browser would cut a pasted text silently; the counter says so and the service refuses
        explanation.setValueChangeMode(ValueChangeMode.LAZY);
        explanation.addValueChangeListener(e -> showExplanationLength());
        explanation.setValue(line.explanation() == null ? "" : line.explanation());
        showExplanationLength();
        explanation.setReadOnly(!editable);
        explanation.addClassName("report-field-explanation");

        messages.addClassName("report-field-messages");
        if (line.reviewNote() != null) {
            Span note = new Span(Messages.get("form.reviewNote", line.reviewNote()));
            note.addClassName("report-field-review-note");
            messages.add(note);
        }
        add(label, value);
        if (!computed) {
            addNoFigureChoice(line.noFigure(), editable);
            add(noFigure, noFigureReason);
        }
        add(messages, explanation);
        showIssues(line.issues());
    }

    Indicator indicator() {
        return indicator;
    }

    /** What to send to the service; computed totals are not typed. */
    FieldInput input() {
        if (computed) {
            return new FieldInput(null, explanation.getValue());
        }
        NoFigure mark = noFigure.getValue();
        return mark == null ? new FieldInput(value.getValue(), explanation.getValue())
                : new FieldInput(null, explanation.getValue(), mark, noFigureReason.getValue());
    }

    private void addNoFigureChoice(NoFigureMark stored, boolean editable) {
        noFigure.setLabel(Messages.get("form.noFigure"));
        noFigure.setItems(NoFigure.values());
        noFigure.setEmptySelectionAllowed(true);
        noFigure.setEmptySelectionCaption(Messages.get("form.noFigure.figure"));
        noFigure.setItemLabelGenerator(mark -> mark == null ? Messages.get("form.noFigure.figure")
                : Messages.get(mark.messageKey()));
        noFigure.addClassName("report-field-no-figure");
        noFigure.setReadOnly(!editable);
        noFigureReason.setLabel(Messages.get("form.noFigure.reason"));
        noFigureReason.setPlaceholder(Messages.get("form.noFigure.reason.placeholder"));
        noFigureReason.setMaxLength(NoFigure.MAX_REASON_LENGTH);
        noFigureReason.addClassName("report-field-no-figure-reason");
        noFigureReason.setReadOnly(!editable);
        if (stored != null) {
            noFigure.setValue(stored.kind());
            noFigureReason.setValue(stored.reason());
        }
        showMark(editable);
        noFigure.addValueChangeListener(e -> {
            if (e.getOldValue() == null && e.getValue() != null) {
                typedBeforeMark = value.getValue();
                value.clear();
            } else if (e.getValue() == null) {
                value.setValue(typedBeforeMark);
            }
            showMark(editable);
        });
    }

    /** Marked: the number field empty and disabled, the reason asked for. */
    private void showMark(boolean editable) {
        boolean marked = noFigure.getValue() != null;
        value.setEnabled(!marked);
        value.setReadOnly(!editable || computed);
        noFigureReason.setVisible(marked);
        noFigureReason.setRequiredIndicatorVisible(marked);
        if (marked) {
            value.setInvalid(false);
        }
    }

    boolean isComputed() {
        return computed;
    }

    /** Marks the field with the service's verdict: errors on the field, warnings below it. */
    void showIssues(List<FieldIssue> issues) {
        messages.getChildren().filter(c -> c.hasClassName("report-field-issue")).toList().forEach(messages::remove);
        FieldIssue firstError = issues.stream().filter(FieldIssue::isError)
                .filter(i -> !"workflow.explanation.required".equals(i.messageKey()))
                .filter(i -> !EXPLANATION_TOO_LONG.equals(i.messageKey())).findFirst().orElse(null);
        boolean onReason = firstError != null && firstError.messageKey().contains(REASON_ISSUES);
        TextField errorField = onReason ? noFigureReason : value;
        (onReason ? value : noFigureReason).setInvalid(false);
        errorField.setInvalid(firstError != null);
        errorField.setErrorMessage(firstError == null ? null : firstError.message(Messages.currentLocale()));
        boolean warned = false;
        for (FieldIssue issue : issues) {
            if (!issue.isError() || "workflow.explanation.required".equals(issue.messageKey())) {
                Span text = new Span(issue.message(Messages.currentLocale()));
                text.addClassName("report-field-issue");
                text.addClassName(issue.isError() ? "report-field-issue-error" : "report-field-issue-warning");
                messages.add(text);
                warned = true;
            }
        }
        explanation.setVisible(warned || !explanation.getValue().isBlank());
        showExplanationLength();
    }

    /** "1.234/1.000 ký tự", marked invalid past the limit (the save is then refused, nothing is cut). */
    private void showExplanationLength() {
        int length = explanation.getValue().strip().length();
        explanation.setHelperText(Messages.get("form.explanation.length", VnFormat.integer(length),
                VnFormat.integer(ReportValues.MAX_EXPLANATION_LENGTH)));
        boolean tooLong = length > ReportValues.MAX_EXPLANATION_LENGTH;
        explanation.setInvalid(tooLong);
        explanation.setErrorMessage(tooLong ? Messages.get(EXPLANATION_TOO_LONG,
                VnFormat.integer(ReportValues.MAX_EXPLANATION_LENGTH)) : null);
    }

    private void checkTyped() {
        if (computed) {
            return;
        }
        ParsedValue parsed = ValueParser.parse(indicator, value.getValue());
        value.setInvalid(parsed.isError());
        value.setErrorMessage(parsed.errorMessage(Messages.currentLocale()));
        if (!parsed.isError() && parsed.number() != null) {
            value.setValue(ValueParser.inField(indicator, parsed.number()));
        }
        // the change against the previous period follows what is typed
        String change = parsed.isError() || parsed.number() == null || line.previous() == null ? ""
                : Change.describe(indicator, line.previous().number(), parsed.number()).in(Messages.currentLocale());
        value.setHelperText(helper(change));
    }

    private String helper(String change) {
        StringBuilder helper = new StringBuilder();
        if (line.previous() != null && line.previous().number() != null) {
            helper.append(Messages.get("form.previous", line.previous().period().label(Messages.currentLocale()),
                    ValueParser.display(indicator, line.previous().number())));
            if (!change.isEmpty()) {
                helper.append(" · ").append(change);
            }
        } else if (!line.openingTotal()) {
            helper.append(Messages.get("form.noPrevious"));
        }
        if (line.computed()) {
            helper.append(" · ").append(Messages.get("form.computedTotal"));
        }
        if (line.openingTotal()) {
            helper.append(Messages.get("form.openingTotal"));
        }
        return helper.toString();
    }
}
