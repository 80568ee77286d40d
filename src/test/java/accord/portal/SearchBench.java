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
                System.out.printf("query %-16s %-20s requests %2d (index %d), bytes %7d (index %7d), last byte at %5.0f ms;%s%n",
                        "'" + q + "'", status, loaded.size(), indexRequests, all, index, end, files);
            }
        } finally {
            driver.quit();
        }
    }
}
