package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.content.SourceDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record published with the body {@code accord new} wrote for the editor to replace: a warning at its line. */
class PlaceholderBodyBuildTest {
    @TempDir
    Path root;

    /** The test portal with its opening plenary's body followed by the placeholder; {@code draft} set before its body. */
    private static String portal(String draft) {
        String opening = "topics: [climate-finance]\n---\nThe opening.\n";
        assertThat(TestPortal.PORTAL).containsOnlyOnce(opening);
        return TestPortal.PORTAL.replace(opening, "topics: [climate-finance]\n" + draft + "---\nThe opening.\n\n"
                + SourceDocument.PLACEHOLDER_BODY + "\n");
    }

    @Test
    void aPublishedRecordStillHoldingThePlaceholderIsReportedAtItsLine() throws java.io.IOException {
        TestPortal.write(root, portal(""));
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).containsExactly("content/sessions/alpha-session.md:10: warning: the body still"
                + " holds the placeholder 'accord new' wrote (write the record in its place)");
        assertThat(result.ok()).isTrue();
        assertThat(new Build(new BuildOptions(root, root.resolve("site"), false, java.util.Optional.empty(), false)).run(true).ok())
                .as("a warning fails a strict build, as publishing runs it").isFalse();
    }

    @Test
    void aDraftIsLeftToItsEditor() {
        TestPortal.write(root, portal("draft: true\n"));
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
    }
}
