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
    /** What the build says about the portal's placeholder address, word for word. */
    static final String PLACEHOLDER = "content/site.yml:3:11: warning: base_url: 'https://example.org/carec-cop29/' is a placeholder (example.org is reserved"
                + " for examples), and feeds, calendars, citations and the page addresses that search engines and social sites"
                + " read would point there (write the address the site is published at, or build with --base-url)";
    @TempDir
    static Path out;
    static Path site;
    static List<Path> records;

    @BeforeAll
    static void build() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        BuildResult result = new Build(new BuildOptions(repo, out.resolve("site"), false, Optional.empty(), true)).run();
        // The portal's address is not known yet: site.yml keeps the placeholder, and the build says so.
        assertThat(TestPortal.problems(result)).containsExactly(PLACEHOLDER);
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
    @SuppressWarnings("unchecked")
    void theDataIsLicensedCcBy4InEveryPlaceThatSaysSo() throws IOException {
        Map<String, Object> licence = Map.of("name", "CC-BY-4.0", "title", "Creative Commons Attribution 4.0 International",
                "path", "https://creativecommons.org/licenses/by/4.0/");
        Map<String, Object> pkg = (Map<String, Object>) JsonCheck.parse(DataCheck.utf8(site.resolve("datapackage.json")));
        assertThat((List<Object>) pkg.get("licenses")).containsExactly(licence);
        Map<String, Object> portal = (Map<String, Object>) JsonCheck.parse(DataCheck.utf8(site.resolve("data/portal.json")));
        assertThat(portal.get("licence")).isEqualTo(licence);
        var data = Jsoup.parse(site.resolve("data/index.html").toFile(), "UTF-8");
        Map<String, Object> ld = (Map<String, Object>) JsonCheck.parse(data.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld).containsEntry("license", "https://creativecommons.org/licenses/by/4.0/");
    }

    @Test
    void everyRecordPageIsDescribedByItsSummaryOrBodyAndFollowableByItsCollectionsFeed() throws IOException {
        for (Path file : records) {
            String collection = file.getParent().getFileName().toString();
            String slug = file.getFileName().toString().replace(".md", "");
            var doc = Jsoup.parse(site.resolve(collection + "/" + slug + "/index.html").toFile(), "UTF-8");
            String description = doc.selectFirst("meta[name=description]").attr("content");
            assertThat(description).as(collection + "/" + slug).hasSizeGreaterThan(20)
                    .isNotEqualToIgnoringCase(doc.selectFirst("h1").text()).doesNotContain("](").doesNotContain("**");
            assertThat(doc.selectFirst("meta[name=citation_title]").attr("content")).isEqualTo(doc.selectFirst("h1").text());
        }
        var minister = Jsoup.parse(site.resolve("speakers/mikayil-jabbarov/index.html").toFile(), "UTF-8");
        assertThat(minister.selectFirst("meta[name=description]").attr("content"))
                .startsWith("Minister of Economy of the Republic of Azerbaijan. Mikayil Jabbarov");
        for (String c : List.of("events", "sessions", "declarations")) {
            org.w3c.dom.Document feed = FeedCheck.xml(DataCheck.utf8(site.resolve(c + "/feed.xml")));
            assertThat(FeedCheck.children(feed.getDocumentElement(), FeedCheck.ATOM, "entry")).as(c).isNotEmpty();
        }
        // Every event and session known to the day has a calendar file of its own, and its page links it; a date
        // known only to the month (the working group's Baku meeting) cannot be put on a calendar day.
        int calendars = 0;
        for (Path file : records) {
            String collection = file.getParent().getFileName().toString();
            if (!collection.equals("events") && !collection.equals("sessions")) continue;
            String slug = file.getFileName().toString().replace(".md", "");
            Path ics = site.resolve("data/" + collection + "/" + slug + ".ics");
            var page = Jsoup.parse(site.resolve(collection + "/" + slug + "/index.html").toFile(), "UTF-8");
            if (slug.equals("carec-wgcc-3-baku-2024")) {
                assertThat(ics).doesNotExist();
                assertThat(page.select("a[type=text/calendar]")).isEmpty();
                continue;
            }
            assertThat(FeedCheck.ics(java.nio.file.Files.readAllBytes(ics))).as(collection + "/" + slug).hasSize(2);
            assertThat(page.select("a[type=text/calendar]").eachAttr("href")).containsExactly("../../data/" + collection + "/" + slug + ".ics");
            calendars++;
        }
        assertThat(calendars).isEqualTo(10);
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
