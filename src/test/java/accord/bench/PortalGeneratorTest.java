package accord.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalGeneratorTest {
    private static final Path SCHEMA = Path.of("content", "schema.yml");
    private static final Pattern BODY_LINK = Pattern.compile("\\]\\(\\.\\./([a-z]+)/([a-z0-9-]+)\\.md\\)");
    private static final Pattern REF = Pattern.compile("(?m)^(?:[a-z_]+: |  - |  - speaker: |    given_by: )\"([a-z]+(?:/[a-z]+)?-[0-9]+)\"$");

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path dir) throws IOException {
        PortalGenerator.generate(dir.resolve("a"), 300, 7, SCHEMA);
        PortalGenerator.generate(dir.resolve("b"), 300, 7, SCHEMA);
        PortalGenerator.generate(dir.resolve("c"), 300, 8, SCHEMA);
        Map<String, String> a = files(dir.resolve("a")), b = files(dir.resolve("b")), c = files(dir.resolve("c"));
        assertThat(a).hasSize(300 + 2).isEqualTo(b);
        assertThat(c.keySet()).isEqualTo(a.keySet());
        assertThat(c).isNotEqualTo(a);
        assertThat(a.get("content/schema.yml")).isEqualTo(Files.readString(SCHEMA));
    }

    @Test
    void shapeAtTenThousandScaledDown(@TempDir Path dir) throws IOException {
        assertThat(PortalGenerator.counts(10_000)).containsExactly(3500, 3000, 1000, 1000, 1000, 300, 200);
        assertThat(PortalGenerator.counts(1_000)).containsExactly(350, 300, 100, 100, 100, 30, 20);
        assertThat(PortalGenerator.counts(7)).containsOnly(1);
        assertThat(PortalGenerator.counts(1234)).satisfies(n -> assertThat(java.util.Arrays.stream(n).sum()).isEqualTo(1234));

        PortalGenerator.generate(dir, 2_000, 1, SCHEMA);
        Map<String, String> files = files(dir);
        Map<String, Integer> incoming = new HashMap<>();
        int refs = 0, maxRefs = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!f.getKey().matches("content/[a-z]+/.*\\.md")) continue;
            String[] parts = f.getValue().split("(?m)^---$", 3);
            String frontMatter = parts[1], body = parts[2];
            assertThat(frontMatter).contains("\nsources:\n  - title: ");
            int words = body.trim().split("\\s+").length;
            assertThat(words).as(f.getKey()).isBetween(300, 1_100);
            assertThat(body).contains("\n## ");
            Matcher links = BODY_LINK.matcher(body);
            int n = 0;
            while (links.find()) {
                n++;
                assertThat(files).containsKey("content/" + links.group(1) + "/" + links.group(2) + ".md");
            }
            assertThat(n).as(f.getKey()).isBetween(2, 3);
            Matcher m = REF.matcher(frontMatter);
            int mine = 0;
            while (m.find()) {
                String slug = m.group(1).replaceFirst(".*/", "");
                incoming.merge(slug, 1, Integer::sum);
                mine++;
            }
            refs += mine;
            maxRefs = Math.max(maxRefs, mine);
        }
        assertThat(refs / 2_000.0).isBetween(2.5, 3.5);
        assertThat(maxRefs).isBetween(12, PortalGenerator.MAX_REFS);
        // Hubs: 3-9 % of the records point at each.
        for (String hub : List.of("organization-1", "organization-2", "organization-3", "event-1", "event-2", "topic-1")) {
            assertThat(incoming.get(hub)).as(hub).isBetween(55, 185);
        }
        assertThat(files.get("content/speakers/speaker-1.md") + files.get("content/speakers/speaker-2.md")
                + files.values().stream().filter(s -> s.contains("lang: \"ru\"")).findFirst().orElse(""))
                .contains("lang: \"ru\"").contains("lang: \"az\"");
    }

    @Test
    void refusesAPortalThatIsThere(@TempDir Path dir) {
        PortalGenerator.generate(dir, 20, 1, SCHEMA);
        assertThatThrownBy(() -> PortalGenerator.generate(dir, 20, 1, SCHEMA)).hasMessageContaining("not empty");
        assertThatThrownBy(() -> PortalGenerator.generate(dir.resolve("x"), 3, 1, SCHEMA)).hasMessageContaining("at least");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }
}
