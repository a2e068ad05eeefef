package vn.cds.baocao.bulletin.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinComposer;
import vn.cds.baocao.bulletin.service.BulletinComposer.PeriodChoice;
import vn.cds.baocao.bulletin.service.BulletinDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinSummary;
import vn.cds.baocao.bulletin.service.BulletinWorkflow;
import vn.cds.baocao.bulletin.ui.BulletinComposeListView;
import vn.cds.baocao.bulletin.ui.BulletinEditorBody;
import vn.cds.baocao.bulletin.ui.BulletinEditorItem;
import vn.cds.baocao.bulletin.ui.BulletinEditorMarkdown.Format;
import vn.cds.baocao.bulletin.ui.BulletinEditorSection;
import vn.cds.baocao.bulletin.ui.BulletinEditorView;
import vn.cds.baocao.shell.ui.AccessDeniedView;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.SignIn;

/**
 * The composers' list and the editor without a browser. Every test runs in a transaction that is rolled back, on
 * a bulletin of its own for the oldest period without one (never Tháng 3/2024 or Tháng 7/2024, which the service
 * and reader tests use), so nothing of the shared demo data changes.
 */
@CdsSpringTest
@Transactional
class BulletinEditorViewTest extends SpringBrowserlessTest {

    private static final String PUBLISHER = "bt.editor.publisher";

    @Autowired
    BulletinComposer composer;
    @Autowired
    BulletinWorkflow workflow;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("reviewer")
    void theListCreatesABulletinForAChosenPeriodAndShowsIt() {
        PeriodChoice chosen = freePeriod();
        navigate(BulletinComposeListView.class);
        test($(Button.class).id("bulletin-create")).click();
        @SuppressWarnings("unchecked")
        Select<PeriodChoice> period = $(Select.class).id("bulletin-create-period");
        period.setValue(chosen);
        test($(Button.class).id("bulletin-create-confirm")).click();

        assertThat(getCurrentView()).isInstanceOf(BulletinEditorView.class);
        BulletinSummary created = composer.list(0, 500).stream()
                .filter(b -> b.periodId() == chosen.periodId()).findFirst().orElseThrow();
        assertThat(created.status()).isEqualTo(BulletinStatus.DRAFT);

        navigate(BulletinComposeListView.class);
        @SuppressWarnings("unchecked")
        Grid<BulletinSummary> grid = $(Grid.class).id("bulletin-list");
        var rows = test(grid);
        List<String> periods = new java.util.ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            periods.add(rows.getRow(row).periodLabel());
        }
        assertThat(periods).contains(chosen.label());
    }

    @Test
    @WithUserDetails("reviewer")
    void theEditorSavesAnItemWithBoldTextAndAPicture() throws IOException {
        long id = composer.create(freePeriod().periodId());
        BulletinEditorView view = navigate(BulletinEditorView.class, Map.of("bulletinId", String.valueOf(id)));
        BulletinEditorSection sharing = view.section(SectionKind.SHARING);
        test($(Button.class, sharing).withClassName("bulletin-editor-item-add").single()).click();
        BulletinEditorItem item = sharing.items().getLast();
        test(item.titleField()).setValue("Bình Phước số hóa hồ sơ");
        BulletinEditorBody body = item.body();
        test(body.textArea()).setValue("Tỉnh đạt 100% chỉ tiêu số hóa.");
        body.format(Format.BOLD, 5, 13); // what the button does once the browser told the selection
        assertThat(body.getValue()).isEqualTo("Tỉnh **đạt 100%** chỉ tiêu số hóa.");
        assertThat(body.previewContent()).isEqualTo(body.getValue());
        assertThat(view.isDirty()).isTrue();

        test($(Upload.class, item).single()).upload("anh.png", "image/png", png());
        MockVaadin.clientRoundtrip();
        assertThat(item.pictureId()).isNotNull();

        test($(Button.class).id("bulletin-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Đã lưu");
        ItemDraft saved = composer.draft(id).sections().stream().filter(s -> s.kind() == SectionKind.SHARING)
                .findFirst().orElseThrow().items().getFirst();
        assertThat(saved.title()).isEqualTo("Bình Phước số hóa hồ sơ");
        assertThat(saved.body()).isEqualTo("Tỉnh **đạt 100%** chỉ tiêu số hóa.");
        assertThat(saved.pictureId()).isEqualTo(item.pictureId());
        assertThat(((BulletinEditorView) getCurrentView()).isDirty()).isFalse();
    }

    @Test
    @WithUserDetails("reviewer")
    void aSaveOverSomeoneElsesSaveSaysSoAndKeepsTheTypedText() {
        long id = composer.create(freePeriod().periodId());
        navigate(BulletinEditorView.class, Map.of("bulletinId", String.valueOf(id)));
        BulletinDraft meanwhile = composer.draft(id);
        composer.save(withTitle(meanwhile, "Tiêu đề do người khác lưu"));

        test($(TextField.class).id("bulletin-title")).setValue("Tiêu đề tôi đang gõ");
        test($(Button.class).id("bulletin-save")).click();

        Div conflict = $(Div.class).id("bulletin-conflict");
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).contains("đã được reviewer thay đổi lúc")
                .contains("phần bạn vừa sửa chưa được lưu");
        assertThat($(TextField.class).id("bulletin-title").getValue()).isEqualTo("Tiêu đề tôi đang gõ");
        assertThat($(Button.class).id("bulletin-reload").isVisible()).isTrue();
        assertThat(composer.draft(id).title()).isEqualTo("Tiêu đề do người khác lưu");
    }

    @Test
    @WithUserDetails("reviewer")
    void aRefusedSaveSaysWhyInVietnameseAndKeepsTheText() {
        long id = composer.create(freePeriod().periodId());
        navigate(BulletinEditorView.class, Map.of("bulletinId", String.valueOf(id)));
        String before = composer.draft(id).title();
        test($(TextField.class).id("bulletin-title")).setValue("  ");
        test($(TextField.class).id("bulletin-subtitle")).setValue("Phụ đề mới chưa lưu");
        test($(Button.class).id("bulletin-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Hãy nhập Tiêu đề (phần đầu bản tin).");
        assertThat($(TextField.class).id("bulletin-subtitle").getValue()).isEqualTo("Phụ đề mới chưa lưu");
        assertThat($(Div.class).withId("bulletin-conflict").exists()).as("no conflict shown").isFalse();
        assertThat(composer.draft(id).title()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("reviewer")
    void thePublisherSeesTheApprovalActionsAndNoEditFieldsAndPublishes() {
        long id = composer.create(freePeriod().periodId());
        BulletinDraft draft = composer.draft(id);
        assertThat(draft.highlights()).as("the period's statistics have highlight sentences").isNotEmpty();
        BulletinDraft edited = composer.save(withFirstHighlightEdited(draft));
        workflow.submit(id, edited.version());
        signInAsNewPublisher();

        navigate(BulletinEditorView.class, Map.of("bulletinId", String.valueOf(id)));

        assertThat($(Button.class).id("bulletin-publish").isVisible()).isTrue();
        assertThat($(Button.class).id("bulletin-return").isVisible()).isTrue();
        assertThat($(Button.class).withId("bulletin-save").exists()).isFalse();
        assertThat($(TextField.class).withId("bulletin-title").exists()).isFalse();
        assertThat($(TextArea.class).all()).isEmpty();
        assertThat($(Upload.class).all()).isEmpty();

        assertThat($(Div.class).id("bulletin-printed").getElement().getTextRecursively())
                .contains("Câu nhận xét đã sửa", "Câu đã sửa sau kiểm tra.");

        test($(Button.class).id("bulletin-publish")).click();
        String check = $(Div.class).id("bulletin-publication-check").getElement().getTextRecursively();
        assertThat(check).contains("Có 1 câu nhận xét đã được sửa", "Câu do hệ thống tạo: "
                + edited.highlights().getFirst().generated(), "Câu đã sửa: Câu đã sửa sau kiểm tra.");
        test($(Button.class).id("bulletin-publish-confirm")).click();
        assertThat(composer.draft(id).status()).isEqualTo(BulletinStatus.PUBLISHED);
        assertThat($(Button.class).withId("bulletin-publish").exists()).isFalse();
    }

    @Test
    @WithUserDetails("reporter")
    void aReporterCannotOpenTheEditorNorTheList() {
        UI.getCurrent().navigate("soan-ban-tin/1");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate(BulletinComposeListView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderCannotOpenTheEditor() {
        UI.getCurrent().navigate("soan-ban-tin/1");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    /** The oldest period that has begun and has no bulletin (the newest are the other tests' and the demo's). */
    private PeriodChoice freePeriod() {
        List<PeriodChoice> free = composer.periodsWithoutBulletin().stream()
                .filter(p -> !p.label().equals("Tháng 3/2024") && !p.label().equals("Tháng 7/2024")).toList();
        return free.stream().filter(p -> p.label().equals("Tháng 9/2022")).findFirst().orElse(free.getLast());
    }

    /** A head of the standing agency, only inside this test's transaction. */
    private void signInAsNewPublisher() {
        jdbc.update("INSERT INTO app_user (username, password_hash, full_name) VALUES (?, 'x', 'Lãnh Đạo Thử')",
                PUBLISHER);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'PUBLISHER' FROM app_user WHERE username = ?",
                PUBLISHER);
        signIn.as(PUBLISHER);
    }

    private static BulletinDraft withTitle(BulletinDraft d, String title) {
        return new BulletinDraft(d.id(), d.version(), d.status(), d.periodId(), d.periodLabel(), d.edition(),
                d.correctionNote(), d.number(), d.numberPreview(), d.issuedOn(), title, d.subtitle(), d.opening(),
                d.closing(), d.recipients(), d.sections(), d.highlights(), d.statisticsTakenAt());
    }

    private static BulletinDraft withFirstHighlightEdited(BulletinDraft d) {
        var highlights = new java.util.ArrayList<>(d.highlights());
        var first = highlights.getFirst();
        highlights.set(0, new BulletinDraft.HighlightDraft(first.tableCode(), first.tableTitle(), first.position(),
                first.generated(), "Câu đã sửa sau kiểm tra."));
        return new BulletinDraft(d.id(), d.version(), d.status(), d.periodId(), d.periodLabel(), d.edition(),
                d.correctionNote(), d.number(), d.numberPreview(), d.issuedOn(), d.title(), d.subtitle(),
                d.opening(), d.closing(), d.recipients(), d.sections(), highlights, d.statisticsTakenAt());
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(12, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
