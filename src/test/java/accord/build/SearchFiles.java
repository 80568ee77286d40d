package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks on a built site's search index for the hostile cases: every file is one call of
 * {@code accord.searchShard} with a name and a JSON value, holds no character that could end a script
 * element or a JavaScript string ({@code <}, {@code >}, U+2028, U+2029), and every term shard ({@code t/},
 * {@code x/}) stays under {@link #BOUND} bytes.
 */
final class SearchFiles {
    /** SearchIndex.SHARD_LIMIT (24,000) plus one entry: postings of at most OWN_FILE (2,000) and a term of 32 code points. */
    static final int BOUND = 27_000;
    private static final Pattern CALL = Pattern.compile("accord\\.searchShard\\(\"([a-z0-9_./-]+)\",(.*)\\);\n", Pattern.DOTALL);

    private SearchFiles() {
    }

    static void check(Path site, int bound) throws IOException {
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".js")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(text).as(f.toString()).doesNotContain("<", ">", "\u2028", "\u2029");
                Matcher m = CALL.matcher(text);
                assertThat(m.matches()).as(f.toString()).isTrue();
                JsonCheck.parse(m.group(2));
                String rel = site.resolve("search").relativize(f).toString();
                if (bound > 0 && (rel.startsWith("t/") || rel.startsWith("x/"))) {
                    assertThat(Files.size(f)).as(rel).isLessThan(bound);
                }
            }
        }
    }

    /** Every term of the site's {@code t/} shards. */
    @SuppressWarnings("unchecked")
    static Set<String> terms(Path site) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site.resolve("search/t"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher m = CALL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                assertThat(m.matches()).isTrue();
                ((Map<String, Object>) JsonCheck.parse(m.group(2))).keySet().stream().filter(k -> !k.isEmpty()).forEach(out::add);
            }
        }
        return out;
    }
}
