package vn.cds.baocao.security.service;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AuditTrail;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;

/**
 * The signed-in user's own account: whether the password must be changed, and changing it. The only service a user
 * who must change the password may call ({@link AllowedBeforePasswordChange}).
 */
@Service
@Transactional
public class AccountService {

    private final AppUserRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    public AccountService(AppUserRepository users, PasswordPolicy policy, PasswordEncoder encoder,
                          CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when an administrator set the password (new account, reset) and the user has not changed it yet. */
    @PreAuthorize("isAuthenticated()")
    @AllowedBeforePasswordChange
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return me().isMustChangePassword();
    }

    @PreAuthorize("isAuthenticated()")
    @AllowedBeforePasswordChange
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        AppUser user = me();
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("admin.password.currentWrong");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new BusinessException("admin.password.confirmationDiffers");
        }
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("admin.password.sameAsOld");
        }
        policy.check(user.getUsername(), newPassword);
        user.setPasswordHash(encoder.encode(newPassword));
        user.setMustChangePassword(false);
        audit.recordAs(user.getUsername(), LocalDateTime.now(clock), AuditAction.USER_PASSWORD_CHANGE,
                user.getUsername(), null);
    }

    /** The password rules, for the form's help text. */
    @PreAuthorize("isAuthenticated()")
    @AllowedBeforePasswordChange
    public int passwordMinLength() {
        return policy.minLength();
    }

    private AppUser me() {
        String username = currentUser.require().getUsername();
        return users.findByUsername(username).orElseThrow(() -> new BusinessException("admin.user.notFound"));
    }
}
