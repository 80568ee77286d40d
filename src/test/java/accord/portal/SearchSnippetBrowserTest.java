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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a search result shows, in headless Chromium, served over http://127.0.0.1 and opened from file://: the words a
 * query matched late in a record's body, marked in its snippet (its opening excerpt does not hold them), and which
 * language's version of a record is listed when a name is typed in another script than the page's.
 */
class SearchSnippetBrowserTest {
    /** The minutes' body: some 2,700 characters of other words before the sentence the tests look for. */
    static final String FILLER = "The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled. The archive keeps the minutes of every sitting, with the agenda, the list of delegations and the papers tabled.";

    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, translatable: true }
              aliases:
                type: list(object)
                label: Also known as
                fields:
                  name: { type: string, required: true, label: Name }
                  lang: { type: enum(en|ru|az), required: true, label: Language }
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
            languages: [en, ru, az]
            -- content/people/jabbarov.md --
            ---
            title: "Mikayil Jabbarov"
            aliases:
              - { name: "Микаил Джаббаров", lang: ru }
              - { name: "Mikayıl Cabbarov", lang: az }
            ---
            Minister of Economy of Azerbaijan.
            -- content/people/jabbarov.ru.md --
            ---
            title: "Микаил Джаббаров"
            ---
            Министр экономики Азербайджана.
            -- content/people/jabbarov.az.md --
            ---
            title: "Mikayıl Cabbarov"
            ---
            Azərbaycanın iqtisadiyyat naziri.
            -- content/meetings/plenary.md --
            ---
            title: "Opening plenary"
            speakers: [jabbarov]
            ---
            The plenary opened the session.
            -- content/meetings/plenary.ru.md --
            ---
            title: "Открытие пленарного заседания"
            ---
            Пленарное заседание открыло сессию.
            -- content/meetings/plenary.az.md --
            ---
            title: "Açılış plenar iclası"
            ---
            Plenar iclas sessiyanı açdı.
            -- content/meetings/briefing.md --
            ---
            title: "Press briefing"
            ---
            The minister took questions from the press.
            -- content/meetings/briefing.ru.md --
            ---
            title: "Брифинг для прессы"
            ---
            Министр Джаббаров ответил на вопросы прессы.
            -- content/meetings/minutes.md --
            ---
            title: "Minutes of the third sitting"
            ---
            """ + FILLER + """

            On the last day the Nakhchivan delegation proposed a new rail corridor to the south.
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

    static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** Opens {@code url} and waits for its results; returns them as the list's items. */
    static List<WebElement> results(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith("No") || !d.findElements(By.cssSelector("#search-results li")).isEmpty();
        });
        return driver.findElements(By.cssSelector("#search-results li"));
    }

    static String titleAndAddress(WebElement li) {
        WebElement a = li.findElement(By.cssSelector("h2 a"));
        return a.getText() + " → " + a.getAttribute("href").replace(server.url(""), "");
    }

    /** The text files (search/s/) the page loaded. */
    @SuppressWarnings("unchecked")
    static List<String> textFilesLoaded() {
        return ((List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)")).stream()
                .filter(n -> n.contains("/search/s/")).toList();
    }

    @Test
    void wordsLateInABodyAreMarkedInTheSnippetServedAndFromDisk() {
        for (String base : List.of(server.url("search/"), root.resolve("site/search/index.html").toUri().toString())) {
            List<WebElement> found = results(base + q("nakhchivan corridor"));
            assertThat(found).as(base).hasSize(1);
            WebElement snippet = found.get(0).findElement(By.cssSelector("p:not(.search-meta)"));
            assertThat(snippet.findElements(By.tagName("mark")).stream().map(WebElement::getText))
                    .as(base).containsExactly("Nakhchivan", "corridor");
            assertThat(snippet.getText()).as(base)
                    .contains("On the last day the Nakhchivan delegation proposed a new rail corridor to the south.")
                    .startsWith("… ");
            // Marked as elements the page made, never parsed from the text.
            assertThat(snippet.findElements(By.cssSelector("*")).stream().map(WebElement::getTagName)).containsOnly("mark");
            // One text file, for the one result whose excerpt did not show the words (served: the browser times it).
            if (base.startsWith("http")) assertThat(textFilesLoaded()).hasSize(1);
        }
    }

    @Test
    void aMatchInTheOpeningNeedsNoTextFile() {
        List<WebElement> found = results(server.url("search/") + q("archive minutes"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).findElements(By.cssSelector("p:not(.search-meta) mark")).stream().map(WebElement::getText))
                .startsWith("archive", "minutes");
        assertThat(textFilesLoaded()).isEmpty();
    }

    @Test
    void aNameInAnotherScriptListsThePagesInTheReadersLanguageWhereTheyMatch() {
        // The plenary's English version names its speaker by his English title, and his other names with it: the
        // English page lists the English plenary. The briefing's only version that names him is the Russian one.
        List<WebElement> found = results(server.url("search/") + q("Джаббаров"));
        assertThat(found.stream().map(SearchSnippetBrowserTest::titleAndAddress)).containsExactly(
                "Mikayil Jabbarov → people/jabbarov/", "Opening plenary → meetings/plenary/",
                "Брифинг для прессы → ru/meetings/briefing/");
        assertThat(found.stream().map(li -> String.valueOf(li.getDomAttribute("lang")))).containsExactly("null", "null", "ru");
        assertThat(found.get(1).findElement(By.cssSelector("p:not(.search-meta) mark")).getText()).isEqualTo("Джаббаров");
        // The same query on the Azerbaijani page lists the Azerbaijani versions, and on the Russian page the Russian ones.
        assertThat(results(server.url("az/search/") + q("Джаббаров")).stream().map(SearchSnippetBrowserTest::titleAndAddress))
                .containsExactly("Mikayıl Cabbarov → az/people/jabbarov/", "Açılış plenar iclası → az/meetings/plenary/",
                        "Брифинг для прессы → ru/meetings/briefing/");
        assertThat(results(server.url("ru/search/") + q("Cabbarov")).stream().map(SearchSnippetBrowserTest::titleAndAddress))
                .containsExactly("Микаил Джаббаров → ru/people/jabbarov/", "Открытие пленарного заседания → ru/meetings/plenary/");
    }
}
