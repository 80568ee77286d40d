package accord.build;

import accord.output.OutputFile;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.render.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files: the bundled theme's {@code assets/}, overridden file by file by the
 * portal's {@code templates/assets/}. Written under {@code assets/} in the output.
 */
final class ThemeAssets {
    private ThemeAssets() {
    }

    static Map<String, OutputFile> collect(Path portalTemplates, Problems problems) {
        Map<String, OutputFile> files = new TreeMap<>();
        URL url = ThemeAssets.class.getResource(Templates.THEME + "/assets");
        if (url != null) {
            try {
                URI uri = url.toURI();
                if (uri.getScheme().equals("jar")) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                    addTree(fs.provider().getPath(uri), files, null);
                } else {
                    addTree(Path.of(uri), files, null);
                }
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("cannot read the bundled theme", e);
            }
        }
        Path own = portalTemplates.resolve("assets");
        if (Files.isDirectory(own, LinkOption.NOFOLLOW_LINKS)) {
            addTree(own, files, problems);
        }
        return files;
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
                String rel = "assets/" + dir.relativize(p).toString().replace('\\', '/');
                files.put(rel, new OutputFile(rel, Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
