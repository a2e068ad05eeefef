package vn.cds.baocao.report.service;

/** What the reporter typed for one indicator: the value as text, and an explanation of a warning (may be empty). */
public record FieldInput(String value, String explanation) {

    public static FieldInput of(String value) {
        return new FieldInput(value, null);
    }
}
