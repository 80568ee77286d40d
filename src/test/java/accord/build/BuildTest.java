package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: {@link TestPortal#PORTAL} built once, the written files read back with jsoup. */
class BuildTest {
    private static final String OWN_TEMPLATES = """
            -- templates/speakers.ftlh --
            <#import "layout.ftlh" as layout>
            <@layout.shell>
            <p id="own-speaker-template">PORTAL-SPEAKER-TEMPLATE ${record.title}</p>
            <@layout.recordEnd record/>
            </@layout.shell>
            -- templates/404.ftlh --
            <#import "layout.ftlh" as layout>
            <@layout.shell>
            <p id="own-404">PORTAL-404-TEMPLATE</p>
            </@layout.shell>
            """;

    @TempDir
    static Path root;
    static BuildResult result;
    static Path site;

    @BeforeAll
    static void buildOnce() {
        TestPortal.write(root, TestPortal.PORTAL + OWN_TEMPLATES);
        result = TestPortal.build(root);
        site = root.resolve("site");
    }

    private static Document page(String path) throws IOException {
        Path file = site.resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The link texts of the list under the backlink heading {@code label}. */
    private static List<String> backlinkTitles(Document doc, String label) {
        Element heading = doc.select("section h2").stream().filter(h -> h.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no backlink heading '" + label + "' in " + doc.title()));
        return heading.parent().select("ul.links > li > a").eachText();
    }

    @Test
    void buildsValidPortalWithoutProblems() {
        assertThat(TestPortal.problems(result)).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    @Test
    void writesCleanUrlsForEveryPublishedRecord() {
        for (String p : List.of("events/cop29", "sessions/alpha-session", "sessions/beta-session", "sessions/gamma-session",
                "speakers/mikayil-jabbarov", "speakers/anna-zeller", "speakers/bob-adams", "organizations/unfccc",
                "organizations/ministry-of-economy", "topics/climate-finance", "topics/trade")) {
            assertThat(site.resolve(p + "/index.html")).as(p).isRegularFile();
            assertThat(site.resolve(p + ".html")).as(p).doesNotExist();
        }
        for (String list : List.of("index.html", "events/index.html", "sessions/index.html", "speakers/index.html",
                "organizations/index.html", "topics/index.html")) {
            assertThat(site.resolve(list)).as(list).isRegularFile();
        }
    }

    @Test
    void writes404SitemapFeedAndRobots() throws IOException {
        assertThat(site.resolve("404.html")).isRegularFile();
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertThat(sitemap).contains("<loc>https://accord.test/portal/sessions/alpha-session/</loc>")
                .contains("<loc>https://accord.test/portal/</loc>")
                .doesNotContain("secret-session");
        String feed = Files.readString(site.resolve("feed.xml"));
        assertThat(feed).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("<id>https://accord.test/portal/sessions/beta-session/</id>")
                .doesNotContain("secret-session");
        assertThat(site.resolve("robots.txt")).isRegularFile();
    }

    @Test
    void sessionPageLinksItsSpeakersAndEvent() throws IOException {
        Document beta = page("sessions/beta-session/index.html");
        assertThat(beta.select("a[href='../../speakers/mikayil-jabbarov/']").eachText()).containsExactly("Mikayil Jabbarov");
        assertThat(beta.select("a[href='../../speakers/anna-zeller/']").eachText()).containsExactly("Anna Zeller");
        assertThat(beta.select("a[href='../../speakers/bob-adams/']").eachText()).containsExactly("Bob Adams");
        assertThat(beta.select("a[href='../../events/cop29/']").eachText()).containsExactly("COP29");
    }

    @Test
    void speakerPageListsSessionsUnderTheFieldsBacklinkLabel() throws IOException {
        Document mikayil = page("speakers/mikayil-jabbarov/index.html");
        // Newest first, as the sessions list is ordered.
        assertThat(backlinkTitles(mikayil, "Spoke at")).containsExactly("Closing plenary", "Opening plenary");
        assertThat(mikayil.select("a[href='../../sessions/beta-session/']")).isNotEmpty();
        assertThat(mikayil.select("a[href='../../sessions/alpha-session/']")).isNotEmpty();

        Document bob = page("speakers/bob-adams/index.html");
        assertThat(backlinkTitles(bob, "Moderated")).containsExactly("Closing plenary");
        // Bob also speaks at the draft session, which is not published.
        assertThat(bob.select("section h2").eachText()).doesNotContain("Spoke at");
    }

    @Test
    void organizationPageListsWhatPointsAtIt() throws IOException {
        assertThat(backlinkTitles(page("organizations/unfccc/index.html"), "Events organized")).containsExactly("COP29");
        assertThat(backlinkTitles(page("organizations/ministry-of-economy/index.html"), "People"))
                .containsExactly("Mikayil Jabbarov");
        assertThat(backlinkTitles(page("events/cop29/index.html"), "Sessions"))
                .containsExactly("Closing plenary", "Opening plenary", "Ministerial dialogue");
    }

    @Test
    void listsSessionsNewestFirst() throws IOException {
        assertThat(page("sessions/index.html").select("main table.records tbody th a").eachText())
                .containsExactly("Closing plenary", "Opening plenary", "Ministerial dialogue");
    }

    @Test
    void listsPeopleBySortName() throws IOException {
        // By sort_name: Adams, Jabbarov, Zeller (by title it would be Anna, Bob, Mikayil).
        assertThat(page("speakers/index.html").select("main table.records tbody th a").eachText())
                .containsExactly("Bob Adams", "Mikayil Jabbarov", "Anna Zeller");
    }

    @Test
    void topicPageListsEverythingTaggedWithIt() throws IOException {
        Document topic = page("topics/climate-finance/index.html");
        assertThat(backlinkTitles(topic, "Tagged with this topic"))
                .containsExactlyInAnyOrder("Opening plenary", "Mikayil Jabbarov", "UNFCCC");
        Document trade = page("topics/trade/index.html");
        assertThat(trade.select("section h2").eachText()).doesNotContain("Tagged with this topic");
    }

    @Test
    void portalTemplateOverridesTheBundledThemeFileByFile() throws IOException {
        Document speaker = page("speakers/anna-zeller/index.html");
        assertThat(speaker.select("#own-speaker-template").text()).isEqualTo("PORTAL-SPEAKER-TEMPLATE Anna Zeller");
        // The override imports the bundled layout, which is still found.
        assertThat(speaker.select("header.site-header")).hasSize(1);
        assertThat(page("404.html").select("#own-404").text()).isEqualTo("PORTAL-404-TEMPLATE");
        // Other collections keep the bundled templates.
        Document session = page("sessions/alpha-session/index.html");
        assertThat(session.select("#own-speaker-template")).isEmpty();
        assertThat(session.select("article h1").text()).isEqualTo("Opening plenary");
        assertThat(page("organizations/unfccc/index.html").select("#own-speaker-template")).isEmpty();
    }

    @Test
    void rewritesRelativeMarkdownLinksToRecordPages() throws IOException {
        Document gamma = page("sessions/gamma-session/index.html");
        Element body = gamma.selectFirst("div.body");
        assertThat(body).isNotNull();
        assertThat(body.select("a").eachAttr("href"))
                .containsExactly("../../sessions/beta-session/", "../../speakers/mikayil-jabbarov/");
        assertThat(gamma.select("a[href$=.md]")).isEmpty();
    }

    @Test
    void copiesTheThemeStylesheet() throws IOException {
        assertThat(site.resolve("assets/style.css")).hasSameBinaryContentAs(Path.of("templates/assets/style.css"));
        assertThat(page("index.html").select("link[rel=stylesheet]").attr("href")).isEqualTo("assets/style.css");
        assertThat(page("sessions/alpha-session/index.html").select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("../../assets/style.css");
    }

    /** Scripts go out without their comments (the theme's and a portal's own), everything else as it is. */
    @Test
    void writesScriptsWithoutTheirComments(@TempDir Path dir) throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        Files.createDirectories(dir.resolve("templates/assets"));
        Files.writeString(dir.resolve("templates/assets/own.js"),
                "/* The portal's own script. */\n'use strict';\nconst home = '//example.org/'; // where it goes\n");
        Files.writeString(dir.resolve("templates/assets/own.css"), "/* kept */\nbody { color: black; }\n");
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Path out = dir.resolve("site/assets");
        assertThat(out.resolve("own.js")).hasContent("'use strict';\nconst home = '//example.org/';\n");
        assertThat(out.resolve("own.css")).hasContent("/* kept */\nbody { color: black; }\n");
        String search = Files.readString(out.resolve("search.js"));
        String source = Files.readString(Path.of("templates/assets/search.js"));
        assertThat(source).contains("/*\n * Accord search.");
        assertThat(search).doesNotContain("Accord search.").startsWith("(function").hasSizeLessThan(source.length() * 4 / 5);
    }

    @Test
    void leavesDraftsOutByDefault() throws IOException {
        assertThat(site.resolve("sessions/secret-session")).doesNotExist();
        assertThat(page("sessions/index.html").text()).doesNotContain("Secret talk");
    }

    @Test
    void publishesDraftsWhenAsked(@TempDir Path dir) throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        BuildResult drafts = TestPortal.build(dir, true);
        assertThat(TestPortal.problems(drafts)).isEmpty();
        Path out = dir.resolve("site");
        assertThat(out.resolve("sessions/secret-session/index.html")).isRegularFile();
        Document list = Jsoup.parse(Files.readString(out.resolve("sessions/index.html")));
        assertThat(list.select("main table.records tbody th a").eachText())
                .containsExactly("Secret talk", "Closing plenary", "Opening plenary", "Ministerial dialogue");
        Document bob = Jsoup.parse(Files.readString(out.resolve("speakers/bob-adams/index.html")));
        assertThat(backlinkTitles(bob, "Spoke at")).containsExactly("Secret talk");
    }

    @Test
    void sameInputGivesByteIdenticalOutput(@TempDir Path a, @TempDir Path b) {
        TestPortal.write(a, TestPortal.PORTAL + OWN_TEMPLATES);
        TestPortal.build(a);
        Map<String, String> first = TestPortal.snapshotText(a.resolve("site"));
        TestPortal.build(a);
        Map<String, String> again = TestPortal.snapshotText(a.resolve("site"));
        TestPortal.write(b, TestPortal.PORTAL + OWN_TEMPLATES);
        TestPortal.build(b);
        Map<String, String> elsewhere = TestPortal.snapshotText(b.resolve("site"));

        assertThat(first).hasSizeGreaterThan(20);
        assertThat(again).isEqualTo(first);
        assertThat(elsewhere).isEqualTo(first);
    }
}
