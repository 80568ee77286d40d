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

    /** On JDK 17 a portal is large from 10,000 records; where JDK 25's cache brings the method profiles, from 5,000. */
    @Test
    void aPortalIsLargeFrom5000RecordsOnJdk25AndFrom10000Otherwise(@TempDir Path portal, @TempDir Path jdks) throws Exception {
        records(portal, 9_999);
        assertThat(flags(portal)).contains("-XX:TieredStopAtLevel=1");
        Files.delete(portal.resolve("content/sessions/s9998.md"));
        for (int i = 5_000; i < 9_998; i++) Files.delete(portal.resolve("content/sessions/s" + i + ".md"));
        Path jdk = fakeJdk(jdks, "jdk-25", "25.0.1");
        accord(portal, null, jdks.toString());
        assertThat(calls(jdk).get(0)).contains("-XX:FreqInlineSize=100", "-XX:AOTMode=record").doesNotContain("TieredStopAtLevel");
        Files.delete(portal.resolve("content/sessions/s4999.md"));
        accord(portal, null, jdks.toString());
        assertThat(calls(jdk).get(2)).contains("-XX:TieredStopAtLevel=1", "-XX:AOTMode=record");
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

    /** {@code ./accord build} on {@code portal}, run from {@link #checkout}, with no newer JDK to look for. */
    private Result accord(Path portal, String javaOpts) throws Exception {
        return accord(portal, javaOpts, "");
    }

    /** {@code ./accord build} on {@code portal}, looking for a JDK 25 or newer in {@code jdks}. */
    private Result accord(Path portal, String javaOpts, String jdks) throws Exception {
        return run(List.of("sh", checkout.resolve("accord").toString(), "build", "--source", portal.toString()), javaOpts,
                jdks);
    }

    /**
     * A JDK of {@code version} in {@code jdks} whose {@code java} writes each command line it is given to
     * {@code calls.txt} beside it, prints a line as a build would, makes the file a record or a cache would go to, and
     * exits with the code in {@code exit.txt} (0 when there is none).
     */
    private static Path fakeJdk(Path jdks, String name, String version) throws IOException {
        Path home = Files.createDirectories(jdks.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + version
                + "+1\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path launcher = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(launcher, """
                #!/bin/sh
                here=$(dirname "$0")
                echo "$*" >> "$here/calls.txt"
                case "$*" in *-XX:AOTMode=create*) create=1 ;; esac
                for a in "$@"; do
                  case "$a" in
                    -XX:AOTConfiguration=*) [ -n "$create" ] || : > "${a#*=}" ;;
                    -XX:AOTCache=*) [ -n "$create" ] && : > "${a#*=}" ;;
                  esac
                done
                if [ -n "$create" ]; then
                  echo "the cache step's own output"
                  exit 0
                fi
                echo "built by the fake JDK"
                exit $(cat "$here/exit.txt" 2>/dev/null || echo 0)
                """);
        Files.setPosixFilePermissions(launcher, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private static List<String> calls(Path jdk) throws IOException {
        Path calls = jdk.resolve("bin/calls.txt");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    /** The first build on {@code jdk} (in {@code jdks}): it goes through, and two command lines ran, the build's and the cache's. */
    private List<String> firstBuild(Path portal, Path jdk, Path jdks) throws Exception {
        Result first = accord(portal, null, jdks.toString());
        assertThat(first.exit()).isZero();
        // The build's lines only: the cache step's output is thrown away.
        assertThat(first.output()).isEqualTo("built by the fake JDK\n");
        List<String> calls = calls(jdk);
        assertThat(calls).hasSize(2);
        return calls;
    }

    @Test
    void aSmallPortalsFirstBuildOnJdk25RecordsAndTheCacheIsMadeAfterIt(@TempDir Path portal, @TempDir Path jdks) throws Exception {
        records(portal, 3);
        Path jdk = fakeJdk(jdks, "jdk-25", "25.0.1");
        Path target = checkout.resolve("target");
        List<String> calls = firstBuild(portal, jdk, jdks);
        assertThat(calls.get(0)).contains("-XX:TieredStopAtLevel=1", "-XX:AOTMode=record",
                "-XX:AOTConfiguration=" + target.resolve("accord.aotconf."), "-XX:-DisplayVMOutput", "build --source " + portal)
                .doesNotContain("SharedArchiveFile").doesNotContain("ArchiveClassesAtExit");
        assertThat(calls.get(1)).contains("-XX:AOTMode=create", "-XX:AOTCache=" + target.resolve("accord.aot."));
        assertThat(Files.readString(target.resolve("accord.aot.jdk"))).isEqualTo(jdk + " \"25.0.1+1\"\n");
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("accord.aot", "accord.aot.jdk", "accord.jar");
        }
        // The next build starts from the cache and records nothing.
        Result second = accord(portal, null, jdks.toString());
        assertThat(second.output()).isEqualTo("built by the fake JDK\n");
        assertThat(calls(jdk)).hasSize(3);
        assertThat(calls(jdk).get(2)).contains("-XX:AOTCache=" + target.resolve("accord.aot")).doesNotContain("AOTMode");
    }

    /** A build that found errors still makes the cache (else every build until one went through would record), and its exit code is kept. */
    @Test
    void aFailedBuildKeepsItsExitCodeAndStillMakesTheCache(@TempDir Path portal, @TempDir Path jdks) throws Exception {
        records(portal, 3);
        Path jdk = fakeJdk(jdks, "jdk-25", "25.0.1");
        Files.writeString(jdk.resolve("bin/exit.txt"), "1");
        Result r = accord(portal, null, jdks.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(calls(jdk)).hasSize(2);
        assertThat(calls(jdk).get(1)).contains("-XX:AOTMode=create");
        try (var files = Files.list(checkout.resolve("target"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("accord.aot", "accord.aot.jdk", "accord.jar");
        }
        assertThat(accord(portal, null, jdks.toString()).exit()).isEqualTo(1);
        assertThat(calls(jdk).get(2)).contains("-XX:AOTCache=");
    }

    @Test
    void aCacheOfAnotherJdkUpdateIsMadeAgain(@TempDir Path portal, @TempDir Path jdks) throws Exception {
        records(portal, 3);
        Path jdk = fakeJdk(jdks, "jdk-25", "25.0.1");
        accord(portal, null, jdks.toString());
        Files.writeString(jdk.resolve("release"), Files.readString(jdk.resolve("release")).replace("25.0.1", "25.0.2"));
        accord(portal, null, jdks.toString());
        assertThat(calls(jdk)).hasSize(4);
        assertThat(calls(jdk).get(2)).contains("-XX:AOTMode=record");
        assertThat(Files.readString(checkout.resolve("target/accord.aot.jdk"))).isEqualTo(jdk + " \"25.0.2+1\"\n");
    }

    @Test
    void anOlderJdkOrNoFolderOfJdksKeepsTheJavaOnThePath(@TempDir Path portal, @TempDir Path jdks) throws Exception {
        Path old = fakeJdk(jdks, "jdk-21", "21.0.5");
        records(portal, 3);
        // The real JVM runs the jar with no classes: it finds no main class.
        assertThat(accord(portal, null, jdks.toString()).output()).contains("absent.Main");
        assertThat(calls(old)).isEmpty();
        Path jdk = fakeJdk(jdks, "jdk-25", "25.0.1");
        assertThat(accord(portal, null, "").output()).contains("absent.Main");
        records(portal, 10_000);
        assertThat(accord(portal, null, "").output()).contains("absent.Main");
        assertThat(calls(jdk)).isEmpty();
    }

    /**
     * A large portal's build records with the optimising JIT's settings, so its cache holds method profiles, and keeps
     * a cache of its own: a small portal's (made with the first tier, no profiles) would not serve it, nor it a small one.
     */
    @Test
    void aLargePortalRecordsItsOwnCacheWithTheJitsSettings(@TempDir Path portal, @TempDir Path jdks, @TempDir Path small) throws Exception {
        records(portal, 10_000);
        Path jdk = fakeJdk(jdks, "jdk-25", "25.0.1");
        Path target = checkout.resolve("target");
        List<String> calls = firstBuild(portal, jdk, jdks);
        assertThat(calls.get(0)).contains("-XX:FreqInlineSize=100", "-XX:CompilerDirectivesFile=", "-XX:AOTMode=record",
                "-XX:-DisplayVMOutput", "build --source " + portal).doesNotContain("TieredStopAtLevel");
        assertThat(calls.get(1)).contains("-XX:FreqInlineSize=100", "-XX:CompilerDirectivesFile=", "-XX:AOTMode=create",
                "-XX:AOTCache=" + target.resolve("accord-large.aot."));
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("accord-large.aot", "accord-large.aot.jdk", "accord.jar");
        }
        assertThat(accord(portal, null, jdks.toString()).exit()).isZero();
        assertThat(calls(jdk).get(2)).contains("-XX:AOTCache=" + target.resolve("accord-large.aot"), "-XX:FreqInlineSize=100")
                .doesNotContain("AOTMode");
        // A small portal on the same checkout records a cache of its own, with the first tier, and leaves this one be.
        records(small, 3);
        accord(small, null, jdks.toString());
        assertThat(calls(jdk).get(3)).contains("-XX:TieredStopAtLevel=1", "-XX:AOTMode=record");
        assertThat(calls(jdk).get(4)).contains("-XX:AOTCache=" + target.resolve("accord.aot.")).doesNotContain("FreqInlineSize");
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("accord-large.aot",
                    "accord-large.aot.jdk", "accord.aot", "accord.aot.jdk", "accord.jar");
        }
    }

    /**
     * A checkout in a folder whose name has a space: every option holding a path reaches the JVM whole. Before, the
     * class-data archive's option was split there and the JVM took the rest of the path for its main class.
     */
    @Test
    void aCheckoutInAFolderWithASpaceKeepsItsArchiveOptionsWhole(@TempDir Path portal) throws Exception {
        Path spaced = Files.createDirectories(checkout.resolve("Accord archive"));
        Files.copy(checkout.resolve("accord"), spaced.resolve("accord"));
        Files.createDirectories(spaced.resolve("target"));
        Files.copy(checkout.resolve("target/accord.jar"), spaced.resolve("target/accord.jar"));
        Files.createDirectories(spaced.resolve("src/main/jvm"));
        Files.copy(DIRECTIVES, spaced.resolve("src/main/jvm").resolve(DIRECTIVES.getFileName()));
        records(portal, 3);
        Result r = run(List.of("sh", spaced.resolve("accord").toString(), "build", "--source", portal.toString()),
                "-XX:+PrintCommandLineFlags", "");
        assertThat(r.output()).contains("-XX:ArchiveClassesAtExit=" + spaced.resolve("target/accord.jsa"))
                .contains("Could not find or load main class absent.Main").doesNotContain("archive.target");
        records(portal, 10_000);
        r = run(List.of("sh", spaced.resolve("accord").toString(), "build", "--source", portal.toString()),
                "-XX:+UnlockDiagnosticVMOptions -XX:+DisplayVMOutput -XX:+PrintCommandLineFlags", "");
        assertThat(r.output()).contains("-XX:CompilerDirectivesFile=" + spaced.resolve("src/main/jvm/compiler-directives.json"))
                .contains("Could not find or load main class absent.Main");
    }

    /**
     * A target/ the user cannot write (a read-only checkout, an archivist's copy, another user's files): the build runs
     * on the java on the PATH with plain settings, records no cache and makes no archive, and says nothing about them;
     * a portal of 5,000 records is not large there, as on JDK 17. A cache made already for the JDK 25 found is used.
     * Run as another user when the tests run as root, who may write anywhere.
     */
    @Test
    void aTargetThatCannotBeWrittenGetsPlainSettingsOrTheCacheMadeAlready(@TempDir Path portal, @TempDir Path jdks) throws Exception {
        List<String> as = List.of();
        if (System.getProperty("user.name").equals("root")) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv, to run as nobody");
            as = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        }
        records(portal, 5_000);
        Path jdk = fakeJdk(jdks, "jdk-25", "25.0.1");
        Path target = checkout.resolve("target");
        var open = java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx");
        for (Path p : List.of(checkout, portal, jdks, jdk.resolve("bin"))) Files.setPosixFilePermissions(p, open);
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> command = new java.util.ArrayList<>(as);
        command.addAll(List.of("sh", checkout.resolve("accord").toString(), "build", "--source", portal.toString()));
        Result r = run(command, "-XX:+PrintCommandLineFlags", jdks.toString());
        assertThat(calls(jdk)).isEmpty();
        String flags = r.output().lines().filter(l -> l.contains("-XX:")).findFirst().orElseThrow(() -> new AssertionError(r.output()));
        assertThat(flags).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").doesNotContain("Archive").doesNotContain("AOT");
        // The JVM's own lines, and then only the no-main-class error of the test's empty jar: nothing about a cache.
        assertThat(r.output().lines().filter(l -> !l.contains("-XX:")).toList())
                .containsExactly("Error: Could not find or load main class absent.Main", "Caused by: java.lang.ClassNotFoundException: absent.Main");
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("accord.jar");
        }

        // A large cache made for this jar and JDK, left by whoever could write target/: used, and nothing recorded.
        Files.setPosixFilePermissions(target, open);
        Files.writeString(target.resolve("accord-large.aot"), "");
        Files.writeString(target.resolve("accord-large.aot.jdk"), jdk + " \"25.0.1+1\"\n");
        Files.setLastModifiedTime(target.resolve("accord.jar"), java.nio.file.attribute.FileTime.fromMillis(0));
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        Result cached = run(command, null, jdks.toString());
        assertThat(cached.output()).isEqualTo("built by the fake JDK\n");
        assertThat(calls(jdk)).hasSize(1);
        assertThat(calls(jdk).get(0)).contains("-XX:AOTCache=" + target.resolve("accord-large.aot"), "-XX:FreqInlineSize=100")
                .doesNotContain("AOTMode");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, String javaOpts) throws Exception {
        return run(command, javaOpts, "");
    }

    private static Result run(List<String> command, String javaOpts, String jdks) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("ACCORD_JDKS", jdks);
        if (javaOpts != null) pb.environment().put("JAVA_OPTS", javaOpts);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
