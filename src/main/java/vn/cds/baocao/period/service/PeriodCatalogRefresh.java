package vn.cds.baocao.period.service;

/**
 * "Cập nhật danh mục chỉ tiêu" on the periods screen: replaces a period's catalog with the current one. The catalog
 * belongs to the indicator feature, which implements this (with its checks and audit line); the periods screen
 * offers the action.
 */
public interface PeriodCatalogRefresh {

    /**
     * Replaces the period's catalog with the current one (e.g. to include an indicator added after the period
     * opened). Refused once a report of the period has been submitted or approved, or when the period is closed.
     */
    void refreshCatalog(long periodId);

    /** The period's catalog in form order, names in the reader's language. */
    java.util.List<PeriodCatalogLine> catalog(long periodId, java.util.Locale locale);

    /**
     * Makes an indicator of the period required or optional (its reports may then leave it empty). Only while the
     * period is open; making one required is refused once a report of the period has been submitted (the report
     * was complete when handed in).
     */
    void setRequired(long periodId, long indicatorId, boolean required);
}
