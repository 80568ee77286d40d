package accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar accord.jar build} with the JVM's defaults runs the build in a second JVM with {@code ./accord}'s
 * settings. Whole processes: a jar whose manifest names this test's class path stands for accord.jar (the real one is
 * made after the tests).
 */
class RelaunchTest {
    @TempDir
    Path temp;

    @Test
    void onlyABuildOrACheckStartedAsJavaJarWithNoOptionIsRunAgain() {
        String[] build = {"build", "--source", "p"};
        assertThat(Relaunch.command("/j/java", List.of("-jar", "a.jar", "build", "--source", "p"), false, Optional.empty(), 42, build)).contains(
                List.of("/j/java", "-XX:+UseSerialGC", "-XX:NewRatio=5", "-XX:TieredStopAtLevel=1", "-Daccord.parent=42", "-jar",
                        "a.jar", "build", "--source", "p"));
        assertThat(Relaunch.command("/j/java", List.of("-jar", "a.jar", "check"), false, Optional.of("/t/accord.jsa"), 42,
                new String[] {"check"})).contains(List.of("/j/java", "-XX:+UseSerialGC", "-XX:NewRatio=5", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=/t/accord.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Daccord.parent=42", "-jar", "a.jar",
                "check"));
        // An option, on the command line or in the environment, is the user's choice; ./accord gives options.
        assertThat(Relaunch.command("/j/java", List.of("-Xmx4g", "-jar", "a.jar", "build"), false, Optional.empty(), 42, new String[] {"build"})).isEmpty();
        assertThat(Relaunch.command("/j/java", List.of("-jar", "a.jar", "build"), true, Optional.empty(), 42, new String[] {"build"})).isEmpty();
        // Not from a jar (the tests, an IDE), and the other commands.
        assertThat(Relaunch.command("/j/java", List.of("-cp", "classes", "accord.cli.Main", "build"), false, Optional.empty(), 42,
                new String[] {"build"})).isEmpty();
        assertThat(Relaunch.command("/j/java", List.of("-jar", "a.jar", "serve"), false, Optional.empty(), 42, new String[] {"serve"})).isEmpty();
        assertThat(Relaunch.command("/j/java", List.of("-jar", "a.jar"), false, Optional.empty(), 42, new String[0])).isEmpty();
    }

    @Test
    void theBuildRunsInASecondJvmWithTheSettingsAndEndsWithItsCode() throws Exception {
        Path portal = temp.resolve("portal");
        TestPortal.write(portal, TestPortal.PORTAL);
        Path site = temp.resolve("site");
        Process p = javaJar(List.of(), "build", "--source", portal.toString(), "--output", site.toString());
        Optional<ProcessHandle> child = childOf(p);
        assertThat(child).as("a second JVM").isPresent();
        assertThat(child.get().info().arguments().map(List::of).orElse(List.of()))
                .containsSequence("-XX:+UseSerialGC", "-XX:NewRatio=5", "-XX:TieredStopAtLevel=1");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("built ");
        assertThat(site.resolve("index.html")).exists();

        Process broken = javaJar(List.of(), "build", "--source", temp.resolve("none").toString());
        assertThat(broken.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(broken.exitValue()).as("the second JVM's exit code").isEqualTo(1);
    }

    @Test
    void anOptionGivenKeepsTheBuildInTheFirstJvm() throws Exception {
        Path portal = temp.resolve("portal");
        TestPortal.write(portal, TestPortal.PORTAL);
        Process p = javaJar(List.of("-Xmx256m"), "build", "--source", portal.toString(), "--output", temp.resolve("site").toString());
        assertThat(childOf(p)).isEmpty();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    /** Killed outright, the first JVM takes the build with it: the second stops, and the site is as it was (none). */
    @Test
    void aKilledFirstJvmStopsTheSecond() throws Exception {
        Path portal = temp.resolve("portal");
        accord.bench.PortalGenerator.generate(portal, 2_000, 3);
        Path site = temp.resolve("site");
        Process p = javaJar(List.of(), "build", "--source", portal.toString(), "--output", site.toString());
        ProcessHandle child = childOf(p).orElseThrow();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (child.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(child.isAlive()).as("the second JVM").isFalse();
        assertThat(site).doesNotExist();
    }

    /** {@code java OPTIONS -jar JAR args}, its output collected, with no JVM option in its environment. */
    private Process javaJar(List<String> options, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        return pb.start();
    }

    /** A jar with no classes whose manifest runs accord.cli.Main from this test's class path. */
    private Path jar() throws IOException {
        Path jar = temp.resolve("accord.jar");
        if (Files.exists(jar)) return jar;
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().getRawPath());
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return jar;
    }

    /** The JVM {@code p} starts, waited for up to 10 s (while p runs); empty when p ends or starts none. */
    private static Optional<ProcessHandle> childOf(Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            // A build starts git too, and a child just forked shows its parent's command line until it runs its
            // own: the second JVM is the child told its parent's process id.
            Optional<ProcessHandle> c = p.toHandle().children()
                    .filter(h -> h.info().arguments().map(a -> List.of(a).contains("-D" + Relaunch.PARENT + "=" + p.pid()))
                            .orElse(false)).findFirst();
            if (c.isPresent()) return c;
            if (!p.isAlive()) return Optional.empty();
            Thread.sleep(10);
        }
        return Optional.empty();
    }
}
