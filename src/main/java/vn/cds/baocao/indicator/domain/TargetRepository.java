package vn.cds.baocao.indicator.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TargetRepository extends JpaRepository<Target, Long> {

    @Query("select t from Target t where t.year = :year")
    List<Target> findByYear(@Param("year") int year);

    List<Target> findByIndicatorOrderByYearAsc(Indicator indicator);

    @Query("select t from Target t join fetch t.indicator order by t.indicator.code, t.year, t.unitTypeCode")
    List<Target> findAllWithIndicator();
}
