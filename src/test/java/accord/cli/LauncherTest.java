package accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./accord} script's choice of JIT: the first tier for a small portal, the optimising JIT limited by
 * {@code src/main/jvm/compiler-directives.json} from 10,000 records on. Read from the flags the JVM says it was
 * started with ({@code -XX:+PrintCommandLineFlags}, given through {@code JAVA_OPTS}). The script runs from a copy
 * of the checkout's layout beside a jar with no classes (the JVM prints its flags, then finds no main class), so
 * the test needs no packaged jar and leaves {@code target/} alone.
 */
class LauncherTest {
    private static final Path DIRECTIVES = Path.of("src/main/jvm/compiler-directives.json").toAbsolutePath();

    @TempDir
    Path checkout;

    @Test
    void theJvmAcceptsTheCompilerDirectives() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result r = run(List.of(java, "-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + DIRECTIVES,
                "-version"), null);
        // A malformed file stops the JVM before it starts: "Could not create the Java Virtual Machine".
        assertThat(r.exit()).as(r.output()).isZero();
    }

    @Test
    void aSmallPortalGetsTheFirstTierOnly(@TempDir Path portal) throws Exception {
        records(portal, 3);
        String flags = flags(portal);
        assertThat(flags).contains("-XX:TieredStopAtLevel=1").doesNotContain("CompilerDirectivesFile");
    }

    /** What a build keeps lives to its end: the serial collector, its old generation five sixths of the heap. */
    @Test
    void everyBuildGetsTheSerialCollectorWithASmallYoungGeneration(@TempDir Path portal) throws Exception {
        records(portal, 3);
        assertThat(flags(portal)).contains("-XX:+UseSerialGC").contains("-XX:NewRatio=5");
    }

    @Test
    void aLargePortalGetsTheOptimisingJitWithTheDirectives(@TempDir Path portal) throws Exception {
        records(portal, 10_000);
        String flags = flags(portal);
        assertThat(flags).doesNotContain("TieredStopAtLevel")
                .contains("-XX:CompilerDirectivesFile=" + checkout.resolve("src/main/jvm/compiler-directives.json"))
                .contains("-XX:FreqInlineSize=100");
    }

    @Test
    void theDirectivesAddNothingToTheBuildsOutput(@TempDir Path portal) throws Exception {
        records(portal, 10_000);
        // The JVM reports "2 compiler directives added" on standard output, where the build's own lines go.
        Result r = accord(portal, null);
        assertThat(r.output()).doesNotContain("directives").contains("absent.Main");
    }

    private static void records(Path portal, int n) throws IOException {
        Path dir = Files.createDirectories(portal.resolve("content/sessions"));
        for (int i = 0; i < n; i++) Files.writeString(dir.resolve("s" + i + ".md"), "");
    }

    /** The JVM's line of command-line flags when {@code ./accord build} runs on {@code portal}. */
    private String flags(Path portal) throws Exception {
        // The JVM's own console output is off for a large portal; JAVA_OPTS comes last, so it can turn it on.
        Result r = accord(portal, "-XX:+UnlockDiagnosticVMOptions -XX:+DisplayVMOutput -XX:+PrintCommandLineFlags");
        return r.output().lines().filter(l -> l.contains("-XX:")).findFirst()
                .orElseThrow(() -> new AssertionError("no flags printed:\n" + r.output()));
    }

    /** The script and its directives, copied into {@link #checkout} beside a jar with a manifest and no classes. */
    @BeforeEach
    void copyTheLauncher() throws IOException {
        Files.copy(Path.of("accord"), checkout.resolve("accord"));
        Files.copy(DIRECTIVES, Files.createDirectories(checkout.resolve("src/main/jvm")).resolve(DIRECTIVES.getFileName()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "absent.Main");
        Path jar = Files.createDirectories(checkout.resolve("target")).resolve("accord.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            // the manifest alone
        }
    }

    /** {@code ./accord build} on {@code portal}, run from {@link #checkout}. */
    private Result accord(Path portal, String javaOpts) throws Exception {
        return run(List.of("sh", checkout.resolve("accord").toString(), "build", "--source", portal.toString()), javaOpts);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, String javaOpts) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (javaOpts != null) pb.environment().put("JAVA_OPTS", javaOpts);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
