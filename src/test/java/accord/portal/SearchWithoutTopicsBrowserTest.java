package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A portal whose schema gives its records neither topics nor dates (a treaty archive's parties and documents): its
 * search page offers no topic or year filter that could only ever say "All", and the rest of the page works without
 * them, in headless Chromium.
 */
class SearchWithoutTopicsBrowserTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              name: { type: string, required: true, label: Name, role: title }
            collections:
              parties:
                title: Parties
                singular: Party
                fields:
                  region: { type: string, label: Region }
              documents:
                title: Documents
                singular: Document
                fields:
                  party: { type: ref(parties), label: Party }
            -- content/site.yml --
            title: Treaty archive
            base_url: https://treaties.test/
            -- content/parties/kazakhstan.md --
            ---
            name: Kazakhstan
            region: Central Asia
            ---
            A party to the water treaty.
            -- content/documents/water-treaty.md --
            ---
            name: Water treaty
            party: kazakhstan
            ---
            The treaty on shared water.
            """;

    @TempDir
    static Path out;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        TestPortal.write(out, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(out))).isEmpty();
        server = new StaticServer(out.resolve("site"));
        driver = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @Test
    void theSearchPageHasNoTopicOrYearFilterAndItsCollectionFilterWorks() throws IOException {
        var page = Jsoup.parse(out.resolve("site/search/index.html").toFile(), "UTF-8");
        assertThat(page.select("#search-filters label").eachText()).containsExactly("Collection");
        assertThat(page.select("#search-topic, #search-year")).isEmpty();

        driver.get(server.url("search/?q=treaty"));
        await().until(d -> !d.findElements(By.cssSelector("#search-results h2 a")).isEmpty());
        assertThat(titles()).containsExactly("Water treaty", "Kazakhstan");
        // Opening the filters loads the manifest, which has no topics or years to list; choosing a collection narrows.
        driver.findElement(By.cssSelector("#search-filters summary")).click();
        new Select(driver.findElement(By.id("search-collection"))).selectByValue("parties");
        await().until(d -> d.getCurrentUrl().contains("collection=parties") && titles().equals(List.of("Kazakhstan")));
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("1 record matches.");
    }

    static List<String> titles() {
        return driver.findElements(By.cssSelector("#search-results h2 a")).stream().map(WebElement::getText).toList();
    }

    static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
