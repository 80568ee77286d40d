package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a build in another JVM while it writes the site, and checks that the previous site is
 * byte-for-byte as it was, and that the next build goes through and cleans up after the dead one.
 */
class KilledBuildTest {
    /** Enough records to exercise the pipeline; the assets make the write phase long enough to hit. */
    private static final int RECORDS = 300;
    private static final int ASSETS = 80;

    @TempDir
    Path temp;

    @Test
    void aBuildKilledWhileWritingLeavesThePreviousSiteIntact() throws Exception {
        Path portal = temp.resolve("portal");
        Path site = temp.resolve("site");
        Path fresh = temp.resolve(".site.accord-new");
        Path notes = Files.createDirectories(portal.resolve("content/notes"));
        HostileInputTest.copyTree(Path.of("src/test/resources/hostile/template-no-esc-not-needed/content"), portal.resolve("content"));
        assertThat(build(portal, site)).isZero();
        Map<String, String> previous = HostileInputTest.snapshot(site, null);
        assertThat(previous).containsKey("notes/x/index.html");

        for (int i = 0; i < RECORDS; i++) {
            Files.writeString(notes.resolve(String.format("record-%05d.md", i)),
                    "---\ntitle: Record " + i + "\ncode: C" + i + "\n---\n" + "A paragraph of body text. ".repeat(40) + "\n");
        }
        Path assets = Files.createDirectories(portal.resolve("templates/assets/big"));
        byte[] megabyte = new byte[1 << 20];
        new java.util.Random(4).nextBytes(megabyte);
        for (int i = 0; i < ASSETS; i++) Files.write(assets.resolve("blob-" + i + ".bin"), megabyte);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xss512k", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--source", portal.toString(), "--output", site.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("build.log").toFile())
                .start();
        boolean killedWhileWriting = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (Files.isDirectory(fresh) && countFiles(fresh) > 10) {
                process.destroyForcibly();
                killedWhileWriting = true;
                break;
            }
            Thread.onSpinWait();
        }
        if (!killedWhileWriting) process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        assertThat(killedWhileWriting)
                .as("the build was killed while writing (log: %s)", Files.readString(temp.resolve("build.log")))
                .isTrue();

        assertThat(HostileInputTest.snapshot(site, null)).as("previous site after the kill").isEqualTo(previous);
        assertThat(fresh).as("the half-written site is left beside it, marked").exists();
        assertThat(fresh.resolve(".accord-site")).exists();

        assertThat(build(portal, site)).isZero();
        assertThat(site.resolve("notes/record-00299/index.html")).exists();
        assertThat(site.resolve("notes/x/index.html")).exists();
        assertThat(fresh).as("the next build replaced the dead one's leftovers").doesNotExist();
        assertThat(temp.resolve(".site.accord-old")).doesNotExist();
    }

    private static int countFiles(Path dir) {
        File[] top = dir.toFile().listFiles();
        if (top == null) return 0;
        File notes = new File(dir.toFile(), "notes");
        String[] pages = notes.list();
        return top.length + (pages == null ? 0 : pages.length);
    }

    private static int build(Path portal, Path site) throws IOException {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--source", portal.toString(),
                "--output", site.toString());
        assertThat(err.toString()).as("stderr").doesNotContain("error");
        return code;
    }
}
