package vn.cds.baocao.indicator.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.cds.baocao.period.domain.ReportingPeriod;

public interface PeriodIndicatorRepository extends JpaRepository<PeriodIndicator, Long> {

    /**
     * A catalog's entries with their indicator, both sections and the entry's unit types and exemptions (the
     * indicator's own, the live catalog's, are lazy and not read). Fetched row by row, a catalog of 37 indicators
     * cost 112 statements. No SQL {@code distinct}: Hibernate returns each entry once anyway, and the database's
     * de-duplication of the joined rows (277 on the demo's 3/2024) was half the statement's time.
     */
    String CATALOG = """
            select pi from PeriodIndicator pi
            join fetch pi.section
            join fetch pi.indicator i
            join fetch i.section
            left join fetch pi.unitTypeCodes
            left join fetch pi.exemptUnitIds
            """;

    /**
     * The period's catalog in one statement, for the report forms (the readers that only ask who reports what use
     * {@link CatalogRows}). A single-period query: Hibernate cannot keep the SQL it makes for a list parameter.
     */
    @Query(CATALOG + "where pi.period = :period order by pi.displayOrder")
    List<PeriodIndicator> findByPeriod(@Param("period") ReportingPeriod period);

    boolean existsByPeriod(ReportingPeriod period);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from PeriodIndicator pi where pi.period = :period")
    void deleteByPeriod(@Param("period") ReportingPeriod period);
}
