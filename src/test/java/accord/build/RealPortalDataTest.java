package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real portal's open data: every record can be downloaded as JSON and found in its collection's
 * CSV, is cited in four ways, the data package validates against its files, and every record page's
 * JSON-LD is valid JSON of its collection's schema.org type.
 */
class RealPortalDataTest {
    @TempDir
    static Path out;
    static Path site;
    static List<Path> records;

    @BeforeAll
    static void build() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        BuildResult result = new Build(new BuildOptions(repo, out.resolve("site"), false, Optional.empty(), true)).run();
        assertThat(result.problems()).isEmpty();
        site = out.resolve("site");
        try (Stream<Path> walk = Files.walk(repo.resolve("content"))) {
            // A translation (x.ru.md) is its record in another language, not a record of its own.
            records = walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> accord.content.TranslationFiles.language(p.getFileName().toString()).isEmpty()).sorted().toList();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRecordIsDownloadableAndCitable() {
        assertThat(records).hasSizeGreaterThan(40);
        for (Path file : records) {
            String collection = file.getParent().getFileName().toString();
            String slug = file.getFileName().toString().replace(".md", "");
            Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(DataCheck.utf8(
                    site.resolve("data/" + collection + "/" + slug + ".json")));
            assertThat(json).containsEntry("id", collection + "/" + slug);
            List<Map<String, String>> rows = DataCheck.table(site.resolve("data/" + collection + ".csv"));
            assertThat(rows.stream().filter(r -> r.get("record_slug").equals(slug))).as(collection + "/" + slug).hasSize(1);
            assertThat(DataCheck.utf8(site.resolve("data/" + collection + "/" + slug + ".bib"))).startsWith("@misc{");
            assertThat(DataCheck.utf8(site.resolve("data/" + collection + "/" + slug + ".ris"))).startsWith("TY  - ELEC\r\n")
                    .endsWith("ER  - \r\n");
            assertThat(JsonCheck.parse(DataCheck.utf8(site.resolve("data/" + collection + "/" + slug + ".csl.json"))))
                    .isInstanceOf(List.class);
        }
        Map<String, Object> portal = (Map<String, Object>) JsonCheck.parse(DataCheck.utf8(site.resolve("data/portal.json")));
        int total = ((List<Map<String, Object>>) portal.get("collections")).stream()
                .mapToInt(c -> ((List<?>) c.get("records")).size()).sum();
        assertThat(total).isEqualTo(records.size());
    }

    @Test
    void theDataPackageValidates() {
        int[] checked = {0};
        assertThat(DataCheck.validate(site, checked)).isEmpty();
        assertThat(checked[0]).as("foreign-key values checked").isGreaterThan(20);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRecordPageHasJsonLdOfItsType() throws IOException {
        Map<String, String> types = Map.of("events", "Event", "sessions", "Event", "declarations", "Legislation",
                "plans", "CreativeWork", "speakers", "Person", "organizations", "Organization", "topics", "DefinedTerm");
        for (Path file : records) {
            String collection = file.getParent().getFileName().toString();
            String slug = file.getFileName().toString().replace(".md", "");
            var doc = Jsoup.parse(site.resolve(collection + "/" + slug + "/index.html").toFile(), "UTF-8");
            List<Element> scripts = doc.select("script[type=application/ld+json]");
            assertThat(scripts).hasSize(1);
            Map<String, Object> ld = (Map<String, Object>) JsonCheck.parse(scripts.get(0).data());
            assertThat(ld).as(collection + "/" + slug).containsEntry("@context", "https://schema.org")
                    .containsEntry("@type", types.get(collection)).containsKey("name").containsKey("@id");
            if (collection.equals("sessions")) assertThat(ld).containsKey("superEvent");
        }
        var event = Jsoup.parse(site.resolve("events/cop29-baku-2024/index.html").toFile(), "UTF-8");
        Map<String, Object> ld = (Map<String, Object>) JsonCheck.parse(event.selectFirst("script[type=application/ld+json]").data());
        assertThat((List<Map<String, Object>>) ld.get("subEvent")).extracting(m -> m.get("@id"))
                .contains("https://example.org/carec-cop29/sessions/carec-partnership-high-level-session-cop29/");
        var session = Jsoup.parse(site.resolve("sessions/carec-partnership-high-level-session-cop29/index.html").toFile(), "UTF-8");
        Map<String, Object> s = (Map<String, Object>) JsonCheck.parse(session.selectFirst("script[type=application/ld+json]").data());
        assertThat(s).doesNotContainKey("startDate").containsKeys("organizer", "performer", "workFeatured", "citation");
        assertThat((String) s.get("disambiguatingDescription")).contains("earliest report");
    }
}
