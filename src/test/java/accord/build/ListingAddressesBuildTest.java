package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.output.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The URL manifest and the pages Accord generates from the records, which come and go with them: a year of the timeline,
 * the timeline itself, a list's later pages. A routine change of the records (one withdrawn, one deleted with its
 * tombstone) never fails the build: the address the manifest lists leads on to the page that took its place.
 */
class ListingAddressesBuildTest {
    /** The lifecycle portal in English and Russian, two records a list page, and the only event of 2015. */
    static final String PORTAL = LifecycleBuildTest.PORTAL.replace("language: en\n", "language: en\nlanguages: [en, ru]\npage_size: 2\n")
            + cop21("");

    @TempDir
    Path dir;

    private static String cop21(String more) {
        return """
                -- content/events/cop21.md --
                ---
                title: COP21
                start: 2015-11-30
                kind: conference
                %s
                ---
                The Paris conference.
                """.formatted(more);
    }

    private static final String ALPHA_WITHDRAWN = """
            -- content/sessions/alpha-session.md --
            ---
            title: Opening plenary
            date: 2024-11-12
            event: cop29
            lifecycle: withdrawn
            lifecycle_reason: No source confirms that this plenary took place.
            ---
            The opening.
            """;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = accord.cli.Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    private String manifest() throws IOException {
        return Files.readString(dir.resolve("content/urls.txt"));
    }

    private void addToManifest(String line) throws IOException {
        Files.writeString(dir.resolve("content/urls.txt"), line + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** The portal published, with its manifest written by `accord urls --update`. */
    private String published() throws IOException {
        TestPortal.write(dir, PORTAL);
        String[] update = run("urls", "--update", "--source", dir.toString());
        assertThat(update[2]).isEmpty();
        assertThat(update[0]).isEqualTo("0");
        // A list's later pages are addresses readers follow too: listed, in every language.
        assertThat(manifest().lines()).contains("/timeline/", "/timeline/2015/", "/timeline/2024/", "/ru/timeline/2015/",
                "/sessions/", "/sessions/page/2/", "/ru/sessions/page/2/", "/speakers/page/2/");
        return manifest();
    }

    /** The page at {@code path} sends the reader on to {@code href}, whose address is {@code canonical}, saying {@code text}. */
    private void leadsOn(String path, String href, String canonical, String text) throws IOException {
        Document d = page(path);
        assertThat(d.select("meta[http-equiv=refresh]").attr("content")).as(path).isEqualTo("0; url=" + href);
        assertThat(d.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(canonical);
        assertThat(d.select("meta[name=robots]").attr("content")).as(path).isEqualTo("noindex");
        assertThat(d.select("main a").attr("href")).as(path).isEqualTo(href);
        assertThat(d.select("main").text()).as(path).isEqualTo(text);
    }

    private void updateKeepsTheManifest(String before) throws IOException {
        String[] update = run("urls", "--update", "--source", dir.toString());
        assertThat(update[2]).isEmpty();
        assertThat(update[1]).doesNotContain("no longer listed");
        assertThat(manifest()).isEqualTo(before);
    }

    @Test
    void withdrawingTheOnlyRecordOfAYearOrOfAListsLastPageLeadsItsOldAddressOn() throws IOException {
        String before = published();

        // The only record of 2015 withdrawn: it leaves the timeline, and its year with it.
        TestPortal.write(dir, cop21("lifecycle: withdrawn\nlifecycle_reason: Recorded twice."));
        BuildResult built = TestPortal.build(dir);
        assertThat(TestPortal.problems(built)).isEmpty();
        leadsOn("timeline/2015/index.html", "../../timeline/", "https://accord.test/portal/timeline/",
                "This page has moved It is now at Timeline.");
        leadsOn("ru/timeline/2015/index.html", "../../../ru/timeline/", "https://accord.test/portal/ru/timeline/",
                "Эта страница перемещена Теперь она здесь: Хронология.");
        assertThat(page("ru/timeline/2015/index.html").select("html").attr("lang")).isEqualTo("ru");
        assertThat(page("timeline/index.html").select("main a[href*=2015]")).isEmpty();
        assertThat(Files.readString(dir.resolve("site/_redirects"))).isEqualTo("""
                # Made by Accord from the records' old addresses; each old address also has a page.
                # 302: a page of a list or of the timeline that content/urls.txt lists and this build does not make; it may come back.
                /portal/ru/timeline/2015/ /portal/ru/timeline/ 302
                /portal/timeline/2015/ /portal/timeline/ 302
                """);
        assertThat(Files.readString(dir.resolve("site/sitemap.xml"))).doesNotContain("2015");
        // The manifest stays true: the address is still published, and --update keeps it.
        updateKeepsTheManifest(before);
        String[] check = run("check", "--source", dir.toString());
        assertThat(check[2]).isEmpty();
        assertThat(check[0]).isEqualTo("0");

        // Two of the three sessions leave the list (one superseded, one withdrawn): its page 2 goes, and leads to the last.
        TestPortal.write(dir, LifecycleBuildTest.RETIRED);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        leadsOn("sessions/page/2/index.html", "../../../sessions/", "https://accord.test/portal/sessions/",
                "This page has moved It is now at Sessions.");
        Document ru = page("ru/sessions/page/2/index.html");
        assertThat(ru.select("main a").attr("href")).isEqualTo("../../../../ru/sessions/");
        // The collection's title is the default language's (the schema gives no Russian one), and says so.
        assertThat(ru.select("main a").attr("lang")).isEqualTo("en");
        updateKeepsTheManifest(before);

        // The records come back: so do their pages, and the redirects go.
        TestPortal.write(dir, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        assertThat(page("timeline/2015/index.html").select("h1").text()).isEqualTo("Timeline: 2015");
        assertThat(page("sessions/page/2/index.html").select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(dir.resolve("site/_redirects")).doesNotExist();
        updateKeepsTheManifest(before);
    }

    @Test
    void withdrawingEveryDatedRecordLeadsTheTimelineToTheHomePage() throws IOException {
        String before = published();
        // Every record with a date (the events' start, the sessions' date) leaves the timeline.
        for (String file : List.of("events/cop21", "events/cop29", "sessions/alpha-session", "sessions/beta-session",
                "sessions/gamma-session")) {
            Path p = dir.resolve("content/" + file + ".md");
            Files.writeString(p, Files.readString(p).replaceFirst("---\n", "---\nlifecycle: withdrawn\nlifecycle_reason: Recorded twice.\n"));
        }
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        leadsOn("timeline/index.html", "../", "https://accord.test/portal/", "This page has moved It is now at Test portal.");
        leadsOn("timeline/2024/index.html", "../../", "https://accord.test/portal/", "This page has moved It is now at Test portal.");
        assertThat(page("ru/timeline/index.html").select("main a").attr("href")).isEqualTo("../../ru/");
        updateKeepsTheManifest(before);
    }

    @Test
    void deletingTheOnlyRecordOfAYearOrOfAListsLastPageWithItsTombstoneBuilds() throws IOException {
        String before = published();
        Files.delete(dir.resolve("content/events/cop21.md"));
        Files.delete(dir.resolve("content/sessions/alpha-session.md"));
        Files.delete(dir.resolve("content/sessions/gamma-session.md"));
        addToManifest("gone /events/cop21/ 2025-01-10 recorded twice; see /events/cop29/.");
        addToManifest("gone /sessions/alpha-session/ 2025-01-10 no source confirms it.");
        addToManifest("gone /sessions/gamma-session/ 2025-01-10 merged into /sessions/beta-session/.");
        BuildResult built = TestPortal.build(dir);
        assertThat(TestPortal.problems(built)).isEmpty();
        assertThat(page("events/cop21/index.html").select("h1").text()).isEqualTo("This page was removed");
        leadsOn("timeline/2015/index.html", "../../timeline/", "https://accord.test/portal/timeline/",
                "This page has moved It is now at Timeline.");
        leadsOn("sessions/page/2/index.html", "../../../sessions/", "https://accord.test/portal/sessions/",
                "This page has moved It is now at Sessions.");
        assertThat(page("ru/sessions/page/2/index.html").select("main a").attr("href")).isEqualTo("../../../../ru/sessions/");
        // --update lists every address it listed (a record's deleted page is kept by its tombstone), and the lines.
        String[] update = run("urls", "--update", "--source", dir.toString());
        assertThat(update[2]).isEmpty();
        assertThat(update[1]).doesNotContain("no longer listed");
        // (What changed has a second page now, listing the removals: a new address, listed.)
        assertThat(manifest().lines()).containsAll(before.lines().toList()).contains("/changes/page/2/");
        assertThat(manifest()).endsWith("\n# Removed pages: 'gone <address> <date> <why>' makes a page there saying so"
                + " (kept by --update).\n"
                + "gone /events/cop21/ 2025-01-10 recorded twice; see /events/cop29/.\n"
                + "gone /sessions/alpha-session/ 2025-01-10 no source confirms it.\n"
                + "gone /sessions/gamma-session/ 2025-01-10 merged into /sessions/beta-session/.\n");
    }

    @Test
    void aListOfAnotherCollectionOrALanguageNoLongerMadeIsStillAnError() throws IOException {
        published();
        // Not a change of the records: the portal stops publishing the Russian pages. Each address is reported as before.
        TestPortal.write(dir, PORTAL.replace("languages: [en, ru]\n", ""));
        List<String> problems = TestPortal.problems(TestPortal.build(dir));
        List<String> lines = Files.readAllLines(dir.resolve("content/urls.txt"));
        int line = lines.indexOf("/ru/timeline/2015/") + 1;
        assertThat(problems).contains("content/urls.txt:" + line + ":1: error: /ru/timeline/2015/ was published and this"
                + " build no longer makes it (keep the address: add it to the redirect_from of the record that replaced it,"
                + " or a line 'gone /ru/timeline/2015/ <date> <why>' here for a page saying it was removed; or, if it should go,"
                + " run 'accord urls --update')");
    }

    @Test
    void aSessionWithdrawingTheOnlyRecordOfAYearUpdatesAsAFreshBuildWrites() throws IOException {
        published();
        Path updated = dir.resolve("served");
        try (BuildSession session = TestPortal.builtSession(dir, updated)) {
            TestPortal.write(dir, cop21("lifecycle: withdrawn\nlifecycle_reason: Recorded twice.") + ALPHA_WITHDRAWN);
            BuildSession.Update u = session.update(List.of("content/events/cop21.md", "content/sessions/alpha-session.md"),
                    SiteWriter.inPlace(updated));
            assertThat(TestPortal.problems(u.result())).isEmpty();
            assertThat(u.written()).contains("timeline/2015/index.html", "ru/timeline/2015/index.html", "_redirects");
            assertThat(Files.readString(updated.resolve("timeline/2015/index.html"))).contains("url=../../timeline/");
            compare(updated);

            // And back: the year's page again, its redirect gone.
            TestPortal.write(dir, cop21(""));
            u = session.update(List.of("content/events/cop21.md"), SiteWriter.inPlace(updated));
            assertThat(TestPortal.problems(u.result())).isEmpty();
            assertThat(Files.readString(updated.resolve("timeline/2015/index.html"))).doesNotContain("http-equiv=\"refresh\"");
            compare(updated);
        }
    }

    /** The files of {@code updated} are those a fresh build of the portal writes. */
    private void compare(Path updated) throws IOException {
        Path fresh = dir.resolve("fresh");
        if (Files.exists(fresh)) {
            try (var walk = Files.walk(fresh)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        assertThat(TestPortal.problems(new Build(new BuildOptions(dir, fresh, false, Optional.empty(), true)).run())).isEmpty();
        Map<String, String> a = TestPortal.snapshotText(updated);
        Map<String, String> b = TestPortal.snapshotText(fresh);
        a.keySet().removeIf(k -> k.endsWith("/"));
        b.keySet().removeIf(k -> k.endsWith("/"));
        java.util.Set<String> differing = new java.util.TreeSet<>(a.keySet());
        differing.addAll(b.keySet());
        differing.removeIf(k -> java.util.Objects.equals(a.get(k), b.get(k)));
        assertThat(differing).as("files that differ between the updated and the fresh site").isEmpty();
    }
}
