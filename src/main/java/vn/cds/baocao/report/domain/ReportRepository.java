package vn.cds.baocao.report.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.ReportingPeriod;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByUnitAndPeriod(Unit unit, ReportingPeriod period);

    List<Report> findByUnit(Unit unit);

    List<Report> findByPeriodAndStatus(ReportingPeriod period, ReportStatus status);

    List<Report> findByStatusOrderBySubmittedAtAsc(ReportStatus status);

    long countByStatus(ReportStatus status);
}
