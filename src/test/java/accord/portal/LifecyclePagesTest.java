package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.Build;
import accord.build.BuildOptions;
import accord.build.LifecycleBuildTest;
import accord.build.TestPortal;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 10's lifecycle pages as readers meet them: a superseded and a withdrawn record's pages (their notice at the
 * top), the list page's "Superseded and withdrawn" section and a tombstone pass the Nu Html Checker and axe-core (light
 * and dark), fit a 360 px phone, and the search page ranks a withdrawn record after a current one. The real portal
 * has no such record, so a fixture portal is built here. With {@code -Dscreenshots=DIR} each page is also saved as a PNG.
 */
class LifecyclePagesTest {
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver driver;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        TestPortal.write(dir, LifecycleBuildTest.PORTAL + LifecycleBuildTest.RETIRED);
        Files.writeString(dir.resolve("content/urls.txt"), "/topics/trade/\n"
                + "gone /topics/trade/ 2026-11-30 merged into /topics/climate-finance/ <script>alert(1)</script>\n",
                StandardCharsets.UTF_8);
        Files.delete(dir.resolve("content/topics/trade.md"));
        var result = new Build(new BuildOptions(dir, dir.resolve("site"), false, Optional.of("/"), true)).run();
        assertThat(result.ok()).as("build: %s", result.problems()).isTrue();
        axe = TestPrerequisites.axe();
        server = new StaticServer(dir.resolve("site"));
        driver = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @Test
    void everyPageIsValidHtml() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TestPrerequisites.vnu().toString(), "--skip-non-html", "--no-langdetect", dir.resolve("site").toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(report).isZero();
        assertThat(report).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions/gamma-session/", "sessions/alpha-session/", "sessions/", "topics/trade/"})
    void passesAxeLightAndDarkAndFitsAPhone(String path) throws IOException {
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(server.url(path));
            driver.executeScript(axe);
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                            + " 'best-practice']}, resultTypes: ['violations']})"
                            + ".then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + '): '"
                            + " + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))"
                            + ".catch(e => done(null));");
            assertThat(violations).as("axe ran on /%s (%s)", path, scheme).isNotNull();
            assertThat(violations).as("axe violations on /%s (%s)", path, scheme).isEmpty();
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.get(server.url(path));
        long until = System.nanoTime() + 2_000_000_000L;
        Number scroll;
        Number client;
        do {
            scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
            client = (Number) driver.executeScript("return document.documentElement.clientWidth;");
        } while (scroll.intValue() > client.intValue() && System.nanoTime() < until);
        assertThat(scroll.intValue()).as("page width at 360 px, /%s", path).isLessThanOrEqualTo(client.intValue());
        String shots = System.getProperty("screenshots", "");
        if (!shots.isEmpty()) {
            Path out = Path.of(shots).toAbsolutePath();
            Files.createDirectories(out);
            for (int width : new int[] {360, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                driver.get(server.url(path));
                Files.write(out.resolve("lifecycle-" + path.replace('/', '-') + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            }
        }
    }

    @Test
    void searchRanksAWithdrawnRecordAfterACurrentOne() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url("search/?q=plenary"));
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "accord.query({q: arguments[0]}).then(done, e => done({error: String(e)}));", "plenary");
        assertThat(answer).doesNotContainKey("error");
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) answer.get("titles");
        // The current plenary first; the superseded dialogue (its reason says "plenary") and the withdrawn one after it.
        assertThat(titles.get(0)).isEqualTo("Closing plenary");
        assertThat(titles).containsExactlyInAnyOrder("Closing plenary", "Ministerial dialogue", "Opening plenary");
    }
}
