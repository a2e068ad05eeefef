package vn.cds.baocao.report.service;

import java.util.Map;

/**
 * A unit's values for a draft saved on its behalf (a reviewer's Excel import). Indicators absent from
 * {@code inputs} keep their stored value; an input without explanation keeps the stored explanation.
 *
 * @param expectedVersion the report's version when the values were prepared (−1: no report existed then)
 */
public record UnitDraft(long unitId, long expectedVersion, Map<Long, FieldInput> inputs) {
}
