package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.Build;
import accord.build.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the built portal passes the Nu Html Checker with no error and no warning (vnu.jar from node_modules, test-only). */
class HtmlValidatorTest {
    @Test
    void everyPageIsValidHtml(@TempDir Path out) throws IOException, InterruptedException {
        Path repo = Path.of("").toAbsolutePath();
        var result = new Build(new BuildOptions(repo, out.resolve("site"), false, Optional.empty(), true)).run();
        assertThat(result.ok()).isTrue();
        Path vnu = TestPrerequisites.vnu();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // --no-langdetect: a translated page declares the language it is written in, but quotes its sources'
                // English descriptions and git's English commit subjects; the checker's guess at the language of the
                // whole text flips on such mixed pages from build to build, while every other check stays on.
                "-jar", vnu.toString(), "--skip-non-html", "--no-langdetect", out.resolve("site").toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(report).isZero();
        assertThat(report).isEmpty();
        assertThat(Files.list(out.resolve("site")).count()).isGreaterThan(5);
    }
}
