package accord.content;

import static org.assertj.core.api.Assertions.assertThat;

import accord.problem.Problem;
import accord.problem.Problems;
import accord.problem.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes and random YAML-ish text, read the way a build reads them. Whatever comes in, the
 * outcome is a clean record or at least one error with a file and a line; no exception escapes.
 * The seed is fixed so a failure can be replayed; the case number is in the failure message.
 */
class ContentReaderPropertyTest {
    private static final long SEED = 0x4ACC0D4L;
    private static final int CASES = 300;
    private static final String[] TOKENS = {
        "title", "date", "code", "a", "b", ": ", ":", "- ", "-", "? ", "[", "]", "{", "}", ",", "&x ", "*x", "&y ",
        "*y", "!!str ", "!!binary ", "!!map ", "!!python/object:os.system ", "!foo ", "!<tag:x> ", "|", ">", "|-",
        "\"", "'", "\\", "#", "%YAML 1.1", "%TAG ! tag:x,2000:", "---", "...", "\t", "  ", "    ", "no", "on",
        "0123", "1.10", "12:30", "2024-02-30", "~", "null", "<script>", "\u0000", "\u2028", "\uFEFF", "\r",
        "Mikayıl", "Джаббаров", "\uD83D\uDE00", "=", "+++", "<<: *x", "@", "`", "%", "\u00A0", "x".repeat(50)};

    @TempDir
    Path temp;

    @Test
    void everyRandomFileIsARecordOrAPositionedError() throws Exception {
        Random random = new Random(SEED);
        Path notes = Files.createDirectories(temp.resolve("content/notes"));
        Path file = notes.resolve("case.md");
        ContentReader reader = new ContentReader(temp);
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = switch (i % 3) {
                case 0 -> randomBytes(random);
                case 1 -> ("---\n" + yamlish(random) + "\n---\n" + yamlish(random)).getBytes(StandardCharsets.UTF_8);
                default -> mutate(random, ("---\ntitle: A record\nlist: [a, b]\nmap: {k: v}\n---\nBody *text*.\n")
                        .getBytes(StandardCharsets.UTF_8));
            };
            Files.write(file, bytes);
            Problems problems = new Problems();
            List<SourceDocument> docs;
            try {
                docs = reader.readRecords(problems);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("case " + i + " threw " + e + " for " + printable(bytes), e);
            }
            List<Problem> errors = problems.sorted().stream().filter(p -> p.severity() == Severity.ERROR).toList();
            if (docs.isEmpty()) {
                assertThat(errors).as("case %d: no record, so an error must say why: %s", i, printable(bytes)).isNotEmpty();
            }
            for (Problem p : errors) {
                assertThat(p.at().file()).as("case %d: %s", i, p).isEqualTo("content/notes/case.md");
                assertThat(p.at().line()).as("case %d: %s", i, p).isPositive();
                assertThat(p.message()).as("case %d", i).doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
    }

    @Test
    void randomYamlIsANodeTreeOrAPositionedError() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            String text = yamlish(random);
            Problems problems = new Problems();
            Optional<YamlNode> node;
            try {
                node = YamlReader.read(text, "content/site.yml", 1, problems);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("case " + i + " threw " + e + " for " + printable(text.getBytes(StandardCharsets.UTF_8)), e);
            }
            if (node.isEmpty()) {
                assertThat(problems.hasErrors()).as("case %d: %s", i, text).isTrue();
            }
            for (Problem p : problems.sorted()) {
                assertThat(p.at().line()).as("case %d: %s", i, p).isPositive();
            }
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(300)];
        random.nextBytes(b);
        if (b.length > 4 && random.nextBoolean()) {
            b[0] = '-';
            b[1] = '-';
            b[2] = '-';
            b[3] = '\n';
        }
        return b;
    }

    private static String yamlish(Random random) {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + random.nextInt(12);
        for (int l = 0; l < lines; l++) {
            sb.append(" ".repeat(random.nextInt(3) * 2));
            int tokens = random.nextInt(7);
            for (int t = 0; t < tokens; t++) sb.append(TOKENS[random.nextInt(TOKENS.length)]);
            sb.append('\n');
        }
        if (random.nextInt(20) == 0) sb.append("[".repeat(100 + random.nextInt(2000)));
        return sb.toString();
    }

    private static byte[] mutate(Random random, byte[] seed) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        return b;
    }

    private static String printable(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte x : bytes) {
            int c = x & 0xff;
            sb.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return sb.toString();
    }
}
