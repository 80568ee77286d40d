package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in a portal of three languages, in headless Chromium: translations are found by their own words and
 * names, each record is listed once, in the reader's language where that version matched (the {@code lang} the
 * search boxes of other languages' pages send) and otherwise in the language that matched, and a result opens
 * that language's page.
 */
class SearchLanguagesBrowserTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, translatable: true }
            collections:
              meetings:
                title: Meetings
                singular: Meeting
                fields:
                  date: { type: date, required: true, label: Date }
                  date_basis: { type: string, label: Date basis, translatable: true }
                  chair: { type: ref(people), label: Chair, backlink: Chaired }
              people:
                title: People
                singular: Person
                fields:
                  role: { type: string, label: Role, translatable: true }
            -- content/site.yml --
            title: Fixture
            base_url: https://accord.test/fx/
            languages: [en, ru, az]
            -- content/people/jabbarov.md --
            ---
            title: "Mikayil Jabbarov"
            role: "Minister of Economy"
            ---
            Minister of Economy of Azerbaijan.
            -- content/people/jabbarov.ru.md --
            ---
            title: "Микаил Джаббаров"
            role: "Министр экономики"
            ---
            Министр экономики Азербайджана.
            -- content/people/jabbarov.az.md --
            ---
            title: "Mikayıl Cabbarov"
            role: "İqtisadiyyat naziri"
            ---
            Azərbaycanın iqtisadiyyat naziri.
            -- content/meetings/plenary.md --
            ---
            title: "Opening plenary"
            date: "2024-11-14"
            date_basis: "date of the report"
            chair: jabbarov
            ---
            The plenary opened the session on trade.
            -- content/meetings/plenary.ru.md --
            ---
            title: "Открытие пленарного заседания"
            ---
            Пленарное заседание открыло сессию о торговле.
            -- content/meetings/dialogue.md --
            ---
            title: "Ministerial dialogue"
            date: "2024-11-14"
            ---
            A dialogue on trade and the economy.
            """;

    @TempDir
    static Path root;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws java.io.IOException {
        TestPortal.write(root, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        server = new StaticServer(root.resolve("site"));
        driver = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    /** Opens the search page with {@code query} and returns each result as its title and address (root-relative). */
    static List<String> results(String query) {
        driver.get(server.url("search/" + query));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith("No") || !d.findElements(By.cssSelector("#search-results li")).isEmpty();
        });
        return driver.findElements(By.cssSelector("#search-results h2 a")).stream()
                .map(a -> a.getText() + " → " + a.getAttribute("href").replace(server.url(""), "")).toList();
    }

    /** Each result's line under its title (collection and date), as HTML. */
    static List<String> metaLines() {
        return driver.findElements(By.cssSelector("#search-results .search-meta")).stream()
                .map(p -> p.getAttribute("innerHTML")).toList();
    }

    static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void aRussianNameFindsTheRussianVersionAndTheRecordsThatNameItInRussian() {
        assertThat(results(q("Джаббаров"))).containsExactly(
                "Микаил Джаббаров → ru/people/jabbarov/", "Открытие пленарного заседания → ru/meetings/plenary/");
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("2 records match.");
        // The result is marked as Russian text on an English page.
        assertThat(driver.findElement(By.cssSelector("#search-results li")).getAttribute("lang")).isEqualTo("ru");
    }

    @Test
    void aDatesBasisAndACollectionsNameThatFellBackAreMarkedInAResultAsThePagesMarkThem() {
        // plenary.ru.md leaves the date's basis to plenary.md: the Russian page writes the date in Russian and marks
        // the basis as English.
        driver.get(server.url("ru/meetings/plenary/"));
        String onThePage = driver.findElement(By.cssSelector(".facts dd time")).getAttribute("outerHTML");
        assertThat(onThePage).isEqualTo("<time datetime=\"2024-11-14\">14 ноября 2024 (<span lang=\"en\">date of the report</span>)</time>");
        // So does its result on the Russian search page, whose own language the result is in.
        driver.get(server.url("ru/search/" + q("торговле")));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        WebElement row = driver.findElement(By.cssSelector("#search-results li"));
        assertThat(row.getAttribute("lang")).isEmpty();
        // The schema names its collections in English only: the Russian page's filter and the result mark the name.
        assertThat(driver.findElement(By.cssSelector("#search-collection option[value=meetings]")).getAttribute("lang"))
                .isEqualTo("en");
        assertThat(metaLines()).containsExactly("<span lang=\"en\">Meetings</span> · " + onThePage);
        // On the English search page the Russian result is marked Russian, its basis still English, and so is the
        // collection's name, which is the English page's.
        results(q("торговле"));
        assertThat(driver.findElement(By.cssSelector("#search-results li")).getAttribute("lang")).isEqualTo("ru");
        assertThat(driver.findElement(By.cssSelector("#search-collection option[value=meetings]")).getAttribute("lang"))
                .isEmpty();
        assertThat(metaLines()).containsExactly("<span lang=\"en\">Meetings</span> · " + onThePage);
        // In English results the basis is in the result's language: nothing to mark; a date without one is the date
        // alone. Each is in a <time datetime>, as on the pages.
        assertThat(results(q("trade"))).containsExactly("Ministerial dialogue → meetings/dialogue/", "Opening plenary → meetings/plenary/");
        assertThat(metaLines()).containsExactly("Meetings · <time datetime=\"2024-11-14\">14 November 2024</time>",
                "Meetings · <time datetime=\"2024-11-14\">14 November 2024 (date of the report)</time>");
    }

    @Test
    void aWordOfATranslatedBodyFindsItAndAResultOpensThePageInThatLanguage() {
        assertThat(results(q("торговле"))).containsExactly("Открытие пленарного заседания → ru/meetings/plenary/");
        assertThat(results(q("Cabbarov"))).containsExactly("Mikayıl Cabbarov → az/people/jabbarov/");
        assertThat(results(q("iqtisadiyyat"))).containsExactly("Mikayıl Cabbarov → az/people/jabbarov/");
        results(q("Джаббаров"));
        driver.findElement(By.cssSelector("#search-results h2 a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/ru/people/jabbarov/"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Микаил Джаббаров");
    }

    /**
     * A date is found in the words each language's page writes it in: before, only its ISO form was indexed, so
     * "ноября" or "noyabr" found nothing while the results showed "14 ноября 2024".
     */
    @Test
    void aDateIsFoundInTheWordsOfTheReadersLanguage() {
        assertThat(results(q("14 ноября 2024") + "&lang=ru")).containsExactly("Открытие пленарного заседания → ru/meetings/plenary/");
        assertThat(results(q("November 2024"))).containsExactlyInAnyOrder(
                "Opening plenary → meetings/plenary/", "Ministerial dialogue → meetings/dialogue/");
        assertThat(results(q("noyabr") + "&lang=az")).isEmpty(); // no Azerbaijani version, so no page writes it so
    }

    @Test
    void eachRecordIsListedOnceInTheReadersLanguageFirstThenInTheOthers() {
        // Both meetings share the date; the plenary is also in Russian, the dialogue only in English.
        assertThat(results(q("2024-11-14"))).containsExactlyInAnyOrder(
                "Opening plenary → meetings/plenary/", "Ministerial dialogue → meetings/dialogue/");
        assertThat(results(q("2024-11-14") + "&lang=ru")).containsExactly(
                "Открытие пленарного заседания → ru/meetings/plenary/", "Ministerial dialogue → meetings/dialogue/");
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("2 records match.");
        // A word only the English version has falls back to it for a Russian reader.
        assertThat(results(q("jabbarov") + "&lang=ru")).containsExactly(
                "Mikayil Jabbarov → people/jabbarov/", "Opening plenary → meetings/plenary/");
        // The reader's language stays in the address as the query changes.
        WebElement box = driver.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys("economy");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=economy"));
        assertThat(driver.getCurrentUrl()).contains("lang=ru");
    }

    @Test
    void theOtherLanguagesOfTheSearchPageKeepTheQueryAndTheTitleNamesIt() {
        results(q("Джаббаров") + "&lang=ru");
        String title = driver.getTitle();
        assertThat(title).startsWith("Джаббаров \u2013 ");
        assertThat(driver.findElements(By.cssSelector("nav.languages a[hreflang]")).stream()
                .map(a -> a.getAttribute("hreflang") + " " + a.getAttribute("href").replace(server.url(""), "")))
                .containsExactly("en search/" + q("Джаббаров"), "ru ru/search/" + q("Джаббаров"), "az az/search/" + q("Джаббаров"));
        // Typed into the box, the new query goes with them.
        WebElement box = driver.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys("economy");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("economy \u2013 "));
        assertThat(driver.findElement(By.cssSelector("nav.languages a[hreflang=az]")).getAttribute("href")).endsWith("az/search/?q=economy");
        assertThat(title.substring("Джаббаров \u2013 ".length())).isEqualTo(driver.getTitle().substring("economy \u2013 ".length()));
    }

    @Test
    void theSearchBoxOfARussianPageAsksForRussianResults() {
        driver.get(server.url("ru/meetings/plenary/"));
        WebElement box = driver.findElement(By.cssSelector("form.search input[name=q]"));
        box.sendKeys("2024-11-14");
        box.submit();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("lang=ru");
        assertThat(driver.findElements(By.cssSelector("#search-results h2 a")).get(0).getText())
                .isEqualTo("Открытие пленарного заседания");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQueryFunctionAnswersAsThePageDoes() {
        driver.get(server.url("search/"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-filters")).isDisplayed());
        Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "accord.query({q: arguments[0], lang: 'az'}).then(done, e => done({error: String(e)}));", "jabbarov");
        assertThat(answer.get("count")).isEqualTo(2L);
        assertThat((List<String>) answer.get("hrefs")).containsExactly("people/jabbarov/", "meetings/plenary/");
    }
}
