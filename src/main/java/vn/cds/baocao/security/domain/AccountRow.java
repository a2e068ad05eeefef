package vn.cds.baocao.security.domain;

import java.time.LocalDateTime;

/** One row of {@link AppUserRepository#currentState}: the account's state and one of its roles. */
public record AccountRow(long id, String username, String fullName, boolean enabled, LocalDateTime lockedUntil,
                         boolean mustChangePassword, Long unitId, String unitName, Role role) {
}
