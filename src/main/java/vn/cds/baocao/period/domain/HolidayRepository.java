package vn.cds.baocao.period.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayRepository extends JpaRepository<Holiday, LocalDate> {

    List<Holiday> findAllByOrderByDateDesc();

    List<Holiday> findByDateBetween(LocalDate from, LocalDate to);
}
