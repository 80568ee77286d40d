package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's lifecycle through whole builds of {@link TestPortal#PORTAL} with the lifecycle's four fields: a
 * superseded record and a withdrawn one keep their pages with a notice, leave the list pages, the home page's lists
 * and (withdrawn only) the timeline, stay reachable from their collection's first list page, and are marked where
 * other records link them; and the checks of replacements, word for word.
 */
public class LifecycleBuildTest {
    public static final String LIFECYCLE_FIELDS = """
              lifecycle: { type: enum(current|superseded|withdrawn), label: Lifecycle, shown: false, labels: { superseded: Superseded, withdrawn: Withdrawn } }
              superseded_by: { type: ref(*), role: replaced_by, label: Superseded by, shown: false }
              lifecycle_reason: { type: string, label: Reason, shown: false }
              lifecycle_date: { type: date, label: Since, shown: false }
            """;

    /** The test portal with the lifecycle fields shared by every collection, and featured sessions on the home page. */
    public static final String PORTAL = TestPortal.PORTAL.replace("common:\n", "common:\n" + LIFECYCLE_FIELDS)
            .replace("language: en\n", "language: en\nfeatured:\n  - collection: sessions\n");

    /** The ministerial dialogue superseded by the closing plenary; the opening plenary withdrawn. */
    public static final String RETIRED = """
            -- content/sessions/gamma-session.md --
            ---
            title: Ministerial dialogue
            date: 2024-11-10
            event: cop29
            lifecycle: superseded
            superseded_by: sessions/beta-session
            lifecycle_date: 2024-12-02
            lifecycle_reason: The dialogue was folded into the closing plenary's record.
            ---
            See [the closing plenary](beta-session.md).
            -- content/sessions/alpha-session.md --
            ---
            title: Opening plenary
            date: 2024-11-12
            event: cop29
            speakers: [mikayil-jabbarov]
            topics: [climate-finance]
            lifecycle: withdrawn
            lifecycle_reason: No source confirms that this plenary took place.
            ---
            The opening.
            """;

    @TempDir
    Path dir;

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void aSupersededRecordKeepsItsPageWithANoticeAndALinkToItsReplacement() throws IOException {
        TestPortal.write(dir, PORTAL + RETIRED);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document gamma = page("sessions/gamma-session/index.html");
        assertThat(gamma.select(".lifecycle-notice p").first().text()).isEqualTo(
                "Superseded by Closing plenary on 2 December 2024: The dialogue was folded into the closing plenary's record.");
        assertThat(gamma.select(".lifecycle-notice a").attr("href")).isEqualTo("../../sessions/beta-session/");
        assertThat(gamma.select(".lifecycle-notice time").attr("datetime")).isEqualTo("2024-12-02");
        assertThat(gamma.select(".lifecycle-notice").attr("role")).isEqualTo("note");
        // The notice comes before the record's own heading, and the page is otherwise whole.
        assertThat(gamma.select("main > *").first().hasClass("lifecycle-notice")).isTrue();
        assertThat(gamma.select("h1").text()).isEqualTo("Ministerial dialogue");
        assertThat(gamma.select(".body").text()).isEqualTo("See the closing plenary.");
        // The replacement's page is current: no notice.
        assertThat(page("sessions/beta-session/index.html").select(".lifecycle-notice")).isEmpty();
    }

    @Test
    void aWithdrawnRecordSaysWhy() throws IOException {
        TestPortal.write(dir, PORTAL + RETIRED);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document alpha = page("sessions/alpha-session/index.html");
        assertThat(alpha.select(".lifecycle-notice p").first().text())
                .isEqualTo("Withdrawn: No source confirms that this plenary took place.");
        assertThat(alpha.select(".lifecycle-notice a")).isEmpty();
        assertThat(alpha.select(".lifecycle-notice").hasClass("lifecycle-withdrawn")).isTrue();
    }

    @Test
    void retiredRecordsLeaveTheListsButStayReachableFromTheFirstListPage() throws IOException {
        TestPortal.write(dir, PORTAL + RETIRED);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document list = page("sessions/index.html");
        assertThat(list.select("table.records tbody th a").eachText()).containsExactly("Closing plenary");
        assertThat(list.select("section.retired h2").text()).isEqualTo("Superseded and withdrawn");
        assertThat(list.select("section.retired li").eachText()).containsExactly(
                "Opening plenary 12 November 2024 · Withdrawn", "Ministerial dialogue 10 November 2024 · Superseded");
        assertThat(list.select("section.retired a").eachAttr("href"))
                .containsExactly("../sessions/alpha-session/", "../sessions/gamma-session/");

        Document home = page("index.html");
        assertThat(home.select("section[aria-labelledby=featured-sessions] a").eachText()).containsExactly("Closing plenary");
        assertThat(home.select("section[aria-labelledby=latest-heading] a").eachText())
                .containsExactly("Closing plenary", "COP29", "Ministerial dialogue", "The whole timeline");

        // The timeline keeps the superseded dialogue (it took place), not the withdrawn plenary.
        Document year = page("timeline/2024/index.html");
        assertThat(year.select("main").text()).contains("Ministerial dialogue").doesNotContain("Opening plenary");

        // Where another record links a retired one, the link says so; nothing is left out.
        Document topic = page("topics/climate-finance/index.html");
        assertThat(topic.select("main li").eachText()).contains("Opening plenary 12 November 2024 · Withdrawn");
        Document minister = page("speakers/mikayil-jabbarov/index.html");
        assertThat(minister.select("main li").eachText()).contains("Opening plenary Session 12 November 2024 · Withdrawn");
    }

    /**
     * In serve, withdrawing a record changes the search page's count of retired records (which search.js ranks last),
     * as a fresh build makes it: before, the page depended only on which records there are, and kept the old count.
     */
    @Test
    void withdrawingARecordInServeUpdatesTheSearchPagesRetiredCount() throws IOException {
        TestPortal.write(dir, PORTAL);
        Path live = dir.resolve("live");
        try (BuildSession session = new BuildSession(new BuildOptions(dir, live, false, java.util.Optional.empty(), true))) {
            assertThat(session.build(accord.output.SiteWriter.stage(live)).result().ok()).isTrue();
            assertThat(Jsoup.parse(live.resolve("search/index.html").toFile(), "UTF-8").select("script[data-retired]")
                    .attr("data-retired")).isEqualTo("0");
            TestPortal.write(dir, gamma("lifecycle: withdrawn\nlifecycle_reason: A duplicate."));
            BuildSession.Update u = session.update(List.of("content/sessions/gamma-session.md"), accord.output.SiteWriter.inPlace(live));
            assertThat(u.result().ok()).isTrue();
            assertThat(u.written()).contains("search/index.html");
            assertThat(Jsoup.parse(live.resolve("search/index.html").toFile(), "UTF-8").select("script[data-retired]")
                    .attr("data-retired")).isEqualTo("1");
        }
    }

    private java.util.List<String> problemsOf(String files) {
        TestPortal.write(dir, PORTAL + files);
        return TestPortal.problems(TestPortal.build(dir));
    }

    private static String gamma(String lifecycle) {
        return """
                -- content/sessions/gamma-session.md --
                ---
                title: Ministerial dialogue
                date: 2024-11-10
                event: cop29
                %s
                ---
                """.formatted(lifecycle);
    }

    @Test
    void aSupersededRecordWithoutReplacementIsAnErrorAtItsLine() {
        assertThat(problemsOf(gamma("lifecycle: superseded"))).containsExactly(
                "content/sessions/gamma-session.md:5:12: error: lifecycle: a superseded record needs superseded_by, the record"
                        + " that replaced it (add it; or, if nothing replaced it, write 'withdrawn' and say why)");
        assertThat(Files.exists(dir.resolve("site"))).isFalse();
    }

    @Test
    void aWithdrawnRecordWithoutReasonIsAnError() {
        assertThat(problemsOf(gamma("lifecycle: withdrawn"))).containsExactly(
                "content/sessions/gamma-session.md:5:12: error: lifecycle: a withdrawn record needs lifecycle_reason, saying why"
                        + " readers should no longer rely on it (add it)");
    }

    @Test
    void aReplacementOnACurrentRecordIsAnError() {
        assertThat(problemsOf(gamma("superseded_by: sessions/beta-session"))).containsExactly(
                "content/sessions/gamma-session.md:5:16: error: superseded_by: only a superseded record names the record that"
                        + " replaced it (write lifecycle: superseded, or remove superseded_by)");
    }

    @Test
    void aReasonOrDateOnACurrentRecordIsAnErrorAtItsLine() {
        // Before: the page of a current record showed neither (only the JSON export did), and nothing said so.
        assertThat(problemsOf(gamma("lifecycle_reason: Folded into the closing plenary.\nlifecycle_date: 2024-12-02"))).containsExactly(
                "content/sessions/gamma-session.md:5:19: error: lifecycle_reason: only a superseded or withdrawn record says why,"
                        + " and a current record's page would not show it (write lifecycle: superseded or withdrawn, or remove"
                        + " lifecycle_reason)",
                "content/sessions/gamma-session.md:6:17: error: lifecycle_date: only a superseded or withdrawn record says since"
                        + " when, and a current record's page would not show it (write lifecycle: superseded or withdrawn, or"
                        + " remove lifecycle_date)");
        assertThat(problemsOf(gamma("lifecycle: current\nlifecycle_date: 2024-12-02"))).containsExactly(
                "content/sessions/gamma-session.md:6:17: error: lifecycle_date: only a superseded or withdrawn record says since"
                        + " when, and a current record's page would not show it (write lifecycle: superseded or withdrawn, or"
                        + " remove lifecycle_date)");
    }

    /** A retirement dated after today: the page would say it has happened. A date of this year's month stays possible. */
    @Test
    void aRetirementDatedLaterThanTodayIsAnError() {
        int next = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1;
        assertThat(problemsOf(gamma("lifecycle: withdrawn\nlifecycle_reason: A duplicate.\nlifecycle_date: " + next + "-05-01")))
                .containsExactly("content/sessions/gamma-session.md:7:17: error: lifecycle_date: 1 May " + next
                        + " is later than today (write the day the record was withdrawn)");
        assertThat(problemsOf(gamma("lifecycle: withdrawn\nlifecycle_reason: A duplicate.\nlifecycle_date: " + next)))
                .containsExactly("content/sessions/gamma-session.md:7:17: error: lifecycle_date: " + next
                        + " is later than today (write the day the record was withdrawn)");
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        assertThat(problemsOf(gamma("lifecycle: withdrawn\nlifecycle_reason: A duplicate.\nlifecycle_date: " + month))).isEmpty();
    }

    @Test
    void aMissingReplacementIsReportedWithTheNearestSlug() {
        assertThat(problemsOf(gamma("lifecycle: superseded\nsuperseded_by: sessions/beta-sesion"))).containsExactly(
                "content/sessions/gamma-session.md:6:16: error: superseded_by: no session 'sessions/beta-sesion' (did you mean 'sessions/beta-session'?)");
    }

    @Test
    void aRecordReplacedByItselfOrInACircleIsAnError() {
        assertThat(problemsOf(gamma("lifecycle: superseded\nsuperseded_by: sessions/gamma-session"))).containsExactly(
                "content/sessions/gamma-session.md:6:16: error: superseded_by: 'sessions/gamma-session' is this record itself"
                        + " (name the record that replaced it)");
        assertThat(problemsOf(gamma("lifecycle: superseded\nsuperseded_by: sessions/beta-session") + """
                -- content/sessions/beta-session.md --
                ---
                title: Closing plenary
                date: 2024-11-24
                event: cop29
                lifecycle: superseded
                superseded_by: sessions/gamma-session
                ---
                """)).containsExactly(
                "content/sessions/beta-session.md:6:16: error: superseded_by: the replacements go round in a circle,"
                        + " sessions/beta-session → sessions/gamma-session → sessions/beta-session (end the chain at a current"
                        + " record: make one of them current, or point it at the record that replaced them all)");
    }

    @Test
    void aChainOfReplacementsLinksTheCurrentVersionAndAWithdrawnReplacementWarns() throws IOException {
        List<String> problems = problemsOf(gamma("lifecycle: superseded\nsuperseded_by: sessions/beta-session") + """
                -- content/sessions/beta-session.md --
                ---
                title: Closing plenary
                date: 2024-11-24
                event: cop29
                lifecycle: superseded
                superseded_by: sessions/alpha-session
                ---
                """);
        assertThat(problems).isEmpty();
        Document gamma = page("sessions/gamma-session/index.html");
        assertThat(gamma.select(".lifecycle-notice p").eachText()).startsWith("Superseded by Closing plenary.",
                "The current version is Opening plenary.");
        assertThat(gamma.select(".lifecycle-notice a").eachAttr("href"))
                .containsExactly("../../sessions/beta-session/", "../../sessions/alpha-session/");

        assertThat(problemsOf(gamma("lifecycle: superseded\nsuperseded_by: sessions/alpha-session") + RETIRED.substring(
                RETIRED.indexOf("-- content/sessions/alpha-session.md --")))).containsExactly(
                "content/sessions/gamma-session.md:6:16: warning: superseded_by: 'sessions/alpha-session' is withdrawn, so readers"
                        + " who follow this record's notice find no current version (name the record that replaced both, if there is one)");
    }

    @Test
    void theSchemaChecksTheLifecycleRolesAtTheirLines() {
        TestPortal.write(dir, TestPortal.PORTAL.replace("common:\n", "common:\n"
                + "  lifecycle: { type: enum(current|superseded), label: Lifecycle }\n"
                + "  lifecycle_date: { type: string, role: lifecycle_date }\n"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).containsExactly(
                "content/schema.yml:2:3: error: lifecycle: a record that can be 'superseded' needs a field with role 'replaced_by'"
                        + " for the record that replaced it (add one, such as superseded_by: { type: ref(*), role: replaced_by })",
                "content/schema.yml:3:41: error: lifecycle_date: role 'lifecycle_date' needs a date field, not string (change the"
                        + " field's type, or remove the role)");
        TestPortal.write(dir, TestPortal.PORTAL.replace("common:\n", "common:\n"
                + "  superseded_by: { type: ref(*), role: replaced_by }\n"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).containsExactly(
                "content/schema.yml:2:3: error: superseded_by: role 'replaced_by' needs a field with role 'lifecycle' in the same"
                        + " collection (add one, such as lifecycle: { type: enum(current|superseded|withdrawn) }, or remove the role)");
    }

    @Test
    void searchStillFindsRetiredRecordsButRanksThemLast() throws IOException {
        TestPortal.write(dir, PORTAL + RETIRED);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        SearchBuildTest.Index index = SearchBuildTest.Index.read(dir.resolve("site"));
        assertThat(index.find("plenary")).containsExactlyInAnyOrder("Opening plenary", "Closing plenary", "Ministerial dialogue");
        // The same word in the same place: the withdrawn plenary scores lower than the current one.
        assertThat(index.score("plenary", "Opening plenary")).isLessThan(index.score("plenary", "Closing plenary"));
        // The facet search.js reads to put them after every current record, announced by the manifest.
        assertThat(index.facet("f/s/retired")).containsExactlyInAnyOrder("Opening plenary", "Ministerial dialogue");
        assertThat(index.files.get("manifest")).endsWith(",\"retired\":2}");

        // A portal with no retired record has no such file, and its manifest does not mention it.
        TestPortal.write(dir, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        SearchBuildTest.Index plain = SearchBuildTest.Index.read(dir.resolve("site"));
        assertThat(plain.files).doesNotContainKey("f/s/retired");
        assertThat(plain.files.get("manifest")).doesNotContain("retired");
    }

    @Test
    void whatChangedShowsRecordsSupersededAndWithdrawnNewestFirst() throws IOException {
        GitRepo repo = GitRepo.init(dir).write(PORTAL);
        String first = repo.commit("Aida", "2024-11-25T10:00:00+04:00", "The first records");
        repo.write(RETIRED.substring(0, RETIRED.indexOf("-- content/sessions/alpha-session.md --")));
        String superseded = repo.commit("Bekzod", "2024-12-02T09:00:00+04:00", "Fold the dialogue into the closing plenary");
        repo.write(RETIRED.substring(RETIRED.indexOf("-- content/sessions/alpha-session.md --")));
        String withdrawn = repo.commit("Chen", "2024-12-03T09:00:00+04:00", "Withdraw the opening plenary: <b>no source</b>");
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();

        Document changes = page("changes/index.html");
        List<String> rows = changes.select("table.changes tbody tr").eachText();
        assertThat(rows.get(0)).isEqualTo("3 Dec 2024 Opening plenary Session Withdrawn (No source confirms that this plenary took"
                + " place.): Withdraw the opening plenary: <b>no source</b> (commit " + withdrawn.substring(0, 10) + ") Chen");
        assertThat(rows.get(1)).isEqualTo("2 Dec 2024 Ministerial dialogue Session Superseded (by Closing plenary): Fold the"
                + " dialogue into the closing plenary (commit " + superseded.substring(0, 10) + ") Bekzod");
        assertThat(changes.select("table.changes b")).isEmpty();
        // The commit that superseded a record is not listed a second time as an amendment; the first one still added it.
        assertThat(rows).filteredOn(r -> r.contains(superseded.substring(0, 10))).hasSize(1);
        assertThat(rows).filteredOn(r -> r.startsWith("25 Nov 2024 Ministerial dialogue Session Added")).hasSize(1);
        assertThat(changes.select("table.changes a").first().attr("href"))
                .isEqualTo("../sessions/alpha-session/#change-" + withdrawn.substring(0, 10));

        String feed = Files.readString(dir.resolve("site/changes.xml"), StandardCharsets.UTF_8);
        assertThat(feed).contains("<title>Withdrawn (No source confirms that this plenary took place.): Opening plenary</title>",
                "<title>Superseded (by Closing plenary): Ministerial dialogue</title>");
        assertThat(feed.indexOf("Withdrawn (")).isLessThan(feed.indexOf("Superseded ("));
        assertThat(first).isNotEmpty();

        // An edit not yet committed may postdate the newest commit: the log then says nothing of the lifecycle.
        repo.write(RETIRED.substring(RETIRED.indexOf("-- content/sessions/alpha-session.md --")).replace("The opening.", "Opening."));
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        assertThat(page("changes/index.html").select("table.changes tbody tr").eachText())
                .noneMatch(r -> r.contains("Withdrawn")).anyMatch(r -> r.contains("Superseded"));
    }

    private static String[] run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = accord.cli.Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    /** The portal with its URL manifest written, then the Trade topic deleted from content/. */
    private void publishedThenTradeDeleted() throws IOException {
        TestPortal.write(dir, PORTAL);
        assertThat(run("urls", "--update", "--source", dir.toString())[0]).isEqualTo("0");
        Files.delete(dir.resolve("content/topics/trade.md"));
    }

    private void addToManifest(String line) throws IOException {
        Files.writeString(dir.resolve("content/urls.txt"), line + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void aDeletedRecordGetsATombstoneWhenTheManifestAsksForOne() throws IOException {
        publishedThenTradeDeleted();
        List<String> problems = TestPortal.problems(TestPortal.build(dir));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).endsWith("error: /topics/trade/ was published and this build no longer makes it (keep the"
                + " address: add it to the redirect_from of the record that replaced it, or a line 'gone /topics/trade/ <date>"
                + " <why>' here for a page saying it was removed; or, if it should go, run 'accord urls --update')");

        addToManifest("gone /topics/trade/ 2026-11-30 merged into /topics/climate-finance/, which covers it.");
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document gone = page("topics/trade/index.html");
        assertThat(gone.select("h1").text()).isEqualTo("This page was removed");
        assertThat(gone.select("[role=note] p").text()).isEqualTo("The page at /topics/trade/ was removed on 30 November 2026"
                + " because: merged into Climate finance, which covers it.");
        assertThat(gone.select("[role=note] a").attr("href")).isEqualTo("../../topics/climate-finance/");
        assertThat(gone.select("time").attr("datetime")).isEqualTo("2026-11-30");
        assertThat(gone.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(gone.select("html").attr("lang")).isEqualTo("en");
        // Not a page to index, nor a move: left out of the sitemap and of _redirects.
        assertThat(Files.readString(dir.resolve("site/sitemap.xml"))).doesNotContain("topics/trade/");
        assertThat(Files.exists(dir.resolve("site/_redirects"))
                ? Files.readString(dir.resolve("site/_redirects")) : "").doesNotContain("trade");

        // accord urls --update keeps the tombstone, and the address stays guarded.
        assertThat(run("urls", "--update", "--source", dir.toString())[0]).isEqualTo("0");
        String manifest = Files.readString(dir.resolve("content/urls.txt"));
        assertThat(manifest).contains("\n/topics/trade/\n").endsWith("gone /topics/trade/ 2026-11-30 merged into"
                + " /topics/climate-finance/, which covers it.\n");
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
    }

    @Test
    void aTombstoneLineIsCheckedAtItsLine() throws IOException {
        publishedThenTradeDeleted();
        int last = Files.readAllLines(dir.resolve("content/urls.txt")).size();
        addToManifest("gone /topics/trade/ 30.11.2026 merged");
        addToManifest("gone /topics/climate-finance/ 2026-11-30 merged");
        addToManifest("gone /topics/trade/");
        addToManifest("gone /../etc/ 2026-11-30 no");
        addToManifest("gone /topics/x/ 2026-11-30 merged into /topics/nowhere/.");
        addToManifest("gone /topics/y/ 2999-05-05 merged");
        addToManifest("gone topics/z/ 2026-11-30 merged");
        addToManifest("topics/trade/");
        List<String> problems = TestPortal.problems(TestPortal.build(dir));
        assertThat(problems).containsExactly(
                // The address is still listed and no valid line keeps it.
                "content/urls.txt:" + problemsLine(dir, "/topics/trade/") + ":1: error: /topics/trade/ was published and this build"
                        + " no longer makes it (keep the address: add it to the redirect_from of the record that replaced it, or"
                        + " a line 'gone /topics/trade/ <date> <why>' here for a page saying it was removed; or, if it should go,"
                        + " run 'accord urls --update')",
                "content/urls.txt:" + (last + 1) + ":1: error: gone /topics/trade/: '30.11.2026' is not a date (write the day it"
                        + " was removed as YYYY-MM-DD)",
                "content/urls.txt:" + (last + 2) + ":1: error: gone /topics/climate-finance/: the site still makes this page, so"
                        + " it needs no tombstone (remove this line)",
                "content/urls.txt:" + (last + 3) + ":1: error: a tombstone line is 'gone', the address, the date it was removed"
                        + " and why (write it as: gone /events/x/ 2026-11-30 merged into /events/y/)",
                "content/urls.txt:" + (last + 4) + ":1: error: gone: '/../etc/' has a '..' segment; a redirect path is written"
                        + " from the site's root (write it in full, such as /events/old-slug/)",
                "content/urls.txt:" + (last + 5) + ":1: error: gone /topics/x/: /topics/nowhere/ in the reason is not a page of"
                        + " this site (write the address of a page it publishes, such as /events/y/, or leave the address out)",
                // A removal not yet happened: its date would lead the change feed for years.
                "content/urls.txt:" + (last + 6) + ":1: error: gone /topics/y/: 2999-05-05 is later than today (write the day the"
                        + " page was removed)",
                // Each example address is of the portal's own first collection, not of the default portal's sessions.
                "content/urls.txt:" + (last + 7) + ":1: error: gone topics/z/: the address must be a path of the site from its"
                        + " root, such as /events/x/",
                "content/urls.txt:" + (last + 8) + ":1: error: 'topics/trade/' is not a path of the site such as /events/x/ (fix"
                        + " the line, or rewrite the file with 'accord urls --update')");
    }

    private static int problemsLine(Path dir, String address) throws IOException {
        return Files.readAllLines(dir.resolve("content/urls.txt")).indexOf(address) + 1;
    }
}
