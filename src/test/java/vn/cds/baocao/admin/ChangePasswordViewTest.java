package vn.cds.baocao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.ui.PeriodOverviewView;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.ui.ChangePasswordView;
import vn.cds.baocao.shell.ui.HomeView;
import vn.cds.baocao.support.CdsSpringTest;

/** After an administrator set the password, no page opens until the user has chosen a new one that passes the rules. */
@CdsSpringTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    private static final String USERNAME = "phai.doi.mat.khau";
    private static final String TEMPORARY = "Tam-thoi-7xK2pQ";
    private static final String CHOSEN = "Dong-Xoai-mua-mua-2026";

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void aReporterWithATemporaryPassword() {
        AppUser user = users.findByUsername(USERNAME).orElseGet(() -> {
            AppUser created = new AppUser(USERNAME, "x", "Người Phải Đổi", LocalDateTime.now());
            created.getRoles().add(Role.LEADER);
            return created;
        });
        user.setPasswordHash(encoder.encode(TEMPORARY));
        user.setMustChangePassword(true);
        users.save(user);
    }

    @Test
    @WithUserDetails(value = USERNAME, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void everyPageLeadsToChangePasswordUntilItIsChanged() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate(PeriodOverviewView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        fill("sai-mat-khau-cu", CHOSEN, CHOSEN);
        assertThat(error()).isEqualTo("Mật khẩu hiện tại không đúng.");
        fill(TEMPORARY, CHOSEN, CHOSEN + "x");
        assertThat(error()).isEqualTo("Mật khẩu nhập lại không khớp với mật khẩu mới.");
        fill(TEMPORARY, "Ngan@1", "Ngan@1");
        assertThat(error()).isEqualTo("Mật khẩu phải có ít nhất 10 ký tự.");
        fill(TEMPORARY, "Matkhau@123", "Matkhau@123");
        assertThat(error()).isEqualTo("Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.");
        fill(TEMPORARY, "Toi-la-" + USERNAME, "Toi-la-" + USERNAME);
        assertThat(error()).isEqualTo("Mật khẩu không được chứa tên đăng nhập.");
        assertThat(users.findByUsername(USERNAME).orElseThrow().isMustChangePassword()).isTrue();

        fill(TEMPORARY, CHOSEN, CHOSEN);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        AppUser changed = users.findByUsername(USERNAME).orElseThrow();
        assertThat(changed.isMustChangePassword()).isFalse();
        assertThat(encoder.matches(CHOSEN, changed.getPasswordHash())).isTrue();
        assertThat(navigate(PeriodOverviewView.class).getPageTitle()).as("no longer sent to the password form")
                .isEqualTo("Tổng quan kỳ báo cáo");
    }

    private void fill(String current, String newPassword, String confirmation) {
        test($(PasswordField.class).withLabel("Mật khẩu hiện tại").single()).setValue(current);
        test($(PasswordField.class).withLabel("Mật khẩu mới").single()).setValue(newPassword);
        test($(PasswordField.class).withLabel("Nhập lại mật khẩu mới").single()).setValue(confirmation);
        test($(Button.class).id("change-password")).click();
    }

    private String error() {
        return $(Paragraph.class).withClassName("cds-form-error").single().getText();
    }
}
