package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cds.baocao.audit.domain.AdminAuditEntry;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.ConsoleAdminService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.SignIn;

/**
 * The first administrator of a production install (no accounts at all) comes from the console: an enabled ADMIN,
 * not forced to change the password it was just given twice, logged; never from inside a session.
 */
@CdsSpringTest
class ConsoleAdminServiceTest {

    private static final String PASSWORD = "Binh-Phuoc#2031-so";

    @Autowired
    ConsoleAdminService service;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignIn signIn;

    @AfterEach
    void removeTheAccounts() {
        signIn.out();
        jdbc.update("DELETE FROM app_user_role WHERE user_id IN (SELECT id FROM app_user WHERE username LIKE 'console.%')");
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'console.%'");
        jdbc.update("DELETE FROM admin_audit WHERE object_key LIKE 'console.%'");
    }

    @Test
    void createsAnEnabledAdministratorNotForcedToChangeItsPasswordAndLogsIt() {
        AppUser created = service.createAdministrator("  Console.First ", "Quản trị viên Sở", PASSWORD, "cds");

        AppUser admin = users.findByUsername("console.first").orElseThrow();
        assertThat(admin.getId()).isEqualTo(created.getId());
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.isMustChangePassword()).isFalse();
        assertThat(admin.getUnit()).isNull();
        assertThat(encoder.matches(PASSWORD, admin.getPasswordHash())).isTrue();

        List<AdminAuditEntry> lines = auditOf("console.first");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getAction()).isEqualTo(AuditAction.USER_CREATE);
        assertThat(lines.get(0).getActor()).isEqualTo(ConsoleAdminService.ACTOR);
        assertThat(lines.get(0).getDetails()).contains("Quản trị viên Sở", "ADMIN", "create-admin", "cds");
    }

    @Test
    void anExistingUsernameIsRefusedAndNothingIsWritten() {
        long accounts = users.count();
        assertThatThrownBy(() -> service.createAdministrator("admin", null, PASSWORD, "cds"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("admin.user.duplicateUsername");
        assertThat(users.count()).isEqualTo(accounts);
        assertThat(auditOf("admin")).noneMatch(line -> ConsoleAdminService.ACTOR.equals(line.getActor()));
    }

    @Test
    void thePasswordPolicyAndTheUsernameRulesApply() {
        assertThatThrownBy(() -> service.createAdministrator("console.weak", null, "short", "cds"))
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("admin.password.tooShort");
        assertThatThrownBy(() -> service.createAdministrator("console.weak", null, "console.weak-2031#", "cds"))
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("admin.password.containsUsername");
        assertThatThrownBy(() -> service.createAdministrator("Quản trị", null, PASSWORD, "cds"))
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("admin.user.badUsername");
        assertThat(users.existsByUsername("console.weak")).isFalse();
        assertThat(auditOf("console.weak")).isEmpty();
    }

    @Test
    void insideASignedInSessionEvenAnAdministratorCannotUseIt() {
        signIn.as("admin");
        assertThatThrownBy(() -> service.createAdministrator("console.session", null, PASSWORD, "cds"))
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("admin.console.notInSession");
        signIn.as("reporter");
        assertThatThrownBy(() -> service.checkNewUsername("console.session"))
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("admin.console.notInSession");
        signIn.out();
        assertThat(users.existsByUsername("console.session")).isFalse();
    }

    private List<AdminAuditEntry> auditOf(String username) {
        return jdbc.query("SELECT occurred_at, actor, action, object_key, details FROM admin_audit WHERE object_key = ?",
                (row, i) -> new AdminAuditEntry(row.getTimestamp(1).toLocalDateTime(), row.getString(2),
                        AuditAction.valueOf(row.getString(3)), row.getString(4), row.getString(5)), username);
    }
}
