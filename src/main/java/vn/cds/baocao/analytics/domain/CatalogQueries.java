package vn.cds.baocao.analytics.domain;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.PeriodIndicator;
import vn.cds.baocao.period.domain.ReportingPeriod;

/**
 * The indicator catalog in one query (section, unit types and exemptions fetched together): the entity's eager
 * collections would otherwise cost two extra queries per indicator on every dashboard call. {@code PeriodCatalog}
 * applies the same rules as {@code IndicatorCatalog}: the period's snapshot when it has one, else validity.
 */
public interface CatalogQueries extends Repository<Indicator, Long> {

    @Query("select distinct i from Indicator i join fetch i.section left join fetch i.unitTypeCodes "
            + "left join fetch i.exemptUnits order by i.section.displayOrder, i.displayOrder, i.id")
    List<Indicator> allInReportOrder();

    /** The period's catalog snapshot with its applicability, in one query; empty for a period without one. */
    @Query("select distinct pi from PeriodIndicator pi join fetch pi.section left join fetch pi.unitTypeCodes "
            + "left join fetch pi.exemptUnitIds where pi.period = :period order by pi.displayOrder")
    List<PeriodIndicator> snapshot(ReportingPeriod period);
}
