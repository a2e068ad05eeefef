package vn.cds.baocao.period.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.cds.baocao.organization.domain.Unit;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    Optional<DeadlineExtension> findByPeriodAndUnit(ReportingPeriod period, Unit unit);

    List<DeadlineExtension> findByPeriodOrderByUnitDisplayOrderAsc(ReportingPeriod period);

    /** Every extension granted in the periods, in one statement. */
    @Query("""
            select new vn.cds.baocao.period.domain.ExtendedDeadline(e.period.id, e.unit.id, e.deadline)
            from DeadlineExtension e where e.period.id in :periodIds""")
    List<ExtendedDeadline> findDeadlinesIn(@Param("periodIds") Collection<Long> periodIds);
}
