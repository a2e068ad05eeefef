package vn.cds.baocao.report.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByUnitAndPeriod(Unit unit, ReportingPeriod period);

    List<Report> findByUnit(Unit unit);

    List<Report> findByPeriodAndStatus(ReportingPeriod period, ReportStatus status);

    List<Report> findByStatusOrderBySubmittedAtAsc(ReportStatus status);

    List<Report> findByPeriodIn(List<ReportingPeriod> periods);

    long countByStatus(ReportStatus status);

    /** Reports in the given statuses, optionally of one period and one unit type. */
    @Query("""
            select r from Report r where r.status in :statuses
            and (:periodId is null or r.period.id = :periodId)
            and (:unitTypeCode is null or r.unit.type.code = :unitTypeCode)""")
    List<Report> findForReview(Collection<ReportStatus> statuses, Long periodId, String unitTypeCode);

    /** The unit's reports with the given status in periods before {@code periodIndex} (year × 12 + month), newest first. */
    @Query("""
            select r from Report r where r.unit = :unit and r.status = :status
            and (r.period.year * 12 + r.period.month) < :periodIndex
            order by r.period.year desc, r.period.month desc""")
    List<Report> findApprovedBefore(Unit unit, ReportStatus status, int periodIndex);
}
