package vn.cds.baocao.indicator.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.cds.baocao.period.domain.ReportingPeriod;

public interface PeriodIndicatorRepository extends JpaRepository<PeriodIndicator, Long> {

    /** The period's catalog in one statement, as {@link #findByPeriodIn} reads it. */
    default List<PeriodIndicator> findByPeriod(ReportingPeriod period) {
        return findByPeriodIn(List.of(period));
    }

    /**
     * The periods' catalogs in one statement: each entry with its indicator and everything both load eagerly (unit
     * types, exemptions, sections). Fetched row by row, a catalog of 37 indicators cost 112 statements. No SQL
     * {@code distinct}: Hibernate returns each entry once anyway, and the database's de-duplication of the joined rows
     * (277 on the demo's 3/2024) was half the statement's time.
     */
    @Query("""
            select pi from PeriodIndicator pi
            join fetch pi.section
            join fetch pi.indicator i
            join fetch i.section
            left join fetch pi.unitTypeCodes
            left join fetch pi.exemptUnitIds
            left join fetch i.unitTypeCodes
            left join fetch i.exemptUnits exempt
            left join fetch exempt.type
            where pi.period in :periods order by pi.displayOrder""")
    List<PeriodIndicator> findByPeriodIn(@Param("periods") Collection<ReportingPeriod> periods);

    boolean existsByPeriod(ReportingPeriod period);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from PeriodIndicator pi where pi.period = :period")
    void deleteByPeriod(@Param("period") ReportingPeriod period);
}
