package vn.cds.baocao.security.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.cds.baocao.organization.domain.Unit;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select distinct u from AppUser u left join fetch u.unit order by u.username")
    List<AppUser> findAllWithUnit();

    /**
     * One page of the accounts matching every given filter (null = any), sorted by the page; text matches
     * username, name or e-mail.
     */
    @Query("""
            select u from AppUser u left join fetch u.unit
            where (:text is null or lower(u.username) like :text or lower(u.fullName) like :text
                   or lower(u.email) like :text)
              and (:role is null or :role member of u.roles)
              and (:unit is null or u.unit = :unit)
              and (:enabled is null or u.enabled = :enabled)""")
    List<AppUser> search(@Param("text") String text, @Param("role") Role role, @Param("unit") Unit unit,
                         @Param("enabled") Boolean enabled, Pageable page);

    /** How many accounts {@link #search} finds in all. */
    @Query("""
            select count(u) from AppUser u
            where (:text is null or lower(u.username) like :text or lower(u.fullName) like :text
                   or lower(u.email) like :text)
              and (:role is null or :role member of u.roles)
              and (:unit is null or u.unit = :unit)
              and (:enabled is null or u.enabled = :enabled)""")
    long countSearch(@Param("text") String text, @Param("role") Role role, @Param("unit") Unit unit,
                     @Param("enabled") Boolean enabled);

    List<AppUser> findByUnit(Unit unit);

    @Query("select count(u) from AppUser u where u.enabled = true and :role member of u.roles")
    long countEnabledWithRole(@Param("role") Role role);

    /**
     * The account as it is now, in one statement: one row per role (one row with a null role when it has none).
     * Read on every secured call, so it reads only what the checks need.
     */
    @Query("""
            select new vn.cds.baocao.security.domain.AccountRow(u.id, u.username, u.fullName, u.enabled,
                   u.lockedUntil, u.mustChangePassword, unit.id, unit.fullName, role)
            from AppUser u left join u.unit unit left join u.roles role
            where u.username = :username""")
    List<AccountRow> currentState(@Param("username") String username);

    // Failed logins are counted with single UPDATE statements, never by loading and saving the entity: parallel
    // attempts on one account then wait for each other's row lock instead of overwriting each other's count. Each
    // bumps the version, so an administrator's edit of the same account in between fails instead of writing back
    // an old count.

    /** Clears a lock whose time is over, so that counting starts again from zero. */
    @Modifying
    @Query("""
            update AppUser u set u.failedLoginCount = 0, u.lockedUntil = null, u.version = u.version + 1
            where u.username = :username and u.lockedUntil <= :now""")
    int clearExpiredLock(@Param("username") String username, @Param("now") LocalDateTime now);

    /**
     * Counts one more login attempt before its password is checked, unless the account is locked or already has
     * {@code max} attempts since its last successful login: 1 when the attempt may go on, 0 otherwise.
     */
    @Modifying
    @Query("""
            update AppUser u set u.failedLoginCount = u.failedLoginCount + 1, u.version = u.version + 1
            where u.username = :username and u.lockedUntil is null and u.failedLoginCount < :max""")
    int countAttempt(@Param("username") String username, @Param("max") int max);

    /** Locks the account when it has reached {@code max} attempts: 1 only for the call that locked it. */
    @Modifying
    @Query("""
            update AppUser u set u.lockedUntil = :until, u.version = u.version + 1
            where u.username = :username and u.lockedUntil is null and u.failedLoginCount >= :max""")
    int lockWhenReached(@Param("username") String username, @Param("max") int max,
                        @Param("until") LocalDateTime until);

    /** After a successful login: no failed attempts, no lock. */
    @Modifying
    @Query("""
            update AppUser u set u.failedLoginCount = 0, u.lockedUntil = null, u.version = u.version + 1
            where u.username = :username and (u.failedLoginCount <> 0 or u.lockedUntil is not null)""")
    int clearFailures(@Param("username") String username);

    @Query("select u.failedLoginCount from AppUser u where u.username = :username")
    Optional<Integer> failedLoginCount(@Param("username") String username);
}
