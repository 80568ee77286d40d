package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.io.IOException;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Hyphenated words in headless Chromium, served over http://127.0.0.1: a reader who types {@code carec-cop29},
 * {@code COP-29} or {@code e-commerce} finds the records that write the words apart or joined, and one who types
 * {@code cop29} or {@code ecommerce} finds those that write them with a hyphen; the hyphenated form, where a record
 * has it, ranks first. A document symbol ({@code 1/CMA.6}) stays whole.
 */
class SearchHyphenBrowserTest {
    /** Each note's body says the words one way; the titles hold none of them, so only the bodies rank. */
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              name: { type: string, required: true, label: Name, role: title }
            collections:
              notes:
                title: Notes
                singular: Note
                fields: {}
            -- content/site.yml --
            title: Notes archive
            base_url: https://notes.test/
            -- content/notes/hyphenated.md --
            ---
            name: First note
            ---
            The CAREC-COP29 partnership met in Baku, about e-commerce.
            -- content/notes/apart.md --
            ---
            name: Second note
            ---
            The CAREC partnership met in Baku, at COP29, about e commerce.
            -- content/notes/joined.md --
            ---
            name: Third note
            ---
            The ecommerce platforms of the region.
            -- content/notes/symbol.md --
            ---
            name: Fourth note
            ---
            Decision 1/CMA.6 on finance.
            -- content/notes/numbers.md --
            ---
            name: Fifth note
            ---
            Paragraph 1 of the CMA text, point 6.
            -- content/notes/plenary.md --
            ---
            name: Sixth note
            ---
            The COP-29 closing plenary.
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

    /** The titles of the first page of results for {@code query}, in their order, once the page says how many match. */
    static List<String> results(String query) {
        driver.get(server.url("search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith("No") || !d.findElements(By.cssSelector("#search-results li")).isEmpty();
        });
        return driver.findElements(By.cssSelector("#search-results h2 a")).stream().map(WebElement::getText).toList();
    }

    static String status() {
        return driver.findElement(By.id("search-status")).getText();
    }

    @Test
    void aHyphenatedWordFindsItsPartsApartAndRanksTheHyphenatedFormFirst() {
        assertThat(results("carec-cop29")).containsExactly("First note", "Second note");
        assertThat(status()).isEqualTo("2 records match.");
        assertThat(results("CAREC-COP29 Baku")).containsExactly("First note", "Second note");
    }

    @Test
    void aHyphenatedWordFindsItsPartsWrittenTogether() {
        // COP-29 is in the sixth note; COP29 in the second, and in the first as a part of CAREC-COP29.
        List<String> cop = results("COP-29");
        assertThat(cop).containsExactlyInAnyOrder("First note", "Second note", "Sixth note");
        assertThat(cop.get(0)).isEqualTo("Sixth note");
        // e-commerce in the first, e commerce in the second, ecommerce in the third.
        List<String> commerce = results("e-commerce");
        assertThat(commerce).containsExactlyInAnyOrder("First note", "Second note", "Third note");
        assertThat(commerce.get(0)).isEqualTo("First note");
    }

    @Test
    void aWordWrittenTogetherFindsItsHyphenatedForm() {
        assertThat(results("cop29")).containsExactlyInAnyOrder("First note", "Second note", "Sixth note");
        assertThat(results("ecommerce")).containsExactlyInAnyOrder("First note", "Third note");
    }

    @Test
    void theMatchedPartsAreMarked() {
        results("carec-cop29");
        List<String> marks = driver.findElements(By.cssSelector("#search-results li:nth-child(2) mark")).stream()
                .map(WebElement::getText).toList();
        assertThat(marks).containsExactly("CAREC", "COP29");
    }

    @Test
    void aDocumentSymbolStaysWhole() {
        assertThat(results("1/CMA.6")).containsExactly("Fourth note");
        assertThat(status()).isEqualTo("1 record matches.");
    }
}
