package vn.cds.baocao.organization.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitAliasRepository extends JpaRepository<UnitAlias, Long> {

    List<UnitAlias> findByUnit(Unit unit);

    List<UnitAlias> findByAlias(String alias);
}
