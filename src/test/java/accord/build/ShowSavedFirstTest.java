package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.output.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview's shortcut: the saved record's own page published before the rest of the update, before the
 * model is built again when the edit leaves the model's shape alone, after it otherwise, and never when something
 * the edit changed could stop the update; then the other pages the edit changed, before the data files. (BuildSessionModelTest compares the bytes on random edits.)
 */
class ShowSavedFirstTest {
    @TempDir
    Path dir;

    private BuildSession session;
    /** The published pages as they were on disk when published, by path. */
    private final Map<String, String> published = new TreeMap<>();
    /** What each publication of the last update gave, in order: the saved record's page, then the others. */
    private final List<Set<String>> publications = new java.util.ArrayList<>();
    /** The saved speaker's data file as it was on disk at each publication. */
    private final List<String> dataAtPublication = new java.util.ArrayList<>();

    private BuildSession.Update save(String rel, String from, String to) throws IOException {
        Path file = dir.resolve(rel);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        published.clear();
        publications.clear();
        dataAtPublication.clear();
        return session.update(List.of(rel), SiteWriter.inPlace(dir.resolve("site")), paths -> {
            publications.add(Set.copyOf(paths));
            try {
                Path data = dir.resolve("site/data/speakers/anna-zeller.json");
                dataAtPublication.add(Files.exists(data) ? Files.readString(data, StandardCharsets.UTF_8) : "");
                for (String p : paths) published.put(p, onDisk(p));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        if (session != null) session.close();
    }

    private void start(String portal) throws IOException {
        TestPortal.write(dir, portal);
        session = new BuildSession(new BuildOptions(dir, dir.resolve("site"), false, Optional.empty(), true));
        assertThat(session.build(SiteWriter.stage(dir.resolve("site"))).result().ok()).isTrue();
    }

    private String onDisk(String path) throws IOException {
        return Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void aNewTitleIsShownBeforeTheModelIsBuiltAgainAndIsWhatTheUpdateWrites() throws IOException {
        start(TestPortal.PORTAL);
        BuildSession.Update u = save("content/speakers/anna-zeller.md", "title: Anna Zeller", "title: Anna Zeller-Whitfield");
        assertThat(u.result().ok()).isTrue();
        assertThat(session.shownBeforeModel).isTrue();
        assertThat(publications.get(0)).containsExactly("speakers/anna-zeller/index.html");
        assertThat(published.get("speakers/anna-zeller/index.html")).contains("<h1>Anna Zeller-Whitfield</h1>")
                .isEqualTo(onDisk("speakers/anna-zeller/index.html"));
        assertThat(u.written()).contains("speakers/anna-zeller/index.html", "sessions/beta-session/index.html");
        // Then every other page the new title changed, as the update leaves it, before the data files are made.
        assertThat(publications).hasSize(2);
        assertThat(publications.get(1)).contains("sessions/beta-session/index.html", "speakers/index.html")
                .allMatch(p -> p.endsWith(".html"));
        assertThat(u.written().stream().filter(p -> p.endsWith(".html"))).allMatch(published::containsKey);
        for (Map.Entry<String, String> page : published.entrySet()) assertThat(page.getValue()).isEqualTo(onDisk(page.getKey()));
        assertThat(published.get("sessions/beta-session/index.html")).contains("Anna Zeller-Whitfield");
        assertThat(dataAtPublication.get(1)).contains("Anna Zeller").doesNotContain("Anna Zeller-Whitfield");
        assertThat(onDisk("data/speakers/anna-zeller.json")).contains("Anna Zeller-Whitfield");
    }

    @Test
    void aNewReferenceIsShownFirstOnlyOnceTheModelIsBuiltAgain() throws IOException {
        start(TestPortal.PORTAL);
        // Anna now works at the ministry: its page gains a backlink, so the old model would render her page wrong.
        BuildSession.Update u = save("content/speakers/anna-zeller.md", "sort_name: Zeller, Anna",
                "sort_name: Zeller, Anna\norganization: ministry-of-economy");
        assertThat(u.result().ok()).isTrue();
        assertThat(session.shownBeforeModel).isFalse();
        assertThat(publications.get(0)).containsExactly("speakers/anna-zeller/index.html");
        assertThat(publications.get(1)).contains("organizations/ministry-of-economy/index.html");
        assertThat(published.get("speakers/anna-zeller/index.html")).isEqualTo(onDisk("speakers/anna-zeller/index.html"));
        assertThat(onDisk("organizations/ministry-of-economy/index.html")).contains("Anna Zeller");
    }

    @Test
    void anEditThatBreaksALinkElsewhereIsNeverShownFirst() throws IOException {
        start(TestPortal.PORTAL);
        String before = onDisk("speakers/mikayil-jabbarov/index.html");
        // The ministerial dialogue links to his page: a broken link in his body stops the update.
        BuildSession.Update u = save("content/speakers/mikayil-jabbarov.md", "Minister of Economy.",
                "Minister of [Economy](../organizations/no-such-ministry.md).");
        assertThat(u.result().ok()).isFalse();
        assertThat(published).isEmpty();
        assertThat(onDisk("speakers/mikayil-jabbarov/index.html")).isEqualTo(before);
    }

    @Test
    void aRecordWithdrawnWithoutAReasonIsNeverShownFirst() throws IOException {
        start(LifecycleBuildTest.PORTAL);
        String before = onDisk("sessions/gamma-session/index.html");
        // Same references, same place in the list: only the lifecycle check, a step of the model, finds the error.
        BuildSession.Update u = save("content/sessions/gamma-session.md", "event: cop29\n---",
                "event: cop29\nlifecycle: withdrawn\n---");
        assertThat(u.result().ok()).isFalse();
        assertThat(TestPortal.problems(u.result())).anyMatch(p -> p.contains("a withdrawn record needs"));
        assertThat(published).isEmpty();
        assertThat(onDisk("sessions/gamma-session/index.html")).isEqualTo(before);
        assertThat(Set.copyOf(u.written())).isEmpty();
    }
}
