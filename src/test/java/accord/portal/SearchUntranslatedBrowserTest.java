package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The order of results for a reader whose language a record has no version in, in headless Chromium. The review saw
 * it on the real portal: on the Russian search page, {@code Асакава} listed Masatsugu Asakawa (English only, with a
 * Russian alias) below a session that merely names him, because records that matched in the reader's language came
 * first and the page could not tell a record without a Russian version from one whose Russian version did not match.
 */
class SearchUntranslatedBrowserTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, translatable: true }
              aliases:
                type: list(object)
                label: Also known as
                fields:
                  name: { type: string, required: true, label: Name }
                  lang: { type: enum(en|ru), required: true, label: Language }
            collections:
              meetings:
                title: Meetings
                singular: Meeting
                fields:
                  speakers: { type: list(ref(people)), label: Speakers, backlink: Spoke at }
              people:
                title: People
                singular: Person
                fields: {}
            -- content/site.yml --
            title: Fixture
            base_url: https://accord.test/fx/
            languages: [en, ru]
            -- content/people/asakawa.md --
            ---
            title: "Masatsugu Asakawa"
            aliases:
              - { name: "Масацугу Асакава", lang: ru }
            ---
            President of the Asian Development Bank.
            -- content/meetings/plenary.md --
            ---
            title: "Opening plenary"
            speakers: [asakawa]
            ---
            The plenary opened the session.
            -- content/meetings/plenary.ru.md --
            ---
            title: "Открытие пленарного заседания"
            ---
            Масацугу Асакава открыл пленарное заседание.
            -- content/meetings/panel.md --
            ---
            title: "Panel on trade"
            speakers: [asakawa]
            ---
            The panel spoke of trade.
            -- content/meetings/panel.ru.md --
            ---
            title: "Панель о торговле"
            ---
            Панель говорила о торговле.
            -- content/meetings/forum.md --
            ---
            title: "Forum on trade"
            speakers: [asakawa]
            ---
            The forum spoke of trade.
            -- content/meetings/closing.md --
            ---
            title: "Closing plenary"
            ---
            Асакава closed the session; Асакава thanked the hosts.
            -- content/meetings/closing.ru.md --
            ---
            title: "Закрытие пленарного заседания"
            ---
            Заседание закрыто.
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

    /** Opens {@code page} with {@code words} and returns each result as its title and address (root-relative). */
    static List<String> results(String page, String words) {
        driver.get(server.url(page + "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith("No") || !d.findElements(By.cssSelector("#search-results li")).isEmpty();
        });
        return driver.findElements(By.cssSelector("#search-results h2 a")).stream()
                .map(a -> a.getText() + " → " + a.getAttribute("href").replace(server.url(""), "")).toList();
    }

    /** The index files the page loaded, as their paths under search/. */
    @SuppressWarnings("unchecked")
    static List<String> indexFilesLoaded() {
        return ((List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)")).stream()
                .filter(n -> n.contains("/search/") && n.endsWith(".js"))
                .map(n -> n.substring(n.indexOf("/search/") + "/search/".length())).toList();
    }

    @Test
    void aPersonFoundByAnAliasInTheReadersLanguageRanksFirstThoughTheRecordHasNoVersionInIt() {
        // Asakawa is found by his Russian alias (weight 8) in his only version, the English one; the meetings name
        // him in their Russian versions (the plenary in its body too) or, the forum, in its only version. The closing
        // plenary names him twice, but in English only: its Russian version, the page a Russian reader would read,
        // does not, so it comes after every record whose reader's version matched or that has none.
        assertThat(results("ru/search/", "Асакава")).containsExactly(
                "Masatsugu Asakawa → people/asakawa/",
                "Открытие пленарного заседания → ru/meetings/plenary/",
                "Панель о торговле → ru/meetings/panel/",
                "Forum on trade → meetings/forum/",
                "Closing plenary → meetings/closing/");
        // The forum and the panel match alike (their speaker's alias, through the reference): the panel, which has a
        // version in the reader's language, comes first.
        // Which records have a Russian version is one small file, loaded because some records did not match in Russian.
        assertThat(indexFilesLoaded()).contains("f/l/ru.js");
    }

    @Test
    void theDefaultLanguagesReaderLoadsNoListOfVersions() {
        // Every record has a version in the default language: nothing more to load, and the order is by score.
        assertThat(results("search/", "Асакава")).startsWith("Masatsugu Asakawa → people/asakawa/");
        assertThat(indexFilesLoaded()).noneMatch(f -> f.startsWith("f/"));
    }
}
