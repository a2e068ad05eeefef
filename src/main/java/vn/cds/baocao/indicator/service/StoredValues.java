package vn.cds.baocao.indicator.service;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.report.domain.ReportStatus;

/** What reports already hold for an indicator: the catalog must not reinterpret stored figures. */
@Component
class StoredValues {

    private final EntityManager entityManager;

    StoredValues(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True when any report (draft or not) holds a value of the indicator. */
    boolean exist(Indicator indicator) {
        return entityManager.createQuery(
                        "select count(v) from ReportValue v where v.indicator = :indicator", Long.class)
                .setParameter("indicator", indicator)
                .getSingleResult() > 0;
    }

    /** True when an approved report of a period of {@code year} holds a value of the indicator. */
    boolean approvedIn(Indicator indicator, int year, String unitTypeCode) {
        return entityManager.createQuery("""
                        select count(v) from ReportValue v
                        where v.indicator = :indicator and v.report.status = :approved
                          and v.report.period.year = :year
                          and (:unitType is null or v.report.unit.type.code = :unitType)""", Long.class)
                .setParameter("indicator", indicator)
                .setParameter("approved", ReportStatus.APPROVED)
                .setParameter("year", year)
                .setParameter("unitType", unitTypeCode)
                .getSingleResult() > 0;
    }
}
