package vn.cds.baocao.period.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    // Queries rather than derived ones: Spring Data builds a criteria query for those at every call, which cost
    // more than the statement on every screen that lists the periods (issue 14).

    @Query("select p from ReportingPeriod p where p.year = :year and p.month = :month")
    Optional<ReportingPeriod> findByYearAndMonth(@Param("year") int year, @Param("month") int month);

    @Query("select p from ReportingPeriod p order by p.year desc, p.month desc")
    List<ReportingPeriod> findAllByOrderByYearDescMonthDesc();

    @Query("select p from ReportingPeriod p order by p.year asc, p.month asc")
    List<ReportingPeriod> findAllByOrderByYearAscMonthAsc();
}
