package vn.cds.baocao.indicator.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRuleRepository extends JpaRepository<IndicatorRule, Long> {
}
