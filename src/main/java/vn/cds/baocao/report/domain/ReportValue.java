package vn.cds.baocao.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.cds.baocao.base.domain.AbstractEntity;
import vn.cds.baocao.indicator.domain.Indicator;

/** The figure a report gives for one indicator. */
@Entity
@Table(name = "report_value")
public class ReportValue extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "numeric_value", precision = 22, scale = 4)
    private BigDecimal numericValue;

    @Column(name = "text_value", length = 4000)
    private String textValue;

    /** Set when the reporter says there is no figure; then the value holds neither a number nor a text. */
    @Enumerated(EnumType.STRING)
    @Column(name = "no_figure", length = 16)
    private NoFigure noFigure;

    /** The reporter's reason for {@link #noFigure}. */
    @Column(name = "no_figure_reason", length = NoFigure.MAX_REASON_LENGTH)
    private String noFigureReason;

    /** Provenance or a remark (e.g. the printed value before a documented correction). */
    @Column(length = 2000)
    private String note;

    /** The reporter's explanation of a warning (e.g. an unusual swing). */
    @Column(length = 2000)
    private String explanation;

    /** A reviewer's note on this value when the report was returned. */
    @Column(name = "review_note", length = 2000)
    private String reviewNote;

    protected ReportValue() {
    }

    public ReportValue(Report report, Indicator indicator) {
        this.report = report;
        this.indicator = indicator;
    }

    /** No number, no text and no no-figure mark. */
    public boolean isEmpty() {
        return noFigure == null && numericValue == null && (textValue == null || textValue.isBlank());
    }

    public NoFigure getNoFigure() {
        return noFigure;
    }

    public String getNoFigureReason() {
        return noFigureReason;
    }

    /** Marks the value as having no figure (the number and the text are cleared), or clears the mark (null). */
    public void markNoFigure(NoFigure mark, String reason) {
        this.noFigure = mark;
        this.noFigureReason = mark == null || reason == null || reason.isBlank() ? null : reason;
        if (mark != null) {
            this.numericValue = null;
            this.textValue = null;
        }
    }

    public Report getReport() {
        return report;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public BigDecimal getNumericValue() {
        return numericValue;
    }

    public void setNumericValue(BigDecimal numericValue) {
        this.numericValue = numericValue;
    }

    public String getTextValue() {
        return textValue;
    }

    public void setTextValue(String textValue) {
        this.textValue = textValue;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
