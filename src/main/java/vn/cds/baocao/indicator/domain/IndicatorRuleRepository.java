package vn.cds.baocao.indicator.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRuleRepository extends JpaRepository<IndicatorRule, Long> {

    /**
     * Every rule with both its indicators and their sections, in one statement. Read with {@code findAll},
     * each indicator the caller had not loaded yet cost a statement of its own (6 on every entry form, issue 14).
     */
    @Query("""
            select r from IndicatorRule r
            join fetch r.left l join fetch l.section
            join fetch r.right rt join fetch rt.section""")
    List<IndicatorRule> findAllWithIndicators();
}
