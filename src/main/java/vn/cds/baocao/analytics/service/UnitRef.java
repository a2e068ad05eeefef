package vn.cds.baocao.analytics.service;

/**
 * A unit as the dashboards show it. {@code reporting}: false for a row that is not a unit, e.g. the "Không xác
 * định" bucket of the 2022 Binh Phuoc Today table — counted in the total, never named as a unit.
 */
public record UnitRef(long id, String code, String shortName, String fullName, String typeCode, String typeName,
                      int displayOrder, boolean reporting) {
}
