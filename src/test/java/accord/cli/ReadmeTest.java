package accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README stays true: its field reference is what {@code accord fields} prints, and every file it names exists. */
class ReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final String BEGIN = "<!-- accord fields: begin -->\n";
    private static final String END = "<!-- accord fields: end -->";

    /** Files README's walkthrough tells the reader to create with {@code accord new}: they are not in the repository. */
    private static final Set<String> MADE_BY_THE_READER = Set.of(
            "content/speakers/aigerim-seitkali.md",
            "content/sessions/carec-side-event-on-water.md",
            "content/sessions/title-of-the-session.md");

    private static String fieldReference() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "fields", "--source", ".")).as(err.toString()).isZero();
        return "```text\n" + out.toString().stripTrailing() + "\n```\n";
    }

    @Test
    void theFieldReferenceIsWhatAccordFieldsPrints() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README has the marker %s", BEGIN.strip()).isGreaterThanOrEqualTo(0);
        assertThat(end).as("README has the marker %s after the first", END).isGreaterThan(begin);
        String expected = fieldReference();
        String actual = readme.substring(begin + BEGIN.length(), end);
        if (!actual.equals(expected) && Boolean.getBoolean("readme.update")) {
            Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + expected + readme.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as("README's field reference is out of date: run this test with -Dreadme.update=true,"
                + " or paste the output of ./accord fields between the markers").isEqualTo(expected);
    }

    @Test
    void everyFileReadmeNamesExists() throws IOException {
        String text = withoutCodeBlocks(Files.readString(README, StandardCharsets.UTF_8));
        List<String> named = new ArrayList<>();
        Matcher code = Pattern.compile("`([^`\\n]+)`").matcher(text);
        while (code.find()) {
            String t = code.group(1).replaceFirst("^\\./", "");
            boolean repoPath = t.matches("(src|content|templates|docs|bench|\\.ci|\\.github)/.*") || t.equals("pom.xml")
                    || t.matches("[A-Za-z_-]+\\.md");
            if (repoPath && !t.matches(".*[<*…{$ ].*")) named.add(t);
        }
        Matcher link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)").matcher(text);
        while (link.find()) {
            if (!link.group(1).matches("[a-z]+:.*")) named.add(link.group(1));
        }
        Matcher doc = Pattern.compile("\\b[A-Z][A-Z_-]+\\.md\\b").matcher(text);
        while (doc.find()) named.add(doc.group());
        Set<String> missing = new TreeSet<>();
        for (String n : named) {
            if (!MADE_BY_THE_READER.contains(n) && !Files.exists(Path.of(n))) missing.add(n);
        }
        assertThat(named).as("the scan found README's paths").contains("docs/trust-model.md", ".github/workflows/publish.yml");
        assertThat(missing).as("files README names that the repository lacks").isEmpty();
    }

    /** The text outside fenced code blocks (examples there show files the reader makes, and output). */
    static String withoutCodeBlocks(String s) {
        return s.replaceAll("(?ms)^```.*?^```[ \\t]*$", "");
    }
}
