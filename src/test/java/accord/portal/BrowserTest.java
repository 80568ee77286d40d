package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.Build;
import accord.build.BuildOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The built portal in headless Chromium: every kind of page passes axe-core's WCAG 2 A/AA rules,
 * and at phone width nothing is wider than the screen. axe-core comes from node_modules (installed
 * by README's test command; never needed by a build).
 */
class BrowserTest {
    @TempDir
    static Path out;
    static StaticServer server;
    static ChromeDriver driver;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        var result = new Build(new BuildOptions(repo, out.resolve("site"), false, Optional.of("/"), true)).run();
        assertThat(result.ok()).as("build: %s", result.problems()).isTrue();
        axe = Files.readString(repo.resolve("node_modules/axe-core/axe.min.js"));
        server = new StaticServer(out.resolve("site"));
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sessions/", "sessions/carec-partnership-high-level-session-cop29/",
            "speakers/mikayil-jabbarov/", "declarations/baku-declaration-carec-climate-innovation-trade-2024/",
            "organizations/carec-program/", "topics/climate-finance/", "plans/carec-csppf/", "events/cop29-baku-2024/",
            "data/", "no-such-page/"})
    void passesAxeAndFitsAPhone(String path) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url(path));
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + '): '"
                        + " + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))));");
        assertThat(violations).as("axe violations on /%s", path).isEmpty();

        Object ldName = js.executeScript("const s = document.querySelector('script[type=\"application/ld+json\"]');"
                + "return s ? JSON.parse(s.textContent).name : null;");
        if (path.chars().filter(c -> c == '/').count() == 2) {
            assertThat(ldName).as("JSON-LD name on /%s", path).isEqualTo(js.executeScript("return document.querySelector('h1').textContent;"));
        }

        driver.manage().window().setSize(new Dimension(375, 800));
        driver.get(server.url(path));
        Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth;");
        Number clientWidth = (Number) js.executeScript("return document.documentElement.clientWidth;");
        assertThat(scrollWidth.intValue()).as("page width on a phone, /%s", path).isLessThanOrEqualTo(clientWidth.intValue());
    }
}
