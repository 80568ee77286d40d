package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.archive.Fixity;
import accord.output.OutputSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collection-wide data files are streamed to the sink while they are made; the record's own files go whole. Both
 * ways must leave the same bytes: on disk (the staged folder takes the stream), in the manifest (the fixity sink takes
 * each file's size and digest on the way) and in a sink that only has {@link OutputSink#write(String, byte[])}, which
 * gets the stream collected. The fixture portal is the open-data test's, with its hostile record.
 */
class DataFilesTest {
    private static final Pattern ENTRY = Pattern.compile("\\{\"path\":\"([^\"]+)\",\"size\":(\\d+),\"sha256\":\"([0-9a-f]+)\"}");

    @TempDir
    Path dir;

    @Test
    void streamedDataFilesAreTheBytesOfWholeOnesOnDiskAndInTheManifest() throws IOException {
        TestPortal.write(dir, OpenDataTest.PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(dir)).stream().filter(p -> p.contains("error"))).isEmpty();
        Map<String, byte[]> onDisk = TestPortal.snapshot(dir.resolve("site"));

        // The same portal through a session whose sink knows only whole files.
        Map<String, byte[]> held = new ConcurrentHashMap<>();
        try (BuildSession session = new BuildSession(new BuildOptions(dir, dir.resolve("unused"), false, Optional.empty(), true))) {
            assertThat(session.build(OutputSink.holding(held)).result().ok()).isTrue();
            // And each file made whole, in memory, is what was streamed.
            accord.model.Site site = session.site().orElseThrow();
            for (accord.render.PageEntry e : DataFiles.plan(site)) {
                if (e.kind() != accord.render.PageEntry.Kind.DATA) continue;
                assertThat(held.get(e.path())).as(e.path()).isEqualTo(DataFiles.render(e, site, accord.export.RecordParts.none()));
            }
        }
        Map<String, byte[]> data = new TreeMap<>();
        held.forEach((path, bytes) -> {
            if (path.startsWith("data/") && !path.endsWith(".html") || path.equals("datapackage.json")) data.put(path, bytes);
        });
        assertThat(data).containsKeys("data/portal.json", "data/sessions.json", "data/sessions.csv", "data/calendar.ics");
        data.forEach((path, bytes) -> assertThat(onDisk.get(path)).as(path).isEqualTo(bytes));

        Map<String, String[]> manifest = new TreeMap<>();
        Matcher m = ENTRY.matcher(new String(onDisk.get(Fixity.FILE), StandardCharsets.UTF_8));
        while (m.find()) manifest.put(m.group(1), new String[] {m.group(2), m.group(3)});
        data.forEach((path, bytes) -> {
            assertThat(manifest.get(path)).as(path).isNotNull();
            assertThat(manifest.get(path)[0]).as(path).isEqualTo(String.valueOf(bytes.length));
            assertThat(manifest.get(path)[1]).as(path).isEqualTo(Fixity.sha256(bytes));
        });
    }
}
