package vn.cds.baocao.exchange.domain;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Repository;
import vn.cds.baocao.report.domain.ReportStatus;

/**
 * What the JSON API reads about reports. Values come only from APPROVED reports: the status is a condition of the
 * query itself, so a draft, submitted or returned figure cannot leave through the API whatever a caller asks.
 */
@Repository
public class ApprovedDataQueries {

    private final EntityManager entityManager;

    public ApprovedDataQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One approved value: unit, indicator, figure or text, and when the report was approved. */
    public record ApprovedValue(long unitId, String unitCode, String indicatorCode, BigDecimal number, String text,
                                LocalDateTime approvedAt) {
    }

    /** A report's status, without its values. */
    public record ReportState(long unitId, ReportStatus status, LocalDateTime firstSubmittedAt,
                              LocalDateTime reviewedAt) {
    }

    /** The approved values of a period, optionally of one unit, in unit and indicator order. */
    public List<ApprovedValue> approvedValues(long periodId, Long unitId) {
        return entityManager.createQuery("""
                        select new vn.cds.baocao.exchange.domain.ApprovedDataQueries$ApprovedValue(
                            r.unit.id, r.unit.code, v.indicator.code, v.numericValue, v.textValue, r.reviewedAt)
                        from ReportValue v join v.report r
                        where r.period.id = :periodId and r.status = :approved
                          and (:unitId is null or r.unit.id = :unitId)
                          and (v.numericValue is not null or v.textValue is not null)
                        order by r.unit.displayOrder, r.unit.id, v.indicator.displayOrder""", ApprovedValue.class)
                .setParameter("periodId", periodId)
                .setParameter("approved", ReportStatus.APPROVED)
                .setParameter("unitId", unitId)
                .getResultList();
    }

    /** The status of every report of a period (reports not started have no row). */
    public List<ReportState> states(long periodId) {
        return entityManager.createQuery("""
                        select new vn.cds.baocao.exchange.domain.ApprovedDataQueries$ReportState(
                            r.unit.id, r.status, r.firstSubmittedAt, r.reviewedAt)
                        from Report r where r.period.id = :periodId""", ReportState.class)
                .setParameter("periodId", periodId)
                .getResultList();
    }
}
