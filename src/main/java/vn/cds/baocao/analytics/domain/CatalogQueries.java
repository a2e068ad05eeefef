package vn.cds.baocao.analytics.domain;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.cds.baocao.indicator.domain.Indicator;

/**
 * The indicator catalog in one query (section, unit types and exemptions fetched together): the entity's eager
 * collections would otherwise cost two extra queries per indicator on every dashboard call. The service applies
 * the same validity rule as {@code IndicatorCatalog.forPeriod}.
 */
public interface CatalogQueries extends Repository<Indicator, Long> {

    @Query("select distinct i from Indicator i join fetch i.section left join fetch i.unitTypeCodes "
            + "left join fetch i.exemptUnits order by i.section.displayOrder, i.displayOrder, i.id")
    List<Indicator> allInReportOrder();
}
