package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import accord.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The offline edition opened from disk with {@code file://} in headless Chromium, as a reader with a USB stick would:
 * following links from page to page (home, a list, a record, a person, home again), an old address, a search
 * typed into the box on the home page, and in a portal of two languages a search from the Russian home page and the
 * way back to English, each landing on a page and never on a folder's file listing.
 */
class PortableBrowserTest {
    @TempDir
    static Path dir;
    static Path offline;
    static Path multilingual;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        TestPortal.write(dir, accord.portable.PortableEditionTest.PORTAL);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--portable", "--source", dir.toString());
        assertThat(code).as("build: %s %s", out, err).isZero();
        offline = dir.resolve("offline");
        Path two = dir.resolve("two");
        TestPortal.write(two, accord.portable.PortableEditionTest.MULTILINGUAL.replace("page_size: 2\n", ""));
        code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--portable", "--source", two.toString());
        assertThat(code).as("build: %s %s", out, err).isZero();
        multilingual = two.resolve("offline");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    /** Clicks the first link reading {@code text}; asserts the page it opens by its file and heading. */
    private static void follow(String text, String file, String heading) {
        driver.findElement(By.linkText(text)).click();
        landedOn(file, heading);
    }

    private static void landedOn(String file, String heading) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(file));
        assertThat(driver.getCurrentUrl()).startsWith("file:///").endsWith(file);
        assertThat(driver.getTitle()).doesNotStartWith("Index of");
        if (heading != null) assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
    }

    @Test
    void linksLeadFromPageToPageOnDisk() {
        driver.get(offline.resolve("index.html").toUri().toString());
        follow("Sessions", "/offline/sessions/index.html", "Sessions");
        follow("Opening plenary", "/offline/sessions/alpha-session/index.html", "Opening plenary");
        follow("Mikayil Jabbarov", "/offline/speakers/mikayil-jabbarov/index.html", "Mikayil Jabbarov");
        driver.findElement(By.cssSelector(".site-title a")).click();
        landedOn("/offline/index.html", null);
        follow("People", "/offline/speakers/index.html", "People");
        follow("Anna Zeller", "/offline/speakers/anna-zeller/index.html", "Anna Zeller");
    }

    @Test
    void anOldAddressSendsTheReaderOnToTheRecordsFile() {
        driver.get(offline.resolve("speakers/anna-zeler/index.html").toUri().toString());
        landedOn("/offline/speakers/anna-zeller/index.html", "Anna Zeller");
    }

    @Test
    void aSearchFromTheHomePageFindsARecordAndOpensIt() {
        driver.get(offline.resolve("index.html").toUri().toString());
        driver.findElement(By.cssSelector("form.search input[name=q]")).sendKeys("Jabarov", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results h2 a")).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("/offline/search/index.html?q=Jabarov");
        driver.findElement(By.cssSelector("#search-results h2 a")).click();
        landedOn("/offline/speakers/mikayil-jabbarov/index.html", "Mikayil Jabbarov");
    }

    @Test
    void aSearchFromTheRussianHomePageOpensTheRussianPageAndItsLanguageLinkLeadsBackToEnglish() {
        driver.get(multilingual.resolve("ru/index.html").toUri().toString());
        driver.findElement(By.cssSelector("form.search input[name=q]")).sendKeys("Открытие", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results h2 a")).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("/two/offline/ru/search/index.html?q=");
        driver.findElement(By.cssSelector("#search-results h2 a")).click();
        landedOn("/two/offline/ru/sessions/alpha-session/index.html", "Opening plenary");
        follow("English", "/two/offline/sessions/alpha-session/index.html", "Opening plenary");
    }
}
