package vn.cds.baocao.security.service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.Role;

/** The signed-in user as Spring Security holds it: a snapshot of the account, with the reporter's unit. */
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
}
