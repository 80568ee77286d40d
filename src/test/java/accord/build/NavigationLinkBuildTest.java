package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A navigation link of site.yml that leads nowhere is on every page: it was reported once per page (179 errors on the
 * real portal, each blaming a record or template, none naming site.yml). It is one error at site.yml's line.
 */
class NavigationLinkBuildTest {
    @TempDir
    Path root;

    private BuildResult buildWithNavigation(String navigation) {
        TestPortal.write(root, TestPortal.PORTAL + """
                -- content/site.yml --
                title: Test portal
                base_url: https://accord.test/portal/
                language: en
                navigation:
                  - { title: Sessions, href: sessions/ }
                """ + navigation);
        return TestPortal.build(root);
    }

    @Test
    void aNavigationLinkToNoPageIsOneErrorAtItsLine() {
        BuildResult result = buildWithNavigation("""
                  - { title: Topics, href: topic/ }
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/site.yml:6:28: error: navigation[1].href: no page 'topic/' (did you mean 'topics/'?)");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void aNavigationLinkToNoIdOfAPageIsOneErrorAtItsLine() {
        BuildResult result = buildWithNavigation("""
                  - { title: Topics, href: "topics/#nothing" }
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/site.yml:6:28: error: navigation[1].href: page 'topics/' has no id 'nothing'"
                        + " (link to an id that page has, or leave out '#nothing')");
    }

    /** The pages' own broken links are still each reported: only the navigation's own target is left out of them. */
    @Test
    void aBrokenLinkOfAPageIsStillReportedBesideTheNavigations() {
        TestPortal.write(root, """
                -- templates/404.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <p><a href="${root}elsewhere/">elsewhere</a></p>
                </@layout.shell>
                """);
        BuildResult result = buildWithNavigation("""
                  - { title: Topics, href: topic/ }
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "404.ftlh: error: page 404.html links to '/portal/elsewhere/', but there is no elsewhere/index.html"
                        + " (fix the link in 404.ftlh)",
                "content/site.yml:6:28: error: navigation[1].href: no page 'topic/' (did you mean 'topics/'?)");
    }
}
