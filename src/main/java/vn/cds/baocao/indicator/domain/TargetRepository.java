package vn.cds.baocao.indicator.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

    List<Target> findByYear(int year);

    List<Target> findByIndicatorOrderByYearAsc(Indicator indicator);
}
