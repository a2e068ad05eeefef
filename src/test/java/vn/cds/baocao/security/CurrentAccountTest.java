package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.FieldInput;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.report.service.UnitReportOverview;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.AccountService;
import vn.cds.baocao.security.service.CurrentUser;
import vn.cds.baocao.security.service.UserAdminService;
import vn.cds.baocao.security.service.UserAdminService.UserChanges;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;
import vn.cds.baocao.support.TestClock;

/**
 * The services read the caller's account from the database on every call, not from the login snapshot (issue 9,
 * item 2): a reporter whose account an administrator disabled, or whose roles or unit changed, or whose account
 * got locked, is refused at the next action of a session that is still open; a user who must change the password
 * can do nothing else.
 */
@CdsSpringTest
class CurrentAccountTest {

    private static final String NEW_PASSWORD = "Dong-Xoai-mua-mua-2026";

    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    UnitReportOverview unitReports;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService account;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AppUserRepository users;
    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aDisabledReportersOpenSessionCannotSaveADraft() {
        Reporter reporter = reporter("TEST_SEC_DISABLED");
        assertThat(reporter.saveDraft("90").version()).isGreaterThanOrEqualTo(0);

        asAdmin(() -> userAdmin.setEnabled(reporter.id(), false));

        SecurityContextHolder.getContext().setAuthentication(reporter.session());
        assertRefused(() -> reporter.saveDraft("91"), "security.account.disabled",
                "Tài khoản của bạn đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.");
        assertRefused(() -> unitReports.myPeriods(), "security.account.disabled", null);
    }

    @Test
    void aLockedAccountsOpenSessionIsRefused() {
        Reporter reporter = reporter("TEST_SEC_LOCKED");
        AppUser user = users.findById(reporter.id()).orElseThrow();
        user.setLockedUntil(LocalDateTime.now(clock).plusMinutes(15));
        users.save(user);

        assertRefused(() -> reporter.saveDraft("90"), "security.account.locked", null);
    }

    @Test
    void aReporterWhoseRolesChangedMustSignInAgain() {
        Reporter reporter = reporter("TEST_SEC_ROLES");
        asAdmin(() -> userAdmin.update(reporter.id(), new UserChanges("Cán bộ mới là lãnh đạo", null,
                Set.of(Role.LEADER), null)));

        SecurityContextHolder.getContext().setAuthentication(reporter.session());
        assertRefused(() -> reporter.saveDraft("90"), "security.account.changed",
                "Quyền hoặc đơn vị của tài khoản vừa được thay đổi. Vui lòng đăng nhập lại.");
    }

    @Test
    void aReporterMovedToAnotherUnitCannotKeepSavingForTheOldOne() {
        Reporter reporter = reporter("TEST_SEC_UNIT");
        fixture.newUnitWithReporter("TEST_SEC_UNIT_NEW", "DEPARTMENT", null);
        long newUnit = fixture.unit("TEST_SEC_UNIT_NEW").getId();
        asAdmin(() -> userAdmin.update(reporter.id(), new UserChanges("Cán bộ chuyển đơn vị", null,
                Set.of(Role.REPORTER), newUnit)));

        SecurityContextHolder.getContext().setAuthentication(reporter.session());
        assertRefused(() -> reporter.saveDraft("90"), "security.account.changed", null);
        assertRefused(() -> currentUser.require(), "security.account.changed", null);
    }

    @Test
    void afterAPasswordResetOnlyThePasswordChangeIsAllowed() {
        Reporter reporter = reporter("TEST_SEC_RESET");
        String temporary = "Tam-thoi-9xQ2pK-2026";
        asAdmin(() -> userAdmin.resetPassword(reporter.id(), temporary));

        SecurityContextHolder.getContext().setAuthentication(reporter.session());
        assertRefused(() -> reporter.saveDraft("90"), "security.account.mustChangePassword",
                "Bạn cần đổi mật khẩu trước khi làm việc tiếp.");
        assertRefused(() -> unitReports.myPeriods(), "security.account.mustChangePassword", null);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordMinLength()).isEqualTo(10);

        account.changePassword(temporary, NEW_PASSWORD, NEW_PASSWORD);
        ReportForm saved = reporter.saveDraft("91");
        assertThat(saved.version()).isGreaterThanOrEqualTo(0);
        assertThat(unitReports.myPeriods()).as("the report just saved, in the unit's list")
                .filteredOn(row -> row.period().getId().equals(saved.period().getId()))
                .singleElement().extracting(UnitReportOverview.PeriodRow::status).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void aNewAccountMustChangeItsInitialPasswordBeforeAnythingElse() {
        Reporter reporter = reporter("TEST_SEC_FIRST");
        AppUser user = users.findById(reporter.id()).orElseThrow();
        user.setMustChangePassword(true);
        users.save(user);

        assertRefused(() -> unitReports.myUnit(), "security.account.mustChangePassword", null);
        assertRefused(() -> reporter.saveDraft("90"), "security.account.mustChangePassword", null);
        assertThat(account.mustChangePassword()).isTrue();
    }

    @Test
    void theCurrentUserIsReadFromTheDatabase() {
        Reporter reporter = reporter("TEST_SEC_FRESH");
        asAdmin(() -> userAdmin.update(reporter.id(), new UserChanges("Tên Mới Của Cán Bộ", null,
                Set.of(Role.REPORTER), fixture.unit("TEST_SEC_FRESH").getId())));
        SecurityContextHolder.getContext().setAuthentication(reporter.session());
        assertThat(currentUser.require().getFullName()).as("a new name needs no new login")
                .isEqualTo("Tên Mới Của Cán Bộ");
        assertThat(reporter.saveDraft("90").version()).isGreaterThanOrEqualTo(0);
    }

    /** A new unit with its reporter, signed in (as a session that stays open during the test). */
    private Reporter reporter(String unitCode) {
        String username = fixture.newUnitWithReporter(unitCode, "DEPARTMENT", null);
        signIn.as(username);
        ReportingPeriod period = fixture.freePeriod(unitCode);
        Indicator dvc = fixture.indicator(unitCode, period, "dvc_online_rate_pct");
        return new Reporter(users.findByUsername(username).orElseThrow().getId(),
                SecurityContextHolder.getContext().getAuthentication(), period, dvc);
    }

    private void asAdmin(Runnable action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn.as("admin");
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private final class Reporter {
        private final long id;
        private final Authentication session;
        private final ReportingPeriod period;
        private final Indicator dvc;
        private long version = -1;

        Reporter(long id, Authentication session, ReportingPeriod period, Indicator dvc) {
            this.id = id;
            this.session = session;
            this.period = period;
            this.dvc = dvc;
        }

        long id() {
            return id;
        }

        Authentication session() {
            return session;
        }

        ReportForm saveDraft(String value) {
            ReportForm form = workflow.saveDraft(period.getId(), version,
                    Map.of(dvc.getId(), FieldInput.of(value)));
            version = form.version();
            return form;
        }
    }
}
