package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build session's shortcut against the long way: on a generated portal, random sequences of
 * edits (titles, references, body links, drafts, new, deleted and renamed records, a template,
 * site.yml), each taken in by {@code update} with only the files it touched. After every step the
 * session's problems are a fresh full build's, word for word, and when the portal is clean its
 * output folder is the fresh build's, byte for byte.
 */
class BuildSessionModelTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyUpdateEqualsAFreshFullBuild(long seed) throws IOException {
        RandomPortal portal = new RandomPortal(dir.resolve("portal"), seed, 40);
        Path live = dir.resolve("live");
        BuildOptions options = new BuildOptions(portal.root(), live, false, Optional.empty(), true);
        // Each way a session is opened: a one-off build's (the pages' reverse dependencies made at the first update),
        // the live preview's (kept from the start), and one that holds no body (each read again from its file).
        try (BuildSession session = seed == 2 ? BuildSession.live(options)
                : new BuildSession(options, seed == 3 ? accord.content.BodyMemory.ofMiB(0) : accord.content.BodyMemory.standard())) {
            BuildSession.Update first = session.build(SiteWriter.stage(live));
            assertThat(first.result().ok()).as("the generated portal builds: %s", first.result().problems()).isTrue();
            int clean = 0;
            for (int step = 0; step < 24; step++) {
                Set<String> changed = portal.edit();
                compare(session, changed, portal, "seed " + seed + " step " + step + " " + changed);
                if (step % 4 == 3) {
                    Set<String> repaired = portal.repair();
                    if (compare(session, repaired, portal, "seed " + seed + " repair after step " + step)) clean++;
                }
            }
            assertThat(clean).as("some steps must end clean, or the output comparison never ran").isGreaterThan(0);
        }
    }

    /** Whether the last update went through, so the next one has nothing pending to write again. */
    private boolean lastOk = true;
    /**
     * Two updates in three show the saved records' pages first, as the live preview asks (one of them allowed to do
     * it before building the model again): how many did.
     */
    private int updates;
    private static int publishedEarly;
    private static int publishedBeforeModel;

    /** Over all seeds, both ways of showing the saved pages first were taken (else their comparison never ran). */
    @org.junit.jupiter.api.AfterAll
    static void bothWaysOfShowingFirstRan() {
        assertThat(publishedEarly).as("some steps must publish the saved records' pages first").isGreaterThan(0);
        assertThat(publishedBeforeModel).as("some of them before building the model again").isGreaterThan(0);
        assertThat(publishedBeforeModel).as("and some after").isLessThan(publishedEarly);
    }

    /** Updates the session and builds afresh; returns whether the portal was clean. */
    private boolean compare(BuildSession session, Set<String> changed, RandomPortal portal, String what) throws IOException {
        Path live = dir.resolve("live");
        java.util.Map<String, String> searchBefore = TestPortal.snapshotText(live.resolve("search"));
        java.util.Map<String, String> early = new java.util.TreeMap<>();
        int mode = updates++ % 3;
        session.showBeforeModel = mode == 1;
        BuildSession.Update update = mode == 0 ? session.update(changed, SiteWriter.inPlace(live))
                : session.update(changed, SiteWriter.inPlace(live), paths -> {
                    // What a browser would load at this moment: the published pages, already on disk.
                    for (String p : paths) {
                        try {
                            early.put(p, new String(Files.readAllBytes(live.resolve(p)), java.nio.charset.StandardCharsets.ISO_8859_1));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
        if (!early.isEmpty()) {
            publishedEarly++;
            if (session.shownBeforeModel) publishedBeforeModel++;
            // Published first only when nothing it changed can stop the update (the generated portal has no
            // template that fails on its own): the update goes through, and wrote those pages.
            assertThat(update.result().ok()).as(what + ": published first, then %s", update.result().problems()).isTrue();
            assertThat(update.written()).as(what).containsAll(early.keySet());
        }
        boolean recordsOnly = changed.stream().allMatch(p -> p.startsWith("content/") && !p.endsWith(".yml"));
        if (update.result().ok() && lastOk && recordsOnly) {
            // The index is updated record by record: every index file an edit of records writes is new or different.
            java.util.Map<String, String> searchAfter = TestPortal.snapshotText(live.resolve("search"));
            for (String p : update.written()) {
                if (!p.startsWith("search/") || !p.endsWith(".js")) continue;
                String rel = p.substring("search/".length());
                assertThat(searchAfter.get(rel)).as(what + ": " + p + " written unchanged").isNotEqualTo(searchBefore.get(rel));
            }
        }
        lastOk = update.result().ok();
        Path fresh = dir.resolve("fresh");
        if (Files.exists(fresh)) deleteTree(fresh);
        BuildResult full = new Build(new BuildOptions(portal.root(), fresh, false, Optional.empty(), true)).run();
        assertThat(TestPortal.problems(update.result())).as(what).isEqualTo(TestPortal.problems(full));
        assertThat(update.result().pages()).as(what).isEqualTo(full.pages());
        if (!full.ok()) return false;
        java.util.Map<String, String> freshText = TestPortal.snapshotText(fresh);
        assertThat(TestPortal.snapshotText(live)).as(what).isEqualTo(freshText);
        // The pages published first were already the full build's.
        early.forEach((p, text) -> assertThat(text).as(what + ": " + p + " as published first").isEqualTo(freshText.get(p)));
        return true;
    }

    static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
