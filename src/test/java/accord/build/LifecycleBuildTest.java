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
 * Issue 10's lifecycle through whole builds of {@link TestPortal#PORTAL} with the lifecycle's four fields: a
 * superseded record and a withdrawn one keep their pages with a notice, leave the list pages, the home page's lists
 * and (withdrawn only) the timeline, stay reachable from their collection's first list page, and are marked where
 * other records link them; and the checks of replacements, word for word.
 */
class LifecycleBuildTest {
    static final String LIFECYCLE_FIELDS = """
              lifecycle: { type: enum(current|superseded|withdrawn), label: Lifecycle, shown: false, labels: { superseded: Superseded, withdrawn: Withdrawn } }
              superseded_by: { type: ref(*), role: replaced_by, label: Superseded by, shown: false }
              lifecycle_reason: { type: string, label: Reason, shown: false }
              lifecycle_date: { type: date, label: Since, shown: false }
            """;

    /** The test portal with the lifecycle fields shared by every collection, and featured sessions on the home page. */
    static final String PORTAL = TestPortal.PORTAL.replace("common:\n", "common:\n" + LIFECYCLE_FIELDS)
            .replace("language: en\n", "language: en\nfeatured:\n  - collection: sessions\n");

    /** The ministerial dialogue superseded by the closing plenary; the opening plenary withdrawn. */
    static final String RETIRED = """
            -- content/sessions/gamma-session.md --
            ---
            title: Ministerial dialogue
            date: 2024-11-10
            event: cop29
            lifecycle: superseded
            superseded_by: sessions/beta-session
            lifecycle_date: 2024-12-02
            lifecycle_reason: The dialogue was folded into the closing plenary's record.
            ---
            See [the closing plenary](beta-session.md).
            -- content/sessions/alpha-session.md --
            ---
            title: Opening plenary
            date: 2024-11-12
            event: cop29
            speakers: [mikayil-jabbarov]
            topics: [climate-finance]
            lifecycle: withdrawn
            lifecycle_reason: No source confirms that this plenary took place.
            ---
            The opening.
            """;

    @TempDir
    Path dir;

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void aSupersededRecordKeepsItsPageWithANoticeAndALinkToItsReplacement() throws IOException {
        TestPortal.write(dir, PORTAL + RETIRED);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document gamma = page("sessions/gamma-session/index.html");
        assertThat(gamma.select(".lifecycle-notice p").first().text()).isEqualTo(
                "Superseded by Closing plenary on 2 December 2024: The dialogue was folded into the closing plenary's record.");
        assertThat(gamma.select(".lifecycle-notice a").attr("href")).isEqualTo("../../sessions/beta-session/");
        assertThat(gamma.select(".lifecycle-notice time").attr("datetime")).isEqualTo("2024-12-02");
        assertThat(gamma.select(".lifecycle-notice").attr("role")).isEqualTo("note");
        // The notice comes before the record's own heading, and the page is otherwise whole.
        assertThat(gamma.select("main > *").first().hasClass("lifecycle-notice")).isTrue();
        assertThat(gamma.select("h1").text()).isEqualTo("Ministerial dialogue");
        assertThat(gamma.select(".body").text()).isEqualTo("See the closing plenary.");
        // The replacement's page is current: no notice.
        assertThat(page("sessions/beta-session/index.html").select(".lifecycle-notice")).isEmpty();
    }

    @Test
    void aWithdrawnRecordSaysWhy() throws IOException {
        TestPortal.write(dir, PORTAL + RETIRED);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document alpha = page("sessions/alpha-session/index.html");
        assertThat(alpha.select(".lifecycle-notice p").first().text())
                .isEqualTo("Withdrawn: No source confirms that this plenary took place.");
        assertThat(alpha.select(".lifecycle-notice a")).isEmpty();
        assertThat(alpha.select(".lifecycle-notice").hasClass("lifecycle-withdrawn")).isTrue();
    }

    @Test
    void retiredRecordsLeaveTheListsButStayReachableFromTheFirstListPage() throws IOException {
        TestPortal.write(dir, PORTAL + RETIRED);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document list = page("sessions/index.html");
        assertThat(list.select("table.records tbody th a").eachText()).containsExactly("Closing plenary");
        assertThat(list.select("section.retired h2").text()).isEqualTo("Superseded and withdrawn");
        assertThat(list.select("section.retired li").eachText()).containsExactly(
                "Opening plenary 12 November 2024 · Withdrawn", "Ministerial dialogue 10 November 2024 · Superseded");
        assertThat(list.select("section.retired a").eachAttr("href"))
                .containsExactly("../sessions/alpha-session/", "../sessions/gamma-session/");

        Document home = page("index.html");
        assertThat(home.select("section[aria-labelledby=featured-sessions] a").eachText()).containsExactly("Closing plenary");
        assertThat(home.select("section[aria-labelledby=latest-heading] a").eachText())
                .containsExactly("Closing plenary", "COP29", "Ministerial dialogue", "The whole timeline");

        // The timeline keeps the superseded dialogue (it took place), not the withdrawn plenary.
        Document year = page("timeline/2024/index.html");
        assertThat(year.select("main").text()).contains("Ministerial dialogue").doesNotContain("Opening plenary");

        // Where another record links a retired one, the link says so; nothing is left out.
        Document topic = page("topics/climate-finance/index.html");
        assertThat(topic.select("main li").eachText()).contains("Opening plenary 12 November 2024 · Withdrawn");
        Document minister = page("speakers/mikayil-jabbarov/index.html");
        assertThat(minister.select("main li").eachText()).contains("Opening plenary Session 12 November 2024 · Withdrawn");
    }
}
