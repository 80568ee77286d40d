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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The order of results for a reader in another language than the version that matched best, in headless Chromium. The
 * review saw it on the real portal: on the Russian search page, {@code Асакава} listed Masatsugu Asakawa (English only,
 * with a Russian alias) below a session that merely names him, because every record that matched in the reader's
 * language came first, whatever its score. Now records rank by score, and the reader's language breaks ties.
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

    @Test
    void aPersonFoundByAnAliasInTheReadersLanguageRanksFirstThoughTheRecordHasNoVersionInIt() {
        // Asakawa is found by his Russian alias (weight 8) in his only version, the English one. The meetings name him:
        // the plenary in its Russian body, the closing plenary twice in its English body only (its Russian version
        // does not), and the panel and the forum only through their speaker's alias, the panel in its Russian version
        // too, the forum in its only version. The plenary and the closing plenary match alike, as do the panel and the
        // forum: in each pair, the one that matched in the reader's language comes first.
        assertThat(results("ru/search/", "Асакава")).containsExactly(
                "Masatsugu Asakawa → people/asakawa/",
                "Открытие пленарного заседания → ru/meetings/plenary/",
                "Closing plenary → meetings/closing/",
                "Панель о торговле → ru/meetings/panel/",
                "Forum on trade → meetings/forum/");
        // On the English page, the English versions.
        assertThat(results("search/", "Асакава")).startsWith("Masatsugu Asakawa → people/asakawa/");
    }
}
