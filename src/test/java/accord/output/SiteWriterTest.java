package accord.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path temp;

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void repairPutsBackASiteLeftUnderTheOldNameByARunKilledBetweenTheRenames() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("index.html", "previous")));
        Files.move(site, temp.resolve(".site.accord-old"));

        SiteWriter.repair(site);

        assertThat(site.resolve("index.html")).hasContent("previous");
        assertThat(temp.resolve(".site.accord-old")).doesNotExist();
    }

    @Test
    void repairLeavesAnUnmarkedOldFolderAlone() throws Exception {
        Path old = Files.createDirectories(temp.resolve(".site.accord-old"));
        Files.writeString(old.resolve("notes.txt"), "mine");

        SiteWriter.repair(temp.resolve("site"));

        assertThat(temp.resolve("site")).doesNotExist();
        assertThat(old.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void aSecondBuildIntoTheSameFolderIsRefusedWhileTheFirstIsWritingIt() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("index.html", "first")));
        OutputSink running = SiteWriter.stage(site);
        running.write("index.html", "second".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SiteWriter.stage(site))
                .isInstanceOf(SiteWriter.RefusedException.class)
                .hasMessage(site.toAbsolutePath().normalize() + ": another build is writing it now (wait for it to finish, then build again)");
        assertThat(temp.resolve(".site.accord-new").resolve("index.html")).hasContent("second");

        running.commit();
        assertThat(site.resolve("index.html")).hasContent("second");
        SiteWriter.write(site, List.of(file("index.html", "third")));
        assertThat(site.resolve("index.html")).hasContent("third");
    }

    @Test
    void aBuildInAnotherProcessHoldsTheFolderUntilItEnds() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("index.html", "first")));
        Path fresh = Files.createDirectories(temp.resolve(".site.accord-new"));
        Files.writeString(fresh.resolve(SiteWriter.MARKER), "made by another build\n");
        // Another JVM locks the new site's mark, as a build does while it writes, until its input closes.
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldLock.class.getName(), fresh.resolve(SiteWriter.MARKER).toString())
                .redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> SiteWriter.stage(site))
                    .isInstanceOf(SiteWriter.RefusedException.class)
                    .hasMessage(site.toAbsolutePath().normalize() + ": another build is writing it now (wait for it to finish, then build again)");
            assertThat(fresh.resolve(SiteWriter.MARKER)).hasContent("made by another build");
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
        SiteWriter.write(site, List.of(file("index.html", "second")));
        assertThat(site.resolve("index.html")).hasContent("second");
    }

    /** Locks the file named by its argument, says "locked", and holds the lock until its input ends. */
    public static final class HoldLock {
        public static void main(String[] args) throws Exception {
            try (var channel = java.nio.channels.FileChannel.open(Path.of(args[0]), java.nio.file.StandardOpenOption.WRITE);
                 var lock = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // hold the lock
                }
            }
        }
    }

    @Test
    void aFolderRefusedOnceCanBeBuiltOnceItIsFixed() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> SiteWriter.stage(site))
                .isInstanceOf(SiteWriter.RefusedException.class)
                .hasMessageContaining("was not made by Accord");

        // Refused, not left busy: once the file is moved away, the next build goes through.
        Files.move(site.resolve("notes.txt"), temp.resolve("notes.txt"));
        SiteWriter.write(site, List.of(file("index.html", "first")));
        assertThat(site.resolve("index.html")).hasContent("first");
    }

    @Test
    void neverDeletesAnOldFolderItDidNotMake() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("index.html", "first")));
        Path old = Files.createDirectories(temp.resolve(".site.accord-old"));
        Files.writeString(old.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> SiteWriter.write(site, List.of(file("index.html", "second"))))
                .isInstanceOf(SiteWriter.RefusedException.class)
                .hasMessageContaining("was not made by Accord");
        assertThat(old.resolve("notes.txt")).hasContent("mine");
        assertThat(site.resolve("index.html")).hasContent("first");
    }

    @Test
    void anOutputPathCannotLeaveTheOutputFolder() {
        for (String path : List.of("../escaped.html", "a/../../escaped.html", "/etc/escaped", "", "a/./b")) {
            assertThatThrownBy(() -> file(path, "x")).as(path).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
