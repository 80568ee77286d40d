package accord.bench;

import accord.build.BuildOptions;
import accord.build.BuildSession;
import accord.output.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times what an editor waits for: a build session builds the portal once, then one record's title
 * is changed and {@code update} takes the change in, again and again; prints the median time from
 * the call to the pages on disk, and how many files each update wrote; and, as serve publishes them ahead of the
 * rest, when the record's own page was on disk and when every page (HTML) the edit changed was.
 * Usage: {@code UpdateTimer <portal> [edits] [record file]}: by default the first session (a translation is
 * not taken). The portal's records are restored afterwards.
 */
public final class UpdateTimer {
    private UpdateTimer() {
    }

    public static void main(String[] args) throws IOException {
        Path portal = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path out = Files.createTempDirectory("accord-update").resolve("site");
        Path record;
        if (args.length > 2) {
            record = portal.resolve(args[2]);
        } else {
            try (Stream<Path> s = Files.list(portal.resolve("content/sessions"))) {
                record = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().matches(".*\\.[a-z]{2,3}\\.md"))
                        .sorted().findFirst().orElseThrow();
            }
        }
        String original = Files.readString(record, StandardCharsets.UTF_8);
        String rel = portal.relativize(record).toString().replace('\\', '/');
        List<Long> micros = new ArrayList<>();
        List<Long> ownPage = new ArrayList<>();
        List<Long> pages = new ArrayList<>();
        int written = 0;
        try (BuildSession session = BuildSession.live(new BuildOptions(portal, out, false, Optional.empty(), true))) {
            if (!session.build(SiteWriter.stage(out)).result().ok()) throw new IllegalStateException("the portal has errors");
            for (int i = 0; i < edits; i++) {
                Files.writeString(record, original.replaceFirst("(?m)^title: \"", "title: \"Edit " + i + " "), StandardCharsets.UTF_8);
                long t = System.nanoTime();
                long[] shown = {0, 0, 0};
                // As serve calls it: the saved record's page is published first, the other pages it changes next.
                BuildSession.Update u = session.update(List.of(rel), SiteWriter.inPlace(out), paths -> {
                    long now = System.nanoTime();
                    if (shown[0] == 0) shown[0] = now;
                    shown[1] = now;
                    shown[2]++;
                    if (System.getenv("ACCORD_UPDATE_STAGES") != null) System.out.println("published " + paths.size() + " pages after " + (now - t) / 1000 + " us");
                });
                long end = System.nanoTime();
                micros.add((end - t) / 1000);
                ownPage.add(((shown[0] == 0 ? end : shown[0]) - t) / 1000);
                // Unless the other pages were published on their own, they were on disk at the end.
                pages.add(((shown[2] < 2 ? end : shown[1]) - t) / 1000);
                written = u.written().size();
                if (System.getenv("ACCORD_UPDATE_STAGES") != null) System.out.println(u.result().stageMillis() + " " + u.written());
                if (!u.result().ok()) throw new IllegalStateException(u.result().problems().toString());
            }
        } finally {
            Files.writeString(record, original, StandardCharsets.UTF_8);
            // The site is the size of the portal's (600 MB at 10,000 records): never left behind in the temporary folder.
            SiteWriter.deleteTree(out.getParent());
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        // The first edits run on a cold JIT; the median is what an editor sees after a few saves.
        System.out.printf("update: median %.1f ms, min %.1f ms, max %.1f ms over %d edits of %s (%d files written each);"
                        + " the record's own page on disk after %.1f ms, every page it changes after %.1f ms (medians)%n",
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get(0) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0,
                edits, rel, written, median(ownPage) / 1000.0, median(pages) / 1000.0);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
