package vn.cds.baocao.notification.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineNoticeRepository extends JpaRepository<DeadlineNotice, Long> {

    boolean existsByUnitIdAndPeriodIdAndKind(long unitId, long periodId, DeadlineNoticeKind kind);

    List<DeadlineNotice> findByUnitIdAndPeriodId(long unitId, long periodId);
}
