package accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class the jar is made of can go into {@code ./accord}'s start-up archives. JDK 25's ahead-of-time cache and
 * JDK 17's class-data sharing leave out class files older than Java 6 (major version 50): their classes are loaded
 * and checked with the old verifier at every start. picocli's jar is such a library, which is why the build compiles
 * it from its sources jar (pom.xml); a library added later must not bring old class files back unseen.
 */
class ArchivableClassesTest {
    /** One class of each library in the jar, and one of Accord's own. */
    private static final List<Class<?>> LIBRARIES = List.of(picocli.CommandLine.class, Main.class,
            com.vladsch.flexmark.parser.Parser.class, com.vladsch.flexmark.ext.tables.TablesExtension.class,
            com.vladsch.flexmark.ext.footnotes.FootnoteExtension.class,
            com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension.class,
            com.vladsch.flexmark.ext.typographic.TypographicExtension.class, freemarker.template.Configuration.class,
            org.yaml.snakeyaml.Yaml.class, org.jsoup.Jsoup.class);

    private static final int JAVA_6 = 50;

    @Test
    void everyClassOfEveryLibraryIsJava6OrNewer() throws Exception {
        List<String> old = new ArrayList<>();
        int seen = 0;
        for (Class<?> library : LIBRARIES) {
            Path source = Path.of(library.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (ClassFile c : classes(source, library.getPackageName().replace('.', '/') + "/")) {
                seen++;
                if (c.major() < JAVA_6) old.add(c.name() + " (major version " + c.major() + ")");
            }
        }
        assertThat(seen).as("classes read").isGreaterThan(1000);
        assertThat(old).isEmpty();
    }

    @Test
    void picocliIsCompiledWithAccordsOwnCode() throws URISyntaxException {
        // The same folder (or jar) as Accord's classes, not a jar of picocli's own.
        assertThat(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .isEqualTo(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private record ClassFile(String name, int major) {}

    /** The class files of a jar, or those under {@code prefix} in a folder of classes (Accord's and picocli's). */
    private static List<ClassFile> classes(Path source, String prefix) throws IOException {
        List<ClassFile> found = new ArrayList<>();
        if (Files.isDirectory(source)) {
            Path root = source.resolve(prefix);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    try (InputStream in = Files.newInputStream(p)) {
                        found.add(new ClassFile(source.relativize(p).toString(), major(in)));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                for (JarEntry e : jar.stream().toList()) {
                    if (!e.getName().endsWith(".class")) continue;
                    try (InputStream in = jar.getInputStream(e)) {
                        found.add(new ClassFile(source.getFileName() + "!" + e.getName(), major(in)));
                    }
                }
            }
        }
        return found;
    }

    /** A class file begins with 0xCAFEBABE, then its minor and major version. */
    private static int major(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
        data.readUnsignedShort();
        return data.readUnsignedShort();
    }
}
