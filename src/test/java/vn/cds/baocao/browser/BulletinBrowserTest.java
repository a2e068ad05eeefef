package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cds.baocao.bulletin.BulletinReadFixture;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.service.BulletinComposer;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.SignIn;

/**
 * Issue 12's loop: a reviewer composes the Tháng 7/2024 bulletin with two articles (one with a picture) and
 * submits it, the head of the standing agency approves and publishes it, and a leader on a phone-sized window
 * (360 × 740) opens "Bản tin / Báo cáo chuyên đề", searches, reads it — the seed's sections in order, the page never
 * wider than the screen — and downloads the DOCX.
 * <p>
 * Every step goes through the browser: the reviewer composes on the desktop-sized window ("Soạn báo cáo chuyên
 * đề"), the publisher publishes through the check dialog, the leader reads on the phone-sized one. The service is
 * asked only for the status after each hand-over.
 */
@CdsSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinBrowserTest {

    private static final String FIRST = "Chính quyền số ở xã biên giới Lộc Thạnh";
    private static final String SECOND = "Tổ công nghệ số cộng đồng hướng dẫn cài VNeID";
    private static final String PERIOD = "Tháng 7/2024";
    private static final String CAPTION = "Bộ phận một cửa xã Lộc Thạnh";
    private static final String SHARING = "#bulletin-section-sharing";
    /** A word only this bulletin holds, to search for. */
    private static final String WORD = "Lộc Thạnh";

    @LocalServerPort
    int port;
    @Autowired
    BulletinComposer composer;
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
        long id = composeAndSubmit();
        signIn.as(BulletinReadFixture.PUBLISHER);
        assertThat(composer.draft(id).status()).isEqualTo(BulletinStatus.SUBMITTED);
        signIn.out();
        publish(id);
        signIn.as(BulletinReadFixture.PUBLISHER);
        assertThat(composer.draft(id).status()).isEqualTo(BulletinStatus.PUBLISHED);
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

    /**
     * As the demo reviewer, in the browser: creates the Tháng 7/2024 bulletin, adds two articles to GÓC CHIA SẺ (the
     * first with a bold phrase, a source and a picture with its caption), saves, submits; answers the bulletin's id.
     */
    private long composeAndSubmit() throws IOException {
        browser.login(DemoAccounts.REVIEWER, DemoAccounts.PASSWORD);
        browser.open("soan-ban-tin");
        browser.click(By.id("bulletin-create"));
        browser.click(By.id("bulletin-create-period"));
        browser.clickSelectItem(PERIOD);
        browser.waiting().until(d -> d.findElement(By.id("bulletin-create-period")).getText().contains(PERIOD));
        browser.click(By.id("bulletin-create-confirm"));
        browser.waiting().until(d -> browser.currentPath().matches("/soan-ban-tin/[0-9]+"));
        long id = Long.parseLong(browser.currentPath().substring("/soan-ban-tin/".length()));
        bulletinId = id;
        browser.waitFor(By.id("bulletin-section-sharing"));
        browser.waitForText(PERIOD);

        addArticle(1, FIRST, "Xã **Lộc Thạnh** đưa 100% thủ tục hành chính lên môi trường số.", "Báo Bình Phước");
        Path picture = Files.createTempFile("bulletin-picture-", ".png");
        try {
            Files.write(picture, png());
            browser.chooseFile(By.cssSelector(item(1) + " .bulletin-editor-upload"), picture);
            browser.waitFor(By.cssSelector(item(1) + " img.bulletin-editor-picture-image"));
        } finally {
            Files.deleteIfExists(picture);
        }
        browser.type(By.cssSelector(item(1) + " vaadin-text-field.bulletin-editor-item-caption input"),
                CAPTION, Keys.TAB);
        addArticle(2, SECOND, "Các tổ đến từng nhà hướng dẫn cài ứng dụng và kích hoạt tài khoản.", null);

        browser.click(By.id("bulletin-save"));
        browser.waitForText("Đã lưu");
        // what the saved bulletin shows again after the save: both articles, the picture
        browser.waiting().until(d -> d.findElements(By.cssSelector(SHARING + " .bulletin-editor-item")).size() == 2);
        assertThat(browser.waitFor(By.cssSelector(item(1) + " vaadin-text-field.bulletin-editor-item-title input"))
                .getDomProperty("value")).isEqualTo(FIRST);
        browser.waitFor(By.cssSelector(item(1) + " img.bulletin-editor-picture-image"));

        browser.click(By.id("bulletin-submit"));
        browser.clickButtonWithText("Trình phê duyệt", true);
        browser.waitForText("Đã trình bản tin để phê duyệt.");
        browser.waiting().until(d -> d.findElements(By.id("bulletin-submit")).isEmpty());
        browser.logout();
        return id;
    }

    /** Adds an article at the end of GÓC CHIA SẺ and fills it in; the body's preview shows its bold phrase. */
    private void addArticle(int number, String title, String body, String source) {
        browser.click(By.cssSelector(SHARING + " .bulletin-editor-item-add"));
        browser.waiting().until(d -> d.findElements(By.cssSelector(SHARING + " .bulletin-editor-item")).size() == number);
        browser.type(By.cssSelector(item(number) + " vaadin-text-field.bulletin-editor-item-title input"), title,
                Keys.TAB);
        browser.type(By.cssSelector(item(number) + " vaadin-text-area.bulletin-editor-text textarea"), body, Keys.TAB);
        if (body.contains("**")) {
            String bold = body.substring(body.indexOf("**") + 2, body.indexOf("**", body.indexOf("**") + 2));
            browser.waiting().until(d -> d.findElements(By.cssSelector(item(number) + " .bulletin-editor-preview strong"))
                    .stream().anyMatch(strong -> strong.getText().equals(bold)));
        }
        if (source != null) {
            browser.type(By.cssSelector(item(number) + " vaadin-text-field.bulletin-editor-item-source input"), source,
                    Keys.TAB);
        }
    }

    /** The article at this place (from 1) of GÓC CHIA SẺ. */
    private static String item(int number) {
        return SHARING + " .bulletin-editor-items > .bulletin-editor-item:nth-child(" + number + ")";
    }

    /** As the demo publisher: opens the submitted bulletin, reads the check and publishes. */
    private void publish(long id) {
        browser.login(BulletinReadFixture.PUBLISHER, DemoAccounts.PASSWORD);
        browser.open("soan-ban-tin/" + id);
        WebElement printed = browser.waitFor(By.id("bulletin-printed"));
        browser.waitForText(SECOND);
        String text = printed.getText();
        assertThat(text).contains(FIRST, SECOND, CAPTION, "Báo Bình Phước");
        assertThat(browser.driver().findElements(By.cssSelector("#bulletin-printed strong")))
                .as("the bold phrase as it prints").anyMatch(strong -> strong.getText().equals("Lộc Thạnh"));
        assertThat(browser.driver().findElements(By.cssSelector("#bulletin-printed img"))).as("the picture")
                .hasSize(1);
        browser.click(By.id("bulletin-publish"));
        browser.waitFor(By.id("bulletin-publication-check"));
        browser.click(By.id("bulletin-publish-confirm"));
        browser.waitForText("Đã phê duyệt và phát hành bản tin.");
        browser.waiting().until(d -> d.findElements(By.id("bulletin-publish")).isEmpty());
        browser.logout();
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
