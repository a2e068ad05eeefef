package vn.cds.baocao.security.service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.Role;

/**
 * The signed-in user as Spring Security holds it: a snapshot of the account taken at login, with the reporter's unit.
 * The services do not trust the snapshot: {@link CurrentUser} gives the account as the database has it now.
 */
public final class AppUserDetails implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Long unitId;
    private final String unitName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    AppUserDetails(AppUser user, boolean locked) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.passwordHash = user.getPasswordHash();
        this.fullName = user.getFullName();
        this.unitId = user.getUnit() == null ? null : user.getUnit().getId();
        this.unitName = user.getUnit() == null ? null : user.getUnit().getFullName();
        this.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        this.enabled = user.isEnabled();
        this.locked = locked;
        this.mustChangePassword = user.isMustChangePassword();
    }

    /** The account as read now ({@link AccountCheck}); carries no password. */
    AppUserDetails(long id, String username, String fullName, Long unitId, String unitName, Set<Role> roles,
                   boolean enabled, boolean locked, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    /** The reporter's unit; null for users without one. */
    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** An administrator set the password (new account, reset) and the user has not changed it yet. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.copyOf(roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** One user, whatever snapshot: Spring Security's session registry keeps sessions per principal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserDetails that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return "AppUserDetails[" + username + "]";
    }
}
