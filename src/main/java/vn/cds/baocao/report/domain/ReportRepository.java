package vn.cds.baocao.report.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByUnitAndPeriod(Unit unit, ReportingPeriod period);

    List<Report> findByUnit(Unit unit);

    List<Report> findByPeriodAndStatus(ReportingPeriod period, ReportStatus status);

    List<Report> findByStatusOrderBySubmittedAtAsc(ReportStatus status);

    List<Report> findByPeriodIn(List<ReportingPeriod> periods);

    long countByStatus(ReportStatus status);

    /** The unit's reports of periods whose data window ends after {@code day}, earliest first. */
    @Query("""
            select r.period from Report r where r.unit.id = :unitId and r.period.dataTo > :day
            order by r.period.dataTo""")
    List<ReportingPeriod> periodsReportedAfter(@Param("unitId") long unitId, @Param("day") LocalDate day);

    @Query("select count(r) > 0 from Report r where r.period.id = :periodId and r.status in :statuses")
    boolean existsInPeriod(@Param("periodId") long periodId, @Param("statuses") Collection<ReportStatus> statuses);

    /** Where every report of the periods stands, without loading the reports. */
    @Query("""
            select new vn.cds.baocao.report.domain.ReportState(r.id, r.unit.id, r.period.id, r.status, r.version,
                r.firstSubmittedAt, r.reviewedAt)
            from Report r where r.period.id in :periodIds""")
    List<ReportState> statesIn(@Param("periodIds") Collection<Long> periodIds);

    /**
     * One page of the reports in the given statuses, optionally of one period and one unit type, with their units
     * and periods in the same statement; sorted by the page's properties of {@code Report}.
     */
    @Query("""
            select r from Report r join fetch r.unit u join fetch u.type join fetch r.period
            where r.status in :statuses
            and (:periodId is null or r.period.id = :periodId)
            and (:unitTypeCode is null or u.type.code = :unitTypeCode)""")
    List<Report> findForReview(Collection<ReportStatus> statuses, Long periodId, String unitTypeCode, Pageable page);

    /** How many reports {@link #findForReview} finds in all. */
    @Query("""
            select count(r) from Report r where r.status in :statuses
            and (:periodId is null or r.period.id = :periodId)
            and (:unitTypeCode is null or r.unit.type.code = :unitTypeCode)""")
    long countForReview(Collection<ReportStatus> statuses, Long periodId, String unitTypeCode);

    /**
     * For each indicator, the unit's figure in the newest report with the given status before {@code periodIndex}
     * (year × 12 + month) that has a figure for it, in one statement. A row per indicator, whatever the unit's history.
     */
    @Query("""
            select new vn.cds.baocao.report.domain.LatestValue(v.indicator.id, v.numericValue, v.textValue, p)
            from ReportValue v join v.report r join r.period p
            where r.unit = :unit and r.status = :status
            and (v.numericValue is not null or trim(v.textValue) <> '')
            and (v.indicator.id, p.year * 12 + p.month) in (
                select v2.indicator.id, max(p2.year * 12 + p2.month)
                from ReportValue v2 join v2.report r2 join r2.period p2
                where r2.unit = :unit and r2.status = :status and (p2.year * 12 + p2.month) < :periodIndex
                and (v2.numericValue is not null or trim(v2.textValue) <> '')
                group by v2.indicator.id)""")
    List<LatestValue> findLatestValuesBefore(Unit unit, ReportStatus status, int periodIndex);
}
