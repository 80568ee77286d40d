package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collection with no title field builds, its records headed by their file names: the schema's line says so. */
class UntitledCollectionTest {
    @TempDir
    Path root;

    private BuildResult build(String fields) {
        TestPortal.write(root, "-- content/schema.yml --\ncollections:\n  films:\n    fields:\n" + fields
                + "-- content/site.yml --\ntitle: Festival\nbase_url: https://accord.test/\n"
                + "-- content/films/la-strada.md --\n---\nnom: La Strada\n---\n");
        return TestPortal.build(root);
    }

    @Test
    void aCollectionWithoutATitleFieldIsWarnedAtItsLine() throws Exception {
        BuildResult result = build("      nom: { type: string, required: true }\n");
        assertThat(TestPortal.problems(result)).containsExactly("content/schema.yml:2:3: warning: collection 'films' has no"
                + " title field: its records' pages, lists and links will be headed by their file names (give a string"
                + " field role: title, such as nom: { type: string, role: title })");
        assertThat(result.ok()).isTrue();
        assertThat(org.jsoup.Jsoup.parse(root.resolve("site/films/la-strada/index.html").toFile()).select("h1").text())
                .isEqualTo("la-strada");
    }

    @Test
    void aStringFieldWithTheTitleRoleHeadsThePages() throws Exception {
        BuildResult result = build("      nom: { type: string, required: true, role: title }\n");
        assertThat(TestPortal.problems(result)).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(root.resolve("site/films/la-strada/index.html").toFile()).select("h1").text())
                .isEqualTo("La Strada");
    }

    @Test
    void aStringFieldNamedTitleTakesTheRoleByDefault() {
        BuildResult result = build("      title: { type: string }\n      nom: { type: string }\n");
        assertThat(TestPortal.problems(result)).isEmpty();
    }

    @Test
    void withoutAnyStringFieldTheExampleIsAFieldNamedTitle() {
        BuildResult result = build("      nom: { type: text }\n");
        assertThat(TestPortal.problems(result)).containsExactly("content/schema.yml:2:3: warning: collection 'films' has no"
                + " title field: its records' pages, lists and links will be headed by their file names (give a string"
                + " field role: title, such as title: { type: string, role: title })");
    }
}
