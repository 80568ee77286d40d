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
 * The built portal in headless Chromium: every kind of page passes axe-core's WCAG 2 A/AA and
 * best-practice rules (the test fails if axe cannot run), light and dark, and at 360 px and 1280 px
 * nothing is wider than the screen. axe-core comes from node_modules (installed
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
        axe = TestPrerequisites.axe();
        server = new StaticServer(out.resolve("site"));
        driver = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    /** Every page type: home, each collection's list and a record of each, topic, timeline, about, what changed, 404, search. */
    @ParameterizedTest
    @ValueSource(strings = {"", "sessions/", "sessions/carec-partnership-high-level-session-cop29/",
            "ru/sessions/carec-partnership-high-level-session-cop29/", "az/speakers/mikayil-jabbarov/",
            "az/plans/carec-csppf/", "speakers/", "speakers/mikayil-jabbarov/", "declarations/",
            "declarations/baku-declaration-carec-climate-innovation-trade-2024/", "organizations/",
            "organizations/carec-program/", "topics/", "topics/climate-finance/", "plans/", "plans/carec-csppf/",
            "events/", "events/cop29-baku-2024/", "timeline/", "timeline/2024/", "about/", "data/", "changes/", "search/?q=jabbarov",
            "no-such-page/", "no/such/page/at/depth/", "ru/sessions/", "az/", "ru/timeline/2024/", "az/data/",
            "ru/search/?q=jabbarov"})
    void passesAxeAndFitsAPhone(String path) {
        // The search page comes with the search feature; until the plan has one, its address is a 404 like any other.
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url(path));
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        // The test must fail, not pass quietly, when axe-core did not load or did not run.
        assertThat(js.executeScript("return typeof axe === 'object' && typeof axe.run === 'function' ? axe.version : null;"))
                .as("axe-core loaded on /%s", path).isNotNull();
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                        + " 'best-practice']}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + '): '"
                        + " + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))"
                        + ".catch(e => done(null));");
        assertThat(violations).as("axe ran on /%s", path).isNotNull();
        assertThat(violations).as("axe violations on /%s", path).isEmpty();
        assertThat(js.executeScript("return getComputedStyle(document.body).backgroundColor;"))
                .as("the stylesheet loaded on /%s", path).isNotEqualTo("rgba(0, 0, 0, 0)");

        Object ldName = js.executeScript("const s = document.querySelector('script[type=\"application/ld+json\"]');"
                + "return s ? JSON.parse(s.textContent).name : null;");
        // Record pages of the default language (a language's own pages, ru/sessions/, have as many slashes).
        if (path.chars().filter(c -> c == '/').count() == 2 && !path.startsWith("timeline/") && !path.matches("(ru|az)/.*")) {
            assertThat(ldName).as("JSON-LD name on /%s", path).isEqualTo(js.executeScript("return document.querySelector('h1').textContent;"));
        }

        for (int width : new int[] {360, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 800));
            driver.get(server.url(path));
            // On a loaded machine the first layout after a resize can be measured before it settles; a page that
            // really overflows still does after two seconds.
            long until = System.nanoTime() + 2_000_000_000L;
            Number scrollWidth;
            Number clientWidth;
            do {
                scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth;");
                clientWidth = (Number) js.executeScript("return document.documentElement.clientWidth;");
            } while (scrollWidth.intValue() > clientWidth.intValue() && System.nanoTime() < until && pause());
            assertThat(scrollWidth.intValue()).as("page width at %d px, /%s", width, path)
                    .isLessThanOrEqualTo(clientWidth.intValue());
        }
    }

    /** Dark mode keeps the contrast: axe's colour rules pass with prefers-color-scheme: dark. */
    @ParameterizedTest
    @ValueSource(strings = {"", "sessions/carec-partnership-high-level-session-cop29/", "sessions/", "timeline/2024/", "changes/"})
    void darkModePassesAxeContrast(String path) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(server.url(path));
            assertThat(driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;")).isEqualTo(true);
            driver.executeScript(axe);
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast', 'link-in-text-block']}})"
                            + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' '))"
                            + ".slice(0, 3).join(', ')))).catch(e => done(null));");
            assertThat(violations).as("axe ran on /%s", path).isNotNull();
            assertThat(violations).as("dark-mode contrast on /%s", path).isEmpty();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        }
    }

    /**
     * The marks that carry no text, which axe does not measure (the timeline's dots, the rule over each card and under
     * a record's heading), stand out from the page by 3:1 or more (WCAG's bar for non-text contrast), light and dark.
     */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void marksWithoutTextStandOutFromThePage(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
        try {
            driver.manage().window().setSize(new Dimension(1280, 900));
            java.util.Map<String, String[]> marks = new java.util.LinkedHashMap<>();
            marks.put("timeline/2024/", new String[] {".timeline li", "::before", "backgroundColor"});
            marks.put("", new String[] {".card", null, "borderTopColor"});
            marks.put("sessions/carec-partnership-high-level-session-cop29/", new String[] {".record-head", null, "borderBottomColor"});
            marks.forEach((path, mark) -> {
                driver.get(server.url(path));
                assertThat(driver.executeScript("return matchMedia('(prefers-color-scheme: ' + arguments[0] + ')').matches;", scheme))
                        .isEqualTo(true);
                Number ratio = (Number) driver.executeScript(
                        "const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);"
                                + "const lum = c => { const [r, g, b] = c.map(v => v / 255)"
                                + ".map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));"
                                + " return 0.2126 * r + 0.7152 * g + 0.0722 * b; };"
                                + "const el = document.querySelector(arguments[0]);"
                                + "if (!el) return null;"
                                + "const a = lum(rgb(getComputedStyle(el, arguments[1])[arguments[2]]));"
                                + "const b = lum(rgb(getComputedStyle(document.body).backgroundColor));"
                                + "return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);",
                        mark[0], mark[1], mark[2]);
                assertThat(ratio).as("%s on /%s", mark[0], path).isNotNull();
                assertThat(ratio.doubleValue()).as("%s %s%s against the page, %s", mark[0], mark[2],
                        mark[1] == null ? "" : " of " + mark[1], scheme).isGreaterThanOrEqualTo(3.0);
            });
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        }
    }

    /**
     * A Russian list page and an Azerbaijani home page say their language to the browser (so screen readers speak
     * it), and their switcher leads, without JavaScript, to the same page in the other languages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ru/sessions/", "az/"})
    void languageVersionsDeclareTheirLanguageAndSwitchToTheSamePage(String path) {
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.get(server.url(path));
        String lang = path.substring(0, 2);
        assertThat(driver.executeScript("return document.documentElement.lang;")).isEqualTo(lang);
        String rest = path.substring(3);
        driver.findElement(org.openqa.selenium.By.cssSelector("nav.languages a[hreflang=en]")).click();
        assertThat(driver.getCurrentUrl()).isEqualTo(server.url(rest));
        assertThat(driver.executeScript("return document.documentElement.lang;")).isEqualTo("en");
        String other = lang.equals("ru") ? "az" : "ru";
        driver.findElement(org.openqa.selenium.By.cssSelector("nav.languages a[hreflang=" + other + "]")).click();
        assertThat(driver.getCurrentUrl()).isEqualTo(server.url(other + "/" + rest));
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
