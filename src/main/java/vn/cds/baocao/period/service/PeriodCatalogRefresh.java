package vn.cds.baocao.period.service;

import java.util.List;
import java.util.Locale;

/**
 * "Cập nhật danh mục chỉ tiêu" and "Chỉ tiêu của kỳ" on the periods screen: replaces a period's catalog with the
 * current one, lists it, and makes its indicators required or optional for the period. The catalog belongs to the
 * indicator feature, which implements this (with its checks and audit lines); the periods screen offers the actions.
 */
public interface PeriodCatalogRefresh {

    /**
     * Replaces the period's catalog with the current one (e.g. to include an indicator added after the period
     * opened). Refused once a report of the period has been submitted or approved, or when the period is closed.
     */
    void refreshCatalog(long periodId);

    /** The period's catalog in form order, names in the reader's language. */
    List<PeriodCatalogLine> catalog(long periodId, Locale locale);

    /**
     * Makes an indicator of the period required or optional (its reports may then leave it empty). Only while the
     * period is open; making one required is refused once a report of the period has been submitted (the report
     * was complete when handed in).
     */
    void setRequired(long periodId, long indicatorId, boolean required);
}
