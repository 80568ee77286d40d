package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an update renders: the pages a change touches, and no others. */
class BuildSessionTest {
    @TempDir
    Path dir;

    private BuildSession open() {
        TestPortal.write(dir, TestPortal.PORTAL);
        return new BuildSession(new BuildOptions(dir, dir.resolve("site"), false, Optional.empty(), true));
    }

    /** The command line's session keeps nothing an update needs: it builds, the same bytes as any other, and stops there. */
    @Test
    void aSessionForOneBuildBuildsAsAnyOtherAndRefusesAnUpdate() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        Path once = dir.resolve("once");
        Path other = dir.resolve("other");
        try (BuildSession session = BuildSession.once(new BuildOptions(dir, once, false, Optional.empty(), true))) {
            assertThat(session.build(SiteWriter.stage(once)).result().ok()).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.update(List.of("content/speakers/bob-adams.md"),
                    SiteWriter.inPlace(once))).isInstanceOf(IllegalStateException.class)
                    .hasMessage("a session made for one build cannot be updated; open another");
        }
        try (BuildSession session = TestPortal.builtSession(dir, other)) {
            assertThat(TestPortal.snapshotText(once)).hasSizeGreaterThan(100).isEqualTo(TestPortal.snapshotText(other));
        }
    }

    @Test
    void aNewTitleRendersTheRecordThePagesShowingItTheListAndTheFeedOnly() throws IOException {
        try (BuildSession session = open()) {
            assertThat(session.build(SiteWriter.stage(dir.resolve("site"))).result().ok()).isTrue();
            Path bob = dir.resolve("content/speakers/bob-adams.md");
            Files.writeString(bob, Files.readString(bob).replace("title: Bob Adams", "title: Robert Adams"));
            BuildSession.Update u = session.update(List.of("content/speakers/bob-adams.md"), SiteWriter.inPlace(dir.resolve("site")));
            assertThat(u.result().problems()).isEmpty();
            // Bob moderated the closing plenary, whose page names him; the people list and the feed list records;
            // (The search index's own files are SearchBuildTest's business.)
            // his own data files, his collection's and the whole portal's hold his title.
            assertThat(u.written()).filteredOn(p -> !p.startsWith("search/")).containsExactlyInAnyOrder("speakers/bob-adams/index.html",
                    "sessions/beta-session/index.html", "speakers/index.html", "feed.xml",
                    "data/speakers/bob-adams.json", "data/speakers/bob-adams.bib", "data/speakers/bob-adams.ris",
                    "data/speakers/bob-adams.csl.json", "data/speakers.json", "data/speakers.csv", "data/portal.json");
            assertThat(u.deleted()).filteredOn(p -> !p.startsWith("search/")).isEmpty();
            assertThat(Files.readString(dir.resolve("site/sessions/beta-session/index.html"))).contains("Robert Adams");
        }
    }

    /** A tool's hidden folder in content/ (Obsidian's settings, saved as the editor works) is no collection. */
    @Test
    void aSaveInAHiddenFolderOfContentChangesNothingAndWarnsOfNothing() throws IOException {
        try (BuildSession session = open()) {
            assertThat(session.build(SiteWriter.stage(dir.resolve("site"))).result().ok()).isTrue();
            Files.createDirectories(dir.resolve("content/.obsidian"));
            Files.writeString(dir.resolve("content/.obsidian/workspace.json"), "{}");
            BuildSession.Update u = session.update(List.of("content/.obsidian", "content/.obsidian/workspace.json"),
                    SiteWriter.inPlace(dir.resolve("site")));
            assertThat(TestPortal.problems(u.result())).isEmpty();
            assertThat(u.written()).isEmpty();
            assertThat(u.deleted()).isEmpty();
        }
    }

    @Test
    void aDeletedRecordsPageGoesAndAPageLinkingToItFailsWithoutTouchingTheSite() throws IOException {
        try (BuildSession session = open()) {
            session.build(SiteWriter.stage(dir.resolve("site")));
            Files.delete(dir.resolve("content/topics/trade.md"));
            BuildSession.Update u = session.update(List.of("content/topics/trade.md"), SiteWriter.inPlace(dir.resolve("site")));
            assertThat(u.result().ok()).isTrue();
            assertThat(u.deleted()).filteredOn(p -> !p.startsWith("search/")).containsExactly("data/topics/trade.bib", "data/topics/trade.csl.json",
                    "data/topics/trade.json", "data/topics/trade.ris", "topics/trade/index.html");
            assertThat(dir.resolve("site/topics/trade")).doesNotExist();
            assertThat(u.written()).contains("topics/index.html", "sitemap.xml", "index.html");

            Files.delete(dir.resolve("content/speakers/anna-zeller.md"));
            u = session.update(List.of("content/speakers/anna-zeller.md"), SiteWriter.inPlace(dir.resolve("site")));
            assertThat(TestPortal.problems(u.result())).containsExactly(
                    "content/sessions/beta-session.md:7:5: error: speakers[1]: no person 'anna-zeller' (create content/speakers/anna-zeller.md, fix the slug, or remove it from the list)");
            assertThat(u.written()).isEmpty();
            assertThat(dir.resolve("site/speakers/anna-zeller/index.html")).isRegularFile();
        }
    }
}
