package vn.cds.baocao.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Who receives notifications: enabled accounts by role, and a unit's reporters. Read-only ({@code AccountDirectory}). */
public interface RecipientRepository extends Repository<AppUser, Long> {

    // The roles are fetched with the accounts: loaded afterwards, they cost one statement per recipient.
    @Query("""
            select distinct u from AppUser u join fetch u.roles
            where :role member of u.roles and u.enabled = true order by u.username""")
    List<AppUser> enabledWithRole(@Param("role") Role role);

    @Query("""
            select distinct u from AppUser u join fetch u.roles
            where :role member of u.roles and u.enabled = true and u.unit.id = :unitId order by u.username""")
    List<AppUser> enabledWithRoleInUnit(@Param("role") Role role, @Param("unitId") long unitId);

    /** The account's full name, without loading the account. */
    @Query("select u.fullName from AppUser u where u.username = :username")
    Optional<String> fullNameOf(@Param("username") String username);

    Optional<AppUser> findById(Long id);

    Optional<AppUser> findByUsername(String username);
}
