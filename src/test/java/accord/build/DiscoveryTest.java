package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the portal is found and followed: the Atom feeds (the site's and each dated collection's) and the sitemap read
 * field by field, the head of every page (description, canonical address, OpenGraph, Twitter, citation_* and Dublin
 * Core tags), and a calendar file per dated event, on {@link OpenDataTest}'s fixture portal with its hostile record.
 */
class DiscoveryTest {
    static final String BASE = "https://accord.test/portal/";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        TestPortal.write(dir, OpenDataTest.PORTAL);
        BuildResult result = TestPortal.build(dir);
        assertThat(TestPortal.problems(result)).isEmpty();
        site = dir.resolve("site");
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[name=" + key + "], meta[property=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    @Test
    void eachDatedCollectionHasAFeedLinkedFromItsListPage() throws IOException {
        for (String c : List.of("events", "sessions", "declarations")) {
            assertThat(site.resolve(c + "/feed.xml")).as(c).isRegularFile();
            Document list = page(c);
            assertThat(list.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                    .containsExactly("../" + c + "/feed.xml", "../feed.xml");
            assertThat(list.select("main a[type=application/atom+xml]").eachAttr("href")).containsExactly("../" + c + "/feed.xml");
        }
        // No date, no order in time: a collection without the date role has no feed, and its list page links none.
        for (String c : List.of("speakers", "organizations", "topics")) {
            assertThat(site.resolve(c + "/feed.xml")).as(c).doesNotExist();
            assertThat(page(c).select("main a[type=application/atom+xml]")).isEmpty();
        }
        assertThat(page("sessions").selectFirst("main a[type=application/atom+xml]").text())
                .isEqualTo("Follow the newest sessions (Atom feed)");
    }

    @Test
    void theCollectionFeedSaysWhatItsRecordsSayFieldByField() throws IOException {
        org.w3c.dom.Document feed = FeedCheck.xml(Files.readString(site.resolve("sessions/feed.xml")));
        org.w3c.dom.Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(FeedCheck.ATOM);
        assertThat(FeedCheck.atomFields(root)).isEqualTo(Map.of(
                "title", "Sessions — Data test portal", "id", BASE + "sessions/", "updated", "2024-11-13T00:00:00Z",
                "link:alternate", BASE + "sessions/", "link:self", BASE + "sessions/feed.xml", "author", "Data test portal"));
        List<Map<String, String>> entries = FeedCheck.children(root, FeedCheck.ATOM, "entry").stream()
                .map(FeedCheck::atomFields).toList();
        assertThat(entries).containsExactly(
                Map.of("title", "Plain session", "id", BASE + "sessions/plain/", "updated", "2024-11-13T00:00:00Z",
                        "link:alternate", BASE + "sessions/plain/", "category", "sessions|Session",
                        "summary", "Session record in Data test portal."),
                Map.of("title", OpenDataTest.HOSTILE_TITLE, "id", BASE + "sessions/hostile/", "updated", "2024-11-12T00:00:00Z",
                        "link:alternate", BASE + "sessions/hostile/", "category", "sessions|Session",
                        // The body's first sentence, and the date with its basis in words: <updated> cannot qualify it.
                        "summary", "=HYPERLINK(\"http://x\") starts this body. Date: 12 November 2024 (earliest report; not"
                                + " confirmed as the exact date)."));
    }

    @Test
    void theSiteFeedHoldsEveryDatedRecordNewestFirst() throws IOException {
        org.w3c.dom.Element root = FeedCheck.xml(Files.readString(site.resolve("feed.xml"))).getDocumentElement();
        assertThat(FeedCheck.atomFields(root)).containsEntry("title", "Data test portal").containsEntry("id", BASE)
                .containsEntry("link:self", BASE + "feed.xml").containsEntry("updated", "2024-11-13T00:00:00Z");
        assertThat(FeedCheck.children(root, FeedCheck.ATOM, "entry").stream().map(e -> FeedCheck.text(e, FeedCheck.ATOM, "id")))
                .containsExactly(BASE + "sessions/plain/", BASE + "declarations/baku/", BASE + "sessions/hostile/",
                        BASE + "events/cop29/");
    }

    @Test
    void theSitemapListsEveryPageOnceAtItsAddress() throws IOException {
        org.w3c.dom.Element root = FeedCheck.xml(Files.readString(site.resolve("sitemap.xml"))).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(FeedCheck.SITEMAP);
        List<String> locs = FeedCheck.children(root, FeedCheck.SITEMAP, "url").stream()
                .map(u -> FeedCheck.text(u, FeedCheck.SITEMAP, "loc")).toList();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> site.relativize(p.getParent()).toString().replace('\\', '/'))
                    .forEach(p -> pages.add(BASE + (p.isEmpty() ? "" : p + "/")));
        }
        assertThat(locs).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(pages);
    }

    @Test
    void aRecordPageCarriesCitationDublinCoreOpenGraphAndTwitterTags() throws IOException {
        Document baku = page("declarations/baku");
        String title = "Baku {Declaration} 100% & #1 _a_ ~^ \\back, one } alone";
        String url = BASE + "declarations/baku/";
        assertThat(baku.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("og:type", "article");
        expected.put("og:title", title);
        expected.put("og:site_name", "Data test portal");
        expected.put("og:url", url);
        expected.put("twitter:card", "summary");
        expected.put("twitter:title", title);
        expected.put("citation_title", title);
        expected.put("citation_publisher", "Data test portal");
        expected.put("citation_date", "2024-11-12");
        expected.put("citation_public_url", url);
        expected.put("citation_language", "en");
        expected.put("DC.title", title);
        expected.put("DC.publisher", "Data test portal");
        expected.put("DC.date", "2024-11-12");
        expected.put("DC.identifier", url);
        expected.put("DC.language", "en");
        expected.forEach((k, v) -> assertThat(meta(baku, k)).as(k).isEqualTo(v));
        assertThat(baku.selectFirst("link[rel=schema.DC]").attr("href")).isEqualTo("http://purl.org/dc/elements/1.1/");
        String description = meta(baku, "description");
        assertThat(List.of(meta(baku, "og:description"), meta(baku, "twitter:description"), meta(baku, "DC.description")))
                .containsOnly(description);

        // A date known only from its basis is not stated as the record's date.
        Document hostile = page("sessions/hostile");
        assertThat(meta(hostile, "citation_date")).isNull();
        assertThat(meta(hostile, "DC.date")).isNull();
        assertThat(meta(hostile, "citation_title")).isEqualTo(OpenDataTest.HOSTILE_TITLE);
        assertThat(meta(hostile, "description")).isEqualTo("=HYPERLINK(\"http://x\") starts this body.");

        // Pages that are not records are websites, without citation or Dublin Core tags.
        Document home = page("");
        assertThat(meta(home, "og:type")).isEqualTo("website");
        assertThat(meta(home, "og:url")).isEqualTo(BASE);
        assertThat(home.select("meta[name^=citation_], meta[name^=DC.]")).isEmpty();
    }

    @Test
    void everyPageHasADescriptionThatIsNotItsTitle() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(15);
        for (Path p : pages) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            String description = meta(doc, "description");
            String heading = doc.selectFirst("h1") == null ? doc.title() : doc.selectFirst("h1").text();
            assertThat(description).as(site.relativize(p).toString()).isNotBlank()
                    .isNotEqualToIgnoringCase(heading).isNotEqualToIgnoringCase(doc.title());
            assertThat(doc.select("meta[name=description]")).as(p.toString()).hasSize(1);
        }
        // A record with neither a summary nor a body says what it is (the summary's turn: HostileDataChecks, RealPortalDataTest).
        assertThat(meta(page("topics/finance"), "description")).isEqualTo("Topic record in Data test portal.");
        assertThat(meta(page("speakers/bob"), "description")).isEqualTo("Person record in Data test portal.");
        assertThat(meta(page("sessions"), "description")).isEqualTo("2 records of sessions in Data test portal.");
    }

    @Test
    void everyDatedEventHasItsOwnCalendarLinkedFromItsPageAndTheSameEventInTheWholeCalendar() throws IOException {
        List<FeedCheck.Component> all = FeedCheck.ics(Files.readAllBytes(site.resolve("data/calendar.ics")));
        List<FeedCheck.Component> own = new ArrayList<>();
        for (String id : List.of("events/cop29", "sessions/hostile", "sessions/plain")) {
            List<FeedCheck.Component> c = FeedCheck.ics(Files.readAllBytes(site.resolve("data/" + id + ".ics")));
            assertThat(c).extracting(FeedCheck.Component::name).containsExactly("VCALENDAR", "VEVENT");
            own.add(c.get(1));
            assertThat(page(id).select("section.cite a[type=text/calendar]").eachAttr("href"))
                    .containsExactly("../../data/" + id + ".ics");
        }
        // The shortcut equals the long way: the whole calendar is exactly the records' own events.
        assertThat(all.subList(1, all.size())).containsExactlyInAnyOrderElementsOf(own);
        FeedCheck.Component hostile = own.get(1);
        assertThat(hostile.get("SUMMARY")).isEqualTo(OpenDataTest.HOSTILE_TITLE.replace('\u2028', '\n'));
        assertThat(hostile.get("STATUS")).isEqualTo("TENTATIVE");
        assertThat(hostile.get("DESCRIPTION")).isEqualTo("Session record: " + BASE + "sessions/hostile/\nDate basis: earliest"
                + " report (the exact date is not confirmed).");
        // A declaration is not an event, and a person has no date: no calendar, no link.
        assertThat(site.resolve("data/declarations/baku.ics")).doesNotExist();
        assertThat(page("speakers/anna").select("a[type=text/calendar]")).isEmpty();
    }

    @Test
    void aPlaceholderBaseUrlWarnsAtItsLineUnlessTheCommandLineGivesTheAddress(@TempDir Path work) throws IOException {
        Path portal = TestPortal.write(work.resolve("p"), OpenDataTest.PORTAL.replace("base_url: https://accord.test/portal/",
                "base_url: https://example.org/portal/"));
        BuildResult warned = TestPortal.build(portal);
        assertThat(TestPortal.problems(warned)).containsExactly("content/site.yml:3:11: warning: base_url:"
                + " 'https://example.org/portal/' is a placeholder (example.org is reserved for examples), and feeds, calendars,"
                + " citations and the page addresses that search engines and social sites read would point there (write the"
                + " address the site is published at, or build with --base-url)");
        assertThat(warned.ok()).isTrue();
        BuildResult given = new Build(new BuildOptions(portal, work.resolve("out"), false,
                Optional.of("https://records.accord.test/"), true)).run();
        assertThat(TestPortal.problems(given)).isEmpty();
        assertThat(Files.readString(work.resolve("out/sessions/feed.xml"))).contains("<id>https://records.accord.test/sessions/plain/</id>");
    }
}
