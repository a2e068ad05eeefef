package vn.cds.baocao.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.cds.baocao.organization.domain.Unit;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select distinct u from AppUser u left join fetch u.unit order by u.username")
    List<AppUser> findAllWithUnit();

    /** Accounts matching every given filter (null = any); text matches username, name or e-mail. */
    @Query("""
            select distinct u from AppUser u left join fetch u.unit
            where (:text is null or lower(u.username) like :text or lower(u.fullName) like :text
                   or lower(u.email) like :text)
              and (:role is null or :role member of u.roles)
              and (:unit is null or u.unit = :unit)
              and (:enabled is null or u.enabled = :enabled)
            order by u.username""")
    List<AppUser> search(@Param("text") String text, @Param("role") Role role, @Param("unit") Unit unit,
                         @Param("enabled") Boolean enabled);

    List<AppUser> findByUnit(Unit unit);

    @Query("select count(u) from AppUser u where u.enabled = true and :role member of u.roles")
    long countEnabledWithRole(@Param("role") Role role);
}
