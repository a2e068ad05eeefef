package vn.cds.baocao.browser;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium. Nothing is downloaded: the browser and the driver are the
 * system packages {@code chromium} and {@code chromium-driver} (.ci/run installs them).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=vi");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
    }

    public void open(String path) {
        driver.get(baseUrl + "/" + path);
        waitForVaadin();
    }

    /** Signs in through the login page and waits for the main layout. */
    public void login(String username, String password) {
        submitLogin(username, password);
        waitFor(By.tagName("vaadin-app-layout"));
        waitForVaadin();
    }

    /** Fills in and submits the login form. */
    public void submitLogin(String username, String password) {
        open("login");
        WebElement form = waitFor(By.tagName("vaadin-login-form"));
        form.findElement(By.cssSelector("vaadin-text-field[name='username'] input, input[name='username']"))
                .sendKeys(username);
        form.findElement(By.cssSelector("vaadin-password-field[name='password'] input, input[name='password']"))
                .sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-button")).click();
    }

    public void logout() {
        waitFor(By.id("logout")).click();
        waitFor(By.tagName("vaadin-login-form"));
    }

    /** Scrolls the element into the middle of the view (a dashboard's table is built when it comes near it). */
    public WebElement scrollTo(By by) {
        return centred(waitFor(by));
    }

    private WebElement centred(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /** Clicks an element wherever it is in the scrolling layout. */
    public void click(By by) {
        WebElement element = scrollTo(by);
        waiting().ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            element.click();
            return true;
        });
    }

    public WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public void waitForText(String text) {
        waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Waits up to 20 s, retrying while the page is being replaced (navigation, Vaadin re-rendering). */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until the input shows the value (e.g. after the server reformatted it). */
    public void waitForValue(WebElement input, String value) {
        waiting().until(d -> value.equals(input.getDomProperty("value")));
    }

    /**
     * Clicks the button with this text; with {@code inOverlay}, the one in an open dialog (e.g. a confirm dialog's
     * confirm button, which has the same caption as the button that opened it).
     */
    public void clickButtonWithText(String text, boolean inOverlay) {
        waiting().until(d -> {
            List<WebElement> buttons = d.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
            WebElement target = null;
            for (WebElement button : buttons) {
                boolean overlay = Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !!arguments[0].closest('vaadin-confirm-dialog, vaadin-dialog, "
                                + "vaadin-confirm-dialog-overlay, vaadin-dialog-overlay')", button));
                if (overlay == inOverlay && button.isDisplayed()) {
                    target = button;
                }
            }
            if (target == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].click();", target);
            return true;
        });
    }

    /** Types into the element (an input or textarea inside a Vaadin field), scrolled into view first. */
    public void type(By by, CharSequence... keys) {
        centred(waiting().until(ExpectedConditions.visibilityOfElementLocated(by))).sendKeys(keys);
    }

    /** Picks the item with this text in the open vaadin-select's overlay. */
    public void clickSelectItem(String text) {
        waiting().until(d -> {
            for (WebElement item : d.findElements(By.xpath("//vaadin-select-item[normalize-space(.)='" + text + "']"))) {
                if (item.isDisplayed()) {
                    ((JavascriptExecutor) d).executeScript("arguments[0].click();", item);
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Chooses the file in a vaadin-upload, which starts uploading it: its file input is hidden (in the shadow root
     * or, depending on the version, in the light DOM); WebDriver may send a path to a hidden file input.
     */
    public void chooseFile(By upload, Path file) {
        WebElement host = waitFor(upload);
        WebElement input = waiting().until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "const u = arguments[0];"
                        + "return (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))"
                        + " || u.querySelector('input[type=file]');", host));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public java.util.List<String> menuLabels() {
        waitFor(By.tagName("vaadin-side-nav-item"));
        return driver.findElements(By.tagName("vaadin-side-nav-item")).stream().map(WebElement::getText)
                .map(String::trim).toList();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebDriver driver() {
        return driver;
    }

    /** The errors the page wrote to the browser console since the last call (e.g. Content-Security-Policy refusals). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    private void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!window.Vaadin && "
                        + "(!window.Vaadin.Flow || !window.Vaadin.Flow.clients || Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive()))")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
