package accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.JsonCheck;
import accord.build.TestPortal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format json} and {@code --strict}: the exit codes for clean, warnings, errors and strict. */
class CheckFormatTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** A file in a collection folder that is not a record: a warning, not an error. */
    private static final String STRAY = """
            -- content/speakers/notes.txt --
            to do
            """;

    private static final String BROKEN = """
            -- content/sessions/alpha-session.md --
            ---
            title: Opening plenary
            date: 2024-11-12
            event: cop-29
            ---
            """;

    @Test
    void cleanPortalExitsZeroInBothFormats() {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("check", "--source", dir.toString(), "--strict")).isEqualTo(0);
        assertThat(out.toString()).isEqualTo("ok: 23 pages would be built\n"
                + "note: no content/urls.txt, so no published address is guarded; run 'accord urls --update' and commit the file\n");
        out.getBuffer().setLength(0);
        assertThat(run("check", "--source", dir.toString(), "--format", "json")).isEqualTo(0);
        assertThat(out.toString()).isEqualTo("""
                {
                  "ok": true,
                  "strict": false,
                  "errors": 0,
                  "warnings": 0,
                  "pages": 23,
                  "problems": []
                }
                """);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void warningsArePrintedButExitZero() {
        TestPortal.write(dir, TestPortal.PORTAL + STRAY);
        assertThat(run("check", "--source", dir.toString())).isEqualTo(0);
        assertThat(err.toString().lines()).containsExactly(
                "content/speakers/notes.txt: warning: ignored: not a Markdown record (records end in .md)",
                "0 errors, 1 warning");
        assertThat(out.toString()).isEqualTo("ok: 23 pages would be built\n"
                + "note: no content/urls.txt, so no published address is guarded; run 'accord urls --update' and commit the file\n");
    }

    /**
     * Emacs makes {@code .#x.md}, a symbolic link pointing nowhere, while a buffer has unsaved changes; Vim keeps
     * {@code .x.md.swp}; Obsidian keeps {@code content/.obsidian/}. None is the editor's to see or delete: check
     * used to fail on the lock ("symbolic link refused") while the preview, which skips dot files, showed no error.
     */
    @Test
    void hiddenFilesOfEditorsAndToolsAreNoPartOfThePortal() throws java.io.IOException {
        TestPortal.write(dir, TestPortal.PORTAL + STRAY);
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/speakers/.#bob-adams.md"), Path.of("editor@host.4242:1733000000"));
        java.nio.file.Files.writeString(dir.resolve("content/speakers/.bob-adams.md.swp"), "swap");
        java.nio.file.Files.writeString(dir.resolve("content/sessions/.scratch.md"), "no front matter");
        java.nio.file.Files.createDirectories(dir.resolve("content/.obsidian"));
        java.nio.file.Files.writeString(dir.resolve("content/.obsidian/app.json"), "{}");
        assertThat(run("check", "--source", dir.toString())).isEqualTo(0);
        assertThat(err.toString().lines()).containsExactly(
                "content/speakers/notes.txt: warning: ignored: not a Markdown record (records end in .md)",
                "0 errors, 1 warning");
        assertThat(out.toString()).startsWith("ok: 23 pages would be built\n");
    }

    @Test
    void strictTurnsWarningsIntoErrorsForCheck() {
        TestPortal.write(dir, TestPortal.PORTAL + STRAY);
        assertThat(run("check", "--source", dir.toString(), "--strict")).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "content/speakers/notes.txt: error: ignored: not a Markdown record (records end in .md) [--strict]",
                "1 error, 0 warnings");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void strictBuildWithWarningsWritesNothingAndKeepsTheOldSite() {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("build", "--source", dir.toString())).isEqualTo(0);
        Map<String, String> before = TestPortal.snapshotText(dir.resolve("site"));
        TestPortal.write(dir, STRAY + """
                -- content/topics/trade.md --
                ---
                title: Trade and transit
                ---
                """);
        out.getBuffer().setLength(0);
        assertThat(run("build", "--source", dir.toString(), "--strict")).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "content/speakers/notes.txt: error: ignored: not a Markdown record (records end in .md) [--strict]",
                "1 error, 0 warnings",
                "build failed; nothing was written");
        assertThat(TestPortal.snapshotText(dir.resolve("site"))).isEqualTo(before);
        assertThat(dir.resolve(".site.accord-new")).doesNotExist();

        err.getBuffer().setLength(0);
        assertThat(run("build", "--source", dir.toString())).as("without --strict the warning lets it through").isEqualTo(0);
        assertThat(TestPortal.snapshotText(dir.resolve("site")).get("topics/trade/index.html")).contains("Trade and transit");
    }

    @Test
    void jsonListsEveryProblemWithItsPosition() {
        TestPortal.write(dir, TestPortal.PORTAL + STRAY + BROKEN);
        assertThat(run("check", "--source", dir.toString(), "--format", "json")).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
        Map<String, Object> json = parse(out.toString());
        assertThat(json).containsEntry("ok", false).containsEntry("strict", false)
                .containsEntry("errors", 1.0).containsEntry("warnings", 1.0);
        assertThat(problems(json)).containsExactly(
                Map.of("file", "content/sessions/alpha-session.md", "line", 4.0, "column", 8.0, "severity", "error",
                        "message", "event: no event 'cop-29' (did you mean 'cop29'?)"),
                Map.of("file", "content/speakers/notes.txt", "line", 0.0, "column", 0.0, "severity", "warning",
                        "message", "ignored: not a Markdown record (records end in .md)"));
    }

    /** A template's syntax error stopped the check with FreeMarker's words on standard error and 0 bytes of JSON. */
    @Test
    void jsonHasATemplatesSyntaxErrorAtItsLine() {
        TestPortal.write(dir, TestPortal.PORTAL + """
                -- templates/sessions.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <p><#if record.title??<span class="meta">${record.title}</span></#if></p>
                </@layout.shell>
                """);
        assertThat(run("check", "--source", dir.toString(), "--format", "json")).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
        assertThat(problems(parse(out.toString()))).containsExactly(
                Map.of("file", "templates/sessions.ftlh", "line", 3.0, "column", 29.0, "severity", "error",
                        "message", "template syntax: unexpected 'class': the FreeMarker tag before it is not closed"
                                + " (end the tag with '>')"));
    }

    @Test
    void jsonSaysWhatStoppedTheCheckAsItsOneError() {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("check", "--source", dir.toString(), "--format", "json", "--base-url", "example.org")).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
        Map<String, Object> json = parse(out.toString());
        assertThat(json).containsEntry("ok", false).containsEntry("errors", 1.0).containsEntry("pages", 0.0);
        assertThat(problems(json)).hasSize(1);
        assertThat(((Map<?, ?>) problems(json).get(0)).get("file")).isEqualTo("");
        assertThat((String) ((Map<?, ?>) problems(json).get(0)).get("message")).startsWith("--base-url: ");
    }

    @Test
    void jsonWithStrictReportsWarningsAsErrors() {
        TestPortal.write(dir, TestPortal.PORTAL + STRAY);
        assertThat(run("check", "--source", dir.toString(), "--format", "json", "--strict")).isEqualTo(1);
        Map<String, Object> json = parse(out.toString());
        assertThat(json).containsEntry("ok", false).containsEntry("strict", true)
                .containsEntry("errors", 1.0).containsEntry("warnings", 0.0);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> problems(Map<String, Object> json) {
        return (List<Object>) json.get("problems");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return (Map<String, Object>) JsonCheck.parse(json);
    }

    @Test
    void unknownFormatIsAUsageError() {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("check", "--source", dir.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--format'").contains("text, json");
    }

    @Test
    void reportPrintsFindingsAndExitsZeroThenOneWhenThePortalHasErrors() {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("report", "--source", dir.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("data quality report: 11 records in 5 collections, ")
                .contains("\nsessions: 3 records, ").contains("    content/sessions/alpha-session.md (Opening plenary)\n");
        assertThat(err.toString()).isEmpty();
        out.getBuffer().setLength(0);
        assertThat(run("report", "--source", dir.toString(), "--format", "json")).isEqualTo(0);
        assertThat(parse(out.toString())).containsEntry("records", 11.0);

        TestPortal.write(dir, BROKEN);
        out.getBuffer().setLength(0);
        assertThat(run("report", "--source", dir.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "content/sessions/alpha-session.md:4:8: error: event: no event 'cop-29' (did you mean 'cop29'?)",
                "1 error, 0 warnings");
        assertThat(out.toString()).startsWith("data quality report: ");
        assertThat(dir.resolve("site")).doesNotExist();
    }
}
