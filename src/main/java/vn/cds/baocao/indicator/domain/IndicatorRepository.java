package vn.cds.baocao.indicator.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);

    @Query("select i from Indicator i order by i.section.displayOrder, i.displayOrder, i.id")
    List<Indicator> findAllInReportOrder();
}
