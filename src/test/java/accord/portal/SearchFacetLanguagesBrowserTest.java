package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page's filters in a portal of two languages, in headless Chromium: on the Russian page a facet's name,
 * an enum's values, a reference facet's values (its targets' Russian titles), a large facet's choices and the topics
 * are in Russian where the schema and the translations give them, and in English, marked lang="en", where they do not;
 * the English page is as it was.
 */
class SearchFacetLanguagesBrowserTest {
    @TempDir
    static Path out;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Path root = out.resolve("portal");
        TestPortal.write(root, accord.build.SearchFacetBuildTest.twoLanguages());
        var result = TestPortal.build(root);
        assertThat(result.ok()).as("%s", result.problems()).isTrue();
        server = new StaticServer(root.resolve("site"));
        driver = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static List<String> results(String url) {
        driver.get(server.url(url));
        await().until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return driver.findElements(By.cssSelector("#search-results h2 a")).stream().map(WebElement::getText).toList();
    }

    /** Each option of a select as its text, with " [lang]" after it where it carries a lang attribute. */
    static List<String> options(String id) {
        return driver.findElements(By.cssSelector("#" + id + " option")).stream().map(SearchFacetLanguagesBrowserTest::marked).toList();
    }

    static String marked(WebElement e) {
        String lang = e.getAttribute("lang");
        return e.getText() + (lang == null || lang.isEmpty() ? "" : " [" + lang + "]");
    }

    static String name(String facet) {
        return marked(driver.findElement(By.cssSelector("label[for=search-f-" + facet + "]")));
    }

    @Test
    void theRussianPageNamesTheFiltersAndTheirValuesInRussian() {
        assertThat(results("ru/search/?status=open")).containsExactly("Открытие");
        await().until(d -> !d.findElements(By.id("search-f-room")).isEmpty());
        assertThat(name("status")).isEqualTo("Статус");
        // "Any" is the theme's Russian word; a value the schema names only in English is marked so.
        assertThat(options("search-f-status")).containsExactly("Любое", "Postponed (1) [en]", "Открыта (1)");
        assertThat(name("chair")).isEqualTo("Председатель");
        assertThat(options("search-f-chair")).containsExactly("Любое", "Anna Zeller (1) [en]", "Микаил Джаббаров (1)");
        // A facet without label_ru, and values written as they are, are English.
        assertThat(name("room")).isEqualTo("Room [en]");
        assertThat(options("search-f-room")).containsExactly("Любое", "Hall A (1) [en]");
        assertThat(name("speakers")).isEqualTo("Speakers [en]");
        assertThat(options("search-topic")).containsExactly("Все темы", "Trade (1) [en]", "Финансы (1)");
    }

    @Test
    void theRussianPageOffersALargeFacetsValuesByTheirRussianNames() {
        driver.get(server.url("ru/search/"));
        await().until(d -> d.findElement(By.id("search-filters")).isDisplayed());
        driver.findElement(By.cssSelector("#search-filters summary")).click();
        await().until(d -> !d.findElements(By.id("search-f-speakers")).isEmpty());
        WebElement box = driver.findElement(By.id("search-f-speakers"));
        box.sendKeys("пёт");
        await().until(d -> !d.findElements(By.cssSelector(".search-choices button")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".search-choices button")).stream().map(SearchFacetLanguagesBrowserTest::marked))
                .containsExactly("Пётр Первый (1)");
        box.clear();
        box.sendKeys("number1");
        await().until(d -> d.findElements(By.cssSelector(".search-choices button")).size() == 10);
        assertThat(driver.findElements(By.cssSelector(".search-choices button")).stream().map(SearchFacetLanguagesBrowserTest::marked))
                .contains("Person Number1 (1) [en]", "Person Number10 (1) [en]");
        // A value in the address shows its Russian title, or its English one marked so.
        assertThat(results("ru/search/?speakers=people--person-0")).containsExactly("Открытие");
        await().until(d -> "Пётр Первый".equals(d.findElement(By.id("search-f-speakers")).getAttribute("value")));
        assertThat(driver.findElement(By.id("search-f-speakers")).getAttribute("lang")).isEmpty();
        results("ru/search/?speakers=people--person-7");
        await().until(d -> "Person Number7".equals(d.findElement(By.id("search-f-speakers")).getAttribute("value")));
        assertThat(driver.findElement(By.id("search-f-speakers")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void theEnglishPageIsInEnglishAndLoadsNoOtherLanguagesWords() {
        assertThat(results("search/?status=open")).containsExactly("Opening plenary");
        await().until(d -> !d.findElements(By.id("search-f-room")).isEmpty());
        assertThat(name("status")).isEqualTo("Status");
        assertThat(options("search-f-status")).containsExactly("Any", "Open (1)", "Postponed (1)");
        assertThat(options("search-f-chair")).containsExactly("Any", "Anna Zeller (1)", "Mikayil Jabbarov (1)");
        assertThat(options("search-topic")).containsExactly("All topics", "Finance (1)", "Trade (1)");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/l/'));");
        assertThat(loaded).isEmpty();
    }
}
