package accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the stages one-way, as STYLE.md's package table says, without a library: every reference
 * to another {@code accord} package in {@code src/main/java/accord/**} (imports and fully
 * qualified names in code) must be allowed for the package it is in.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/accord");

    /**
     * STYLE.md's table, adjusted to what the code does: render may use accord.content (RecordId) and
     * accord.schema types, since the model is made of them, and so may export, for the same reason; cli may use
     * accord.text for slugs and hints.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("problem", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("content", Set.of("problem", "text")),
            Map.entry("schema", Set.of("problem", "text", "content")),
            Map.entry("config", Set.of("problem", "text", "content")),
            Map.entry("model", Set.of("problem", "text", "content", "schema", "config")),
            Map.entry("markdown", Set.of("problem", "text")),
            // A record's lifecycle (current, superseded, withdrawn), read from the model through the schema's roles.
            Map.entry("lifecycle", Set.of("problem", "content", "schema", "model")),
            // What a JVM that Accord starts as its child needs to end with its parent: used by history and cli.
            Map.entry("process", Set.of()),
            Map.entry("history", Set.of("process")),
            Map.entry("render", Set.of("problem", "text", "config", "model", "markdown", "content", "schema", "history",
                    "lifecycle")),
            Map.entry("check", Set.of("problem", "text", "render")),
            Map.entry("search", Set.of("problem", "text", "model", "check", "content", "schema", "lifecycle")),
            // The calendar leaves out superseded and withdrawn records, as the lists do.
            Map.entry("export", Set.of("problem", "text", "config", "model", "content", "schema", "lifecycle")),
            Map.entry("output", Set.of("problem")),
            // Redirects, the URL manifest and fixity: plan entries made from the model, a sink wrapping the output.
            Map.entry("archive", Set.of("problem", "text", "content", "schema", "config", "model", "render", "output")),
            Map.entry("build", Set.of("problem", "text", "content", "schema", "config", "model", "markdown", "render",
                    "check", "search", "export", "output", "history", "archive", "lifecycle")),
            // The data-quality report reads the model; render only for the addresses of record pages (Routes).
            Map.entry("report", Set.of("problem", "text", "content", "schema", "model", "render")),
            // The offline edition: a sink around the output that rewrites pages and writes the fixity manifest anew.
            Map.entry("portable", Set.of("text", "output", "archive", "check")),
            Map.entry("serve", Set.of("problem", "text", "build", "output", "report")),
            Map.entry("cli", Set.of("problem", "content", "schema", "config", "build", "serve", "text", "report", "archive", "output", "portable", "process")));

    private static final Pattern REFERENCE = Pattern.compile("\\baccord\\.([a-z]+)\\.[A-Za-z*]");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    /** The offending references of one source file of package {@code pkg}, as "file: accord.x.Y". */
    static List<String> violations(String pkg, String file, String source) {
        List<String> found = new ArrayList<>();
        Set<String> allowed = ALLOWED.get(pkg);
        if (allowed == null) {
            found.add(file + ": package accord." + pkg + " is not in the layering table (add it to LayeringTest)");
            return found;
        }
        String code = COMMENTS.matcher(source).replaceAll(" ");
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = REFERENCE.matcher(lines[i]);
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(pkg) && !allowed.contains(target)) {
                    found.add(file + ":" + (i + 1) + ": accord." + pkg + " uses accord." + target
                            + " in: " + lines[i].strip());
                }
            }
        }
        return found;
    }

    @Test
    void everyPackageUsesOnlyTheStagesAboveIt() throws IOException {
        List<String> offending = new ArrayList<>();
        Set<String> packagesSeen = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Path rel = MAIN.relativize(file);
                if (rel.getNameCount() < 2) {
                    offending.add(file + ": classes belong in a stage package, not in accord itself");
                    continue;
                }
                String pkg = rel.getName(0).toString();
                packagesSeen.add(pkg);
                offending.addAll(violations(pkg, file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(packagesSeen).as("the test must actually have read the stages")
                .contains("problem", "text", "content", "schema", "model", "render", "build", "cli");
        assertThat(offending).as("imports that break the one-way layering (STYLE.md)").isEmpty();
    }

    @Test
    void detectsAnImportFromALaterStage() {
        String source = """
                package accord.markdown;

                import accord.problem.Problems;
                import accord.model.Site;
                /** Mentions accord.model.Site only in a comment. */
                final class X {
                    accord.render.Routes r; // accord.build.Build in a comment is fine
                }
                """;
        assertThat(violations("markdown", "X.java", source)).containsExactly(
                "X.java:4: accord.markdown uses accord.model in: import accord.model.Site;",
                "X.java:7: accord.markdown uses accord.render in: accord.render.Routes r;");
    }

    @Test
    void leavesAllowedAndOwnPackagesAlone() {
        String source = "package accord.render;\nimport accord.render.Views.*;\nimport accord.model.Site;\n"
                + "import accord.content.RecordId;\n";
        assertThat(violations("render", "Y.java", source)).isEmpty();
        assertThat(violations("problem", "Z.java", "import accord.text.Slugs;\n"))
                .containsExactly("Z.java:1: accord.problem uses accord.text in: import accord.text.Slugs;");
    }
}
