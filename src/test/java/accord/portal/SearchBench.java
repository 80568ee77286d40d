package accord.portal;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures search on a built site in headless Chromium: for each query, the requests and bytes of the page and
 * its index files, and the time from opening the page to the results. Runs only when asked:
 * {@code mvn -B -q -ntp test -Dtest=SearchBench -Daccord.searchBench=/tmp/p10k/site} (README: Search).
 */
@EnabledIfSystemProperty(named = "accord.searchBench", matches = ".+")
class SearchBench {
    @Test
    @SuppressWarnings("unchecked")
    void measure() throws IOException {
        Path site = Path.of(System.getProperty("accord.searchBench"));
        List<String> queries = List.of(System.getProperty("accord.searchQueries",
                "climate,regional,Jabarov,trade corridor,1/CMA.6,11.5").split(","));
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        indexSize(site.resolve("search"));
        try (StaticServer server = new StaticServer(site)) {
            for (String q : queries) {
                driver.get(server.url("search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
                    String status = d.findElement(By.id("search-status")).getText();
                    return status.startsWith("No") || !d.findElements(By.cssSelector("#search-results li")).isEmpty();
                });
                List<Map<String, Object>> loaded = (List<Map<String, Object>>) driver.executeScript(
                        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                                + ".map(e => ({name: e.name.replace(/^https?:\\/\\/[^/]+/, ''), bytes: e.transferSize,"
                                + " end: e.responseEnd}));");
                long all = 0, index = 0;
                int indexRequests = 0;
                double end = 0;
                StringBuilder files = new StringBuilder();
                for (Map<String, Object> e : loaded) {
                    long b = ((Number) e.get("bytes")).longValue();
                    String name = (String) e.get("name");
                    all += b;
                    end = Math.max(end, ((Number) e.get("end")).doubleValue());
                    if (name.matches("/search/.+\\.js")) {
                        index += b;
                        indexRequests++;
                        files.append(' ').append(name.substring("/search/".length())).append('=').append(b);
                    }
                }
                String status = driver.findElement(By.id("search-status")).getText();
                // The query's own time, with its files already loaded and parsed (as for a reader's next keystroke):
                // the median of 9 runs of accord.query, the page's search function, timed in the page.
                double warm = ((Number) driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1], q = arguments[0], times = [];"
                                + "(async () => { for (let i = 0; i < 9; i++) { const t = performance.now();"
                                + " await accord.query({q: q}); times.push(performance.now() - t); }"
                                + " times.sort((a, b) => a - b); done(times[4]); })();", q)).doubleValue();
                System.out.printf(java.util.Locale.ROOT, "query %-16s %-20s requests %2d (index %d), bytes %7d (index %7d), last byte at %5.0f ms,"
                        + " query %6.1f ms warm;%s%n", "'" + q + "'", status, loaded.size(), indexRequests, all, index, end, warm, files);
            }
            facets(driver, server);
        } finally {
            driver.quit();
        }
    }

    /** The index on disk: files and bytes in all, and per kind of file (t/ shards, x/ typo shards, r/, d/, w/, f/, p/). */
    static void indexSize(Path search) throws IOException {
        Map<String, long[]> byKind = new java.util.TreeMap<>();
        long[] all = new long[3];
        try (var walk = java.nio.file.Files.walk(search)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".js")).toList()) {
                String rel = search.relativize(f).toString();
                String kind = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
                long size = java.nio.file.Files.size(f);
                long[] k = byKind.computeIfAbsent(kind, x -> new long[3]);
                k[0]++;
                k[1] += size;
                k[2] = Math.max(k[2], size);
                all[0]++;
                all[1] += size;
            }
        }
        System.out.printf("index: %d files, %d bytes%n", all[0], all[1]);
        byKind.forEach((k, v) -> System.out.printf("index %-12s %6d files, %10d bytes, largest %7d%n", k, v[0], v[1], v[2]));
    }

    /**
     * The filters: the manifest (loaded when they open), then, for each facet the manifest gives as a count of values
     * (a text box), what typing its prefix (system property accord.facetPrefix, default "ja") loads and the time to the
     * choices shown.
     */
    @SuppressWarnings("unchecked")
    static void facets(ChromeDriver driver, StaticServer server) {
        driver.get(server.url("search/"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("search-filters")).isDisplayed());
        driver.findElement(By.cssSelector("#search-filters summary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("#search-topic option")).size() > 1);
        List<Map<String, Object>> opened = (List<Map<String, Object>>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => ({name: e.name.replace(/^https?:\\/\\/[^/]+/, ''),"
                        + " bytes: e.transferSize}));");
        StringBuilder files = new StringBuilder();
        long bytes = 0;
        for (Map<String, Object> e : opened) {
            String name = (String) e.get("name");
            if (name.startsWith("/search/") || name.endsWith("search-facets.js")) {
                bytes += ((Number) e.get("bytes")).longValue();
                files.append(' ').append(name).append('=').append(e.get("bytes"));
            }
        }
        System.out.printf("filters opened: %d bytes;%s%n", bytes, files);
        String prefix = System.getProperty("accord.facetPrefix", "ja");
        for (WebElement box : driver.findElements(By.cssSelector(".search-facet input[type=text]"))) {
            driver.executeScript("performance.clearResourceTimings();");
            long start = System.nanoTime();
            box.sendKeys(prefix);
            WebElement hint = driver.findElement(By.id(box.getAttribute("id") + "-hint"));
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !box.findElements(By.xpath("../ul/li")).isEmpty()
                    || !hint.getText().equals("") && !hint.getText().startsWith("Type"));
            double ms = (System.nanoTime() - start) / 1e6;
            List<Map<String, Object>> typed = (List<Map<String, Object>>) driver.executeScript(
                    "return performance.getEntriesByType('resource').map(e => ({name: e.name.replace(/^https?:\\/\\/[^/]+/, ''),"
                            + " bytes: e.transferSize}));");
            long b = typed.stream().mapToLong(e -> ((Number) e.get("bytes")).longValue()).sum();
            System.out.printf(java.util.Locale.ROOT, "facet %-12s typed '%s': %d requests, %d bytes, %d choices, %.0f ms to the choices (WebDriver's"
                            + " typing included); %s%n", box.getAttribute("id").substring("search-f-".length()), prefix, typed.size(), b,
                    box.findElements(By.xpath("../ul/li")).size(), ms, typed);
        }
    }
}
