package accord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.Build;
import accord.build.BuildOptions;
import accord.build.BuildResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme on the real portal, read with jsoup: each relation shown once, landmarks with unique
 * names, no editor notes, labels instead of raw values, dates with their basis, and the byte budgets.
 */
class ThemeTest {
    @TempDir
    static Path out;
    static Path site;
    static Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        BuildResult result = new Build(new BuildOptions(repo, out.resolve("site"), false, Optional.empty(), true, 0)).run();
        assertThat(result.ok()).as("build: %s", result.problems()).isTrue();
        site = out.resolve("site");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(f).toString(), Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(pages).hasSizeGreaterThan(40);
    }

    private static Document page(String path) {
        assertThat(pages).containsKey(path);
        return pages.get(path);
    }

    /** The hrefs of record links under each heading of a page, heading by heading (up to the next heading). */
    private static Map<String, List<String>> linksByHeading(Document doc) {
        Map<String, List<String>> byHeading = new HashMap<>();
        String heading = "";
        for (Element e : doc.select("main h1, main h2, main h3, main a[href]")) {
            if (e.tagName().matches("h[123]")) {
                heading = e.tagName() + " " + e.text();
                continue;
            }
            if (e.closest(".body, .caveat, .quote, figure, .figures, .sources, .head-facts, .facts") != null) continue;
            byHeading.computeIfAbsent(heading, k -> new ArrayList<>()).add(e.attr("href"));
        }
        return byHeading;
    }

    @Test
    void noRecordPageListsARecordTwiceUnderOneHeading() {
        pages.forEach((path, doc) -> {
            if (path.split("/").length != 3 || path.startsWith("timeline/")) return; // record pages: collection/slug/index.html
            linksByHeading(doc).forEach((heading, hrefs) -> assertThat(hrefs)
                    .as("links under '%s' on %s", heading, path).doesNotHaveDuplicates());
        });
    }

    @Test
    void eachRelationIsShownOnce() {
        Document session = page("sessions/carec-partnership-high-level-session-cop29/index.html");
        assertThat(session.select("section h2").eachText()).filteredOn("Not to be confused with"::equals).hasSize(1);
        // The declaration names its session in its header; the session's "declarations" field must not come back as a backlink.
        Document declaration = page("declarations/baku-declaration-carec-climate-innovation-trade-2024/index.html");
        assertThat(declaration.select("section h2").eachText()).doesNotContain("Signed or adopted at");
        assertThat(declaration.select("section h2").eachText()).filteredOn("Not to be confused with"::equals).hasSize(1);
        // Jabbarov spoke at, is quoted in and gave figures at one session: it is listed once, naming the other sections.
        Document person = page("speakers/mikayil-jabbarov/index.html");
        List<String> sessionLinks = person.select("main section a[href*=sessions/carec-partnership-high-level]").stream()
                .filter(a -> a.closest(".sources") == null).map(a -> a.attr("href")).toList();
        assertThat(sessionLinks).hasSize(1);
        assertThat(person.select("section:has(h2:contains(Spoke at)) li").text()).contains("also under “Quoted in”, “Figures given”");
        // In Russian and Azerbaijani the joining word is the theme's, not English.
        assertThat(page("ru/speakers/mikayil-jabbarov/index.html").select("main section li .meta").eachText())
                .contains("14 ноября 2024 (самое раннее сообщение); также: «Цитируется в», «Приведённые цифры»");
        assertThat(page("az/speakers/mikayil-jabbarov/index.html").select("main section li .meta").eachText())
                .contains("14 noyabr 2024 (ən erkən xəbər); həmçinin: «Sitat gətirildiyi yer», «Verdiyi rəqəmlər»");
    }

    @Test
    void noTwoLandmarksShareAName() {
        pages.forEach((path, doc) -> {
            Map<String, List<String>> names = new HashMap<>();
            for (Element e : doc.select("header, nav, main, footer, aside, form[role=search], section[aria-labelledby], section[aria-label]")) {
                if (e.tagName().equals("header") || e.tagName().equals("footer")) {
                    if (e.parents().stream().anyMatch(p -> p.tagName().matches("article|section|main"))) continue;
                }
                String role = e.hasAttr("role") ? e.attr("role") : e.tagName();
                String name = e.hasAttr("aria-label") ? e.attr("aria-label")
                        : e.hasAttr("aria-labelledby") ? doc.getElementById(e.attr("aria-labelledby")).text() : "";
                names.computeIfAbsent(role, k -> new ArrayList<>()).add(name);
            }
            names.forEach((role, list) -> assertThat(list).as("names of %s landmarks on %s", role, path).doesNotHaveDuplicates());
        });
    }

    @Test
    void readersSeeNoEditorNotesAndNoRawValues() {
        // The git history (a record's History section, the "What changed" pages) quotes commit subjects and file
        // names as git has them: that is the record's provenance, not an editor's note.
        pages.forEach((path, doc) -> {
            if (path.startsWith("changes/")) return;
            Document shown = doc.clone();
            shown.select("#record-history").remove();
            // An alias's note is shown beside it (an unverified form kept for search says so where the reader meets it).
            assertThat(shown.text()).as(path).doesNotContain("Record file", "content/");
        });
        Document declaration = page("declarations/baku-declaration-carec-climate-innovation-trade-2024/index.html");
        assertThat(declaration.select(".head-facts .fact:has(dt:contains(Status)) dd").text()).isEqualTo("Signed");
        assertThat(declaration.select(".facts .fact:has(dt:contains(Text)) dd").text()).startsWith("Not found in the stored copies searched");
        assertThat(page("plans/index.html").select("td[data-label=Kind]").eachText()).contains("Action plan", "Fund");
    }

    @Test
    void aDateShowsItsBasisWhereverItAppears() {
        String shown = "14 November 2024 (earliest report)";
        Document session = page("sessions/carec-partnership-high-level-session-cop29/index.html");
        assertThat(session.select(".head-facts .fact:has(dt:contains(Date)) dd time").text()).isEqualTo(shown);
        assertThat(session.select(".head-facts .fact:has(dt:contains(Date)) .caveat-label").text()).isEqualTo("Not confirmed:");
        assertThat(session.select(".facts dt").eachText()).doesNotContain("Date basis");
        assertThat(page("sessions/index.html").text()).contains(shown);
        assertThat(page("index.html").text()).contains(shown);
        assertThat(page("timeline/2024/index.html").text()).contains(shown);
        assertThat(page("speakers/mikayil-jabbarov/index.html").select("section:has(h2:contains(Spoke at))").text()).contains(shown);
    }

    @Test
    void theHomePageLeadsToItsSubject() {
        Document home = page("index.html");
        assertThat(home.select(".card h3 a").eachAttr("href")).containsExactly(
                "declarations/baku-declaration-carec-climate-innovation-trade-2024/",
                "sessions/carec-partnership-high-level-session-cop29/");
        assertThat(home.select(".card").first().text()).contains("Its text was not found in the stored copies", "that were searched, and no source names its signatories");
        assertThat(home.select(".site-title").text()).contains("Kept by the Accord editors");
        assertThat(home.select("footer a").eachText()).contains("About this site", "Timeline");
        assertThat(page("about/index.html").select("h2").eachText()).contains("How sources are graded", "What the caveats mean");
    }

    /**
     * The header's search box searches every record, as the search page's own box does, and says so in the same words:
     * on a record's page "Search the record" read as a search of that one record.
     */
    @Test
    void theHeadersSearchBoxSaysItSearchesEveryRecord() {
        for (String path : List.of("index.html", "sessions/carec-partnership-high-level-session-cop29/index.html")) {
            assertThat(page(path).select("form.search label[for=q]").text()).as(path).isEqualTo("Search the records");
        }
        assertThat(page("search/index.html").select("label[for=search-q]").text()).isEqualTo("Search the records");
    }

    @Test
    void notFoundPageWorksAtAnyDepthWithoutItsHost() {
        Document notFound = page("404.html");
        assertThat(notFound.select("link[rel=stylesheet]")).isEmpty();
        assertThat(notFound.select("style").html()).contains("prefers-color-scheme");
        // Only the canonical address names the host; everything the page loads or links to starts from the base path.
        assertThat(notFound.select("a[href]:not([href^=#]), link[href]:not([rel=canonical])").eachAttr("href"))
                .allSatisfy(h -> assertThat(h).startsWith("/carec-cop29/"));
        assertThat(notFound.select("main a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).startsWith("/carec-cop29/"));
    }

    @Test
    void pagesStayLight() throws IOException {
        long css = Files.size(site.resolve("assets/style.css"));
        assertThat(css).as("style.css bytes").isLessThan(30 * 1024);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith("index.html") && site.relativize(p).getNameCount() == 3
                    && !site.relativize(p).startsWith("timeline")).toList()) {
                assertThat(Files.size(f) + css).as("HTML + CSS of %s", site.relativize(f)).isLessThan(60 * 1024);
            }
        }
        assertThat(page("index.html").select("script[src]")).isEmpty();
    }
}
