package vn.cds.baocao.indicator.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorSectionRepository extends JpaRepository<IndicatorSection, String> {

    List<IndicatorSection> findAllByOrderByDisplayOrderAsc();
}
