package vn.cds.baocao.period.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.cds.baocao.organization.domain.Unit;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    Optional<DeadlineExtension> findByPeriodAndUnit(ReportingPeriod period, Unit unit);

    List<DeadlineExtension> findByPeriodOrderByUnitDisplayOrderAsc(ReportingPeriod period);
}
