package vn.cds.baocao.report.domain;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Value rows of a report by key, for the reviewer's actions, which need the figures and notes but not the entities
 * (loading each value's indicator with its unit types and exemptions cost three statements per value).
 */
public interface ReportValueRepository extends Repository<ReportValue, Long> {

    @Query("""
            select new vn.cds.baocao.report.domain.Figure(v.indicator.id, v.numericValue, v.textValue)
            from ReportValue v where v.report.id = :reportId order by v.indicator.id""")
    List<Figure> figures(@Param("reportId") long reportId);

    @Modifying
    @Query("update ReportValue v set v.reviewNote = null where v.report.id = :reportId and v.reviewNote is not null")
    int clearReviewNotes(@Param("reportId") long reportId);

    @Modifying
    @Query("update ReportValue v set v.reviewNote = :note where v.report.id = :reportId and v.indicator.id = :indicatorId")
    int setReviewNote(@Param("reportId") long reportId, @Param("indicatorId") long indicatorId,
                      @Param("note") String note);

    /** True when any report (draft or not) holds a value of the indicator. */
    @Query("select count(v) > 0 from ReportValue v where v.indicator.id = :indicatorId")
    boolean existsForIndicator(@Param("indicatorId") long indicatorId);

    /** True when an approved report of a period of the year (of a unit of the type, if given) holds a value. */
    @Query("""
            select count(v) > 0 from ReportValue v
            where v.indicator.id = :indicatorId and v.report.status = :approved
              and v.report.period.year = :year
              and (:unitType is null or v.report.unit.type.code = :unitType)""")
    boolean existsApprovedForIndicator(@Param("indicatorId") long indicatorId, @Param("year") int year,
                                       @Param("unitType") String unitTypeCode,
                                       @Param("approved") ReportStatus approved);
}
