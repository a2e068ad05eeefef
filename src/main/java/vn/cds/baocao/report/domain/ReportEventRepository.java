package vn.cds.baocao.report.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportOrderByOccurredAtAscIdAsc(Report report);
}
