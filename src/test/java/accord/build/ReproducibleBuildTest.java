package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same bytes (issue 10): the real portal, copied twice with different file times, is built by two
 * child JVMs that differ in every setting a machine can differ in (time zone, locale, default charset, the
 * environment's {@code TZ}, {@code LANG} and {@code LC_ALL}), and every output file must be equal, byte for
 * byte, {@code manifest.json} included.
 */
class ReproducibleBuildTest {
    @TempDir
    Path temp;

    @Test
    void twoMachinesBuildTheSameBytes() throws Exception {
        Path a = copyPortal(temp.resolve("a"), Instant.parse("2001-02-03T04:05:06Z"));
        Path b = copyPortal(temp.resolve("b"), Instant.parse("2037-12-31T23:59:59Z"));
        build(a, Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8"),
                List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR"));
        build(b, Map.of("TZ", "America/St_Johns", "LANG", "C", "LC_ALL", "C"),
                List.of("-Duser.timezone=America/St_Johns", "-Duser.language=ar", "-Duser.country=EG",
                        "-Dfile.encoding=ISO-8859-1"));
        Map<String, byte[]> siteA = TestPortal.snapshot(a.resolve("site"));
        Map<String, byte[]> siteB = TestPortal.snapshot(b.resolve("site"));
        assertThat(siteA).containsKey("manifest.json").hasSizeGreaterThan(500);
        Set<String> differing = new TreeSet<>(siteA.keySet());
        differing.addAll(siteB.keySet());
        differing.removeIf(k -> siteA.containsKey(k) && siteB.containsKey(k) && java.util.Arrays.equals(siteA.get(k), siteB.get(k)));
        assertThat(differing).as("files that differ between the two builds").isEmpty();
    }

    /** The portal's content and templates under {@code dir}, every file and folder stamped {@code time}. */
    private static Path copyPortal(Path dir, Instant time) throws IOException {
        for (String top : List.of("content", "templates")) {
            Path from = Path.of(top);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path to = dir.resolve(from.relativize(p).toString().isEmpty() ? top : top + "/" + from.relativize(p));
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) Files.setLastModifiedTime(p, FileTime.from(time));
        }
        return dir;
    }

    private static void build(Path portal, Map<String, String> env, List<String> jvm) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("accord.cli.Main");
        command.addAll(List.of("build", "--source", portal.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(portal.resolve("build.log").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the build finished").isTrue();
        assertThat(p.exitValue()).as(Objects.toString(Files.readString(portal.resolve("build.log")))).isZero();
    }
}
