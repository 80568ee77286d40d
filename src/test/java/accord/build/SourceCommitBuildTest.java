package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * datapackage.json names the commit the records were built from: before, no file of a copy said which state of the
 * records it held, so an archivist could not tell two deposited copies apart. From git's history alone (the same commit
 * gives the same bytes), nothing without git, and a word when content/ had changes not committed.
 */
class SourceCommitBuildTest {
    @TempDir
    Path dir;
    GitRepo repo;
    String first;

    @BeforeEach
    void history() {
        repo = GitRepo.init(dir.resolve("portal")).write(CalendarStampBuildTest.PORTAL);
        first = repo.commit("Alice Archivist", "2026-03-01T12:15:30+05:00", "Start the portal");
    }

    private Path build(Path portal, String out) throws IOException {
        Path site = dir.resolve(out);
        BuildResult result = new Build(new BuildOptions(portal, site, false, Optional.empty(), true)).run();
        assertThat(TestPortal.problems(result)).isEmpty();
        return site;
    }

    @SuppressWarnings("unchecked")
    private static Object source(Path site) {
        return ((Map<String, Object>) JsonCheck.parse(DataCheck.utf8(site.resolve("datapackage.json")))).get("accord_source");
    }

    @Test
    void theDataPackageNamesTheCommitAndWhenTheRecordsLastChanged() throws IOException {
        assertThat(first).hasSize(40);
        Path site = build(repo.dir(), "first");
        assertThat(source(site)).isEqualTo(Map.of("commit", first, "records_changed", "2026-03-01T12:15:30+05:00"));
        assertThat(DataCheck.utf8(build(repo.dir(), "again").resolve("datapackage.json")))
                .isEqualTo(DataCheck.utf8(site.resolve("datapackage.json")));
        // A commit that changes no record names itself, and the date the records last changed stays.
        repo.write("-- templates/assets/extra.css --\nbody { color: black; }\n");
        String theme = repo.commit("Börje Ek", "2026-04-02T08:00:00-02:00", "A stylesheet");
        assertThat(source(build(repo.dir(), "theme"))).isEqualTo(Map.of("commit", theme, "records_changed", "2026-03-01T12:15:30+05:00"));
        // Records changed and not committed: the copy holds what no commit has.
        repo.write(CalendarStampBuildTest.COP22_AMENDED);
        assertThat(source(build(repo.dir(), "dirty")))
                .isEqualTo(Map.of("commit", theme, "records_changed", "2026-03-01T12:15:30+05:00", "uncommitted", true));
        // The fixity manifest is still one that verify reads.
        assertThat(accord.archive.Verify.check(dir.resolve("dirty")).ok()).isTrue();
    }

    @Test
    void withoutGitThereIsNoSource() throws IOException {
        TestPortal.write(dir.resolve("copy"), CalendarStampBuildTest.PORTAL);
        Path site = build(dir.resolve("copy"), "copy-site");
        assertThat(source(site)).isNull();
        assertThat(DataCheck.validate(site, new int[1])).isEmpty();
    }

    /** In serve, a commit of the saved record takes the word "uncommitted" away at the next save, as a fresh build has it. */
    @Test
    void serveNamesTheNewCommitAsAFreshBuildWould() throws IOException {
        Path live = dir.resolve("live");
        try (BuildSession session = TestPortal.builtSession(repo.dir(), live)) {
            repo.write(CalendarStampBuildTest.COP22_AMENDED);
            assertThat(session.update(List.of("content/events/cop22.md"), accord.output.SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(source(live)).isEqualTo(Map.of("commit", first, "records_changed", "2026-03-01T12:15:30+05:00", "uncommitted", true));
            String amended = repo.commit("Börje Ek", "2026-04-02T08:00:00-02:00", "Name the host city");
            assertThat(session.update(List.of("content/events/cop22.md"), accord.output.SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(source(live)).isEqualTo(Map.of("commit", amended, "records_changed", "2026-04-02T08:00:00-02:00"));
        }
        assertThat(TestPortal.snapshotText(live)).isEqualTo(TestPortal.snapshotText(build(repo.dir(), "fresh")));
    }
}
