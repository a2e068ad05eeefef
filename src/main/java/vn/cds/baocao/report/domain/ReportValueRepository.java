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
}
