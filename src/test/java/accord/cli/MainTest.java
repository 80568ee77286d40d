package accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static final String BROKEN_SESSION = """
            -- content/sessions/alpha-session.md --
            ---
            title: Opening plenary
            date: 2024-11-12
            event: cop-29
            ---
            """;

    @Test
    void buildReturnsZeroOnGoodPortal() {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("build", "--source", dir.toString())).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("built 19 pages (67 files) into ");
        assertThat(dir.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void buildReturnsOneAndPrintsProblemsThenCountOnPortalWithErrors() {
        TestPortal.write(dir, TestPortal.PORTAL + BROKEN_SESSION);
        assertThat(run("build", "--source", dir.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "content/sessions/alpha-session.md:4:8: error: event: no event 'cop-29' (did you mean 'cop29'?)",
                "1 error, 0 warnings",
                "build failed; nothing was written");
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void buildWritesToTheGivenOutput() {
        TestPortal.write(dir, TestPortal.PORTAL);
        Path elsewhere = dir.resolve("public");
        assertThat(run("build", "--source", dir.toString(), "--output", elsewhere.toString())).isEqualTo(0);
        assertThat(elsewhere.resolve("sessions/alpha-session/index.html")).isRegularFile();
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void unknownOptionIsAUsageError() {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("build", "--source", dir.toString(), "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("a command is needed: build, check or new");
    }

    @Test
    void checkWritesNothing() {
        TestPortal.write(dir, TestPortal.PORTAL);
        Map<String, String> before = TestPortal.snapshotText(dir);
        assertThat(run("check", "--source", dir.toString())).isEqualTo(0);
        assertThat(out.toString()).isEqualTo("ok: 19 pages would be built\n");
        assertThat(TestPortal.snapshotText(dir)).isEqualTo(before);
    }

    @Test
    void checkReturnsOneOnErrors() {
        TestPortal.write(dir, TestPortal.PORTAL + BROKEN_SESSION);
        Map<String, String> before = TestPortal.snapshotText(dir);
        assertThat(run("check", "--source", dir.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "content/sessions/alpha-session.md:4:8: error: event: no event 'cop-29' (did you mean 'cop29'?)",
                "1 error, 0 warnings");
        assertThat(TestPortal.snapshotText(dir)).isEqualTo(before);
    }

    @Test
    void helpWorksForBuildAndCheck() {
        assertThat(run("build", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: accord build").contains("--source=DIR").contains("--output=DIR")
                .contains("--drafts").contains("--base-url=URL");
        out.getBuffer().setLength(0);
        assertThat(run("check", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: accord check").contains("--source=DIR");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void newWritesAStubThatChecksCleanExceptForWhatTheEditorMustFill() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("new", "--source", dir.toString(), "sessions", "Some Title")).isEqualTo(0);
        Path file = dir.resolve("content/sessions/some-title.md");
        assertThat(file).isRegularFile();
        String stub = Files.readString(file);
        assertThat(stub).startsWith("---\ntitle: \"Some Title\"\n").contains("draft: true\n");

        err.getBuffer().setLength(0);
        out.getBuffer().setLength(0);
        assertThat(run("check", "--source", dir.toString())).isEqualTo(1);
        // The stub is a draft, but drafts are validated too: the two required fields that the
        // editor still has to fill in are the only problems, each on its own line of the stub.
        assertThat(err.toString().lines()).containsExactly(
                "content/sessions/some-title.md:6:7: error: date: 'YYYY-MM-DD' is not a valid date (write YYYY-MM-DD, YYYY-MM or YYYY)",
                "content/sessions/some-title.md:7:1: error: event: required field is empty (write its value after 'event: ')",
                "2 errors, 0 warnings");
        assertThat(stub.lines().toList().subList(5, 7)).containsExactly(
                "date: \"YYYY-MM-DD\"   # required",
                "event: \"\"   # a slug in events   # required");
    }

    @Test
    void newRefusesUnknownCollectionWithSuggestion() {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("new", "--source", dir.toString(), "sesions", "X")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("accord: error: no collection 'sesions' in content/schema.yml (did you mean 'sessions'?)\n");
    }

    @Test
    void fieldsPrintsTheFieldReferenceFromThePortalsSchema() {
        assertThat(run("fields", "--source", Path.of("").toAbsolutePath().toString(), "sessions")).isEqualTo(0);
        assertThat(out.toString().lines().toList())
                .startsWith("# sessions (Sessions): content/sessions/<slug>.md", "")
                .contains("- event: ref(events), required \u2014 Event; listed on the other record under \"Sessions\"",
                        "  - quality: enum(A|B|C), required \u2014 Quality. A: the organisation's own site or ENB/IISD;"
                                + " B: national news agencies; C: reposts and mirrors.")
                .noneMatch(l -> l.startsWith("# speakers"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void fieldsSuggestsTheCollectionMeant() {
        assertThat(run("fields", "--source", Path.of("").toAbsolutePath().toString(), "sesions")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("accord: error: no collection 'sesions' in content/schema.yml (did you mean 'sessions'?)\n");
    }
}
