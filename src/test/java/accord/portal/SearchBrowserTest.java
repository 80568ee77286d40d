package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.Build;
import accord.build.BuildOptions;
import accord.build.TestPortal;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search on the real portal in headless Chromium, served over http://127.0.0.1 and opened from file://:
 * other spellings and scripts of a name, a misspelling, a document symbol, a figure, a filter alone, a query
 * with no results, typing, and what a query costs in requests and bytes. A fixture portal with a record
 * titled as an HTML injection shows that title as text.
 */
class SearchBrowserTest {
    @TempDir
    static Path out;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        var result = new Build(new BuildOptions(repo, out.resolve("site"), false, Optional.of("/"), true)).run();
        assertThat(result.ok()).as("build: %s", result.problems()).isTrue();
        TestPortal.write(out.resolve("hostile"), TestPortal.PORTAL + """
                -- content/topics/trade.md --
                ---
                title: "Trade <img src=x onerror=window.pwned=1> </script>"
                ---
                -- content/topics/breakout.md --
                ---
                title: "Breakout </script><script>window.pwned=2</script> */ window.pwned=3 /* \\" ' ` ${window.pwned=4} \\u2028"
                ---
                Breakout </script><script>window.pwned=5</script> */ `${window.pwned=6}` "quoted" \u2028 \u2029 <!-- end
                """);
        assertThat(TestPortal.build(out.resolve("hostile")).ok()).isTrue();
        server = new StaticServer(out.resolve("site"));
        driver = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    static String served(String query) {
        return server.url("search/" + query);
    }

    static String fromDisk(String query) {
        return out.resolve("site/search/index.html").toUri() + query;
    }

    static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** Opens {@code url} and waits for the search to say how many records match; returns the result titles. */
    static List<String> results(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith("No") || !d.findElements(By.cssSelector("#search-results li")).isEmpty();
        });
        return driver.findElements(By.cssSelector("#search-results h2 a")).stream().map(WebElement::getText).toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "Cabbarov | Mikayil Jabbarov",
            "Джаббаров | Mikayil Jabbarov",
            "Jabarov | Mikayil Jabbarov",
            "Dabbarov | Mikayil Jabbarov",
            "Kabarov | Mikayil Jabbarov",
            "Xabyrova | Lyaziza Sabyrova",
            "Mikayıl | Mikayil Jabbarov",
            "jabb | Mikayil Jabbarov",
            "Sabirova | Lyaziza Sabyrova",
            "Сабырова | Lyaziza Sabyrova",
            "1/CMA.6 | New collective quantified goal on climate finance (decision 1/CMA.6)",
            "11.5 | High-Level Session on the CAREC Partnership for Climate, Innovation and Trade",
            "declaraton baku carec | Baku Declaration on CAREC Partnership for Climate, Innovation and Trade"})
    void findsTheRecordServedAndFromDisk(String query, String title) {
        for (Function<String, String> where : List.<Function<String, String>>of(SearchBrowserTest::served, SearchBrowserTest::fromDisk)) {
            List<String> found = results(where.apply(q(query)));
            assertThat(found.subList(0, Math.min(5, found.size()))).as("%s at %s", query, driver.getCurrentUrl()).contains(title);
        }
    }

    @Test
    void aResultOpensItsPageBothWays() {
        results(served(q("Sabyrova")));
        driver.findElement(By.cssSelector("#search-results h2 a")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lyaziza Sabyrova");
        results(fromDisk(q("Sabyrova")));
        driver.findElement(By.cssSelector("#search-results h2 a")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/speakers/lyaziza-sabyrova/index.html");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lyaziza Sabyrova");
    }

    @Test
    void aFilterAloneListsItsRecordsAndNoMatchSaysSo() {
        assertThat(results(served("?collection=speakers"))).hasSize(6).contains("Mikayil Jabbarov", "Lyaziza Sabyrova");
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("6 records match.");
        assertThat(results(served("?q=carec&collection=declarations&year=2024"))).isNotEmpty()
                .allMatch(t -> t.contains("Declaration") || t.contains("Statement") || t.contains("statement"));
        assertThat(results(served(q("qqxyzzyq")))).isEmpty();
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("No records match.");
    }

    /**
     * A word no record has, not even misspelt, is left out and named, so one unknown word does not hide what the
     * others find; a query of unknown words alone still finds nothing, and says nothing of leaving words out.
     */
    @Test
    void aWordNoRecordHasIsLeftOutAndNamed() {
        List<String> alone = results(served(q("Jabbarov")));
        String count = driver.findElement(By.id("search-status")).getText();
        assertThat(results(served(q("Jabbarov qqxyzzyq")))).contains("Mikayil Jabbarov").isEqualTo(alone);
        assertThat(driver.findElement(By.id("search-status")).getText())
                .isEqualTo(count + " Not found in any record, so left out: qqxyzzyq.");
        assertThat(query("qqxyzzyq Jabbarov wwvvkkq")).containsEntry("missing", List.of("qqxyzzyq", "wwvvkkq"));
        // A misspelt word is matched, not left out.
        assertThat(query("Jabarov Sabirova")).containsEntry("missing", List.of());
        assertThat(results(fromDisk(q("qqxyzzyq wwvvkkq")))).isEmpty();
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("No records match.");
    }

    /** The filters are a closed disclosure; opening it loads the topic and year lists, and a topic in the address opens it. */
    @Test
    void theFiltersOpenOnDemandAndATopicInTheAddressOpensThem() {
        driver.get(served(""));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-filters")).isDisplayed());
        assertThat(driver.findElement(By.id("search-topic")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("#search-filters summary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#search-topic option")).size() > 1);
        assertThat(driver.findElement(By.id("search-topic")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#search-year option")).size()).isGreaterThan(1);
        String topic = driver.findElements(By.cssSelector("#search-topic option")).get(1).getAttribute("value");
        assertThat(results(served("?topic=" + topic))).isNotEmpty();
        assertThat(driver.findElement(By.id("search-filters")).getAttribute("open")).isNotNull();
        assertThat(driver.findElement(By.id("search-topic")).getAttribute("value")).isEqualTo(topic);
    }

    @Test
    void resultsAppearAsTheReaderTypesAndTheAddressKeepsTheQuery() {
        driver.get(served(""));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-filters")).isDisplayed());
        driver.findElement(By.id("search-q")).sendKeys("sabyr");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#search-results h2 a")).getText()).isEqualTo("Lyaziza Sabyrova");
        assertThat(driver.findElement(By.cssSelector("#search-results h2 mark")).getText()).isEqualTo("Sabyrova");
        assertThat(driver.getCurrentUrl()).endsWith("/search/?q=sabyr");
    }

    /**
     * "More results" pressed from the keyboard takes the reader to the first result it added, so the next Tab goes on
     * from there and a screen reader reads it; on the last page the button hides, and focus must not fall back to the
     * start of the page.
     */
    @Test
    void moreResultsTakesTheKeyboardToTheFirstResultItAdded() {
        List<String> first = results(served(q("the")));
        assertThat(first).hasSize(10);
        String status = driver.findElement(By.id("search-status")).getText();
        int count = Integer.parseInt(status.substring(0, status.indexOf(' ')));
        assertThat(count).as(status).isGreaterThan(20);
        JavascriptExecutor js = driver;
        for (int shown = 10; shown < count; shown += 10) {
            WebElement more = driver.findElement(By.id("search-more"));
            assertThat(more.isDisplayed()).as("after %d of %d", shown, count).isTrue();
            more.sendKeys(org.openqa.selenium.Keys.ENTER);
            int before = shown;
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("#search-results > li")).size() > before);
            List<WebElement> links = driver.findElements(By.cssSelector("#search-results > li h2 a"));
            assertThat(links).hasSize(Math.min(count, shown + 10));
            assertThat(js.executeScript("return document.activeElement === arguments[0]", links.get(shown)))
                    .as("focus after 'More results' with %d shown: %s", shown,
                            js.executeScript("return document.activeElement.outerHTML.substring(0, 120)"))
                    .isEqualTo(true);
        }
        assertThat(driver.findElement(By.id("search-more")).isDisplayed()).isFalse();
    }

    @Test
    void aTitleThatLooksLikeHtmlIsShownAsText() {
        List<String> found = results(out.resolve("hostile/site/search/index.html").toUri() + q("onerror"));
        assertThat(found).containsExactly("Trade <img src=x onerror=window.pwned=1> </script>");
        JavascriptExecutor js = driver;
        assertThat(js.executeScript("return document.querySelectorAll('#search-results img').length")).isEqualTo(0L);
        assertThat(js.executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    /**
     * Without JavaScript no search box is offered, neither the page's form nor the header's (they could only reload the
     * page): the page says that search needs JavaScript and links to the lists. With it, both are there.
     */
    @Test
    void withoutJavaScriptNoSearchBoxIsOfferedAndThePageSaysWhy() {
        driver.get(served(""));
        assertThat(driver.findElement(By.id("search-form")).isDisplayed()).isTrue();
        driver.get(server.url("sessions/"));
        assertThat(driver.findElement(By.cssSelector("form.search")).isDisplayed()).isTrue();
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            driver.get(served(""));
            assertThat(driver.findElement(By.id("search-form")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Search needs JavaScript");
            assertThat(driver.findElements(By.cssSelector("ul.collections a"))).allMatch(a -> a.isDisplayed()).isNotEmpty();
            driver.get(server.url("sessions/"));
            assertThat(driver.findElement(By.cssSelector("form.search")).isDisplayed()).isFalse();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }

    /** Record text that would end a script's string, comment or element, loaded as script from file://, runs nothing. */
    @Test
    void recordTextLoadedAsScriptFromDiskRunsNothing() {
        List<String> found = results(out.resolve("hostile/site/search/index.html").toUri() + q("breakout"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("Breakout </script><script>window.pwned=2</script> */ window.pwned=3 /* \" ' ` ${window.pwned=4}");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    /**
     * Results, with their matched words marked in titles and snippets, pass axe in light and dark mode: the marks'
     * colours are the page's contrast too.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"light", "dark"})
    void theSearchPagePassesAxeWithResults(String scheme) throws IOException {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        try {
            results(served(q("Jabbarov")));
            JavascriptExecutor js = driver;
            assertThat(js.executeScript("return matchMedia('(prefers-color-scheme: ' + arguments[0] + ')').matches;", scheme))
                    .isEqualTo(true);
            assertThat(driver.findElements(By.cssSelector("#search-results p:not(.search-meta) mark"))).isNotEmpty();
            js.executeScript(TestPrerequisites.axe());
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) js.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                            + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
            assertThat(violations).as("axe, %s", scheme).isEmpty();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** The search page's own query function: what the page shows for a query, without typing it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> query(String q) {
        return (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "accord.query({q: arguments[0]}).then(done, e => done({error: String(e)}));", q);
    }

    /** A word of a name with one letter changed: the first one (or a middle one deleted), never making another name. */
    static String misspell(String name, boolean first) {
        String longest = "";
        for (String w : name.split("[^\\p{L}]+")) if (w.length() > longest.length()) longest = w;
        String wrong = first ? (Character.toLowerCase(longest.charAt(0)) == 'q' ? "x" : "q") + longest.substring(1)
                : longest.substring(0, longest.length() / 2) + longest.substring(longest.length() / 2 + 1);
        return name.replace(longest, wrong);
    }

    /**
     * Done when: on the real portal every person and organization is found, among the first five results, by
     * each of its aliases and by its name with one letter of its longest word changed (the first letter, where
     * the word's own shard is not the misspelling's) or left out, served and from disk.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyPersonAndOrganizationIsFoundByEachAliasAndAMisspelling() throws IOException {
        int checked = 0;
        for (String collection : List.of("speakers", "organizations")) {
            try (var files = Files.list(Path.of("content", collection))) {
                // A translation (x.ru.md) is its record in another language, found through the record's aliases.
                for (Path f : files.filter(p -> p.getFileName().toString().matches("[^.]+\\.md")).sorted().toList()) {
                    String text = Files.readString(f);
                    Map<String, Object> front = new org.yaml.snakeyaml.Yaml().load(text.split("(?m)^---$")[1]);
                    String title = (String) front.get("title");
                    List<String> queries = new java.util.ArrayList<>();
                    for (Object alias : (List<Object>) front.getOrDefault("aliases", List.of())) {
                        queries.add(alias instanceof Map<?, ?> m ? (String) m.get("name") : (String) alias);
                    }
                    queries.add(misspell(title, true));
                    queries.add(misspell(title, false));
                    for (Function<String, String> where : List.<Function<String, String>>of(SearchBrowserTest::served,
                            SearchBrowserTest::fromDisk)) {
                        driver.get(where.apply(""));
                        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-filters")).isDisplayed());
                        for (String q : queries) {
                            List<String> titles = (List<String>) query(q).get("titles");
                            assertThat(titles).as("%s: '%s' at %s", f, q, driver.getCurrentUrl()).isNotNull();
                            assertThat(titles.subList(0, Math.min(5, titles.size()))).as("%s: '%s' at %s", f, q, driver.getCurrentUrl())
                                    .contains(title);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    /**
     * Hostile queries: regular-expression metacharacters, quotes and markup are only text, a word of 100,000
     * letters is cut to the index's longest term, and a query of 20,000 words uses its first ten; each answers
     * within seconds and none runs anything.
     */
    @Test
    void aHostileQueryCannotHangOrRunAnything() {
        driver.get(served(""));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-filters")).isDisplayed());
        List<String> queries = List.of("(a+)+$", "((((((((((x*)*)*)*)*)*)*)*)*)*)y", ".*.*.*=.*", "[", "\\", "$&$1",
                "\"<img src=x onerror=window.pwned=1>", "</script><script>window.pwned=1</script>", "${window.pwned=1}",
                "a".repeat(100_000) + "!", "jabbarov ".repeat(20_000), "ab.".repeat(30_000));
        for (String q : queries) {
            long start = System.nanoTime();
            Map<String, Object> answer = query(q);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer).as(q.substring(0, Math.min(40, q.length()))).containsKey("count").doesNotContainKey("error");
            assertThat(ms).as(q.substring(0, Math.min(40, q.length()))).isLessThan(5_000);
        }
        assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    /**
     * What one query costs, read from the browser's resource timings: the index files it loaded (the term's shard
     * and the result data) and the bytes of everything, page included.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aQueryLoadsAFewSmallFiles() {
        results(served(q("Jabbarov")));
        JavascriptExecutor js = driver;
        List<Map<String, Object>> loaded = (List<Map<String, Object>>) js.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".map(e => ({name: e.name, bytes: e.transferSize}));");
        List<String> index = loaded.stream().map(e -> (String) e.get("name")).filter(n -> n.matches(".*/search/.+\\.js")).toList();
        long bytes = loaded.stream().mapToLong(e -> ((Number) e.get("bytes")).longValue()).sum();
        System.out.println("search: 'Jabbarov' on the portal: " + loaded.size() + " requests, " + bytes + " bytes: " + loaded);
        // The shard of "jab" and the result data of "jabbarov"'s best records: its first page. The page itself tells
        // the script the record count and the languages, so the manifest (topic and year lists) is not needed.
        // Two of its four results (the COP29 session, the Ministry of Economy) name him only past their excerpts: their
        // snippets are cut from the English text of their blocks, 29 KB.
        String site = served("").replaceAll("search/$", "");
        assertThat(index).containsExactlyInAnyOrder(site + "search/t/006a00610062.js",
                site + "search/r/006a00610062006200610072006f0076.js", site + "search/s/en/6.js", site + "search/s/en/7.js");
        // Uncompressed, as this server sends them: the page 6.5 KB, style.css 13.5 KB, search.css 3.6 KB, search.js 32 KB
        // as the build writes it, without its comments (10 KB of the source; the facets' code, assets/search-facets.js,
        // loads only with the filters), the two index files 4 KB, the two text files 29 KB: 89.4 KB. Issue 8's budget is
        // 100 KB; its aim of 50 KB was met before the schema's facets and the missing-index handling came in, and the
        // page was 58 KB before snippets were cut from the records' text (94 KB with the two text files, 99.4 KB once
        // hyphenated words were matched by their parts and before comments were left out of scripts).
        assertThat(bytes).as("bytes for the page and one query: %s", loaded).isLessThan(100_000);
    }
}
