package vn.cds.baocao.period.service;

/**
 * One indicator of a period's catalog as the periods screen lists it ("Chỉ tiêu của kỳ"): whether the period
 * requires it.
 */
public record PeriodCatalogLine(long indicatorId, String code, String name, String section, boolean required) {
}
