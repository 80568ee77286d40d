package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yml's settings written with no value: each an error at its line saying what to write, never a silent default. */
class SiteSettingsBuildTest {
    @TempDir
    Path root;

    private BuildResult buildWithSite(String siteYml) {
        TestPortal.write(root, TestPortal.PORTAL + "-- content/site.yml --\n" + siteYml);
        return TestPortal.build(root);
    }

    @Test
    void aTitleWrittenNullIsAnErrorNotTheDefaultTitle() {
        BuildResult result = buildWithSite("""
                title: null
                base_url: https://accord.test/portal/
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/site.yml:1:8: error: title: unquoted null is YAML for no value (replace it with the portal's title,"
                        + " or delete the line for the default title, Accord portal)");
        assertThat(result.ok()).isFalse();
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void everySettingWrittenWithoutAValueIsAnErrorAtItsLine() {
        BuildResult result = buildWithSite("""
                title:
                description: ~
                base_url: ""
                language: "  "
                publisher:
                page_size: ~
                keep:
                licence: { name: CC-BY-4.0, url: ~ }
                featured:
                  - { collection: sessions, limit: }
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/site.yml:1:1: error: title: no value (write the portal's title, or delete the line for the default"
                        + " title, Accord portal)",
                "content/site.yml:2:14: error: description: unquoted ~ is YAML for no value (replace it with a sentence about the"
                        + " portal, or delete the line)",
                "content/site.yml:3:1: error: base_url: empty value (write the address the site is published at, or delete the"
                        + " line for the default, /)",
                "content/site.yml:4:1: error: language: empty value (write a language code such as en, or delete the line for"
                        + " the default, en)",
                "content/site.yml:5:1: error: publisher: no value (write who keeps the record, or delete the line)",
                "content/site.yml:6:12: error: page_size: unquoted ~ is YAML for no value (replace it with how many records a list"
                        + " page holds, such as 50, or delete the line for the default, 100)",
                "content/site.yml:7:1: error: keep: no value (write the names of files to leave alone, such as [CNAME], or"
                        + " delete the line)",
                "content/site.yml:8:34: error: licence.url: unquoted ~ is YAML for no value (replace it with the address of the"
                        + " licence's text, or leave it out)",
                "content/site.yml:10:29: error: featured[0].limit: no value (write how many records the list shows, such as 5,"
                        + " or leave it out to show them all)");
    }
}
