package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A record whose file exists but cannot be read is one error, at that file: what refers to the record (another
 * record, its translation, a highlight in site.yml, its addresses in content/urls.txt) is not reported as if the
 * record were gone. A record whose file is deleted is gone, and each of those is an error.
 */
class BrokenRecordBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title, translatable: true }
            collections:
              meetings:
                title: Meetings
                singular: Meeting
                fields:
                  date: { type: date, required: true, label: Date }
                  follows: { type: ref(meetings), label: Follows, backlink: Followed by }
            -- content/site.yml --
            title: Fixture
            base_url: https://accord.test/fx/
            languages: [en, ru]
            highlights:
              - { record: meetings/one, summary: "The first meeting." }
            -- content/meetings/one.md --
            ---
            title: "The first meeting"
            date: "2024-11-14"
            ---
            It was held in Baku.
            -- content/meetings/one.ru.md --
            ---
            title: "Первая встреча"
            ---
            Она прошла в Баку.
            -- content/meetings/two.md --
            ---
            title: "The second meeting"
            date: "2024-11-15"
            follows: one
            ---
            After [the first](one.md).
            -- content/urls.txt --
            /
            /meetings/
            /meetings/one/
            /meetings/two/
            /ru/meetings/one/
            /ru/meetings/two/
            """;

    @TempDir
    Path root;

    @Test
    void theFixtureBuildsCleanWithEveryListedAddress() {
        TestPortal.write(root, PORTAL);
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).isEmpty();
        assertThat(root.resolve("site/ru/meetings/one/index.html")).exists();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a field indented too far | ---\\ntitle: "The first meeting"\\n  date: "2024-11-14"\\n---\\n | content/meetings/one.md:3:3: error: YAML: this line's indentation does not match the lines it belongs with (indent it with spaces exactly as far as the other fields or list items at its level)
            an unquoted colon        | ---\\ntitle: Opening: of COP29\\ndate: "2024-11-14"\\n---\\n  | content/meetings/one.md:2:15: error: YAML: a ': ' inside a value that is not in quotes (put the whole value in double quotes)
            no front matter          | It was held in Baku.\\n                                        | content/meetings/one.md:1:1: error: missing front matter (a record starts with a '---' line, its fields, and another '---' line)
            an empty file            | ''                                                            | content/meetings/one.md:1: error: empty file (a record starts with a '---' line, its fields, and another '---' line)
            """)
    void aRecordThatCannotBeReadIsItsOnlyErrorNotItsTranslationsHighlightsOrAddresses(
            String mistake, String text, String expected) throws IOException {
        TestPortal.write(root, PORTAL);
        Files.writeString(root.resolve("content/meetings/one.md"), text.replace("\\n", "\n"));
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).containsExactly(expected);
        assertThat(result.ok()).isFalse();
        assertThat(root.resolve("site")).doesNotExist();
    }

    /**
     * The YAML mistakes editors make, each named at the line and column to fix in the editor's words, with what to
     * do: SnakeYAML's own words ({@code expected <block end>, but found '<scalar>'}) meant nothing to an editor and
     * often pointed at a line below the mistake, such as the line after a quote left open.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a tab                       | ---\\ntitle: "The first meeting"\\n\\tdate: "2024-11-14"\\n---\\n | content/meetings/one.md:3:1: error: YAML: a tab character (YAML indents with spaces only: replace the tab with spaces)
            a field indented too far    | ---\\ntitle: "The first meeting"\\n  date: "2024-11-14"\\n---\\n | content/meetings/one.md:3:3: error: YAML: this line's indentation does not match the lines it belongs with (indent it with spaces exactly as far as the other fields or list items at its level)
            a list item indented less   | ---\\ntitle: "The first meeting"\\nsee:\\n  - one\\n - two\\n---\\n | content/meetings/one.md:5:2: error: YAML: this line's indentation does not match the lines it belongs with (indent it with spaces exactly as far as the other fields or list items at its level)
            a field of an object too far | ---\\ntitle: "The first meeting"\\nsources:\\n  - title: Report\\n     publisher: CAREC\\n---\\n | content/meetings/one.md:5:6: error: YAML: this line is indented further than the field above it, so it is read as the rest of that field's value (indent it exactly as far as the field above)
            a field under a list item   | ---\\ntitle: "The first meeting"\\nsee:\\n  - one\\n    date: "2024-11-14"\\n---\\n | content/meetings/one.md:5:5: error: YAML: this line is indented further than the list item above it, so it is read as the rest of that item (indent it as far as the field the list belongs to)
            an unquoted colon           | ---\\ntitle: Opening: of COP29\\ndate: "2024-11-14"\\n---\\n | content/meetings/one.md:2:15: error: YAML: a ': ' inside a value that is not in quotes (put the whole value in double quotes)
            a name without its colon    | ---\\ntitle "The first meeting"\\ndate: "2024-11-14"\\n---\\n | content/meetings/one.md:2:1: error: YAML: this line has no ':' after its name, so the next line is read as part of it (write 'name: value')
            text after a closing quote  | ---\\ntitle: "The first" meeting\\ndate: "2024-11-14"\\n---\\n | content/meetings/one.md:2:20: error: YAML: text after the closing quote (put the whole value inside the quotes)
            an apostrophe in quotes     | ---\\ntitle: 'Ministers' meeting'\\ndate: "2024-11-14"\\n---\\n | content/meetings/one.md:2:20: error: YAML: text after the closing quote (put the whole value inside the quotes; to write ' inside single quotes, write it twice, or use double quotes)
            a quote left open           | ---\\ntitle: "The first meeting\\ndate: "2024-11-14"\\n---\\n | content/meetings/one.md:2:8: error: YAML: this quote is not closed on its line, so the value runs on to line 3 (end the value with the same quote mark on this line)
            a quote never closed        | ---\\ndate: "2024-11-14"\\ntitle: "The first meeting\\n---\\n | content/meetings/one.md:3:8: error: YAML: this quote is never closed (end the value with the same quote mark on this line)
            a value starting with @     | ---\\ntitle: @carec\\ndate: "2024-11-14"\\n---\\n | content/meetings/one.md:2:8: error: YAML: a value cannot begin with '@' unless it is in quotes (put the whole value in double quotes)
            a bracket left open         | ---\\ntitle: "The first meeting"\\nsee: [one, two\\ndate: "2024-11-14"\\n---\\n | content/meetings/one.md:4:5: error: YAML: the list begun with '[' on line 3 is not closed, or two of its items lack a comma between them (separate them with commas and end it with ']')
            a list item after its name  | ---\\ntitle: "The first meeting"\\nsee: - one\\n---\\n | content/meetings/one.md:3:6: error: YAML: a list item cannot follow a name on its line (start each item on a line of its own, '- ' indented under the name, or write the list in brackets: [a, b])
            a comma after a value       | ---\\ntitle: "The first meeting"\\ndate: "2024-11-14",\\n---\\n | content/meetings/one.md:3:19: error: YAML: a comma after the value (fields are one to a line, with no comma between them: delete this comma)
            a comma between values      | ---\\ntitle: "The first meeting"\\nsee: "one", "two"\\n---\\n | content/meetings/one.md:3:11: error: YAML: a comma after a value in quotes (for several values write a list in brackets, such as ["a", "b"]; for a comma in the value, put it inside the quotes)
            the first field indented    | ---\\n title: "The first meeting"\\ndate: "2024-11-14"\\n---\\n | content/meetings/one.md:2:1: error: YAML: the first line is indented by 1 space and line 3 is not (start every field at the beginning of its line: delete the spaces before this one)
            a bracket closed twice      | ---\\ntitle: "The first meeting"\\nsee: [one, two]]\\n---\\n | content/meetings/one.md:3:16: error: YAML: a ']' that closes no '[' (delete it)
            a list item with no field   | ---\\ntitle: "The first meeting"\\n- one\\n---\\n | content/meetings/one.md:3:1: error: YAML: a list item ('- ') where a field was expected: the field above already has its value (put the item under a field written with no value, 'name:' and below it '  - item', or remove the '- ')
            """)
    void eachYamlMistakeIsNamedAtTheLineToFixWithWhatToDo(String mistake, String text, String expected) throws IOException {
        TestPortal.write(root, PORTAL);
        Files.writeString(root.resolve("content/meetings/one.md"), text.replace("\\n", "\n").replace("\\t", "\t"));
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).containsExactly(expected);
        assertThat(root.resolve("site")).doesNotExist();
    }

    /**
     * Which addresses a broken record would make cannot be known (a year of the timeline it alone fills, its
     * redirects): until it is mended, none listed in urls.txt is said to be gone.
     */
    @Test
    void anAddressOnlyABrokenRecordWouldMakeIsNotSaidToBeGone() throws IOException {
        TestPortal.write(root, PORTAL.replace("date: \"2024-11-14\"", "date: \"2023-11-14\"") + "/timeline/2023/\n");
        assertThat(TestPortal.problems(TestPortal.build(root))).isEmpty();
        Files.writeString(root.resolve("content/meetings/one.md"), "---\ntitle: \"The first meeting\"\n  date: \"2023-11-14\"\n---\n");
        assertThat(TestPortal.problems(TestPortal.build(root))).containsExactly("content/meetings/one.md:3:3: error: YAML: this line's"
                + " indentation does not match the lines it belongs with (indent it with spaces exactly as far as the other"
                + " fields or list items at its level)");
    }

    /** The live preview's session says the same when a save breaks the record, and builds again once it is mended. */
    @Test
    void aSaveThatBreaksARecordIsItsOnlyErrorInALiveSessionToo() throws IOException {
        TestPortal.write(root, PORTAL);
        Path one = root.resolve("content/meetings/one.md");
        String good = Files.readString(one);
        try (BuildSession session = TestPortal.builtSession(root, root.resolve("site"))) {
            Files.writeString(one, good.replace("date: ", "  date: "));
            BuildSession.Update broken = session.update(List.of("content/meetings/one.md"), SiteWriter.inPlace(root.resolve("site")));
            assertThat(TestPortal.problems(broken.result())).containsExactly("content/meetings/one.md:3:3: error: YAML: this line's"
                    + " indentation does not match the lines it belongs with (indent it with spaces exactly as far as the other"
                    + " fields or list items at its level)");
            assertThat(broken.written()).isEmpty();

            Files.writeString(one, good.replace("The first meeting", "The first meeting, mended"));
            BuildSession.Update mended = session.update(List.of("content/meetings/one.md"), SiteWriter.inPlace(root.resolve("site")));
            assertThat(TestPortal.problems(mended.result())).isEmpty();
            assertThat(Files.readString(root.resolve("site/index.html"))).contains("The first meeting, mended");
        }
    }

    @Test
    void aRecordWhoseFileIsDeletedIsGoneForEverythingThatNamesIt() throws IOException {
        TestPortal.write(root, PORTAL);
        Files.delete(root.resolve("content/meetings/one.md"));
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/meetings/one.ru.md: error: translation of a record that does not exist: no content/meetings/one.md"
                        + " (write the record in en first, or fix the file name)",
                "content/meetings/two.md:4:10: error: follows: no meeting 'one' (create content/meetings/one.md, fix the slug, or remove the field)",
                "content/meetings/two.md:6:7: error: broken link 'one.md': no record content/meetings/one.md (fix the path, or create the record)",
                "content/site.yml:5:15: error: highlights: no record 'meetings/one' (write collection/slug of a record in"
                        + " content/, such as meetings/ followed by the name of one of its files without .md)",
                "content/urls.txt:3:1: error: /meetings/one/ was published and this build no longer makes it (keep the"
                        + " address: add it to the redirect_from of the record that replaced it, or a line 'gone /meetings/one/"
                        + " <date> <why>' here for a page saying it was removed; or, if it should go, run 'accord urls --update')",
                "content/urls.txt:5:1: error: /ru/meetings/one/ was published and this build no longer makes it (keep the"
                        + " address: add it to the redirect_from of the record that replaced it, or a line 'gone /ru/meetings/one/"
                        + " <date> <why>' here for a page saying it was removed; or, if it should go, run 'accord urls --update')");
        assertThat(root.resolve("site")).doesNotExist();
    }
}
