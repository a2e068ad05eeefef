package vn.cds.baocao.organization.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitTypeRepository extends JpaRepository<UnitType, String> {

    List<UnitType> findAllByOrderByDisplayOrderAsc();
}
