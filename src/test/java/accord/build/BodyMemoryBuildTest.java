package accord.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import accord.content.BodyMemory;
import accord.output.OutputSink;
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
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose memory for bodies is spent reads them again from their files (accord.content.Body): every page, data
 * file and search file is the same, byte for byte, and a file that changes under the build stops it, naming the file,
 * with the site left as it was.
 */
class BodyMemoryBuildTest {
    @TempDir
    Path dir;

    private record Built(BuildResult result, Map<String, byte[]> files) {
    }

    private static Built build(Path root, BodyMemory bodies) throws IOException {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        BuildOptions options = new BuildOptions(root, root.resolve("site"), false, Optional.empty(), true);
        try (BuildSession session = new BuildSession(options, bodies)) {
            return new Built(session.build(OutputSink.holding(files)).result(), new TreeMap<>(files));
        }
    }

    private static Set<String> differing(Map<String, byte[]> a, Map<String, byte[]> b) {
        Set<String> differing = new TreeSet<>(a.keySet());
        differing.addAll(b.keySet());
        differing.removeIf(k -> a.containsKey(k) && b.containsKey(k) && java.util.Arrays.equals(a.get(k), b.get(k)));
        return differing;
    }

    @Test
    void theRealPortalWithNoBodyHeldIsTheSameBytes() throws IOException {
        Built held = build(Path.of("."), BodyMemory.unlimited());
        Built reread = build(Path.of("."), BodyMemory.ofMiB(0));
        assertThat(held.result().ok()).isTrue();
        assertThat(held.files()).hasSizeGreaterThan(1000);
        assertThat(differing(held.files(), reread.files())).as("files that differ").isEmpty();
        assertThat(reread.result().problems()).isEqualTo(held.result().problems());
    }

    @Test
    void aBodyWithAByteOrderMarkWindowsLineEndsAndAControlCharacterReadsAgainTheSame() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        Path bob = dir.resolve("content/speakers/bob-adams.md");
        String text = "\uFEFF" + Files.readString(bob).replace("\n", "\r\n")
                + "Bob \u202Ewrites\r\n\r\n## On trade\r\n\r\nSee [the plenary](../sessions/beta-session.md).\r\n";
        Files.write(bob, text.getBytes(StandardCharsets.UTF_8));
        Built held = build(dir, BodyMemory.unlimited());
        Built reread = build(dir, BodyMemory.ofMiB(0));
        assertThat(TestPortal.problems(held.result())).containsExactly(
                "content/speakers/bob-adams.md:5: warning: body: bidirectional control character U+202E RIGHT-TO-LEFT OVERRIDE"
                        + " removed, since it could reorder the text around it (delete it: right-to-left text needs no control character)");
        assertThat(reread.result().problems()).isEqualTo(held.result().problems());
        assertThat(new String(held.files().get("speakers/bob-adams/index.html"), StandardCharsets.UTF_8))
                .contains("Bob writes").contains("On trade");
        assertThat(differing(held.files(), reread.files())).as("files that differ").isEmpty();
    }

    @Test
    void aBodyChangedOnDiskUnderTheSessionStopsTheUpdateNamingItAndTheSiteStays() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        Path site = dir.resolve("site");
        Path bob = dir.resolve("content/speakers/bob-adams.md");
        Path anna = dir.resolve("content/speakers/anna-zeller.md");
        BuildOptions options = new BuildOptions(dir, site, false, Optional.empty(), true);
        try (BuildSession session = new BuildSession(options, BodyMemory.ofMiB(0))) {
            assertThat(session.build(SiteWriter.stage(site)).result().ok()).isTrue();
            Map<String, byte[]> before = TestPortal.snapshot(site);
            // Bob's file changes and the session is not told; Anna's update writes the people's data files,
            // which hold Bob's body too.
            Files.writeString(bob, Files.readString(bob) + "A new paragraph.\n");
            Files.writeString(anna, Files.readString(anna) + "Her biography.\n");
            assertThatThrownBy(() -> session.update(List.of("content/speakers/anna-zeller.md"), SiteWriter.stage(site)))
                    .isInstanceOf(IOException.class)
                    .hasMessage("content/speakers/bob-adams.md: changed on disk while the build was reading it (build again)");
            assertThat(differing(before, TestPortal.snapshot(site))).as("files of site/ changed").isEmpty();
            // The next update, whatever it is told, builds everything: the stopped one had taken in part of the change.
            BuildSession.Update u = session.update(List.of("content/speakers/anna-zeller.md"), SiteWriter.stage(site));
            assertThat(u.result().ok()).isTrue();
            assertThat(Files.readString(site.resolve("data/speakers.json"))).contains("A new paragraph.").contains("Her biography.");
            assertThat(Files.readString(site.resolve("speakers/bob-adams/index.html"))).contains("A new paragraph.");
        }
    }
}
