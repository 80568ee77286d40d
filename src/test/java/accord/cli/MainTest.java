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

        // Outside a git checkout the build says, in one line, that record pages show no history.
        assertThat(out.toString()).startsWith("history: the portal is not in a git checkout; record pages say their history"
                + " is not known (build from a git clone to show each record's changes)\nbuilt 23 pages (199 files) into ")
                .endsWith("\nnote: no content/urls.txt, so no published address is guarded; run 'accord urls --update' and commit the file\n");
        assertThat(dir.resolve("site/index.html")).isRegularFile();
    }

    /**
     * A preview left running in another window holds the port. serve used to build the whole portal first and then
     * say only "accord: error: Address already in use"; it now says which port, why, and what to do, before building.
     */
    @Test
    void serveOnAPortInUseSaysWhichAndWhatToDoWithoutBuilding() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThat(run("serve", "--source", dir.toString(), "--port", String.valueOf(port))).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("accord: error: port " + port + " of 127.0.0.1 is in use, perhaps by another"
                    + " accord serve (stop that one with Ctrl-C, or give another port: --port 8001, or --port 0 for any free one)\n");
            assertThat(out.toString()).isEmpty();
        }
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
        assertThat(err.toString()).contains("a command is needed: build, check, serve, new, fields, report, urls, verify");
    }

    /**
     * A base without a scheme made every link of every page broken: check printed 246 errors blaming 404.ftlh and each
     * record, none naming --base-url. It now says, in one line, what is wrong with the option and what to write.
     */
    @Test
    void aBaseUrlWithoutASchemeIsOneErrorNamingTheOptionAndWhatToWrite() {
        TestPortal.write(dir, TestPortal.PORTAL);
        String said = "accord: error: --base-url: 'example.com' must start with https://, http:// or / (write the address"
                + " the site is published at, such as https://example.com/)\n";
        assertThat(run("check", "--source", dir.toString(), "--base-url", "example.com")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(said);
        err.getBuffer().setLength(0);
        assertThat(run("build", "--source", dir.toString(), "--base-url", "example.com")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(said + "build failed; nothing was written\n");
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void checkWritesNothing() {
        TestPortal.write(dir, TestPortal.PORTAL);
        Map<String, String> before = TestPortal.snapshotText(dir);
        assertThat(run("check", "--source", dir.toString())).isEqualTo(0);

        assertThat(out.toString()).startsWith("ok: 23 pages would be built\n");
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

    /** The help of {@code new} is read by editors of any portal: it names none's collection as an example. */
    @Test
    void newsHelpSaysWhereTheCollectionsAreNamed() {
        assertThat(run("new", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("""
                      COLLECTION     The collection, as content/schema.yml names it (accord
                                       fields lists them).
                """).doesNotContain("sessions");
    }

    @Test
    void newWritesADraftThatChecksCleanAndWhoseBlanksAreErrorsOncePublished() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("new", "--source", dir.toString(), "sessions", "Some \"Title\"")).isEqualTo(0);
        Path file = dir.resolve("content/sessions/some-title.md");
        assertThat(out.toString()).isEqualTo("wrote " + file.normalize()
                + " (a draft: fill in the empty fields, then delete 'draft: true' to publish it)\n");
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: "Some \\"Title\\""
                # Delete the next line once the fields below are filled in, to publish the record.
                draft: true
                # date (required): a date, YYYY-MM-DD, YYYY-MM or YYYY
                date: ""
                # event (required): the slug of a record in content/events/
                event: ""
                # Optional fields: uncomment a line to use it.
                # topics: []   # topics: a list of slugs of records in content/topics/
                # caveats: [{ field: "", status: "", text: "" }]   # caveats: a list of objects with field, status, text
                # speakers: []   # speakers: a list of slugs of records in content/speakers/
                # moderators: []   # moderators: a list of slugs of records in content/speakers/
                ---

                Write the record here, in your own words.
                """);

        err.getBuffer().setLength(0);
        out.getBuffer().setLength(0);
        assertThat(run("check", "--source", dir.toString())).isEqualTo(0);
        assertThat(err.toString()).isEmpty();

        Files.writeString(file, Files.readString(file).replace("draft: true\n", ""));
        assertThat(run("check", "--source", dir.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "content/sessions/some-title.md:5:1: error: date: required field is empty (write its value after 'date: ')",
                "content/sessions/some-title.md:7:1: error: event: required field is empty (write its value after 'event: ')",
                "content/sessions/some-title.md:15: warning: the body still holds the placeholder 'accord new' wrote (write the"
                        + " record in its place)",
                "2 errors, 1 warning");

        Files.writeString(file, Files.readString(file).replace("date: \"\"", "date: 2024-11-13").replace("event: \"\"", "event: cop29"));
        err.getBuffer().setLength(0);
        assertThat(run("check", "--source", dir.toString())).isEqualTo(0);
        assertThat(err.toString().lines()).containsExactly("content/sessions/some-title.md:15: warning: the body still holds the"
                + " placeholder 'accord new' wrote (write the record in its place)", "0 errors, 1 warning");
        assertThat(run("check", "--strict", "--source", dir.toString())).as("publishing refuses it").isEqualTo(1);

        Files.writeString(file, Files.readString(file).replace(accord.content.SourceDocument.PLACEHOLDER_BODY, "The session."));
        err.getBuffer().setLength(0);
        assertThat(run("check", "--strict", "--source", dir.toString())).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void newScaffoldsEveryCollectionOfTheRealSchemaSoThatCheckPasses() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        Files.createDirectories(dir.resolve("content"));
        try (var files = Files.walk(repo.resolve("content"))) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(repo.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        // The real portal's address is a placeholder, which warns (README, Decisions); the scaffolds are checked here.
        Path siteYml = dir.resolve("content/site.yml");
        Files.writeString(siteYml, Files.readString(siteYml).replace("https://example.org/", "https://accord.test/"));
        var collections = accord.schema.SchemaReader.read(accord.content.YamlReader.read(
                Files.readString(dir.resolve("content/schema.yml")), "content/schema.yml", 1, new accord.problem.Problems()).get(),
                accord.build.OwnNames.reserved(), new accord.problem.Problems()).collections().keySet();
        assertThat(collections).hasSizeGreaterThanOrEqualTo(7);
        for (String c : collections) {
            assertThat(run("new", "--source", dir.toString(), c, "Bakı Bəyannaməsi")).as(c).isEqualTo(0);
            assertThat(dir.resolve("content/" + c + "/baki-beyannamesi.md")).isRegularFile();
        }
        // superseded_by is a ref(*): its example is a record of the scaffold's own collection, not a fixed one.
        assertThat(Files.readString(dir.resolve("content/speakers/baki-beyannamesi.md")).lines()).contains(
                "# superseded_by: \"\"   # superseded_by: a record, written collection/slug (such as speakers/some-slug)."
                        + " The record that replaced this one. Only with lifecycle: superseded.");
        assertThat(run("check", "--source", dir.toString())).as(err.toString()).isEqualTo(0);
        assertThat(err.toString()).isEmpty();

        // Published, each scaffold's only problems are its blanks and its placeholder body, each at its own line.
        for (String c : collections) {
            Path file = dir.resolve("content/" + c + "/baki-beyannamesi.md");
            Files.writeString(file, Files.readString(file).replace("draft: true\n", ""));
        }
        assertThat(run("check", "--source", dir.toString())).isEqualTo(1);
        assertThat(err.toString().lines().filter(l -> l.startsWith("content/")))
                .isNotEmpty()
                .allMatch(l -> l.matches("content/[a-z]+/baki-beyannamesi\\.md:\\d+:\\d+: error: [a-z_.\\[\\]0-9]+: required field is empty .*")
                        || l.matches("content/[a-z]+/baki-beyannamesi\\.md:\\d+: warning: the body still holds the placeholder .*"), "blank");
    }

    @Test
    void anOutputFolderUnderAFileSaysWhatIsInTheWayAndWhatToDo() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(run("build", "--source", dir.toString(), "--output", dir.resolve("notes.txt/site").toString())).isEqualTo(1);
        // Java's own message was the bare path: "accord: error: …/notes.txt".
        assertThat(err.toString()).isEqualTo("accord: error: " + dir.resolve("notes.txt")
                + ": a file is in the way where Accord needs a folder or a file of its own"
                + " (move it; a build can write elsewhere with --output)\n");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aRefusalOfTheFileSystemIsNamedWithItsFileWhereverItIsWrapped() {
        assertThat(accord.problem.Failure.describe(new java.io.UncheckedIOException(
                new java.nio.file.AccessDeniedException("/srv/portal/.site.accord-new"))))
                .isEqualTo("/srv/portal/.site.accord-new: permission denied: the user running Accord may not write or read it"
                        + " (change its owner or permissions; a build can write elsewhere with --output)");
        assertThat(accord.problem.Failure.describe(new IllegalStateException("wrapped", new java.nio.file.FileSystemException(
                "/srv/portal/site", "/srv/portal/.site.accord-old", "Device or resource busy"))))
                .isEqualTo("/srv/portal/site (to /srv/portal/.site.accord-old): Device or resource busy");
        assertThat(accord.problem.Failure.describe(new java.nio.file.NoSuchFileException("/srv/portal/content")))
                .isEqualTo("/srv/portal/content: no such file or folder");
        assertThat(accord.problem.Failure.describe(new IllegalArgumentException("plain words"))).isEqualTo("plain words");
    }

    @Test
    void newRomanisesTheTitleAndRefusesToOverwrite() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        assertThat(run("new", "--source", dir.toString(), "speakers", "Джаббаров")).isEqualTo(0);
        assertThat(dir.resolve("content/speakers/dzhabbarov.md")).isRegularFile();
        assertThat(run("new", "--source", dir.toString(), "speakers", "中文")).isEqualTo(0);
        assertThat(dir.resolve("content/speakers/u4e2d-u6587.md")).isRegularFile();
        Files.writeString(dir.resolve("content/speakers/dzhabbarov.md"), "mine");
        err.getBuffer().setLength(0);
        assertThat(run("new", "--source", dir.toString(), "speakers", "ДЖАББАРОВ")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("accord: error: " + dir.resolve("content/speakers/dzhabbarov.md").normalize()
                + " already exists (edit it, or choose another title)\n");
        assertThat(Files.readString(dir.resolve("content/speakers/dzhabbarov.md"))).isEqualTo("mine");
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
