package vn.cds.baocao.analytics.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CombinedTotalRepository extends JpaRepository<CombinedTotal, Long> {

    List<CombinedTotal> findAllByOrderByIdAsc();
}
