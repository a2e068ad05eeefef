package vn.cds.baocao.report.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BaselineValueRepository extends JpaRepository<BaselineValue, BaselineValue.Key>, BaselineWrites {

    @Query("select b from BaselineValue b where b.key.reportId = :reportId")
    List<BaselineValue> findByReportId(long reportId);
}
