package vn.cds.baocao.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.ui.PeriodOverviewView;
import vn.cds.baocao.report.ui.UnitReportsView;
import vn.cds.baocao.review.ui.ReviewQueueView;
import vn.cds.baocao.security.ui.UsersView;
import vn.cds.baocao.shell.ui.AccessDeniedView;
import vn.cds.baocao.shell.ui.HomeView;
import vn.cds.baocao.support.CdsSpringTest;

/** Each role's menu holds only what it may open; a typed address of another role's page is refused. */
@CdsSpringTest
class MenuAndAccessViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("reporter")
    void reporterMenu() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Báo cáo của đơn vị", "Nhập số liệu từ Excel");
        assertThat($(Span.class).all()).extracting(Span::getText)
                .contains("Phạm Thị Báo Cáo", "Cán bộ báo cáo · UBND thành phố Đồng Xoài");
    }

    @Test
    @WithUserDetails("reviewer")
    void reviewerMenu() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Duyệt báo cáo", "Tình hình nộp báo cáo", "Tổng quan kỳ báo cáo",
                "Bản tin / Báo cáo chuyên đề", "Tải bảng số liệu", "Soạn báo cáo chuyên đề", "Nhập số liệu từ Excel");
    }

    @Test
    @WithUserDetails("leader")
    void leaderMenu() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Tình hình nộp báo cáo", "Tổng quan kỳ báo cáo",
                "Bản tin / Báo cáo chuyên đề", "Tải bảng số liệu");
    }

    @Test
    @WithUserDetails("admin")
    void adminMenu() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Trang chủ", "Người dùng", "Đơn vị", "Chỉ tiêu", "Trọng số xếp hạng", "Kỳ báo cáo",
                "Thiết lập chung", "Khóa truy cập API", "Nhật ký quản trị");
        navigate(UsersView.class);
    }

    @Test
    @WithUserDetails("reporter")
    void aReporterTypingAReviewerOrAdminAddressIsDenied() {
        for (String address : List.of("duyet-bao-cao", "quan-tri/nguoi-dung", "quan-tri/don-vi", "tong-quan",
                "quan-tri/chi-tieu", "quan-tri/ky-bao-cao", "quan-tri/thiet-lap", "quan-tri/nhat-ky", "quan-tri/khoa-api",
                "bao-cao-chuyen-de")) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView()).as(address).isInstanceOf(AccessDeniedView.class);
            assertThat($(com.vaadin.flow.component.html.H2.class).first().getText())
                    .isEqualTo("Không có quyền truy cập");
        }
        assertThat(navigate(UnitReportsView.class).getPageTitle()).as("their own screen opens")
                .isEqualTo("Báo cáo của đơn vị");
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderCannotOpenTheReviewQueue() {
        UI.getCurrent().navigate(ReviewQueueView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(navigate(PeriodOverviewView.class).getPageTitle()).isEqualTo("Tổng quan kỳ báo cáo");
    }

    private List<String> menu() {
        SideNav nav = $(SideNav.class).single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
