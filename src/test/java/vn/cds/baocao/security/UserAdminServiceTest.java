package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AdminAuditEntry;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.domain.AuditObject;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.UserAdminService;
import vn.cds.baocao.security.service.UserAdminService.NewUser;
import vn.cds.baocao.security.service.UserAdminService.UserChanges;
import vn.cds.baocao.security.service.UserAdminService.UserFilter;
import vn.cds.baocao.support.CdsSpringTest;

/** Account management by an administrator: every change is checked, refused with a clear message, and logged. */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class UserAdminServiceTest {

    private static final String GOOD_PASSWORD = "Mua-thu-Ha-Noi-2025";

    @Autowired
    UserAdminService service;
    @Autowired
    AppUserRepository users;
    @Autowired
    UnitRepository units;
    @Autowired
    AdminAuditRepository auditLog;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void createsAReporterWhoMustChangeThePasswordAtFirstLogin() {
        Unit gddt = units.findByCode("SO_GDDT").orElseThrow();
        AppUser user = service.create(new NewUser("  Nv.Moi.GDDT ", "Nguyễn Văn Mới", "moi@gddt.gov.vn",
                Set.of(Role.REPORTER), gddt.getId(), GOOD_PASSWORD));

        assertThat(user.getUsername()).isEqualTo("nv.moi.gddt");
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.getUnit().getCode()).isEqualTo("SO_GDDT");
        assertThat(encoder.matches(GOOD_PASSWORD, user.getPasswordHash())).isTrue();
        AdminAuditEntry logged = lastEntry("nv.moi.gddt");
        assertThat(logged.getAction()).isEqualTo(AuditAction.USER_CREATE);
        assertThat(logged.getActor()).isEqualTo("admin");
        assertThat(logged.getDetails()).contains("Tên đầy đủ: Nguyễn Văn Mới", "Vai trò: REPORTER",
                "Đơn vị: SO_GDDT").doesNotContain(GOOD_PASSWORD);
        assertThat(service.search(new UserFilter("mới", Role.REPORTER, gddt.getId(), true)))
                .extracting(AppUser::getUsername).containsExactly("nv.moi.gddt");
    }

    @Test
    void refusesDuplicateAndMalformedUsernames() {
        assertRefused(() -> create("REPORTER", GOOD_PASSWORD), "admin.user.duplicateUsername",
                "Tên đăng nhập \"reporter\" đã có người dùng. Vui lòng chọn tên khác.");
        assertRefused(() -> create("a", GOOD_PASSWORD), "admin.user.badUsername", null);
        assertRefused(() -> create("có dấu", GOOD_PASSWORD), "admin.user.badUsername", null);
        assertRefused(() -> create("", GOOD_PASSWORD), "admin.user.badUsername", null);
    }

    @Test
    void refusesWeakPasswords() {
        assertRefused(() -> create("nv.yeu", "Ngan@123"), "admin.password.tooShort",
                "Mật khẩu phải có ít nhất 10 ký tự.");
        assertRefused(() -> create("nv.yeu", "xin-chao-NV.YEU-2025"), "admin.password.containsUsername",
                "Mật khẩu không được chứa tên đăng nhập.");
        assertRefused(() -> create("nv.yeu", "Matkhau@123"), "admin.password.common",
                "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.");
        // the published demo password is on the list too
        assertRefused(() -> create("nv.yeu", "BaoCao@2024"), "admin.password.common", null);
        assertRefused(() -> create("nv.yeu", ""), "admin.password.required", null);
        assertThat(users.findByUsername("nv.yeu")).isEmpty();
    }

    @Test
    void aReporterNeedsAUnitThatStillReports() {
        assertRefused(() -> service.create(new NewUser("nv.khong.dv", "Không Đơn Vị", null, Set.of(Role.REPORTER),
                null, GOOD_PASSWORD)), "admin.user.reporterNeedsUnit", "Cán bộ báo cáo phải được gắn với một đơn vị.");
        Unit ended = units.findByCode("UBND_BU_DOP").orElseThrow();
        ended.setValidTo(LocalDate.of(2025, 6, 30)); // rolled back with the test
        assertRefused(() -> service.create(new NewUser("nv.bu.dop", "Bù Đốp", null, Set.of(Role.REPORTER),
                ended.getId(), GOOD_PASSWORD)), "admin.user.unitNotReporting", null);
        Unit bucket = units.findByCode("UNSPECIFIED").orElseThrow();
        assertRefused(() -> service.create(new NewUser("nv.khong.xd", "Không xác định", null, Set.of(Role.REPORTER),
                bucket.getId(), GOOD_PASSWORD)), "admin.user.unitNotReporting", null);
        assertRefused(() -> service.create(new NewUser("nv.khong.vt", "Không vai trò", null, Set.of(), null,
                GOOD_PASSWORD)), "admin.user.roleRequired", null);
        assertRefused(() -> service.create(new NewUser("nv.email", "Thư sai", "khong-phai-email", Set.of(Role.LEADER),
                null, GOOD_PASSWORD)), "admin.user.badEmail", null);
    }

    @Test
    void editingRolesDropsTheUnitOfAFormerReporterAndLogsTheChange() {
        AppUser user = create("nv.doi.vaitro", GOOD_PASSWORD);
        service.update(user.getId(), new UserChanges("Trần Văn Đổi", null, EnumSet.of(Role.REVIEWER, Role.LEADER), null));

        AppUser changed = service.find(user.getId());
        assertThat(changed.getRoles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.LEADER);
        assertThat(changed.getUnit()).isNull();
        assertThat(lastEntry("nv.doi.vaitro").getDetails())
                .contains("Tên đầy đủ: Người Thử → Trần Văn Đổi", "Vai trò: REPORTER → LEADER, REVIEWER",
                        "Đơn vị: SO_GDDT → —");
    }

    @Test
    void disableEnableResetAndUnlockAreLogged() {
        AppUser user = create("nv.khoa", GOOD_PASSWORD);
        user.setLockedUntil(java.time.LocalDateTime.of(2030, 1, 1, 0, 0));
        service.setEnabled(user.getId(), false);
        assertThat(service.find(user.getId()).isEnabled()).isFalse();
        service.setEnabled(user.getId(), true);
        service.unlock(user.getId());
        assertThat(service.find(user.getId()).getLockedUntil()).isNull();
        assertRefused(() -> service.resetPassword(user.getId(), "nv.khoa-2025-moi"), "admin.password.containsUsername", null);
        String temporary = service.generatePassword("nv.khoa");
        service.resetPassword(user.getId(), temporary);
        AppUser reset = service.find(user.getId());
        assertThat(reset.isMustChangePassword()).isTrue();
        assertThat(encoder.matches(temporary, reset.getPasswordHash())).isTrue();

        assertThat(auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.USER, "nv.khoa"))
                .extracting(AdminAuditEntry::getAction)
                .containsExactly(AuditAction.USER_CREATE, AuditAction.USER_DISABLE, AuditAction.USER_ENABLE,
                        AuditAction.USER_UNLOCK, AuditAction.USER_PASSWORD_RESET);
        assertThat(lastEntry("nv.khoa").getDetails()).doesNotContain(temporary);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        AppUser me = users.findByUsername("admin").orElseThrow();
        assertRefused(() -> service.setEnabled(me.getId(), false), "admin.user.cannotDisableSelf",
                "Bạn không thể tự vô hiệu hóa tài khoản của mình.");
        assertRefused(() -> service.update(me.getId(), new UserChanges(me.getFullName(), me.getEmail(),
                Set.of(Role.LEADER), null)), "admin.user.cannotDropOwnAdmin", null);
    }

    @Test
    void generatedPasswordsPassThePolicy() {
        for (int i = 0; i < 20; i++) {
            String password = service.generatePassword("dv.so_gddt");
            assertThat(password).hasSizeGreaterThanOrEqualTo(14).doesNotContain("dv.so_gddt");
        }
    }

    private AppUser create(String username, String password) {
        // a unit that still exists today (the district level ended on 30/6/2025)
        Unit education = units.findByCode("SO_GDDT").orElseThrow();
        return service.create(new NewUser(username, "Người Thử", null, Set.of(Role.REPORTER), education.getId(),
                password));
    }

    private AdminAuditEntry lastEntry(String username) {
        return auditLog.findByObjectTypeAndObjectKeyOrderByIdAsc(AuditObject.USER, username).getLast();
    }
}
