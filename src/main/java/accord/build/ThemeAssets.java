package accord.build;

import accord.output.OutputFile;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.render.Templates;
import accord.text.ScriptComments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The theme's static files: the bundled theme's {@code assets/}, overridden file by file by the
 * portal's {@code templates/assets/}. Written under {@code assets/} in the output.
 */
final class ThemeAssets {
    /** The output folder of the theme's static files. */
    static final String DIR = "assets/";

    private ThemeAssets() {
    }

    static Map<String, OutputFile> collect(Path portalTemplates, Problems problems) {
        Map<String, OutputFile> files = new TreeMap<>();
        URL url = ThemeAssets.class.getResource(Templates.THEME + "/assets");
        if (url != null) addBundled(url, files);
        Path own = portalTemplates.resolve("assets");
        if (Files.isDirectory(own, LinkOption.NOFOLLOW_LINKS)) {
            addTree(own, files, problems);
        }
        return files;
    }

    /** The files under {@code url}: a folder of the class path, or a folder in a jar (accord.jar's theme). */
    static void addBundled(URL url, Map<String, OutputFile> files) {
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                addJarTree(jar, files);
            } else {
                addTree(Path.of(url.toURI()), files, null);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled theme", e);
        }
    }

    /**
     * The bundled theme's files: the jar's entries under {@code folder}, found in the jar's index as the class loader
     * finds classes. A zip file system over the jar (before) made a tree of all its 3,400 entries, and its classes ran
     * for the first time: 100-150 ms of a small portal's cold build, against 30 ms.
     */
    private static void addJarTree(JarURLConnection folder, Map<String, OutputFile> files) throws IOException {
        // The class loader names a folder with its slash (jar:file:…/accord.jar!/theme/assets/), a URL written out may not.
        String prefix = folder.getEntryName().endsWith("/") ? folder.getEntryName() : folder.getEntryName() + "/";
        folder.setUseCaches(false);
        try (JarFile jar = folder.getJarFile()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) continue;
                String rel = DIR + entry.getName().substring(prefix.length());
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(rel, asset(rel, in.readAllBytes()));
                }
            }
        }
    }

    /**
     * A theme file as the site gets it: a script without its comments ({@link ScriptComments}; one that is not UTF-8
     * as it is), any other file as it is.
     */
    static OutputFile asset(String rel, byte[] bytes) {
        if (rel.endsWith(".js")) {
            try {
                String script = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                return new OutputFile(rel, ScriptComments.strip(script).getBytes(StandardCharsets.UTF_8));
            } catch (CharacterCodingException e) {
                // Not UTF-8: not read as text at all.
            }
        }
        return new OutputFile(rel, bytes);
    }

    private static void addTree(Path dir, Map<String, OutputFile> files, Problems problems) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                if (Files.isSymbolicLink(p)) {
                    if (problems != null) {
                        problems.error(SourcePosition.of("templates/assets/" + dir.relativize(p).toString().replace('\\', '/')),
                                "symbolic link refused (put the file itself in templates/assets/)");
                    }
                    continue;
                }
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                String rel = DIR + dir.relativize(p).toString().replace('\\', '/');
                files.put(rel, asset(rel, Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
