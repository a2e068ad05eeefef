package vn.cds.baocao.security.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AdminAudit;
import vn.cds.baocao.audit.service.AuditDetails;
import vn.cds.baocao.base.domain.Paging;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;

/**
 * Accounts, for administrators: create, edit, enable/disable, reset a password, unlock. Every change is logged.
 * Disabling an account, changing its roles or unit and resetting its password end its open sessions
 * ({@link AccountAccessChanged}).
 */
@Service
@Transactional
public class UserAdminService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Sorts the accounts by full name (the default: by username). */
    public static final String SORT_NAME = "name";
    private static final Map<String, List<String>> SORTABLE = Map.of(SORT_NAME, List.of("fullName", "username"));
    private static final Sort BY_USERNAME = Sort.by("username");

    private final AppUserRepository users;
    private final UnitDirectory units;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AdminAudit audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UserAdminService(AppUserRepository users, UnitDirectory units, PasswordPolicy policy,
                            PasswordEncoder encoder, AdminAudit audit, CurrentUser currentUser,
                            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.units = units;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> search(UserFilter filter) {
        return page(filter, Pageable.unpaged());
    }

    /** One page of the accounts of the filter, by username unless sorted by {@link #SORT_NAME}; in the database. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> page(UserFilter filter, Pageable page) {
        return users.search(textPattern(filter), filter.role(), unit(filter), filter.enabled(),
                Paging.whitelisted(page, SORTABLE, BY_USERNAME));
    }

    /** How many accounts the filter finds. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        return users.countSearch(textPattern(filter), filter.role(), unit(filter), filter.enabled());
    }

    private static String textPattern(UserFilter filter) {
        return filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
    }

    private Unit unit(UserFilter filter) {
        return filter.unitId() == null ? null : units.find(filter.unitId()).orElse(null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new BusinessException("admin.user.notFound"));
    }

    /**
     * Units a reporter can be attached to: reporting units that have not ended (those founded later included, so
     * accounts can be prepared before a reorganisation takes effect).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Unit> assignableUnits() {
        LocalDate today = LocalDate.now(clock);
        return units.all().stream()
                .filter(u -> u.getType().isReporting() && !u.hasEndedBy(today))
                .sorted(Comparator.comparing(Unit::getDisplayOrder).thenComparing(Unit::getId))
                .toList();
    }

    /** A random password that passes the policy, for the administrator to hand over. */
    @PreAuthorize("hasRole('ADMIN')")
    public String generatePassword(String username) {
        return policy.generate(username);
    }

    /** Creates an account; the user must change the initial password at the first login. */
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser create(NewUser form) {
        String username = normalizeUsername(form.username());
        if (users.existsByUsername(username)) {
            throw new BusinessException("admin.user.duplicateUsername", username);
        }
        policy.check(username, form.initialPassword());
        AppUser user = new AppUser(username, encoder.encode(form.initialPassword()), requireFullName(form.fullName()),
                LocalDateTime.now(clock));
        user.setEmail(normalizeEmail(form.email()));
        applyRolesAndUnit(user, form.roles(), form.unitId());
        user.setMustChangePassword(true);
        users.save(user);
        audit.record(AuditAction.USER_CREATE, username, AuditDetails.of()
                .value("fullName", user.getFullName()).value("email", user.getEmail())
                .value("roles", roleNames(user.getRoles())).value("unit", unitCode(user.getUnit())));
        return user;
    }

    /** Changes name, e-mail, roles and unit. The username never changes: it is what the logs refer to. */
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser update(long id, UserChanges changes) {
        AppUser user = find(id);
        String fullName = requireFullName(changes.fullName());
        String email = normalizeEmail(changes.email());
        Set<Role> oldRoles = EnumSet.copyOf(withNone(user.getRoles()));
        Unit oldUnit = user.getUnit();
        if (isSelf(user) && user.hasRole(Role.ADMIN) && (changes.roles() == null || !changes.roles().contains(Role.ADMIN))) {
            throw new BusinessException("admin.user.cannotDropOwnAdmin");
        }
        if (user.hasRole(Role.ADMIN) && user.isEnabled() && (changes.roles() == null || !changes.roles().contains(Role.ADMIN))) {
            requireAnotherAdmin();
        }
        AuditDetails details = AuditDetails.of()
                .change("fullName", user.getFullName(), fullName)
                .change("email", user.getEmail(), email);
        user.setFullName(fullName);
        user.setEmail(email);
        applyRolesAndUnit(user, changes.roles(), changes.unitId());
        details.change("roles", roleNames(oldRoles), roleNames(user.getRoles()))
                .change("unit", unitCode(oldUnit), unitCode(user.getUnit()));
        audit.record(AuditAction.USER_UPDATE, user.getUsername(), details);
        if (!oldRoles.equals(user.getRoles()) || !Objects.equals(unitCode(oldUnit), unitCode(user.getUnit()))) {
            events.publishEvent(new AccountAccessChanged(user.getUsername()));
        }
        return user;
    }

    /** A disabled account cannot sign in; its history stays. */
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser setEnabled(long id, boolean enabled) {
        AppUser user = find(id);
        if (user.isEnabled() == enabled) {
            return user;
        }
        if (!enabled) {
            if (isSelf(user)) {
                throw new BusinessException("admin.user.cannotDisableSelf");
            }
            if (user.hasRole(Role.ADMIN)) {
                requireAnotherAdmin();
            }
        }
        user.setEnabled(enabled);
        audit.record(enabled ? AuditAction.USER_ENABLE : AuditAction.USER_DISABLE, user.getUsername(), null);
        if (!enabled) {
            events.publishEvent(new AccountAccessChanged(user.getUsername()));
        }
        return user;
    }

    /** Sets a temporary password the user must change at the next login; also lifts a lockout. */
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser resetPassword(long id, String temporaryPassword) {
        AppUser user = find(id);
        policy.check(user.getUsername(), temporaryPassword);
        user.setPasswordHash(encoder.encode(temporaryPassword));
        user.setMustChangePassword(true);
        user.setFailedLoginCount(0);
        user.setLockedUntil(null);
        audit.record(AuditAction.USER_PASSWORD_RESET, user.getUsername(),
                AuditDetails.of().value("mustChangePassword", true));
        events.publishEvent(new AccountAccessChanged(user.getUsername()));
        return user;
    }

    /** Lifts a lockout after failed logins before the 15 minutes are over. */
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser unlock(long id) {
        AppUser user = find(id);
        AuditDetails details = AuditDetails.of().change("lockedUntil", user.getLockedUntil(), null);
        user.setLockedUntil(null);
        user.setFailedLoginCount(0);
        audit.record(AuditAction.USER_UNLOCK, user.getUsername(), details);
        return user;
    }

    private void applyRolesAndUnit(AppUser user, Set<Role> roles, Long unitId) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("admin.user.roleRequired");
        }
        Unit unit = null;
        if (roles.contains(Role.REPORTER)) {
            if (unitId == null) {
                throw new BusinessException("admin.user.reporterNeedsUnit");
            }
            unit = units.find(unitId).orElseThrow(() -> new BusinessException("admin.unit.notFound"));
            boolean sameAsBefore = user.getUnit() != null && user.getUnit().getId().equals(unit.getId());
            if (!sameAsBefore && (!unit.getType().isReporting() || unit.hasEndedBy(LocalDate.now(clock)))) {
                throw new BusinessException("admin.user.unitNotReporting", unit.getFullName());
            }
        }
        user.getRoles().clear();
        user.getRoles().addAll(roles);
        user.setUnit(unit);
    }

    private void requireAnotherAdmin() {
        if (users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new BusinessException("admin.user.lastAdmin");
        }
    }

    private boolean isSelf(AppUser user) {
        return user.getUsername().equals(currentUser.require().getUsername());
    }

    private static String normalizeUsername(String username) {
        String value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(value).matches()) {
            throw new BusinessException("admin.user.badUsername");
        }
        return value;
    }

    private static String requireFullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new BusinessException("admin.user.fullNameRequired");
        }
        if (fullName.strip().length() > 255) {
            throw new BusinessException("admin.tooLong", "255");
        }
        return fullName.strip();
    }

    private static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String value = email.strip();
        if (!EMAIL.matcher(value).matches() || value.length() > 255) {
            throw new BusinessException("admin.user.badEmail", value);
        }
        return value;
    }

    private static Set<Role> withNone(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles;
    }

    private static List<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static String unitCode(Unit unit) {
        return unit == null ? null : unit.getCode();
    }

    /** The users screen's filter; every field is optional. */
    public record UserFilter(String text, Role role, Long unitId, Boolean enabled) {
        public static UserFilter all() {
            return new UserFilter(null, null, null, null);
        }
    }

    public record NewUser(String username, String fullName, String email, Set<Role> roles, Long unitId,
                          String initialPassword) {
    }

    public record UserChanges(String fullName, String email, Set<Role> roles, Long unitId) {
    }
}
