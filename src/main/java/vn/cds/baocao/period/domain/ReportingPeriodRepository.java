package vn.cds.baocao.period.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findByYearAndMonth(int year, int month);

    List<ReportingPeriod> findAllByOrderByYearDescMonthDesc();

    List<ReportingPeriod> findAllByOrderByYearAscMonthAsc();
}
