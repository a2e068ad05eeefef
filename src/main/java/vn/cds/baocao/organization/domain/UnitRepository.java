package vn.cds.baocao.organization.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCode(String code);

    /** With their types, in one statement (not one more per type). */
    @EntityGraph(attributePaths = "type")
    List<Unit> findAllByOrderByDisplayOrderAscIdAsc();

    /** The units that merged into {@code successor}. */
    List<Unit> findBySuccessorOrderByValidFromAscIdAsc(Unit successor);

    List<Unit> findByParent(Unit parent);
}
