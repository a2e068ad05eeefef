package vn.cds.baocao.bulletin.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatisticsParagraphRepository extends JpaRepository<StatisticsParagraph, Long> {

    List<StatisticsParagraph> findAllByOrderBySectionCodeAscPositionAsc();
}
