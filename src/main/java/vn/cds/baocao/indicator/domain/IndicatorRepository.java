package vn.cds.baocao.indicator.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);

    /**
     * The catalog in report order in one statement, with what decides who reports each indicator (unit types,
     * exempt units), which are lazy: read after the transaction, they would fail; inside it, cost two statements per
     * indicator.
     */
    @Query("""
            select distinct i from Indicator i join fetch i.section s
            left join fetch i.unitTypeCodes
            left join fetch i.exemptUnits exempt
            left join fetch exempt.type
            order by s.displayOrder, i.displayOrder, i.id""")
    List<Indicator> findAllWithApplicability();
}
