package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection typed with a kind of Event or CreativeWork is one: before, {@code jsonld: ScreeningEvent} left
 * data/calendar.ics without a VEVENT (while the Data page still offered "A calendar of the events") and
 * {@code jsonld: Movie} or {@code ScreeningEvent} dropped {@code inLanguage} from the record pages; with {@code Event}
 * both were there.
 */
class SchemaOrgKindsBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, translatable: true }
            collections:
              screenings:
                title: Screenings
                singular: Screening
                jsonld: ScreeningEvent
                fields:
                  day: { type: date, required: true, role: date, label: Day, jsonld: startDate }
                  film: { type: ref(films), label: Film, backlink: Screenings, jsonld: workPresented }
              films:
                title: Films
                singular: Film
                jsonld: Movie
                fields:
                  director: { type: string, label: Director }
              people:
                title: People
                singular: Person
                jsonld: Person
                fields:
                  born: { type: date, label: Born }
            -- content/site.yml --
            title: Festival
            base_url: https://accord.test/fest/
            languages: [en, ru]
            -- content/screenings/opening.md --
            ---
            title: "Opening night"
            day: "2025-10-11"
            film: the-room
            ---
            -- content/films/the-room.md --
            ---
            title: "The Room Next Door"
            director: "Pedro Almodóvar"
            ---
            -- content/films/the-room.ru.md --
            ---
            title: "Комната по соседству"
            ---
            -- content/people/ada.md --
            ---
            title: "Ada"
            born: "1815-12-10"
            ---
            """;

    @TempDir
    Path dir;

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    private String ld(String path) throws IOException {
        return page(path).select("script[type=application/ld+json]").html();
    }

    @Test
    void aScreeningEventIsInTheCalendarAndAMovieSaysItsLanguage() throws IOException {
        TestPortal.write(dir, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        String ics = DataCheck.utf8(dir.resolve("site/data/calendar.ics"));
        assertThat(ics).contains("BEGIN:VEVENT", "SUMMARY:Opening night", "DTSTART;VALUE=DATE:20251011");
        assertThat(dir.resolve("site/data/screenings/opening.ics")).exists();
        assertThat(page("data/index.html").select("a[type=text/calendar]")).hasSize(1);
        assertThat(ld("screenings/opening/index.html")).contains("\"@type\":\"ScreeningEvent\"", "\"inLanguage\":\"en\"");
        assertThat(ld("films/the-room/index.html")).contains("\"@type\":\"Movie\"", "\"inLanguage\":\"en\"");
        assertThat(ld("ru/films/the-room/index.html")).contains("\"inLanguage\":\"ru\"");
        // A person is neither a creative work nor an event: schema.org gives it no inLanguage.
        assertThat(ld("people/ada/index.html")).contains("\"@type\":\"Person\"").doesNotContain("inLanguage");
    }

    @Test
    void theDataPageOffersNoCalendarWithoutAnEvent() throws IOException {
        TestPortal.write(dir, PORTAL.replace("jsonld: ScreeningEvent", "jsonld: CreativeWork"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        assertThat(DataCheck.utf8(dir.resolve("site/data/calendar.ics"))).doesNotContain("BEGIN:VEVENT");
        for (String path : new String[] {"data/index.html", "ru/data/index.html"}) {
            Document data = page(path);
            assertThat(data.select("a[type=text/calendar]")).as(path).isEmpty();
            assertThat(data.select("script[type=application/ld+json]").html()).as(path).doesNotContain("text/calendar");
        }
    }

    @Test
    void anUnknownTypeIsWrittenAsBeforeAndAMisshapenOneIsAnError() throws IOException {
        // A type schema.org may have that the table does not list is written as the schema names it, and is no event.
        TestPortal.write(dir, PORTAL.replace("jsonld: ScreeningEvent", "jsonld: OpeningGala"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        assertThat(ld("screenings/opening/index.html")).contains("\"@type\":\"OpeningGala\"").doesNotContain("inLanguage");
        assertThat(DataCheck.utf8(dir.resolve("site/data/calendar.ics"))).doesNotContain("BEGIN:VEVENT");
        TestPortal.write(dir, PORTAL.replace("jsonld: ScreeningEvent", "jsonld: screening event"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).containsExactly("content/schema.yml:7:13: error: jsonld: "
                + "'screening event' is not a schema.org type (write one such as Event, Person, Organization or CreativeWork)");
    }
}
