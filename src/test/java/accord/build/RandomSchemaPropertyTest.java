package accord.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import accord.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any schema the reader accepts, with any records, either builds or names its problems: random
 * schemas with every type (nested objects, lists of lists), fields named after every role or given
 * random roles (fitting or not), and records with values of the declared shapes and of others.
 * The build must never end in an exception.
 */
class RandomSchemaPropertyTest {
    private static final String[] NAMES = {"title", "aliases", "sources", "caveats", "topics", "disambiguation", "draft",
            "date", "start", "date_basis", "name", "lang", "note", "text", "status", "field", "url", "publisher", "quality",
            "kind", "parts", "when", "place", "score"};
    private static final String[] ROLES = {"title", "aliases", "sources", "caveats", "topics", "disambiguation", "draft",
            "date", "date_basis", "alias_name", "source_title", "caveat_text", "caveat_field", "none"};

    @TempDir
    Path dir;

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 100; s++) seeds.add(s);
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void buildsOrNamesItsProblems(long seed) throws Exception {
        Random r = new Random(seed);
        int collections = 1 + r.nextInt(3);
        StringBuilder files = new StringBuilder("-- content/schema.yml --\ncollections:\n");
        List<List<String[]>> declared = new ArrayList<>();
        for (int c = 0; c < collections; c++) {
            files.append("  c").append(c).append(":\n    fields:\n");
            List<String[]> fields = new ArrayList<>();
            int n = 1 + r.nextInt(7);
            for (int i = 0; i < n; i++) {
                String name = NAMES[r.nextInt(NAMES.length)];
                if (fields.stream().anyMatch(f -> f[0].equals(name))) continue;
                String type = type(r, collections, 0);
                fields.add(new String[] {name, type});
                files.append("      ").append(name).append(": ").append(definition(r, type, 6)).append('\n');
            }
            declared.add(fields);
        }
        files.append("-- content/site.yml --\ntitle: Random\nfeatured:\n  - { collection: c0, limit: 2 }\n");
        for (int c = 0; c < collections; c++) {
            int records = 3;
            for (int k = 0; k < records; k++) {
                files.append("-- content/c").append(c).append("/r").append(k).append(".md --\n---\n");
                for (String[] f : declared.get(c)) {
                    if (r.nextInt(5) == 0) continue;
                    files.append(f[0]).append(": ").append(value(r, f[1], collections, 0)).append('\n');
                }
                files.append("---\nBody of [another](../c0/r0.md).\n");
            }
        }
        TestPortal.write(dir, files.toString());
        BuildResult[] result = new BuildResult[1];
        assertThatCode(() -> result[0] = TestPortal.build(dir)).as(files.toString()).doesNotThrowAnyException();
        for (Problem p : result[0].problems()) {
            assertThat(p.at().file()).as(p.format()).isNotEmpty();
        }
        if (result[0].ok()) assertThat(Files.exists(dir.resolve("site/index.html"))).as(files.toString()).isTrue();
    }

    private static String type(Random r, int collections, int depth) {
        int k = r.nextInt(depth >= 2 ? 9 : 13);
        return switch (k) {
            case 0 -> "string";
            case 1 -> "text";
            case 2 -> "date";
            case 3 -> "datetime";
            case 4 -> "number";
            case 5 -> "url";
            case 6 -> "enum(a|b|true|false)";
            case 7 -> "ref(c" + r.nextInt(collections) + ")";
            case 8 -> "ref(*)";
            case 9, 10 -> "list(" + type(r, collections, depth + 1) + ")";
            default -> "object";
        };
    }

    /** A field definition; an object (also inside lists) gets its own random fields, spelled inline. */
    private static String definition(Random r, String type, int indent) {
        StringBuilder sb = new StringBuilder("{ type: ").append(type);
        if (r.nextInt(14) == 0) sb.append(", role: ").append(ROLES[r.nextInt(ROLES.length)]);
        if (r.nextInt(6) == 0) sb.append(", required: true");
        if (type.endsWith("object") || type.endsWith("object)") || type.endsWith("object))")) {
            sb.append(", fields: { ");
            int n = 1 + r.nextInt(3);
            List<String> used = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = NAMES[r.nextInt(NAMES.length)];
                if (used.contains(name)) continue;
                used.add(name);
                String sub = new String[] {"string", "text", "date", "url", "enum(A|B)", "list(string)"}[r.nextInt(6)];
                if (!used.isEmpty() && used.size() > 1) sb.append(", ");
                sb.append(name).append(": { type: ").append(sub);
                if (r.nextInt(10) == 0) sb.append(", role: ").append(ROLES[r.nextInt(ROLES.length)]);
                sb.append(" }");
            }
            sb.append(" }");
        }
        return sb.append(" }").toString();
    }

    private static String value(Random r, String type, int collections, int depth) {
        if (r.nextInt(40) == 0) return new String[] {"\"\"", "[]", "{}", "[1, [2]]", "{ x: y }", "\"  \"", "~"}[r.nextInt(7)];
        if (type.startsWith("list(")) {
            String inner = type.substring(5, type.length() - 1);
            int n = r.nextInt(3);
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ", ").append(value(r, inner, collections, depth + 1));
            return sb.append("]").toString();
        }
        return switch (type) {
            case "string" -> "\"s " + r.nextInt(100) + "\"";
            case "text" -> "\"*t* " + r.nextInt(100) + "\"";
            case "date" -> "\"2024-0" + (1 + r.nextInt(9)) + "\"";
            case "datetime" -> "\"2024-11-14T10:00:00+04:00\"";
            case "number" -> "\"" + r.nextInt(50) + ".5\"";
            case "url" -> "\"https://example.org/" + r.nextInt(9) + "\"";
            case "enum(a|b|true|false)" -> new String[] {"a", "b", "true", "false"}[r.nextInt(4)];
            case "ref(*)" -> "\"c" + r.nextInt(collections) + "/r" + r.nextInt(3) + "\"";
            case "object" -> "{ title: \"o\", name: \"n\", text: \"x\", url: \"https://example.org/\", lang: ru }";
            default -> type.startsWith("ref(") ? "r" + r.nextInt(3) : "\"?\"";
        };
    }
}
