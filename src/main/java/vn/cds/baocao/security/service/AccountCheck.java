package vn.cds.baocao.security.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.security.domain.AccountRow;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;

/**
 * Reads the signed-in user's account from the database and refuses when it may no longer do what it signed in
 * for: disabled, locked, or its roles or unit changed since the login (the login's authorities, which
 * {@code @PreAuthorize} checked, are then out of date: the user must sign in again).
 */
@Component
class AccountCheck {

    private final AppUserRepository users;
    private final Clock clock;

    AccountCheck(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    AppUserDetails current(AppUserDetails signedIn) {
        List<AccountRow> rows = users.currentState(signedIn.getUsername());
        if (rows.isEmpty()) {
            throw new BusinessException("security.account.disabled");
        }
        AccountRow account = rows.getFirst();
        if (!account.enabled()) {
            throw new BusinessException("security.account.disabled");
        }
        boolean locked = account.lockedUntil() != null && LocalDateTime.now(clock).isBefore(account.lockedUntil());
        if (locked) {
            throw new BusinessException("security.account.locked");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(AccountRow::role).filter(Objects::nonNull).forEach(roles::add);
        if (!roles.equals(signedIn.getRoles()) || !Objects.equals(account.unitId(), signedIn.getUnitId())) {
            throw new BusinessException("security.account.changed");
        }
        return new AppUserDetails(account.id(), account.username(), account.fullName(), account.unitId(),
                account.unitName(), roles, true, false, account.mustChangePassword());
    }
}
