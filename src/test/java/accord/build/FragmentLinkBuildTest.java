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
