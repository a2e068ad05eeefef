package vn.cds.baocao.indicator.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.cds.baocao.period.domain.ReportingPeriod;

public interface PeriodIndicatorRepository extends JpaRepository<PeriodIndicator, Long> {

    @Query("select pi from PeriodIndicator pi where pi.period = :period order by pi.displayOrder")
    List<PeriodIndicator> findByPeriod(@Param("period") ReportingPeriod period);

    boolean existsByPeriod(ReportingPeriod period);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from PeriodIndicator pi where pi.period = :period")
    void deleteByPeriod(@Param("period") ReportingPeriod period);
}
