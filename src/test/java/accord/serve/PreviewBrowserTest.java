package accord.serve;

import accord.portal.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The preview in headless Chromium: a save reloads the open page with the change, and errors show over it. */
class PreviewBrowserTest {
    static ChromeDriver driver;

    @TempDir
    Path dir;
    Preview preview;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @BeforeEach
    void startPreview() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        preview = Preview.start(dir, false, 0, new PrintWriter(new StringWriter()));
    }

    @AfterEach
    void stopPreview() throws IOException {
        if (preview != null) preview.close();
    }

    private void edit(String rel, String from, String to) throws IOException {
        Path file = dir.resolve(rel);
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    /** Waits for a condition; an element found just before the page reloads (the preview at work) is looked up again. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Opens {@code path} and waits until its event stream is connected, so no save can come before it listens. */
    private void open(String path) {
        driver.get(preview.url() + path);
        JavascriptExecutor js = driver;
        js.executeScript("window.accordTestMarker = 'before';");
        waiting().until(d -> (Boolean) js.executeScript("return window.accordPreview.events.readyState === 1;"));
    }

    private boolean reloaded() {
        return ((JavascriptExecutor) driver).executeScript("return window.accordTestMarker;") == null;
    }

    @Test
    void aSaveReloadsTheOpenPageWithTheChange() throws IOException {
        open("speakers/anna-zeller/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Anna Zeller");
        edit("content/speakers/anna-zeller.md", "title: Anna Zeller", "title: Anna Zeller-Whitfield");
        waiting().until(d -> reloaded() && d.findElement(By.tagName("h1")).getText().equals("Anna Zeller-Whitfield"));
    }

    @Test
    void aSaveLeavesTheOpenPagesItDidNotChangeAsTheyAre() throws IOException {
        java.util.List<Preview.Round> rounds = new java.util.concurrent.CopyOnWriteArrayList<>();
        preview.onRound(rounds::add);
        open("sessions/alpha-session/"); // shows Mikayil Jabbarov, not Anna Zeller
        JavascriptExecutor js = driver;
        edit("content/speakers/anna-zeller.md", "title: Anna Zeller", "title: Anna Zeller-Whitfield");
        // The page hears of every build (its generation follows) but reloads for none: none changed it.
        waiting().until(d -> !rounds.isEmpty()
                && String.valueOf(rounds.get(0).generation()).equals(js.executeScript("return window.accordPreview.generation;")));
        assertThat(rounds.get(0).update().written()).contains("speakers/anna-zeller/index.html", "sessions/beta-session/index.html")
                .doesNotContain("sessions/alpha-session/index.html");
        assertThat(reloaded()).isFalse();
        // A save that changes it reloads it.
        edit("content/speakers/mikayil-jabbarov.md", "title: Mikayil Jabbarov", "title: Mikayil Jabbarov-Renamed");
        waiting().until(d -> reloaded() && d.findElement(By.tagName("main")).getText().contains("Mikayil Jabbarov-Renamed"));
    }

    @Test
    void errorsShowInAnOverlayOverTheLastGoodPageUntilFixed() throws IOException {
        open("sessions/beta-session/");
        edit("content/sessions/beta-session.md", "moderators: [bob-adams]", "moderators: [bob-adam]");
        waiting().until(d -> !d.findElements(By.id("accord-problems")).isEmpty());
        WebElement overlay = driver.findElement(By.id("accord-problems"));
        assertThat(overlay.isDisplayed()).isTrue();
        if (System.getProperty("screenshot") != null) {
            try {
                Files.write(Path.of(System.getProperty("screenshot")), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<String> items = overlay.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertThat(items).containsExactly(
                "content/sessions/beta-session.md:8:14: error: moderators[0]: no person 'bob-adam' (did you mean 'bob-adams'?)");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Closing plenary");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bob Adams");

        ((JavascriptExecutor) driver).executeScript("window.accordTestMarker = 'broken';");
        edit("content/sessions/beta-session.md", "moderators: [bob-adam]", "moderators: [anna-zeller]");
        waiting().until(d -> reloaded() && d.findElements(By.id("accord-problems")).isEmpty()
                && !d.findElement(By.tagName("main")).getText().contains("Bob Adams"));
    }

    @Test
    void theOverlayCanBeHidden() throws IOException {
        open("");
        edit("content/sessions/beta-session.md", "event: cop29", "event: cop30");
        waiting().until(d -> !d.findElements(By.id("accord-problems")).isEmpty());
        driver.findElement(By.id("accord-problems-hide")).click();
        assertThat(driver.findElements(By.id("accord-problems"))).isEmpty();
    }
}
