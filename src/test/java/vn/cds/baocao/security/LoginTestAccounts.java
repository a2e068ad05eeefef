package vn.cds.baocao.security;

import java.time.Clock;
import java.time.LocalDateTime;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;

/** The lockout tests' own leader accounts: made once, then unlocked and without failed logins before each test. */
final class LoginTestAccounts {

    private final AppUserRepository users;
    private final AdminAuditRepository auditLog;
    private final Clock clock;

    LoginTestAccounts(AppUserRepository users, AdminAuditRepository auditLog, Clock clock) {
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    void fresh(String username, String passwordHash, String fullName) {
        AppUser user = users.findByUsername(username).orElseGet(() -> {
            AppUser created = new AppUser(username, passwordHash, fullName, LocalDateTime.now(clock));
            created.getRoles().add(Role.LEADER);
            return created;
        });
        user.setLockedUntil(null);
        user.setFailedLoginCount(0);
        users.save(user);
    }

    /** The ACCOUNT_LOCKED lines of the account in the audit log. */
    int lockLines(String username) {
        return (int) auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.USER, username).stream()
                .filter(e -> e.getAction() == AuditAction.ACCOUNT_LOCKED).count();
    }
}
