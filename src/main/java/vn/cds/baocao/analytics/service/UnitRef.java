package vn.cds.baocao.analytics.service;

/** A unit as the dashboards show it. */
public record UnitRef(long id, String code, String shortName, String fullName, String typeCode, String typeName,
                      int displayOrder) {
}
