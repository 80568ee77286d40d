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

    private static final String RECORD = """
            -- content/sessions/alpha-session.md --
            ---
            title: Opening plenary
            date: 2024-11-12
            event: cop29
            speakers: [mikayil-jabbarov]
            topics: [climate-finance]
            DRAFT---
            The opening.

            """ + SourceDocument.PLACEHOLDER_BODY + "\n";

    @Test
    void aPublishedRecordStillHoldingThePlaceholderIsReportedAtItsLine() throws java.io.IOException {
        TestPortal.write(root, TestPortal.PORTAL + RECORD.replace("DRAFT", ""));
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).containsExactly("content/sessions/alpha-session.md:10: warning: the body still"
                + " holds the placeholder 'accord new' wrote (write the record in its place)");
        assertThat(result.ok()).isTrue();
        assertThat(new Build(new BuildOptions(root, root.resolve("site"), false, java.util.Optional.empty(), false)).run(true).ok())
                .as("a warning fails a strict build, as publishing runs it").isFalse();
    }

    @Test
    void aDraftIsLeftToItsEditor() {
        TestPortal.write(root, TestPortal.PORTAL + RECORD.replace("DRAFT", "draft: true\n"));
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
    }
}
