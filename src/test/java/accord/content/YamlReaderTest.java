package accord.content;

import static org.assertj.core.api.Assertions.assertThat;

import accord.problem.Problem;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final Problems problems = new Problems();

    /** Reads {@code yaml} as the front matter of content/x/a.md, starting on line 2. */
    private Optional<YamlNode> read(String yaml) {
        return YamlReader.read(yaml, "content/x/a.md", 2, problems);
    }

    private YamlMap map(String yaml) {
        YamlNode node = read(yaml).orElseThrow(() -> new AssertionError(problems.sorted()));
        assertThat(problems.sorted()).isEmpty();
        return (YamlMap) node;
    }

    private String formatted() {
        return String.join("\n", problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void keepsEveryScalarAsTheTextWritten() {
        YamlMap m = map("a: no\nb: 1.10\nc: 12:30\nd: 2024-11-14\ne: yes\nf: 0x1F\ng: 1e3\nh: ~\n");
        assertThat(m.findText("a")).contains("no");
        assertThat(m.findText("b")).contains("1.10");
        assertThat(m.findText("c")).contains("12:30");
        assertThat(m.findText("d")).contains("2024-11-14");
        assertThat(m.findText("e")).contains("yes");
        assertThat(m.findText("f")).contains("0x1F");
        assertThat(m.findText("g")).contains("1e3");
        assertThat(m.findText("h")).isEmpty();
        assertThat(((YamlScalar) m.find("h").orElseThrow()).isNull()).isTrue();
    }

    @Test
    void quotedNullIsText() {
        YamlMap m = map("a: \"null\"\nb: ''\n");
        assertThat(m.findText("a")).contains("null");
        assertThat(((YamlScalar) m.find("b").orElseThrow()).isNull()).isFalse();
    }

    @Test
    void positionsAreLinesOfTheFile() {
        YamlMap m = map("title: A\nspeakers:\n  - x\n  - y\n");
        assertThat(m.entries().get("title").key().position()).isEqualTo(new SourcePosition("content/x/a.md", 2, 1));
        assertThat(m.find("title").orElseThrow().position()).isEqualTo(new SourcePosition("content/x/a.md", 2, 8));
        YamlList list = (YamlList) m.find("speakers").orElseThrow();
        assertThat(list.items().get(1).position()).isEqualTo(new SourcePosition("content/x/a.md", 5, 5));
    }

    @Test
    void keepsKeysInTheOrderWritten() {
        assertThat(map("z: 1\na: 2\nm: 3\n").entries().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void refusesBinaryTagWithItsPosition() {
        assertThat(read("title: A\ndata: !!binary aGVsbG8=\n").orElseThrow()).isInstanceOf(YamlMap.class);
        assertThat(formatted()).isEqualTo(
                "content/x/a.md:3:7: error: YAML tag '!!binary' is not allowed (remove the tag; values are read as the schema says)");
    }

    @Test
    void refusesJavaTypeTag() {
        read("x: !!javax.script.ScriptEngineManager [a]\n");
        assertThat(formatted()).isEqualTo(
                // SnakeYAML refuses global tags itself; the hint about indentation does not fit here.
                "content/x/a.md:2:4: error: YAML tag '!!javax.script.ScriptEngineManager' is not allowed (remove the tag; values are read as the schema says)");
    }

    @Test
    void refusesAliasOfAMapping() {
        assertThat(read("base: &b {a: 1}\ncopy: *b\n")).isEmpty();
        assertThat(formatted()).isEqualTo(
                "content/x/a.md:3:7: error: YAML: aliases of lists or mappings are not allowed (write the values out)");
    }

    @Test
    void reportsDuplicateKeyWithBothLines() {
        YamlNode node = read("title: A\nother: x\ntitle: B\n").orElseThrow();
        assertThat(((YamlMap) node).findText("title")).contains("A");
        assertThat(formatted()).isEqualTo(
                "content/x/a.md:4:1: error: duplicate key 'title' (first given on line 2; keep one)");
    }

    @Test
    void reportsSyntaxErrorWithPosition() {
        assertThat(read("title: A\n  bad: indent\n")).isEmpty();
        assertThat(formatted()).isEqualTo("content/x/a.md:3:3: error: YAML: this line is indented further than the field above"
                + " it, so it is read as the rest of that field's value (indent it exactly as far as the field above)");
    }

    /** A mistake this reader has no words of its own for keeps SnakeYAML's, at its mark, with the general hint. */
    @Test
    void anUnexplainedSyntaxErrorKeepsTheParsersWords() {
        assertThat(read("a: >-x\n")).isEmpty();
        assertThat(formatted()).startsWith("content/x/a.md:2:6: error: YAML: expected chomping")
                .endsWith("(check the indentation and quoting on this line)");
    }

    @Test
    void emptyYamlIsAnEmptyMapping() {
        YamlNode node = read("").orElseThrow();
        assertThat(node).isInstanceOf(YamlMap.class);
        assertThat(((YamlMap) node).entries()).isEmpty();
    }

    @Test
    void refusesNestingBeyondTheLimit() {
        String deep = "a: " + "[".repeat(YamlReader.MAX_DEPTH + 5) + "]".repeat(YamlReader.MAX_DEPTH + 5) + "\n";
        assertThat(read(deep)).isEmpty();
        assertThat(formatted()).contains("error: YAML: nested more than 40 levels deep (flatten the structure)");
    }
}
