package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's data on a small fixture portal: schema headers, highlights, about, timeline, pagination, relations once. */
class ThemeBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
              disambiguation: { type: list(ref(*)), label: Not to be confused with, backlink: Not to be confused with }
            collections:
              meetings:
                title: Meetings
                singular: Meeting
                order: -date
                summary: date
                header: [date, kind, chairs]
                fields:
                  date: { type: date, required: true, label: Date }
                  date_basis: { type: string, label: Date basis }
                  kind: { type: enum(plenary|side-event), label: Kind, labels: { plenary: Plenary, side-event: Side event } }
                  chairs: { type: list(ref(people)), label: Chairs, backlink: Chaired }
                  speakers: { type: list(ref(people)), label: Speakers, backlink: Spoke at }
                  outcome: { type: ref(texts), label: Outcome, backlink: Adopted at }
              people:
                title: People
                singular: Person
                summary: role
                header: [role]
                fields:
                  role: { type: string, label: Role }
              texts:
                title: Texts
                singular: Text
                header: [meeting]
                fields:
                  meeting: { type: ref(meetings), label: Meeting, backlink: Texts }
            -- content/site.yml --
            title: Fixture
            base_url: https://accord.test/fx/
            publisher: The fixture office
            page_size: 2
            highlights:
              - { record: meetings/one, summary: "The *first* meeting." }
            about: |
              ## Who keeps this
              The fixture office.
            -- content/meetings/one.md --
            ---
            title: Meeting one
            date: 2023-05-01
            date_basis: earliest report
            kind: side-event
            chairs: [ann]
            speakers: [ann, ben]
            outcome: charter
            disambiguation: [meetings/two]
            ---
            -- content/meetings/two.md --
            ---
            title: Meeting two
            date: 2024-02-03
            kind: plenary
            disambiguation: [meetings/one]
            ---
            -- content/meetings/three.md --
            ---
            title: Meeting three
            date: 2024-06-07
            ---
            -- content/people/ann.md --
            ---
            title: Ann
            role: Chair of the board
            ---
            -- content/people/ben.md --
            ---
            title: Ben
            ---
            -- content/texts/charter.md --
            ---
            title: The charter
            meeting: one
            ---
            """;

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void recordPagesShowTheSchemaHeaderAndEachRelationOnce(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        Document one = page(root, "meetings/one/index.html");
        assertThat(one.select(".head-facts dt").eachText()).containsExactly("Date", "Kind", "Chairs");
        assertThat(one.select(".head-facts dd").eachText())
                .containsExactly("1 May 2023 (earliest report)", "Side event", "Ann Chair of the board");
        assertThat(one.select(".facts dt").eachText()).containsExactly("Speakers", "Outcome");
        // two names one as a look-alike and one names two: one section, listing two once; the charter's
        // "meeting" field repeats one's "outcome" row, so no "Texts" section.
        assertThat(one.select("section h2").eachText()).containsExactly("Details", "Not to be confused with", "Sources", "History", "Cite this record");
        assertThat(one.select(".disambiguation a").eachText()).containsExactly("Meeting two");
        Document ann = page(root, "people/ann/index.html");
        assertThat(ann.select("section h2").eachText()).containsExactly("Chaired", "Sources", "History", "Cite this record");
        assertThat(ann.select("section:has(h2:contains(Chaired)) li").eachText())
                .containsExactly("Meeting one Meeting 1 May 2023 (earliest report); also under “Spoke at”");
        assertThat(page(root, "texts/charter/index.html").select("section h2").eachText()).doesNotContain("Adopted at");
    }

    @Test
    void homeAboutTimelineAndListPages(@TempDir Path root) throws IOException {
        TestPortal.write(root, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        Document home = page(root, "index.html");
        assertThat(home.select(".site-title").text()).isEqualTo("Fixture Kept by The fixture office");
        assertThat(home.select(".card h3 a").eachAttr("href")).containsExactly("meetings/one/");
        assertThat(home.select(".card em").text()).isEqualTo("first");
        assertThat(home.select("form[role=search]").eachAttr("action")).as("the header's search box")
                .containsExactly("search/");
        assertThat(home.select("#latest-heading + ol time").eachText())
                .containsExactly("7 June 2024", "3 February 2024", "1 May 2023 (earliest report)");
        assertThat(page(root, "about/index.html").select("main h2").eachText()).containsExactly("Who keeps this");
        assertThat(page(root, "timeline/index.html").select(".years a").eachAttr("href"))
                .containsExactly("../timeline/2023/", "../timeline/2024/");
        assertThat(page(root, "timeline/2024/index.html").select(".timeline a").eachText())
                .containsExactly("Meeting two", "Meeting three");
        Document list = page(root, "meetings/index.html");
        assertThat(list.select("thead th").eachText()).containsExactly("Meeting", "Date", "Kind");
        assertThat(list.select("tbody tr").eachText()).containsExactly("Meeting three 7 June 2024 Not recorded", "Meeting two 3 February 2024 Plenary");
        assertThat(list.select(".pagination a[rel=next]").attr("href")).isEqualTo("../meetings/page/2/");
        assertThat(page(root, "meetings/page/2/index.html").select("tbody th").eachText()).containsExactly("Meeting one");
        assertThat(page(root, "404.html").select("main a").eachAttr("href")).allSatisfy(h -> assertThat(h).startsWith("/fx/"));
    }

    @Test
    void aHighlightOrHeaderThatNamesNothingIsAnError(@TempDir Path root) {
        TestPortal.write(root, PORTAL.replace("record: meetings/one,", "record: meetings/once,")
                .replace("header: [role]", "header: [rol]"));
        List<String> problems = TestPortal.problems(TestPortal.build(root));
        assertThat(problems).containsExactly(
                "content/schema.yml:22:14: error: header: no field 'rol' in collection 'people' (did you mean 'role'?)",
                "content/site.yml:6:15: error: highlights: no record 'meetings/once' (write collection/slug of a record in content/, such as"
                        + " meetings/ followed by the name of one of its files without .md)");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aHighlightOfADraftSaysItIsADraftNotThatThereIsNoSuchRecord(@TempDir Path root) throws IOException {
        TestPortal.write(root, TestPortal.PORTAL + """
                -- content/site.yml --
                title: Test portal
                base_url: https://accord.test/portal/
                language: en
                highlights:
                  - { record: sessions/secret-session, summary: "Soon." }
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/site.yml:5:15: error: highlights: 'sessions/secret-session' is a draft, so it is not published"
                        + " (publish it by deleting 'draft: true' from content/sessions/secret-session.md, preview it by"
                        + " building with --drafts, or take the highlight out until it is published)");
        assertThat(TestPortal.problems(TestPortal.build(root, true))).as("built with --drafts").isEmpty();
        assertThat(page(root, "index.html").select("a[href$=secret-session/]")).isNotEmpty();
    }
}
