package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings the open data reads: site.yml's licence and schema.yml's JSON-LD keys, and their mistakes. */
class OpenDataSettingsTest {
    @TempDir
    Path root;

    private BuildResult build(String changedFiles) {
        TestPortal.write(root, TestPortal.PORTAL + changedFiles);
        return TestPortal.build(root);
    }

    @Test
    void aLicenceMayBeJustANameAndIsWrittenIntoTheDataPackage() throws Exception {
        BuildResult result = build("""
                -- content/site.yml --
                title: Test portal
                base_url: https://accord.test/portal/
                license: CC0-1.0
                """);
        assertThat(TestPortal.problems(result)).isEmpty();
        assertThat(DataCheck.utf8(root.resolve("site/datapackage.json")))
                .contains("\"licenses\": [\n    {\n      \"name\": \"CC0-1.0\"\n    }\n  ]");
        assertThat(DataCheck.utf8(root.resolve("site/data/index.html"))).contains("published under CC0-1.0.");
    }

    @Test
    void withoutALicenceTheDataPageSaysSo() {
        assertThat(TestPortal.problems(build(""))).isEmpty();
        assertThat(DataCheck.utf8(root.resolve("site/datapackage.json"))).doesNotContain("licenses");
        assertThat(DataCheck.utf8(root.resolve("site/data/index.html")))
                .contains("The publisher has not stated a licence for this data.");
    }

    @Test
    void aWrongLicenceNamesItsLine() {
        BuildResult result = build("""
                -- content/site.yml --
                title: Test portal
                base_url: https://accord.test/portal/
                licence:
                  name: CC-BY-4.0
                  link: https://creativecommons.org/licenses/by/4.0/
                  url: "javascript:alert(1)"
                """);
        String how = " (write licence: { name: CC-BY-4.0, title: Creative Commons Attribution 4.0,"
                + " url: https://creativecommons.org/licenses/by/4.0/ })";
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/site.yml:5:3: error: licence.link: unknown key" + how,
                "content/site.yml:6:8: error: licence.url: 'javascript:alert(1)' is not an http(s) address" + how);
        assertThat(result.ok()).isFalse();
    }

    @Test
    void jsonLdKeysMustFitTheirField() {
        BuildResult result = build("""
                -- content/schema.yml --
                common:
                  title: { type: string, required: true, label: Title }
                collections:
                  events:
                    title: Events
                    singular: Event
                    fields:
                      start: { type: date, label: Start, jsonld_inverse: subEvent, role: date }
                      parent: { type: ref(events), label: Part of, jsonld: superEvent, jsonld_inverse: "sub event" }
                      notes: { type: list(string), label: Notes, jsonld_type: Quotation }
                      quotes:
                        type: list(object)
                        jsonld_type: quotation
                        fields:
                          text: { type: string, label: Text }
                """);
        assertThat(TestPortal.problems(result)).contains(
                "content/schema.yml:8:58: error: start: jsonld_inverse belongs to a ref(...) or list(ref(...)) field"
                        + " (remove it, or make the field a reference)",
                "content/schema.yml:9:88: error: parent: jsonld_inverse: 'sub event' is not a schema.org property"
                        + " (write one such as subEvent)",
                "content/schema.yml:10:63: error: notes: jsonld_type belongs to an object or list(object) field"
                        + " (remove it; a collection's type is its own jsonld key)",
                "content/schema.yml:13:22: error: quotes: jsonld_type: 'quotation' is not how schema.org writes it"
                        + " (write jsonld_type: Quotation, in these capitals: search engines take a name only as schema.org"
                        + " spells it)");
    }

    @Test
    void aCollectionMayNotTakeTheWholePortalsFileName() {
        BuildResult result = build("""
                -- content/schema.yml --
                common:
                  title: { type: string, required: true, label: Title }
                collections:
                  portal:
                    title: Portals
                    singular: Portal
                    fields: {}
                """);
        assertThat(TestPortal.problems(result)).contains("content/schema.yml:4:3: error: collection name 'portal' is not"
                + " allowed (use lower-case letters, digits and hyphens, and none of 404, about, assets, changes, data, datapackage,"
                + " feed, index, manifest, portal, robots, search, sitemap, timeline)");
    }
}
