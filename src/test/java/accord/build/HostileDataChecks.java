package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;

/**
 * What {@link HostileInputTest} checks in the data outputs of its {@code data-*} and {@code site-base-url-*} cases,
 * after the exit code and messages: each file parsed by its own format's rules, and the hostile text found intact as
 * a value, never as structure (a new calendar property, an element, a line of its own).
 */
final class HostileDataChecks {
    private HostileDataChecks() {
    }

    static void check(String name, Path site) throws IOException {
        switch (name) {
            case "data-outputs-hostile-event" -> hostileEvent(site);
            case "data-feed-control-characters" -> controlCharacters(site);
            case "site-base-url-path-only" -> pathOnly(site);
            case "site-base-url-placeholder" -> {
                // A warning, not an error: the site is built, with the addresses it was given.
                Document page = page(site, "notes/x");
                assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://www.EXAMPLE.com/portal/notes/x/");
            }
            default -> {
            }
        }
    }

    private static final String TITLE = "=cmd|' /C calc'!A0 </script><!-- \"x\"; a,b \\ c\r\nSUMMARY:injected\u2028END:VEVENT";
    private static final String PLACE = "Baku; Hall 1, \"Nizami\"\nDESCRIPTION:injected";

    private static void hostileEvent(Path site) throws IOException {
        // The record's own calendar: one event, the title and place as values, escaped, never new properties.
        List<FeedCheck.Component> own = FeedCheck.ics(Files.readAllBytes(site.resolve("data/meetings/x.ics")));
        assertThat(own).extracting(FeedCheck.Component::name).containsExactly("VCALENDAR", "VEVENT");
        FeedCheck.Component event = own.get(1);
        assertThat(event.properties()).extracting(Map.Entry::getKey).containsExactly("UID", "DTSTAMP", "DTSTART;VALUE=DATE",
                "DTEND;VALUE=DATE", "SUMMARY", "LOCATION", "DESCRIPTION", "URL");
        assertThat(event.get("SUMMARY")).isEqualTo(TITLE.replace("\r\n", "\n").replace('\u2028', '\n'));
        assertThat(event.get("LOCATION")).isEqualTo(PLACE);
        assertThat(event.get("DTSTART;VALUE=DATE")).isEqualTo("20241112");
        assertThat(event.get("DTEND;VALUE=DATE")).isEqualTo("20241114");
        assertThat(event.get("URL")).isEqualTo("https://accord.test/meetings/x/");
        assertThat(own.get(0).get("X-WR-CALNAME")).isEqualTo(event.get("SUMMARY"));
        // The whole calendar holds the same event; the site's long title with ,;\ folds and escapes too.
        List<FeedCheck.Component> all = FeedCheck.ics(Files.readAllBytes(site.resolve("data/calendar.ics")));
        assertThat(all.get(1)).isEqualTo(event);
        assertThat(all.get(0).get("X-WR-CALNAME")).isEqualTo("Test portal; with, commas \\ and a very long name that goes"
                + " on and on past seventy-five octets — ünïcödé");

        // The page: the title and its summary are attribute values, whole; the JSON-LD cannot be closed from inside.
        Document page = page(site, "meetings/x");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(TITLE);
        assertThat(page.selectFirst("meta[name=citation_title]").attr("content")).isEqualTo(TITLE);
        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("\"><script>alert(1)</script> Ministers met; URL:https://evil.example/. Body.");
        assertThat(page.select("script")).allMatch(s -> s.attr("type").equals("application/ld+json"));
        assertThat(JsonCheck.parse(page.selectFirst("script[type=application/ld+json]").data())).isInstanceOf(Map.class);
        assertThat(page.selectFirst("a[type=text/calendar]").attr("href")).isEqualTo("../../data/meetings/x.ics");

        // The feed: well-formed, the title as text.
        org.w3c.dom.Document feed = FeedCheck.xml(Files.readString(site.resolve("meetings/feed.xml")));
        Element entry = FeedCheck.children(feed.getDocumentElement(), FeedCheck.ATOM, "entry").get(0);
        assertThat(FeedCheck.text(entry, FeedCheck.ATOM, "title")).isEqualTo(TITLE.replace("\r\n", "\n"));

        // The CSV: the formula made harmless, the rest kept.
        List<Map<String, String>> rows = DataCheck.table(site.resolve("data/meetings.csv"));
        assertThat(rows.get(0).get("title")).isEqualTo("'" + TITLE);
        assertThat(Files.readString(site.resolve("data/meetings/x.ris"))).contains("TI  - =cmd|' /C calc'!A0 </script><!--"
                + " \"x\"; a,b \\ c SUMMARY:injected END:VEVENT\r\n");
    }

    private static void controlCharacters(Path site) throws IOException {
        // XML 1.0 cannot carry C0 controls, escaped or not: they become spaces; ]]> and markup stay text.
        org.w3c.dom.Document feed = FeedCheck.xml(Files.readString(site.resolve("feed.xml")));
        Element entry = FeedCheck.children(feed.getDocumentElement(), FeedCheck.ATOM, "entry").get(0);
        assertThat(FeedCheck.text(entry, FeedCheck.ATOM, "title")).isEqualTo("bell  escape  form  end ]]> &amp; <b>");
        assertThat(FeedCheck.text(entry, FeedCheck.ATOM, "summary")).isEqualTo("A body with <![CDATA[ and ]]> in it & more.");
        FeedCheck.xml(Files.readString(site.resolve("notes/feed.xml")));
        FeedCheck.xml(Files.readString(site.resolve("sitemap.xml")));
    }

    private static void pathOnly(Path site) throws IOException {
        // Without an absolute base URL no absolute address is invented: none in the head, none in the calendar.
        Document page = page(site, "meetings/x");
        assertThat(page.select("link[rel=canonical], meta[property=og:url], meta[name=citation_public_url],"
                + " meta[name=DC.identifier]")).isEmpty();
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("The ministers met in Baku. They spoke.");
        FeedCheck.Component event = FeedCheck.ics(Files.readAllBytes(site.resolve("data/meetings/x.ics"))).get(1);
        assertThat(event.get("URL")).isNull();
        assertThat(event.get("DESCRIPTION")).isEqualTo("Meeting record in Test portal");
        // Nor in the citations: a reference manager would keep /portal/meetings/x/ as the address cited.
        assertThat(Files.readString(site.resolve("data/meetings/x.bib"))).isEqualTo("""
                @misc{meetings-x,
                  title = {{A meeting}},
                  organization = {Test portal},
                  publisher = {Test portal},
                  year = {2024},
                  date = {2024-11-12},
                  note = {Meeting record}
                }
                """);
        assertThat(Files.readString(site.resolve("data/meetings/x.ris"))).isEqualTo("TY  - ELEC\r\nID  - meetings-x\r\nTI  - A meeting\r\n"
                + "T2  - Test portal\r\nPB  - Test portal\r\nPY  - 2024\r\nDA  - 2024/11/12/\r\n"
                + "N1  - Meeting record\r\nER  - \r\n");
        assertThat(JsonCheck.parse(Files.readString(site.resolve("data/meetings/x.csl.json")))).isEqualTo(List.of(Map.of(
                "id", "meetings/x", "type", "webpage", "title", "A meeting", "container-title", "Test portal",
                "publisher", "Test portal", "issued", Map.of("date-parts", List.of(List.of(2024.0, 11.0, 12.0))),
                "note", "Meeting record")));
        // The data package has no home page to name; its files are found relative to it, as before.
        @SuppressWarnings("unchecked")
        Map<String, Object> descriptor = (Map<String, Object>) JsonCheck.parse(Files.readString(site.resolve("datapackage.json")));
        assertThat(descriptor).doesNotContainKey("homepage").containsEntry("title", "Test portal");
        org.w3c.dom.Document feed = FeedCheck.xml(Files.readString(site.resolve("meetings/feed.xml")));
        Element entry = FeedCheck.children(feed.getDocumentElement(), FeedCheck.ATOM, "entry").get(0);
        assertThat(FeedCheck.atomFields(entry)).containsEntry("id", "urn:accord:record:meetings/x")
                .containsEntry("link:alternate", "../meetings/x/");
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    }
}
