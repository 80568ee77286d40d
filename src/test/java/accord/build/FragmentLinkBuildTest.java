package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body link whose {@code #fragment} names no id of its page: the link check is the first to know, and its problem
 * names the line the editor wrote the link on, with the link as written, as a broken link to a record does.
 */
class FragmentLinkBuildTest {
    private static final String SESSION = """
            -- content/sessions/gamma-session.md --
            ---
            title: Ministerial dialogue
            date: 2024-11-10
            event: cop29
            ---
            See [the closing plenary](beta-session.md) and
            the minister's [record]( ../speakers/mikayil-jabbarov.md#no-such-part "his page").
            """;

    @Test
    void aFragmentThatNamesNoIdIsAnErrorAtTheLinksLine(@TempDir Path root) {
        TestPortal.write(root, TestPortal.PORTAL + SESSION);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly("content/sessions/gamma-session.md:7:16: error:"
                + " broken link '../speakers/mikayil-jabbarov.md#no-such-part': speakers/mikayil-jabbarov/index.html has no id"
                + " 'no-such-part' (link to an id that page has, or leave out '#no-such-part')");
        assertThat(root.resolve("site")).doesNotExist();
    }

    /**
     * {@code check} held the fragment errors back until every other broken link was fixed: a body's broken links are
     * found while rendering, and the link check, the only one to know a page's ids, was skipped when rendering had
     * reported an error. All of them are reported at once.
     */
    @Test
    void brokenLinksAndFragmentsThatNameNoIdAreReportedTogether(@TempDir Path root) {
        TestPortal.write(root, TestPortal.PORTAL + SESSION.replace("See [the closing plenary](beta-session.md) and",
                "See [the closing plenary](beta-session.md), [nobody](../speakers/nobody.md), [javascript](javascript:alert(1)),"
                        + "\n[the event](../events/cop29.md#nonexistent-heading), [below](#programm) and"));
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/sessions/gamma-session.md:6:45: error: broken link '../speakers/nobody.md': no record"
                        + " content/speakers/nobody.md (fix the path, or create the record)",
                "content/sessions/gamma-session.md:6:78: error: link uses the 'javascript:' scheme (only http, https,"
                        + " mailto and relative links are allowed)",
                "content/sessions/gamma-session.md:7:1: error: broken link '../events/cop29.md#nonexistent-heading':"
                        + " events/cop29/index.html has no id 'nonexistent-heading' (link to an id that page has, or leave"
                        + " out '#nonexistent-heading')",
                "content/sessions/gamma-session.md:7:54: error: broken link '#programm': sessions/gamma-session/index.html"
                        + " has no id 'programm' (link to an id that page has, or leave out '#programm')",
                "content/sessions/gamma-session.md:8:16: error:"
                        + " broken link '../speakers/mikayil-jabbarov.md#no-such-part': speakers/mikayil-jabbarov/index.html has no id"
                        + " 'no-such-part' (link to an id that page has, or leave out '#no-such-part')");
    }

    /** A page that failed to render has no ids to check a link against: the link to it is not reported, its template is. */
    @Test
    void aLinkToAPageThatFailedToRenderIsNotReportedButTheOtherLinksAre(@TempDir Path root) {
        TestPortal.write(root, TestPortal.PORTAL + SESSION.replace("See [the closing plenary](beta-session.md) and",
                "See [the closing plenary](beta-session.md), [the event](../events/cop29.md#nonexistent-heading) and") + """
                -- templates/speakers.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <p>${record.nothing}</p>
                </@layout.shell>
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/sessions/gamma-session.md:6:45: error: broken link '../events/cop29.md#nonexistent-heading':"
                        + " events/cop29/index.html has no id 'nonexistent-heading' (link to an id that page has, or leave"
                        + " out '#nonexistent-heading')",
                "templates/speakers.ftlh:3:6: error: template error while rendering content/speakers/anna-zeller.md:"
                        + " 'record.nothing' is null or missing (give it a default, as in ${x!''}, or test it with <#if x??>)");
    }

    @Test
    void aFragmentOnTheSamePageNearAnIdItHasSuggestsIt(@TempDir Path root) {
        TestPortal.write(root, TestPortal.PORTAL + SESSION.replace("#no-such-part \"his page\"", "#backlink")
                .replace("See [the closing", "Read [below](#record-histroy), and [the closing"));
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly(
                "content/sessions/gamma-session.md:6:6: error: broken link '#record-histroy': sessions/gamma-session/index.html"
                        + " has no id 'record-histroy' (did you mean '#record-history'?)",
                "content/sessions/gamma-session.md:7:16: error: broken link '../speakers/mikayil-jabbarov.md#backlink':"
                        + " speakers/mikayil-jabbarov/index.html has no id 'backlink' (did you mean '#backlinks-0'?)");
    }
}
