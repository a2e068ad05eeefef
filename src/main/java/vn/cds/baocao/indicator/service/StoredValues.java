package vn.cds.baocao.indicator.service;

/**
 * What reports already hold for an indicator: the catalog must not reinterpret stored figures, and a target must
 * not change the verdicts of approved reports. Implemented by the reports feature, which indicator knows nothing of.
 */
public interface StoredValues {

    /** True when any report (draft or not) holds a value of the indicator. */
    boolean exist(long indicatorId);

    /**
     * True when an approved report of a period of {@code year} holds a value of the indicator; only reports of
     * units of {@code unitTypeCode} when it is not null.
     */
    boolean approvedIn(long indicatorId, int year, String unitTypeCode);
}
