package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.bench.PortalGenerator;
import accord.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that runs out of memory says so in one line with what to do, exits 1 and leaves the previous site as it
 * was. Run in a child JVM with a heap far too small for the portal, as a 100,000-record portal is for {@code -Xmx1g}.
 */
class OutOfMemoryBuildTest {
    @TempDir
    Path temp;

    @Test
    void aBuildOutOfMemorySaysSoInOneLineAndLeavesTheSite() throws Exception {
        Path portal = temp.resolve("portal");
        Path site = temp.resolve("site");
        PortalGenerator.generate(portal, 1_500, 7);
        // The previous site: a folder Accord made, which a good build would replace.
        Files.createDirectories(site.resolve("notes/old"));
        Files.writeString(site.resolve(".accord-site"), "This folder was made by Accord; the next build replaces it.\n");
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>previous</title>\n");
        Map<String, String> previous = HostileInputTest.snapshot(site, null);
        Map<String, String> portalBefore = HostileInputTest.snapshot(portal, null);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = temp.resolve("build.log");
        Process process = new ProcessBuilder(java, "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--source", portal.toString(), "--output", site.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the child build ends").isTrue();
        List<String> lines = Files.readAllLines(log);

        assertThat(process.exitValue()).as("exit code (log: %s)", lines).isEqualTo(1);
        assertThat(lines).as("everything the build printed").hasSize(1);
        assertThat(lines.get(0)).matches("accord: error: out of memory: the portal needs more than the [0-9]+ MiB the Java heap"
                + " may use; nothing was written \\(give it more, such as JAVA_OPTS=-Xmx4g \\./accord build,"
                + " or java -Xmx4g -jar target/accord\\.jar build\\)");
        assertThat(HostileInputTest.snapshot(site, null)).as("the previous site").isEqualTo(previous);
        assertThat(HostileInputTest.snapshot(portal, null)).as("the portal").isEqualTo(portalBefore);
        assertThat(temp.resolve(".site.accord-new")).as("the staged folder is removed").doesNotExist();
    }
}
