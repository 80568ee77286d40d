package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page's filters from the schema in headless Chromium, served over http://127.0.0.1 and opened from
 * file://: a facet of a few values as a list, a facet of 122 people as a text box whose choices load by prefix, both
 * in the address and through the back button; and a copy of the site with index files deleted, where the page says
 * that search cannot answer instead of "no records match".
 */
class SearchFacetBrowserTest {
    @TempDir
    static Path out;
    static StaticServer server;
    static StaticServer broken;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Path portal = out.resolve("portal");
        TestPortal.write(portal, accord.build.SearchFacetBuildTest.FACETS + accord.build.SearchFacetBuildTest.manySpeakers(120) + """
                -- content/speakers/hostile.md --
                ---
                title: "Zed <img src=x onerror=window.pwned=1> </script>"
                sort_name: Zed
                ---
                -- content/sessions/hostile-panel.md --
                ---
                title: Hostile panel
                date: 2024-11-14
                event: cop29
                speakers: [hostile]
                ---
                -- content/events/summit.md --
                ---
                title: Summit
                start: 2024-05-01
                kind: summit
                online: true
                ---
                """);
        assertThat(TestPortal.build(portal).ok()).isTrue();
        // A partial upload: the shard of "jab", the results of "zeller" and the records of one filter value are missing.
        Path copy = out.resolve("broken");
        copyTree(portal.resolve("site"), copy);
        Files.delete(copy.resolve("search/t/" + hex("jab") + ".js"));
        Files.delete(copy.resolve("search/r/" + hex("zeller") + ".js"));
        Files.delete(copy.resolve("search/f/v/kind/summit.js"));
        server = new StaticServer(portal.resolve("site"));
        broken = new StaticServer(copy);
        driver = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (broken != null) broken.close();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(String.format("%04x", cp)));
        return sb.toString();
    }

    static String served(String query) {
        return server.url("search/" + query);
    }

    static String fromDisk(String query) {
        return out.resolve("portal/site/search/index.html").toUri() + query;
    }

    static final List<Function<String, String>> BOTH = List.of(SearchFacetBrowserTest::served, SearchFacetBrowserTest::fromDisk);

    static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens {@code url} and waits for the status; returns the result titles. */
    static List<String> results(String url) {
        driver.get(url);
        return shown();
    }

    static List<String> shown() {
        await().until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        await().until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith("No") || status.startsWith("Search cannot")
                    || !d.findElements(By.cssSelector("#search-results li")).isEmpty();
        });
        return driver.findElements(By.cssSelector("#search-results h2 a")).stream().map(WebElement::getText).toList();
    }

    static String status() {
        return driver.findElement(By.id("search-status")).getText();
    }

    @Test
    void aFacetOfAFewValuesIsAListAndWorksAlone() {
        for (Function<String, String> where : BOTH) {
            assertThat(results(where.apply("?kind=summit"))).containsExactly("Summit");
            assertThat(status()).isEqualTo("1 record matches.");
            assertThat(driver.findElement(By.id("search-filters")).getAttribute("open")).isNotNull();
            assertThat(driver.findElement(By.id("search-f-kind")).getAttribute("value")).isEqualTo("summit");
            assertThat(driver.findElement(By.cssSelector("label[for=search-f-kind]")).getText()).isEqualTo("Kind");
            // An enum shows its labels, a yes-or-no field the page's words.
            assertThat(driver.findElements(By.cssSelector("#search-f-kind option")).stream().map(WebElement::getText).toList())
                    .containsExactly("Any", "Conference of the parties (1)", "summit (1)");
            assertThat(driver.findElements(By.cssSelector("#search-f-online option")).stream().map(WebElement::getText).toList())
                    .containsExactly("Any", "Yes (1)");
        }
        // Combined with a query and another filter.
        assertThat(results(served("?q=summit&kind=conference"))).isEmpty();
        assertThat(status()).isEqualTo("No records match.");
        assertThat(results(served("?collection=events&online=true"))).containsExactly("Summit");
    }

    /** Typing in a large facet's box loads the values of the first letters typed, offers them, and choosing one filters. */
    @Test
    @SuppressWarnings("unchecked")
    void aFacetOfManyValuesOffersChoicesAsTheReaderTypes() {
        for (Function<String, String> where : BOTH) {
            driver.get(where.apply(""));
            await().until(d -> d.findElement(By.id("search-filters")).isDisplayed());
            driver.findElement(By.cssSelector("#search-filters summary")).click();
            await().until(d -> !d.findElements(By.id("search-f-speakers")).isEmpty());
            WebElement box = driver.findElement(By.id("search-f-speakers"));
            assertThat(box.getTagName()).isEqualTo("input");
            box.sendKeys("jabb");
            await().until(d -> !d.findElements(By.cssSelector(".search-choices button")).isEmpty());
            assertThat(driver.findElements(By.cssSelector(".search-choices button")).stream().map(WebElement::getText).toList())
                    .containsExactly("Mikayil Jabbarov (2)");
            if (where == BOTH.get(0)) {
                List<String> loaded = (List<String>) driver.executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/'));");
                // The manifest (for the filters) and the prefix file of "j": not the 122 values.
                assertThat(loaded).containsExactlyInAnyOrder(server.url("search/manifest.js"),
                        server.url("search/p/speakers/" + hex("j") + ".js"));
            }
            driver.findElement(By.cssSelector(".search-choices button")).click();
            assertThat(shown()).containsExactlyInAnyOrder("Opening plenary", "Closing plenary");
            await().until(d -> d.getCurrentUrl().contains("speakers=speakers--mikayil-jabbarov"));
            assertThat(box.getAttribute("value")).isEqualTo("Mikayil Jabbarov");
            // With a query as well.
            driver.findElement(By.id("search-q")).sendKeys("closing");
            await().until(d -> d.findElements(By.cssSelector("#search-results li")).size() == 1);
            assertThat(shown()).containsExactly("Closing plenary");
        }
    }

    @Test
    void twoWordsTypedNarrowTheChoicesAndTheKeyboardReachesThem() {
        driver.get(served(""));
        await().until(d -> d.findElement(By.id("search-filters")).isDisplayed());
        driver.findElement(By.cssSelector("#search-filters summary")).click();
        await().until(d -> !d.findElements(By.id("search-f-speakers")).isEmpty());
        WebElement box = driver.findElement(By.id("search-f-speakers"));
        box.sendKeys("person ab");
        await().until(d -> !d.findElements(By.cssSelector(".search-choices button")).isEmpty()
                && d.findElements(By.cssSelector(".search-choices button")).stream().allMatch(b -> b.getText().contains("Abbas")));
        assertThat(driver.findElements(By.cssSelector(".search-choices button"))).hasSize(6);
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Person Abbas ason (1)");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(shown()).containsExactly("Crowded panel");
        await().until(d -> d.getCurrentUrl().contains("speakers=speakers--person-0"));
        // Nothing under letters no name has.
        box.clear();
        box.sendKeys("qqq");
        await().until(d -> d.findElement(By.id("search-f-speakers-hint")).getText().equals("Nothing starts with that."));
    }

    /** The address holds a large facet's value: the box shows its label, the back button brings it back, Remove clears it. */
    @Test
    void aFacetValueInTheAddressShowsItsNameAndTheBackButtonWorks() {
        for (Function<String, String> where : BOTH) {
            assertThat(results(where.apply("?speakers=speakers--anna-zeller"))).containsExactly("Closing plenary");
            await().until(d -> "Anna Zeller".equals(d.findElement(By.id("search-f-speakers")).getAttribute("value")));
            results(where.apply("?q=opening"));
            driver.navigate().back();
            assertThat(shown()).containsExactly("Closing plenary");
            await().until(d -> "Anna Zeller".equals(d.findElement(By.id("search-f-speakers")).getAttribute("value")));
            driver.findElement(By.cssSelector(".search-remove")).click();
            await().until(d -> d.findElements(By.cssSelector("#search-results li")).isEmpty());
            await().until(d -> !d.getCurrentUrl().contains("speakers="));
        }
    }

    /** A partial upload: a shard, a term's results and a filter's records missing. */
    @Test
    void whenPartOfTheIndexIsMissingThePageSaysSo() {
        for (Function<String, String> where : List.<Function<String, String>>of(q -> broken.url("search/" + q),
                q -> out.resolve("broken/search/index.html").toUri() + q)) {
            String failed = "Search cannot answer: part of its index could not be loaded (a file is missing, or this browser"
                    + " refused to load it from disk). Try again later, or browse the records by section.";
            assertThat(results(where.apply("?q=jabb"))).isEmpty();
            assertThat(status()).isEqualTo(failed);
            assertThat(driver.findElement(By.id("search-status")).getAttribute("role")).isEqualTo("status");
            // With the collections' lists to browse instead.
            assertThat(driver.findElement(By.id("search-browse")).isDisplayed()).isTrue();
            assertThat(driver.findElements(By.cssSelector("#search-browse a")).stream().map(WebElement::getText).toList())
                    .contains("Sessions", "People");
            assertThat(results(where.apply("?q=zeller"))).isEmpty();
            assertThat(status()).isEqualTo(failed);
            assertThat(results(where.apply("?kind=summit"))).isEmpty();
            assertThat(status()).isEqualTo(failed);
            // What the index has still answers, and a word it does not have is still no match.
            assertThat(results(where.apply("?q=opening"))).containsExactly("Opening plenary");
            assertThat(driver.findElements(By.id("search-browse"))).noneMatch(WebElement::isDisplayed);
            assertThat(results(where.apply("?q=qqxyzzyq"))).isEmpty();
            assertThat(status()).isEqualTo("No records match.");
        }
    }

    /** A browser that loads no script from disk (every index file refused) is told the same. */
    @Test
    void whenNoIndexFileLoadsThePageSaysSo() throws IOException {
        Path empty = out.resolve("no-index");
        copyTree(out.resolve("portal/site"), empty);
        try (Stream<Path> walk = Files.walk(empty.resolve("search"))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.getFileName().toString().equals("index.html") && !p.equals(empty.resolve("search"))) Files.delete(p);
            }
        }
        assertThat(results(empty.resolve("search/index.html").toUri() + "?q=anything")).isEmpty();
        assertThat(status()).startsWith("Search cannot answer");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFiltersPassAxeAndLookRightOnAPhone() throws IOException {
        Path shots = Path.of("target/screenshots-search");
        Files.createDirectories(shots);
        for (int width : new int[] {1200, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            results(served("?kind=conference"));
            WebElement box = driver.findElement(By.id("search-f-speakers"));
            box.sendKeys("zel");
            await().until(d -> !d.findElements(By.cssSelector(".search-choices button")).isEmpty());
            driver.executeScript(TestPrerequisites.axe());
            List<String> violations = (List<String>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                            + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
            assertThat(violations).as("width %d", width).isEmpty();
            assertThat((Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            Files.write(shots.resolve("filters-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            results(broken.url("search/?q=jabb"));
            driver.executeScript(TestPrerequisites.axe());
            violations = (List<String>) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                            + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
            assertThat(violations).as("width %d, failed", width).isEmpty();
            Files.write(shots.resolve("failed-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(1200, 900));
    }

    /**
     * The page as the script leaves it, with the filters open, a list facet set, a large facet's choices shown and
     * another chosen, passes the Nu Html Checker with no error and no warning; so does the page saying that the index
     * cannot answer.
     */
    @Test
    void thePageWithItsFiltersIsValidHtml() throws IOException, InterruptedException {
        results(served("?kind=conference&speakers=speakers--anna-zeller"));
        await().until(d -> "Anna Zeller".equals(d.findElement(By.id("search-f-speakers")).getAttribute("value")));
        driver.findElement(By.id("search-f-speakers")).sendKeys(" x");
        driver.findElement(By.id("search-f-speakers")).clear();
        driver.findElement(By.id("search-f-speakers")).sendKeys("jabb");
        await().until(d -> !d.findElements(By.cssSelector(".search-choices button")).isEmpty());
        Path dir = Files.createDirectories(out.resolve("dom"));
        Files.writeString(dir.resolve("filters.html"), "<!DOCTYPE html>\n"
                + driver.executeScript("return document.documentElement.outerHTML"));
        results(broken.url("search/?q=jabb"));
        Files.writeString(dir.resolve("failed.html"), "<!DOCTYPE html>\n"
                + driver.executeScript("return document.documentElement.outerHTML"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                TestPrerequisites.vnu().toString(), "--no-langdetect", dir.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(report).isZero();
        assertThat(report).isEmpty();
    }

    /** Facet values are text: a name that looks like markup is offered and shown as it is, and runs nothing. */
    @Test
    void aValueThatLooksLikeHtmlIsText() {
        for (Function<String, String> where : BOTH) {
            driver.get(where.apply(""));
            await().until(d -> d.findElement(By.id("search-filters")).isDisplayed());
            driver.findElement(By.cssSelector("#search-filters summary")).click();
            await().until(d -> !d.findElements(By.id("search-f-speakers")).isEmpty());
            driver.findElement(By.id("search-f-speakers")).sendKeys("zed img");
            await().until(d -> !d.findElements(By.cssSelector(".search-choices button")).isEmpty());
            WebElement choice = driver.findElement(By.cssSelector(".search-choices button"));
            assertThat(choice.getText()).isEqualTo("Zed <img src=x onerror=window.pwned=1> </script> (1)");
            choice.click();
            assertThat(shown()).containsExactly("Hostile panel");
            assertThat(driver.findElement(By.id("search-f-speakers")).getAttribute("value"))
                    .isEqualTo("Zed <img src=x onerror=window.pwned=1> </script>");
            JavascriptExecutor js = driver;
            assertThat(js.executeScript("return document.querySelectorAll('#search-form img').length")).isEqualTo(0L);
            assertThat(js.executeScript("return window.pwned === undefined")).isEqualTo(true);
        }
    }
}
