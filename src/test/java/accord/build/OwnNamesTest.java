package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collection may not be named like the site's own pages and folders: its list page would be written over them. */
class OwnNamesTest {
    @TempDir
    Path root;

    private static final String ALLOWED = "use lower-case letters, digits and hyphens, and none of 404, about, assets,"
            + " changes, data, datapackage, feed, index, manifest, portal, robots, search, sitemap, timeline";

    /** A portal of one collection, {@code name}, with one dated record. */
    private BuildResult oneCollection(Path dir, String name) {
        TestPortal.write(dir, "-- content/schema.yml --\ncollections: { " + name + ": { fields: { when: { type: date, role: date } } } }\n"
                + "-- content/site.yml --\ntitle: T\nbase_url: https://accord.test/\n"
                + "-- content/" + name + "/a.md --\n---\nwhen: 2024-01-01\n---\nBody.\n");
        return TestPortal.build(dir);
    }

    /**
     * A collection named like one of the theme's page templates (home.ftlh, list.ftlh, meta.ftlh…) had its records
     * rendered with that template, and the build stopped with its errors about a model it was not given. Its records
     * take the theme's record template, as any collection without a template of its own does.
     */
    @Test
    void aCollectionNamedLikeAPageTemplateHasRecordPages() throws IOException {
        for (String name : java.util.List.of("home", "list", "layout", "meta", "missing", "record")) {
            Path dir = root.resolve(name);
            BuildResult result = oneCollection(dir, name);
            // The one problem: the schema gives no title (its warning), no template's error.
            assertThat(TestPortal.problems(result)).as(name).singleElement().asString().contains(": warning: collection '" + name
                    + "' has no title field");
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(dir.resolve("site/" + name + "/a/index.html").toFile());
            assertThat(page.selectFirst("h1").text()).as(name).isEqualTo("a");
            assertThat(page.select("time[datetime=2024-01-01]")).as(name).isNotEmpty();
        }
    }

    @Test
    void aCollectionNamedChangesIsRefusedAtItsLine() {
        BuildResult result = oneCollection(root, "changes");
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/schema.yml:1:16: error: collection name 'changes' is not allowed (" + ALLOWED + ")");
        assertThat(result.ok()).isFalse();
    }

    /**
     * Every name at the top of a built site, but the collections' own folders, is refused to a collection, and a
     * portal of one collection so named stops at the collection's line.
     */
    @Test
    void everyTopLevelNameOfABuiltSiteIsRefused() throws IOException {
        Path full = root.resolve("full");
        TestPortal.write(full, TestPortal.PORTAL + """
                -- content/site.yml --
                title: Test portal
                base_url: https://accord.test/portal/
                language: en
                about: An about page.
                """);
        BuildResult built = TestPortal.build(full);
        assertThat(built.ok()).as(TestPortal.problems(built).toString()).isTrue();
        SortedSet<String> names = new TreeSet<>();
        try (Stream<Path> top = Files.list(full.resolve("site"))) {
            top.map(p -> p.getFileName().toString()).map(n -> n.contains(".") ? n.substring(0, n.indexOf('.')) : n)
                    .filter(accord.text.Slugs::isValid).forEach(names::add);
        }
        names.removeAll(java.util.List.of("events", "sessions", "speakers", "organizations", "topics"));
        assertThat(names).contains("about", "changes", "timeline", "data", "search", "assets", "index", "404");
        for (String name : names) {
            BuildResult result = oneCollection(root.resolve("one-" + name), name);
            assertThat(TestPortal.problems(result)).as(name).containsExactly(
                    "content/schema.yml:1:16: error: collection name '" + name + "' is not allowed (" + ALLOWED + ")");
        }
    }

    /** A collection named like a language of site.yml would write its list over that language's home page. */
    @Test
    void aCollectionNamedLikeAnotherLanguageIsRefusedNamingBothPlaces() {
        TestPortal.write(root, """
                -- content/schema.yml --
                collections:
                  films:
                    fields:
                      titre: { type: string, role: title }
                  de:
                    fields:
                      titre: { type: string, role: title }
                -- content/site.yml --
                title: Festival
                base_url: https://accord.test/
                language: fr
                languages: [fr, de]
                -- content/films/b.md --
                ---
                titre: B
                ---
                -- content/de/a.md --
                ---
                titre: A
                ---
                """);
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result).stream().filter(p -> p.contains("error"))).containsExactly(
                "content/schema.yml:5:3: error: collection name 'de' is one of the portal's languages (content/site.yml:4:"
                        + " languages: fr, de): its list would be written at de/, over the home page in de (rename the"
                        + " collection and its folder content/de/)");
        assertThat(result.ok()).isFalse();
    }

    /** The default language's pages are at the root: a collection may bear its name. */
    @Test
    void aCollectionMayBearTheDefaultLanguagesName() {
        TestPortal.write(root, """
                -- content/schema.yml --
                collections:
                  fr:
                    fields:
                      titre: { type: string, role: title }
                -- content/site.yml --
                title: Festival
                base_url: https://accord.test/
                language: fr
                languages: [fr, de]
                -- content/fr/a.md --
                ---
                titre: A
                ---
                """);
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result).stream().filter(p -> p.contains("error"))).isEmpty();
        assertThat(root.resolve("site/fr/index.html")).isRegularFile();
        assertThat(root.resolve("site/de/index.html")).isRegularFile();
    }
}
