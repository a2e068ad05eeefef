package vn.cds.baocao.report.service;

import vn.cds.baocao.report.domain.NoFigure;

/**
 * What the reporter typed for one indicator: the value as text, an explanation of a warning (may be empty), and
 * instead of a value a no-figure mark ("Không phát sinh", "Không có số liệu") with its reason.
 */
public record FieldInput(String value, String explanation, NoFigure noFigure, String noFigureReason) {

    public FieldInput(String value, String explanation) {
        this(value, explanation, null, null);
    }

    public static FieldInput of(String value) {
        return new FieldInput(value, null);
    }

    /** "No figure" with the reason. */
    public static FieldInput noFigure(NoFigure mark, String reason) {
        return new FieldInput(null, null, mark, reason);
    }
}
