package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.output.OutputFile;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled theme's files read the same from accord.jar as from the class path's folder (the tests' and serve's). */
class ThemeAssetsTest {
    private static final Map<String, String> THEME = Map.of(
            "theme/assets/style.css", "body { margin: 0 }\n",
            "theme/assets/fonts/a.woff2", "font bytes",
            "theme/assets-old/style.css", "not the theme's assets",
            "theme/page.ftl", "<p>not an asset</p>");

    @Test
    void aJarsAssetsFolderGivesItsFilesAndNothingBeside(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("accord.jar");
        // Multi-release, as accord.jar is: its class loader then gives a folder's URL with a slash at the end.
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            // A folder entry, as the jar plugin writes them: not a file of the theme.
            out.putNextEntry(new JarEntry("theme/assets/"));
            out.closeEntry();
            for (Map.Entry<String, String> e : new TreeMap<>(THEME).entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        // The folder's URL as the class loader gives it to ThemeAssets, and as written out without the slash.
        URL found;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            found = loader.getResource("theme/assets");
        }
        assertThat(found.toString()).endsWith(".jar!/theme/assets/");
        Map<String, OutputFile> fromJar = new TreeMap<>();
        ThemeAssets.addBundled(found, fromJar);
        Map<String, OutputFile> written = new TreeMap<>();
        ThemeAssets.addBundled(new URL("jar:" + jar.toUri() + "!/theme/assets"), written);
        assertThat(written).containsOnlyKeys(fromJar.keySet());

        for (Map.Entry<String, String> e : THEME.entrySet()) {
            Path p = temp.resolve("classes").resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        Map<String, OutputFile> fromFolder = new TreeMap<>();
        ThemeAssets.addBundled(temp.resolve("classes/theme/assets").toUri().toURL(), fromFolder);

        assertThat(fromJar).containsOnlyKeys("assets/fonts/a.woff2", "assets/style.css");
        assertThat(new String(fromJar.get("assets/style.css").bytes(), StandardCharsets.UTF_8)).isEqualTo("body { margin: 0 }\n");
        assertThat(fromFolder).containsOnlyKeys(fromJar.keySet());
        fromJar.forEach((path, file) -> assertThat(fromFolder.get(path).bytes()).isEqualTo(file.bytes()));
    }
}
