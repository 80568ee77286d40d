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
    void aFileWithTheSameBytesIsTheSameFileAgainAndEveryOtherIsWrittenAnew() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("a/same.html", "kept"), file("changed.html", "before"),
                file("hand.html", "built"), file("gone.html", "x")));
        Object sameBefore = Files.getAttribute(site.resolve("a/same.html"), "unix:ino");
        Object changedBefore = Files.getAttribute(site.resolve("changed.html"), "unix:ino");
        Files.writeString(site.resolve("hand.html"), "BUILT"); // changed by hand, same size

        SiteWriter.write(site, List.of(file("a/same.html", "kept"), file("changed.html", "after!"),
                file("hand.html", "built"), file("new.html", "new")));

        assertThat(site.resolve("a/same.html")).hasContent("kept");
        assertThat(Files.getAttribute(site.resolve("a/same.html"), "unix:ino")).isEqualTo(sameBefore);
        assertThat(Files.getAttribute(site.resolve("a/same.html"), "unix:nlink")).isEqualTo(1);
        assertThat(site.resolve("changed.html")).hasContent("after!");
        assertThat(Files.getAttribute(site.resolve("changed.html"), "unix:ino")).isNotEqualTo(changedBefore);
        assertThat(site.resolve("hand.html")).hasContent("built");
        assertThat(site.resolve("new.html")).hasContent("new");
        assertThat(site.resolve("gone.html")).doesNotExist();
    }

    @Test
    void anAbortedBuildThatReusedFilesLeavesTheSiteAsItWas() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("index.html", "same"), file("other.html", "other")));
        OutputSink staged = SiteWriter.stage(site);
        staged.write("index.html", "same".getBytes(StandardCharsets.UTF_8));
        staged.write("other.html", "changed".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getAttribute(site.resolve("index.html"), "unix:nlink")).isEqualTo(2);

        staged.abort();

        assertThat(site.resolve("index.html")).hasContent("same");
        assertThat(site.resolve("other.html")).hasContent("other");
        assertThat(Files.getAttribute(site.resolve("index.html"), "unix:nlink")).isEqualTo(1);
        assertThat(temp.resolve(".site.accord-new")).doesNotExist();
    }

    @Test
    void aPathWrittenTwiceInOneBuildNeverWritesThroughItsLinkIntoTheCurrentSite() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("index.html", "same"), file("data.json", "[1]"), file("kept.html", "kept")));
        OutputSink staged = SiteWriter.stage(site);
        staged.write("index.html", "same".getBytes(StandardCharsets.UTF_8));
        staged.write("data.json", "[1]".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getAttribute(site.resolve("index.html"), "unix:nlink")).isEqualTo(2);

        staged.write("index.html", "second".getBytes(StandardCharsets.UTF_8));
        staged.write("data.json", out -> {
            try {
                out.write("[2]".getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(site.resolve("index.html")).hasContent("same");
        assertThat(site.resolve("data.json")).hasContent("[1]");

        // A path this build wrote as a file of its own, written again with the current site's bytes: written again,
        // and the files after it are still linked.
        staged.write("data.json", "[1]".getBytes(StandardCharsets.UTF_8));
        staged.write("kept.html", "kept".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getAttribute(site.resolve("kept.html"), "unix:nlink")).isEqualTo(2);
        staged.write("data.json", "[2]".getBytes(StandardCharsets.UTF_8));
        assertThat(site.resolve("data.json")).hasContent("[1]");

        staged.commit();
        assertThat(site.resolve("index.html")).hasContent("second");
        assertThat(site.resolve("data.json")).hasContent("[2]");
        assertThat(site.resolve("kept.html")).hasContent("kept");
    }

    @Test
    void changesInPlaceNeverWriteThroughAReusedFile() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("index.html", "same")));
        OutputSink staged = SiteWriter.stage(site);
        staged.write("index.html", "same".getBytes(StandardCharsets.UTF_8));
        Path held = temp.resolve("held.html");
        Files.createLink(held, temp.resolve(".site.accord-new/index.html")); // a third name for the file, as a deposit might
        staged.commit();

        OutputSink live = SiteWriter.inPlace(site);
        live.write("index.html", "edited".getBytes(StandardCharsets.UTF_8));
        live.commit();

        assertThat(site.resolve("index.html")).hasContent("edited");
        assertThat(held).hasContent("same");
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
