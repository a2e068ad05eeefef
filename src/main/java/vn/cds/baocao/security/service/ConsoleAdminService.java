package vn.cds.baocao.security.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.service.AuditDetails;
import vn.cds.baocao.audit.service.AuditTrail;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;

/**
 * Administrators created on the server's console ({@code java -jar app.jar create-admin}): the way to the first
 * administrator of a production install, which starts with no accounts, and a way back in when every administrator
 * is locked out. Whoever can run it can read the database anyway; inside the application (a signed-in session) it
 * is refused.
 *
 * <p>The password was typed twice by the administrator and passes the password policy, so the account is not
 * forced to change it at the first sign-in.
 */
@Service
public class ConsoleAdminService {

    /** The audit log's actor for what the console commands do. */
    public static final String ACTOR = AuditTrail.CONSOLE;

    private final AppUserRepository users;
    private final AuditTrail audit;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public ConsoleAdminService(AppUserRepository users, AuditTrail audit, PasswordPolicy policy,
                               PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.policy = policy;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Checks a username and password before asking anything else (the console asks for the password first). */
    @Transactional(readOnly = true)
    public String checkNewUsername(String username) {
        requireConsole();
        String name = normalizeUsername(username);
        if (users.existsByUsername(name)) {
            throw new BusinessException("admin.user.duplicateUsername", name);
        }
        return name;
    }

    /** Creates an enabled ADMIN account and writes its audit line, both or neither. */
    @Transactional
    public AppUser createAdministrator(String username, String fullName, String password, String osUser) {
        String name = checkNewUsername(username);
        policy.check(name, password);
        String displayName = fullName == null || fullName.isBlank() ? name : fullName.strip();
        if (displayName.length() > 255) {
            throw new BusinessException("admin.tooLong", "255");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        AppUser user = new AppUser(name, encoder.encode(password), displayName, now);
        user.getRoles().add(Role.ADMIN);
        user.setMustChangePassword(false);
        users.save(user);
        audit.recordAs(ACTOR, now, AuditAction.USER_CREATE, name, AuditDetails.of()
                .value("fullName", displayName).value("roles", List.of(Role.ADMIN.name()))
                .value("mustChangePassword", false).value("createdVia", "create-admin")
                .value("osUser", osUser));
        return user;
    }

    /** Only the console: a request of a signed-in user must never create an administrator through here. */
    private static void requireConsole() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            throw new BusinessException("admin.console.notInSession");
        }
    }

    private static String normalizeUsername(String username) {
        String value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!UserAdminService.USERNAME.matcher(value).matches()) {
            throw new BusinessException("admin.user.badUsername");
        }
        return value;
    }
}
