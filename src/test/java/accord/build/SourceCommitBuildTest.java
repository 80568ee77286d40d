package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * datapackage.json names the commit the records were built from: before, no file of a copy said which state of the
 * records it held, so an archivist could not tell two deposited copies apart. From git's history alone (the same commit
 * gives the same bytes), nothing without git, and a word when content/ had changes not committed. The commit's own date
 * is there too (an archivist matches a copy to the commit by it), and data/portal.json and manifest.json name the same
 * source: before, neither said which commit the site was built from.
 */
class SourceCommitBuildTest {
    @TempDir
    Path dir;
    HistoryFixture portal;
    GitRepo repo;
    String first;

    @BeforeEach
    void history() {
        portal = HistoryFixture.committed(dir, CalendarStampBuildTest.PORTAL, "2026-03-01T12:15:30+05:00");
        repo = portal.repo();
        first = portal.first();
    }

    /** The source datapackage.json names, after checking that data/portal.json and manifest.json name the same. */
    private static Object source(Path site) {
        Object source = named(site, "datapackage.json");
        assertThat(named(site, "data/portal.json")).as("portal.json").isEqualTo(source);
        assertThat(named(site, "manifest.json")).as("manifest.json").isEqualTo(source);
        return source;
    }

    @SuppressWarnings("unchecked")
    private static Object named(Path site, String file) {
        return ((Map<String, Object>) JsonCheck.parse(DataCheck.utf8(site.resolve(file)))).get("accord_source");
    }

    private static final String STARTED = "2026-03-01T12:15:30+05:00";
    private static final String THEMED = "2026-04-02T08:00:00-02:00";

    @Test
    void theDataPackageNamesTheCommitAndWhenTheRecordsLastChanged() throws IOException {
        assertThat(first).hasSize(40);
        Path site = portal.build("first");
        assertThat(source(site)).isEqualTo(Map.of("commit", first, "commit_date", STARTED, "records_changed", STARTED));
        Path again = portal.build("again");
        for (String file : List.of("datapackage.json", "data/portal.json", "manifest.json")) {
            assertThat(DataCheck.utf8(again.resolve(file))).as(file).isEqualTo(DataCheck.utf8(site.resolve(file)));
        }
        // A commit that changes no record names itself, and the date the records last changed stays.
        repo.write("-- templates/assets/extra.css --\nbody { color: black; }\n");
        String theme = repo.commit("Börje Ek", THEMED, "A stylesheet");
        assertThat(source(portal.build("theme")))
                .isEqualTo(Map.of("commit", theme, "commit_date", THEMED, "records_changed", STARTED));
        // Records changed and not committed: the copy holds what no commit has.
        repo.write(CalendarStampBuildTest.COP22_AMENDED);
        assertThat(source(portal.build("dirty")))
                .isEqualTo(Map.of("commit", theme, "commit_date", THEMED, "records_changed", STARTED, "uncommitted", true));
        // The fixity manifest is still one that verify reads, and verify says which commit it names.
        accord.archive.Verify.Report report = accord.archive.Verify.check(dir.resolve("dirty"));
        assertThat(report.ok()).isTrue();
        assertThat(report.notes()).containsExactly("built from commit " + theme + " (committed " + THEMED
                + "; records last changed " + STARTED + "; with changes to content/ not committed)");
    }

    @Test
    void withoutGitThereIsNoSource() throws IOException {
        Path site = portal.buildWithoutGit(CalendarStampBuildTest.PORTAL, "copy", "copy-site");
        assertThat(source(site)).isNull();
        // The manifest as before: the algorithm's line, then the files.
        assertThat(DataCheck.utf8(site.resolve("manifest.json"))).startsWith("{\n  \"algorithm\": \"SHA-256\",\n  \"files\": [\n");
        assertThat(accord.archive.Verify.check(site).notes()).isEmpty();
        assertThat(DataCheck.validate(site, new int[1])).isEmpty();
    }

    /** The offline edition's manifest lists its own files, and names the commit as the site's does; verify passes. */
    @Test
    void theOfflineEditionNamesTheCommitToo() throws IOException {
        Path offline = dir.resolve("offline");
        BuildResult result = new Build(new BuildOptions(repo.dir(), offline, false, java.util.Optional.empty(), true)).run(false,
                (sink, site) -> new accord.portable.PortableSink(sink, site.kept(), site.serverFiles(), site.basePath()));
        assertThat(TestPortal.problems(result)).isEmpty();
        assertThat(named(offline, "manifest.json")).isEqualTo(Map.of("commit", first, "commit_date", STARTED, "records_changed", STARTED));
        accord.archive.Verify.Report report = accord.archive.Verify.check(offline);
        assertThat(report.ok()).isTrue();
        assertThat(report.notes()).containsExactly("built from commit " + first + " (committed " + STARTED
                + "; records last changed " + STARTED + ")");
    }

    /** In serve, a commit of the saved record takes the word "uncommitted" away at the next save, as a fresh build has it. */
    @Test
    void serveNamesTheNewCommitAsAFreshBuildWould() throws IOException {
        Path live = dir.resolve("live");
        try (BuildSession session = TestPortal.builtSession(repo.dir(), live)) {
            repo.write(CalendarStampBuildTest.COP22_AMENDED);
            assertThat(session.update(List.of("content/events/cop22.md"), accord.output.SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(source(live))
                    .isEqualTo(Map.of("commit", first, "commit_date", STARTED, "records_changed", STARTED, "uncommitted", true));
            String amended = repo.commit("Börje Ek", THEMED, "Name the host city");
            assertThat(session.update(List.of("content/events/cop22.md"), accord.output.SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(source(live)).isEqualTo(Map.of("commit", amended, "commit_date", THEMED, "records_changed", THEMED));
        }
        assertThat(TestPortal.snapshotText(live)).isEqualTo(TestPortal.snapshotText(portal.build("fresh")));
    }
}
