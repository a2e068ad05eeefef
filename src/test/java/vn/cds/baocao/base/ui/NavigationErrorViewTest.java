package vn.cds.baocao.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.shell.ui.NavigationErrorView;
import vn.cds.baocao.shell.ui.NotFoundView;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * A page that fails while it opens shows the application's own page, inside the main layout with the menu, in
 * Vietnamese, with a way back, instead of Vaadin's English "There was an exception while trying to navigate …".
 */
@CdsSpringTest
class NavigationErrorViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("reporter")
    void anUnknownPeriodInTheAddressOfTheEntryFormIsExplainedInsideTheLayout() {
        UI.getCurrent().navigate("bao-cao-don-vi/ky/999999");
        assertErrorPage("Không mở được trang", "Không tìm thấy kỳ báo cáo.");
    }

    @Test
    @WithUserDetails("reviewer")
    void anUnknownReportInTheAddressOfTheReviewScreenIsExplainedInsideTheLayout() {
        UI.getCurrent().navigate("duyet-bao-cao/bao-cao/999999999");
        assertErrorPage("Không mở được trang", "Không tìm thấy báo cáo.");
    }

    @Test
    @WithUserDetails("reporter")
    void aRefusalByTheServiceLayerIsTheAccessDeniedSentence() {
        UI.getCurrent().navigate("test/fails/denied");
        assertErrorPage("Không mở được trang", "Bạn không có quyền truy cập chức năng này.");
    }

    @Test
    @WithUserDetails("reporter")
    void aFaultOfTheApplicationIsAGeneralSentenceWithAReferenceNeverItsDetails() {
        UI.getCurrent().navigate("test/fails/bug");
        String message = assertErrorPage("Không mở được trang", null);
        assertThat(message).startsWith("Đã có lỗi xảy ra.").containsPattern("Mã lỗi để báo quản trị viên: [0-9a-f]{8}\\.");
        assertThat(message).doesNotContain("4711").doesNotContain("IllegalStateException");
    }

    @Test
    @WithUserDetails("reporter")
    void anUnreachableDatabaseIsSaidInOneSentence() {
        UI.getCurrent().navigate("test/fails/database");
        assertErrorPage("Tạm thời không kết nối được cơ sở dữ liệu", "Hệ thống tạm thời không kết nối được cơ sở dữ "
                + "liệu. Vui lòng thử lại sau ít phút; dữ liệu đã lưu không bị mất.");
    }

    @Test
    @WithUserDetails("reporter")
    void anUnknownAddressIsNotFoundInsideTheLayout() {
        UI.getCurrent().navigate("khong-co-trang-nay");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Không tìm thấy trang");
        assertThat($(SideNav.class).all()).as("the menu").hasSize(1);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getText).contains("Về trang chủ");
    }

    private String assertErrorPage(String title, String message) {
        assertThat(getCurrentView()).isInstanceOf(NavigationErrorView.class);
        assertThat($(SideNav.class).all()).as("the menu").hasSize(1);
        assertThat($(H2.class).first().getText()).isEqualTo(title);
        String shown = $(Paragraph.class).id("navigation-error-message").getText();
        if (message != null) {
            assertThat(shown).isEqualTo(message);
        }
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getText).contains("Về trang chủ");
        return shown;
    }
}
