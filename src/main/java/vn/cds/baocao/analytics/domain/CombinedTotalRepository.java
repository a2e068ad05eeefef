package vn.cds.baocao.analytics.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CombinedTotalRepository extends JpaRepository<CombinedTotal, Long> {

    @Query("select t from CombinedTotal t order by t.id")
    List<CombinedTotal> findAllByOrderByIdAsc();
}
