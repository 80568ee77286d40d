package accord.search;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.JsonCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's normalisation against the one file of test vectors that the search page's script is also
 * held to; and, where Node.js is installed (CI has it), that script's own test of the same file, so the
 * two cannot drift apart unnoticed.
 */
class SearchTextTest {
    static final Path VECTORS = Path.of("src/test/resources/search/normalise-vectors.json");

    @Test
    @SuppressWarnings("unchecked")
    void javaGivesEveryVectorsTerms() throws IOException {
        Map<String, Object> file = (Map<String, Object>) JsonCheck.parse(Files.readString(VECTORS, StandardCharsets.UTF_8));
        List<Map<String, Object>> vectors = (List<Map<String, Object>>) file.get("vectors");
        assertThat(vectors).hasSizeGreaterThan(20);
        for (Map<String, Object> v : vectors) {
            String input = (String) v.get("input");
            assertThat(SearchText.tokens(input)).as("tokens of %s", input).isEqualTo(v.get("tokens"));
            if (v.containsKey("query")) {
                assertThat(SearchText.queryTokens(input)).as("query terms of %s", input).isEqualTo(v.get("query"));
            }
        }
    }

    @Test
    void theScriptGivesTheSameTermsUnderNode() throws IOException, InterruptedException {
        assertNodeTestsPass(Map.of());
    }

    /** The script as a build writes it, without its comments ({@code ScriptComments}), passes the same tests. */
    @Test
    void theScriptWithoutItsCommentsGivesTheSameAnswers(@TempDir Path dir) throws IOException, InterruptedException {
        String source = Files.readString(Path.of("templates/assets/search.js"), StandardCharsets.UTF_8);
        String written = accord.text.ScriptComments.strip(source);
        assertThat(written.length()).as("comments taken out").isLessThan(source.length() * 4 / 5);
        Path script = dir.resolve("search.js");
        Files.writeString(script, written, StandardCharsets.UTF_8);
        assertNodeTestsPass(Map.of("ACCORD_SEARCH_JS", script.toAbsolutePath().toString()));
    }

    private static void assertNodeTestsPass(Map<String, String> env) throws IOException, InterruptedException {
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder("node", "--test", "src/test/js/").redirectErrorStream(true);
            pb.environment().putAll(env);
            p = pb.start();
        } catch (IOException e) {
            Assumptions.abort("node is not installed: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(out).contains("# fail 0").doesNotContain("not ok");
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void foldsCaseMarksAndTheLettersThatHaveNoDecomposition() {
        assertThat(SearchText.fold("Mikayıl Cabbarov")).isEqualTo("mikayil cabbarov");
        assertThat(SearchText.fold("İSTANBUL")).isEqualTo("istanbul");
        assertThat(SearchText.fold("Джаббаров")).isEqualTo("джаббаров");
    }
}
