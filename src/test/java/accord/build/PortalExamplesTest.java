package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of messages about site.yml and of the files a build writes are the portal's own: a festival's portal
 * has films and venues, and a message that told its editor to write sessions/ named a page it does not have.
 */
class PortalExamplesTest {
    @TempDir
    Path root;

    private static final String FESTIVAL = """
            -- content/schema.yml --
            collections:
              films:
                title: Films à l'affiche
                fields:
                  titre: { type: string, required: true, role: title }
                  anciennes_adresses: { type: list(string), role: redirect_from }
              lieux:
                fields:
                  titre: { type: string, required: true, role: title }
            -- content/films/a.md --
            ---
            titre: A
            anciennes_adresses: [vieux/a]
            ---
            -- content/lieux/b.md --
            ---
            titre: B
            ---
            """;

    private BuildResult build(String siteYml) {
        TestPortal.write(root, FESTIVAL + "-- content/site.yml --\ntitle: Festival\nbase_url: https://accord.test/\nlanguage: fr\n"
                + siteYml);
        return TestPortal.build(root);
    }

    private static java.util.List<String> errors(BuildResult result) {
        return TestPortal.problems(result).stream().filter(p -> p.contains(": error: ")).toList();
    }

    @Test
    void aNavigationLinkToNoPageIsToldOneOfThisPortalsPages() {
        BuildResult result = build("navigation:\n  - { title: Films, href: films/ }\n  - { title: Venues, href: venues/ }\n");
        assertThat(errors(result)).containsExactly("content/site.yml:6:28: error: navigation[1].href: no page"
                + " 'venues/' (write the address of a page of this site, relative to its root, such as films/)");
    }

    @Test
    void aNavigationLinkOffTheSiteIsToldOneOfThisPortalsPages() {
        BuildResult result = build("navigation:\n  - { title: Evil, href: \"javascript:alert(1)\" }\n");
        assertThat(errors(result)).containsExactly("content/site.yml:5:26: error: navigation[0].href:"
                + " 'javascript:alert(1)' is not a page of this site (write a path relative to the site root, such as films/)");
    }

    @Test
    void aFeaturedListWithoutACollectionIsToldOneOfThisPortals() {
        BuildResult result = build("featured:\n  - { collection: films }\n  - { title: Lieux }\n  - films\n");
        assertThat(errors(result)).containsExactly(
                "content/site.yml:6:5: error: featured[1]: each entry needs a collection (write '- { collection: films,"
                        + " title: Films à l'affiche, limit: 5 }')",
                "content/site.yml:7:5: error: featured[2]: each entry needs a collection (write '- { collection: films,"
                        + " title: Films à l'affiche, limit: 5 }')");
    }

    @Test
    void theRedirectsFileNamesThePortalsOwnField() throws Exception {
        BuildResult result = build("");
        assertThat(errors(result)).isEmpty();
        assertThat(Files.readString(root.resolve("site/_redirects"))).isEqualTo("""
                # Made by Accord from the records' anciennes_adresses; each old address also has a page.
                /vieux/a/ /films/a/ 301
                """);
    }

    /** Where site.yml is read without the schema's help (a setting left empty), the example names no collection. */
    @Test
    void settingsLeftEmptyAreToldWhatToWriteInWordsOfAnyPortal() {
        BuildResult result = build("navigation:\nfeatured:\nhighlights:\n");
        assertThat(errors(result)).containsExactly(
                "content/site.yml:4:1: error: navigation: no value (write its entries, such as '- { title: Search, href:"
                        + " search/ }', or delete the line)",
                "content/site.yml:5:1: error: featured: no value (write the home page's lists, such as '- { collection:"
                        + " name, title: Heading, limit: 5 }' with the name of a collection of schema.yml, or delete the line)",
                "content/site.yml:6:1: error: highlights: no value (write the records the home page leads with, such as"
                        + " '- { record: collection/slug, summary: ... }', or delete the line)");
    }

    @Test
    void aHighlightWithoutARecordIsToldHowToWriteOne() {
        BuildResult result = build("highlights:\n  - { summary: Une phrase. }\n");
        assertThat(errors(result)).containsExactly("content/site.yml:5:5: error: highlights[0]: each entry needs a record"
                + " written collection/slug (write '- { record: collection/slug, summary: \"One paragraph about it.\" }',"
                + " with the collection's name and the record's file name without .md)");
    }
}
