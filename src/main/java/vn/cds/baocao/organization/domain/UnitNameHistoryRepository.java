package vn.cds.baocao.organization.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitNameHistoryRepository extends JpaRepository<UnitNameHistory, Long> {

    List<UnitNameHistory> findByUnitOrderByValidFromAsc(Unit unit);
}
