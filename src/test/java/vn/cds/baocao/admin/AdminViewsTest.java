package vn.cds.baocao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AdminAuditEntry;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.audit.ui.AuditLogView;
import vn.cds.baocao.indicator.ui.IndicatorsView;
import vn.cds.baocao.organization.service.UnitService.UnitRow;
import vn.cds.baocao.organization.ui.UnitsView;
import vn.cds.baocao.period.domain.AgencySetting;
import vn.cds.baocao.period.ui.AgencySettingsView;
import vn.cds.baocao.period.ui.PeriodsView;
import vn.cds.baocao.period.service.PeriodAdminService.PeriodRow;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.ui.UsersView;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReferenceData;

/**
 * The administration screens, driven like an administrator would: forms refuse bad input with the reason shown in
 * the dialog (nothing typed is lost), and accept good input. Rolled back after each test.
 */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class AdminViewsTest extends SpringBrowserlessTest {

    @Autowired
    AppUserRepository users;

    @Test
    void anAdministratorCreatesAReporterAfterAWeakPasswordIsRefused() {
        navigate(UsersView.class);
        test($(Button.class).id("user-add")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class).withLabel("Tên đăng nhập").single()).setValue("nv.giao.dien");
        test($(TextField.class).withLabel("Họ và tên").single()).setValue("Nguyễn Thị Giao Diện");
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).withLabel("Vai trò").single();
        roles.setValue(Set.of(Role.REPORTER));
        @SuppressWarnings("unchecked")
        ComboBox<Object> unit = $(ComboBox.class).withLabel("Đơn vị (đối với cán bộ báo cáo)").single();
        test(unit).selectItem("Sở Y tế");
        test($(TextField.class).withLabel("Mật khẩu ban đầu").single()).setValue("ngan123");
        test($(Button.class).id("dialog-save")).click();

        assertThat(dialog.isOpened()).as("the dialog stays open").isTrue();
        assertThat($(Paragraph.class).withText("Mật khẩu phải có ít nhất 10 ký tự.").exists()).isTrue();
        assertThat(users.findByUsername("nv.giao.dien")).isEmpty();

        test($(TextField.class).withLabel("Mật khẩu ban đầu").single()).setValue("Song-Be-chay-qua-2025");
        test($(Button.class).id("dialog-save")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.findByUsername("nv.giao.dien")).hasValueSatisfying(u -> {
            assertThat(u.getUnit().getCode()).isEqualTo("SO_Y_TE");
            assertThat(u.isMustChangePassword()).isTrue();
        });
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = $(Grid.class).single();
        assertThat(rows(grid)).extracting(AppUser::getUsername).as("every demo account and the new one")
                .containsAll(ReferenceData.demoUsernames()).contains("nv.giao.dien");
    }

    @Test
    void mergingAUnitIntoItselfIsRefusedOnScreen() {
        navigate(UnitsView.class);
        @SuppressWarnings("unchecked")
        Grid<UnitRow> grid = $(Grid.class).single();
        List<String> reference = ReferenceData.unitCodes();
        assertThat(rows(grid)).filteredOn(r -> reference.contains(r.unit().getCode()))
                .extracting(r -> r.unit().getCode()).as("the 36 units of the province, once each")
                .hasSize(36).containsExactlyInAnyOrderElementsOf(reference);
        assertThat(rows(grid)).filteredOn(r -> !reference.contains(r.unit().getCode()))
                .as("the other rows are units other tests created")
                .allSatisfy(r -> assertThat(r.unit().getFullName()).startsWith(ReferenceData.TEST_UNIT_NAME));
        test($(Button.class).id("unit-merge")).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> sources = $(MultiSelectComboBox.class).withLabel("Các đơn vị được sáp nhập").single();
        test(sources).selectItem("Sở Khoa học và Công nghệ");
        @SuppressWarnings("unchecked")
        ComboBox<Object> target = $(ComboBox.class).withLabel("Đơn vị tiếp nhận").single();
        test(target).selectItem("Sở Khoa học và Công nghệ");
        test($(DatePicker.class).withLabel("Ngày sáp nhập có hiệu lực").single()).setValue(LocalDate.of(2025, 3, 1));
        test($(Button.class).id("dialog-save")).click();
        assertThat($(Paragraph.class).withText("Không thể sáp nhập \"Sở Khoa học và Công nghệ\" vào chính nó.")
                .exists()).isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> mode = $(RadioButtonGroup.class).withLabel("Sáp nhập vào").single();
        assertThat(mode.getValue()).isEqualTo("existing");
    }

    @Test
    void aMalformedNumberInATargetIsRefusedWithTheFieldName() {
        navigate(IndicatorsView.class);
        $(TabSheet.class).single().setSelectedIndex(2);
        test($(Button.class).id("target-add")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> indicator = $(ComboBox.class).withLabel("Chỉ tiêu").single();
        test(indicator).selectItem("Tỷ lệ hồ sơ xử lý trực tuyến (dossier_online_rate_pct)");
        $(com.vaadin.flow.component.textfield.IntegerField.class).withLabel("Năm").single().setValue(2027);
        test($(TextField.class).withLabel("Mức phải đạt").single()).setValue("1,2,3");
        test($(Button.class).id("dialog-save")).click();
        assertThat($(Paragraph.class).withText("Mức phải đạt: \"1,2,3\" không phải là số hợp lệ (ví dụ đúng: 1.517 hoặc 54,2).")
                .exists()).isTrue();
        test($(TextField.class).withLabel("Mức phải đạt").single()).setValue("72,5");
        $(com.vaadin.flow.component.textfield.TextArea.class).withLabel("Căn cứ").single()
                .setValue("Kế hoạch năm 2027 (thử)");
        test($(Button.class).id("dialog-save")).click();
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
    }

    @Test
    void anExtensionBeforeThePeriodsDeadlineIsRefusedOnScreen() {
        navigate(PeriodsView.class);
        @SuppressWarnings("unchecked")
        Grid<PeriodRow> grid = $(Grid.class).first();
        int row = rowOf(grid, r -> r.period().getLabel().equals("Tháng 5/2024"));
        test(rowButton(grid, row, "Gia hạn")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> unit = $(ComboBox.class).withLabel("Đơn vị").single();
        test(unit).selectItem("Sở Giáo dục và Đào tạo");
        test($(DatePicker.class).withLabel("Hạn nộp mới").single()).setValue(LocalDate.of(2024, 6, 24));
        test($(TextField.class).withLabel("Lý do, căn cứ").single()).setValue("Sự cố mạng");
        test($(Button.class).id("dialog-save")).click();
        assertThat($(Paragraph.class).withText("Hạn gia hạn phải sau hạn nộp chung của kỳ (25/06/2024).").exists())
                .isTrue();

        test($(DatePicker.class).withLabel("Hạn nộp mới").single()).setValue(LocalDate.of(2024, 7, 1));
        test($(Button.class).id("dialog-save")).click();
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("1 đơn vị");
    }

    @Test
    void theSettingsScreenShowsTodaysNamesAndNumberingAndKeepsTheSeedEras() {
        navigate(AgencySettingsView.class);
        // today (test clock 11/2026): Sở KH&CN since 1/3/2025, Đồng Nai since 1/7/2025 (changes/063)
        assertThat($(Span.class).withText("Sở Khoa học và Công nghệ").exists()).isTrue();
        assertThat($(Span.class).withText("UBND tỉnh Đồng Nai").exists()).isTrue();
        assertThat($(Span.class).withText("05/BC-SKHCN").exists()).isTrue();
        assertThat($(Span.class).withText("Sở Thông tin và Truyền thông").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<AgencySetting> history = $(Grid.class).single();
        assertThat(test(history).size()).isGreaterThanOrEqualTo(13);
        assertThat(java.util.stream.IntStream.range(0, test(history).size()).mapToObj(i -> test(history).getRow(i))
                .map(AgencySetting::getValue)).contains("Sở Thông tin và Truyền thông", "UBND tỉnh Bình Phước",
                "{so}/BC-STTTT");
    }

    @Test
    void theAuditLogListsWhatAnAdministratorJustDid() {
        AppUser leader = new AppUser("lanh.dao.tam", "{noop}x", "Lãnh Đạo Tạm", java.time.LocalDateTime.now());
        leader.getRoles().add(Role.LEADER);
        users.save(leader);
        navigate(UsersView.class);
        test($(TextField.class).withPlaceholder("Tìm theo tên đăng nhập, họ tên, thư điện tử").single())
                .setValue("lanh.dao.tam");
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        test(rowButton(grid, 0, "Vô hiệu hóa")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(users.findByUsername("lanh.dao.tam").orElseThrow().isEnabled()).isFalse();

        navigate(AuditLogView.class);
        @SuppressWarnings("unchecked")
        Grid<AdminAuditEntry> log = $(Grid.class).single();
        assertThat(test(log).getRow(0)).satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("admin");
            assertThat(e.getAction()).isEqualTo(AuditAction.USER_DISABLE);
            assertThat(e.getObjectKey()).isEqualTo("lanh.dao.tam");
        });
        assertThat(test(log).getCellText(0, 2)).isEqualTo("Vô hiệu hóa tài khoản");
    }

    private <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            rows.add(test(grid).getRow(row));
        }
        return rows;
    }

    private <T> int rowOf(Grid<T> grid, java.util.function.Predicate<T> condition) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (condition.test(test(grid).getRow(row))) {
                return row;
            }
        }
        throw new AssertionError("no such row");
    }

    /** The button with {@code text} in the row's "Thao tác" (actions) cell. */
    private <T> Button rowButton(Grid<T> grid, int row, String text) {
        Component cell = test(grid).getCellComponent(row, "actions");
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }
}
