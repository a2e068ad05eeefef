package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.bulletin.BulletinReadFixture;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinComposer;
import vn.cds.baocao.bulletin.service.BulletinDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.bulletin.service.BulletinWorkflow;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.SignIn;

/**
 * Issue 12's loop: a reviewer composes the Tháng 7/2024 bulletin with two articles (one with a picture) and
 * submits it, the head of the standing agency approves and publishes it, and a leader on a phone-sized window
 * (360 × 740) opens "Bản tin / Báo cáo chuyên đề", searches, reads it — the seed's sections in order, the page never
 * wider than the screen — and downloads the DOCX.
 * <p>
 * Composing, submitting and publishing go through the services (BulletinComposer, BulletinWorkflow): the editor
 * screens are built on another branch; after their merge these steps move to the browser. The reading part is the
 * browser's.
 */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinBrowserTest {

    private static final String FIRST = "Chính quyền số ở xã biên giới Lộc Thạnh";
    private static final String SECOND = "Tổ công nghệ số cộng đồng hướng dẫn cài VNeID";
    /** A word only this bulletin holds, to search for. */
    private static final String WORD = "Lộc Thạnh";

    @LocalServerPort
    int port;
    @Autowired
    BulletinComposer composer;
    @Autowired
    BulletinWorkflow workflow;
    @Autowired
    BulletinReadFixture fixture;
    @Autowired
    SignIn signIn;

    private Browser browser;
    private Long bulletinId;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowserAndCleanUp() {
        if (browser != null) {
            browser.close();
        }
        signIn.out();
        if (bulletinId != null) {
            fixture.delete(bulletinId);
        }
    }

    @Test
    void composedSubmittedPublishedThenReadOnAPhoneAndDownloaded() throws IOException {
        bulletinId = composeAndSubmit();
        signIn.as(BulletinReadFixture.PUBLISHER);
        workflow.publish(bulletinId, composer.draft(bulletinId).version());
        assertThat(composer.draft(bulletinId).status()).isEqualTo(BulletinStatus.PUBLISHED);
        signIn.out();

        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.login(DemoAccounts.LEADER, DemoAccounts.PASSWORD);
        assertThat(innerWidth()).as("a phone-sized window").isLessThanOrEqualTo(400);
        // the menu is a drawer on a phone
        browser.click(By.tagName("vaadin-drawer-toggle"));
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Bản tin / Báo cáo chuyên đề']"));
        browser.waitFor(By.id("bulletin-cards"));
        browser.waitForText("Tháng 3/2024");
        assertNoSidewaysScroll("the list");

        WebElement search = browser.waitFor(By.cssSelector("#bulletin-search input"));
        search.sendKeys(WORD);
        browser.waitFor(By.cssSelector(".bulletin-read-card[data-bulletin='" + bulletinId + "']"));
        browser.waiting().until(d -> d.findElements(By.cssSelector(".bulletin-read-card")).size() == 1);
        assertThat(browser.waitFor(By.id("bulletin-count")).getText()).contains("Có 1 bản tin");
        screenshot("bulletin-list-phone");

        browser.click(By.cssSelector(".bulletin-read-card[data-bulletin='" + bulletinId + "']"));
        WebElement document = browser.waitFor(By.id("bulletin-document"));
        browser.waitForText(FIRST);
        String text = document.getText().toLowerCase(Locale.ROOT);
        assertInOrder(text, "góc chia sẻ kinh nghiệm, giải pháp", FIRST, SECOND, "hoạt động chuyển đổi số",
                "văn bản chỉ đạo, điều hành", "số liệu thống kê");
        assertThat(browser.driver().findElements(By.cssSelector("#bulletin-document img"))).as("the picture")
                .hasSize(1);
        assertNoSidewaysScroll("the bulletin");
        screenshot("bulletin-read-phone");

        String href = browser.waitFor(By.id("download-docx")).getDomAttribute("href");
        assertThat(browser.waitFor(By.id("download-docx")).getText()).contains("Tải Word (DOCX)");
        Download docx = download(href);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            String words = String.join("\n", word.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .toLowerCase(Locale.ROOT);
            assertInOrder(words, "góc chia sẻ kinh nghiệm, giải pháp", FIRST, SECOND, "hoạt động chuyển đổi số",
                    "văn bản chỉ đạo, điều hành", "số liệu thống kê");
        }
        browser.logout();
    }

    /** As the demo reviewer: Tháng 7/2024, two articles (the first with a picture), a news item, a directive. */
    private long composeAndSubmit() throws IOException {
        signIn.as(DemoAccounts.REVIEWER);
        try {
            long id = composer.create(fixture.periodId(2024, 7));
            long picture = composer.uploadPicture(id, png());
            BulletinDraft draft = composer.draft(id);
            Map<SectionKind, List<ItemDraft>> items = Map.of(
                    SectionKind.SHARING, List.of(
                            new ItemDraft(FIRST, "Xã **Lộc Thạnh** đưa 100% thủ tục hành chính lên môi trường số.",
                                    "Báo Bình Phước", null, null, null, picture, "Bộ phận một cửa xã Lộc Thạnh"),
                            new ItemDraft(SECOND, "Các tổ đến từng nhà hướng dẫn:\n\n- cài ứng dụng\n- kích hoạt tài khoản",
                                    null, null, null, null, null, null)),
                    SectionKind.ACTIVITIES, List.of(new ItemDraft("Hội nghị giao ban CĐS tháng 7",
                            "Ngày 25/7/2024, Ban Chỉ đạo họp giao ban.", null, null, null, null, null, null)),
                    SectionKind.DIRECTIVES, List.of(new ItemDraft("Kế hoạch cao điểm tháng 8",
                            "UBND tỉnh ban hành kế hoạch.", null, "300/KH-UBND", LocalDate.of(2024, 7, 30),
                            "UBND tỉnh", null, null)));
            List<SectionDraft> sections = new ArrayList<>();
            for (SectionDraft section : draft.sections()) {
                sections.add(new SectionDraft(section.kind(), section.heading(),
                        items.getOrDefault(section.kind(), section.items())));
            }
            BulletinDraft saved = composer.save(new BulletinDraft(draft.id(), draft.version(), draft.status(),
                    draft.periodId(), draft.periodLabel(), draft.edition(), draft.correctionNote(), draft.number(),
                    draft.numberPreview(), draft.issuedOn(), draft.title(), draft.subtitle(), draft.opening(),
                    draft.closing(), draft.recipients(), sections, draft.highlights(), draft.statisticsTakenAt()));
            workflow.submit(id, saved.version());
            return id;
        } finally {
            signIn.out();
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, (x * 255 / image.getWidth()) << 16 | (y * 255 / image.getHeight()) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part.toLowerCase(Locale.ROOT), from);
            assertThat(at).as("'%s' after position %d in:%n%s", part, from, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }

    private void assertNoSidewaysScroll(String what) {
        Object widths = js().executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        List<?> pair = (List<?>) widths;
        assertThat(((Number) pair.get(0)).intValue()).as("%s scrolls sideways (scrollWidth vs innerWidth)", what)
                .isLessThanOrEqualTo(((Number) pair.get(1)).intValue());
    }

    private int innerWidth() {
        return ((Number) js().executeScript("return window.innerWidth;")).intValue();
    }

    /** Fetched by the page itself, with the leader's session. */
    private Download download(String href) {
        Object result = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
                  done([r.status, r.headers.get('content-type') || '', btoa(binary)]);
                }).catch(e => done([0, String(e), '']));""", href);
        List<?> answer = (List<?>) result;
        return new Download(((Number) answer.get(0)).intValue(), (String) answer.get(1),
                Base64.getDecoder().decode((String) answer.get(2)));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    private record Download(int status, String contentType, byte[] bytes) {
    }
}
