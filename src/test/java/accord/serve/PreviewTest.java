package accord.serve;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.Build;
import accord.build.BuildOptions;
import accord.build.TestPortal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code accord serve} over real HTTP on the loopback, with real saves on disk. */
class PreviewTest {
    @TempDir
    Path dir;
    @TempDir
    Path fresh;

    Preview preview;
    int port;
    final StringWriter log = new StringWriter();
    final List<Preview.Round> rounds = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        Files.writeString(dir.resolve("secret.txt"), "not for the web");
        preview = Preview.start(dir, false, 0, new PrintWriter(log, true));
        preview.onRound(rounds::add);
        port = Integer.parseInt(preview.url().replaceAll(".*:(\\d+)/$", "$1"));
    }

    @AfterEach
    void stop() throws IOException {
        if (preview != null) preview.close();
    }

    private Document page(String path) throws IOException {
        Http.Response r = Http.get(port, path);
        assertThat(r.status()).as("status of %s", path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    /**
     * Saves as many editors do, by renaming a finished file over the old one: written in place, the file is empty for a
     * moment, and on a loaded machine the watcher's quiet period could end in that moment (CI saw it once), which
     * makes a round of its own and changes the reloads a test expects. The file written first is outside the folders
     * the preview watches.
     */
    private void save(String rel, String text) throws IOException {
        Path file = dir.resolve(rel);
        Files.createDirectories(file.getParent());
        Path finished = Files.createTempFile(dir, ".save-", ".tmp");
        Files.writeString(finished, text, StandardCharsets.UTF_8);
        Files.move(finished, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private String read(String rel) throws IOException {
        return Files.readString(dir.resolve(rel));
    }

    /** Waits (polling, at most 10 s) until {@code condition} holds. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(5);
        }
    }

    private long generation() {
        return rounds.isEmpty() ? 1 : rounds.get(rounds.size() - 1).generation();
    }

    private void awaitGeneration(long g) throws InterruptedException {
        await("generation " + g + " (log: " + log + ")", () -> generation() >= g);
    }

    @Test
    void servesCleanUrlsWithTheirContentTypes() throws IOException {
        Http.Response home = Http.get(port, "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page("/sessions/alpha-session/").select("h1").text()).isEqualTo("Opening plenary");
        assertThat(Http.get(port, "/assets/style.css").header("Content-Type")).isEqualTo("text/css; charset=utf-8");
        assertThat(Http.get(port, "/sitemap.xml").header("Content-Type")).isEqualTo("application/xml");

        Http.Response folder = Http.get(port, "/sessions/alpha-session");
        assertThat(folder.status()).isEqualTo(301);
        assertThat(folder.header("Location")).isEqualTo("/sessions/alpha-session/");

        Http.Response head = Http.request(port, "HEAD", "/", "127.0.0.1:" + port, Map.of());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        // A HEAD answered with a short text (a folder's redirect): no body, and no warning from the JDK's server.
        // The root logger: the JDK's server logs to a system logger, which shares the root's handlers, not its user namesake's.
        java.util.logging.Logger server = java.util.logging.Logger.getLogger("");
        List<java.util.logging.LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
                        && "com.sun.net.httpserver".equals(r.getLoggerName())) {
                    warnings.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        server.addHandler(catcher);
        try {
            Http.Response headFolder = Http.request(port, "HEAD", "/sessions/alpha-session", "127.0.0.1:" + port, Map.of());
            assertThat(headFolder.status()).isEqualTo(301);
            assertThat(headFolder.header("Location")).isEqualTo("/sessions/alpha-session/");
            assertThat(headFolder.body()).isEmpty();
        } finally {
            server.removeHandler(catcher);
        }
        assertThat(warnings).extracting(java.util.logging.LogRecord::getMessage).isEmpty();
        assertThat(Http.request(port, "POST", "/", "127.0.0.1:" + port, Map.of("Content-Length", "0")).status()).isEqualTo(405);

        Http.Response missing = Http.get(port, "/sessions/no-such-session/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void addsTheReloadScriptToServedPagesButNeverToTheFilesWritten() throws IOException {
        assertThat(Http.get(port, "/").body()).contains("new EventSource(\"/__accord/events\")");
        assertThat(Files.readString(preview.siteFolder().resolve("index.html"))).doesNotContain("EventSource");
        // What serve writes is what build writes (for the base URL /), byte for byte.
        Path out = fresh.resolve("site");
        assertThat(new Build(new BuildOptions(dir, out, false, Optional.of("/"), true)).run().ok()).isTrue();
        assertThat(TestPortal.snapshot(preview.siteFolder())).containsOnlyKeys(TestPortal.snapshot(out).keySet());
        TestPortal.snapshot(out).forEach((k, v) -> assertThat(TestPortal.snapshot(preview.siteFolder()).get(k)).as(k).isEqualTo(v));
    }

    @Test
    void servesTheDataQualityReportOfTheLatestSaveButNeverWritesIt() throws Exception {
        Document report = page("/__accord/report");
        assertThat(report.select("h1").text()).isEqualTo("Data quality report");
        assertThat(report.select("a[href=/topics/trade/]").text()).isEqualTo("Trade");
        assertThat(report.html()).contains("new EventSource(\"/__accord/events\")").doesNotContain("Nobody at all");
        assertThat(Http.get(port, "/__accord/report/").status()).isEqualTo(200);
        assertThat(Http.request(port, "GET", "/__accord/report", "evil.example", Map.of()).status()).isEqualTo(403);
        try (var files = Files.walk(preview.siteFolder())) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.contains("__accord") || f.contains("report"));
        }

        save("content/speakers/nobody-at-all.md", "---\ntitle: Nobody at all\nsort_name: All, Nobody\n---\n");
        await("the report names the new record", () -> {
            try {
                return Http.get(port, "/__accord/report").body().contains("Nobody at all");
            } catch (IOException e) {
                return false;
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/assets/%2e%2e/%2e%2e/secret.txt", "/assets/..%5c..%5csecret.txt", "/assets\\..\\..\\secret.txt",
            "//etc/passwd", "/%2fetc%2fpasswd", "/sessions/%00/", "/index.html%00.css", "/.accord-site",
            "/%2e/index.html", "/./index.html", "/sessions//alpha-session/", "/C:%5cWindows", "/%zz", "/%c0%ae%c0%ae/secret.txt"})
    void refusesEveryPathOutsideTheSite(String raw) throws IOException {
        Http.Response r = Http.request(port, "GET", raw, "127.0.0.1:" + port, Map.of());
        assertThat(r.status()).as(raw).isIn(400, 404);
        assertThat(r.body()).doesNotContain("not for the web").doesNotContain("root:");
    }

    @Test
    void refusesHostsOtherThanTheLoopback() throws IOException {
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example:" + port,
                "localhost:1", "0.0.0.0:" + port, "10.0.0.1:" + port)) {
            Http.Response r = Http.request(port, "GET", "/", host, Map.of());
            assertThat(r.status()).as(host).isEqualTo(403);
            assertThat(r.body()).as(host).doesNotContain("<html");
        }
        assertThat(Http.request(port, "GET", "/", null, Map.of()).status()).isIn(400, 403);
        for (String host : List.of("localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port, "127.0.0.1")) {
            assertThat(Http.request(port, "GET", "/", host, Map.of()).status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void theEventStreamIsForThePreviewsOwnPages() throws IOException {
        try (Http.Events foreign = new Http.Events(port, Map.of("Origin", "http://evil.example"))) {
            assertThat(foreign.head.status()).isEqualTo(403);
        }
        try (Http.Events crossSite = new Http.Events(port, Map.of("Sec-Fetch-Site", "cross-site"))) {
            assertThat(crossSite.head.status()).isEqualTo(403);
        }
        try (Http.Events own = new Http.Events(port, Map.of("Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin"))) {
            assertThat(own.head.status()).isEqualTo(200);
            assertThat(own.head.header("Content-Type")).isEqualTo("text/event-stream; charset=utf-8");
            assertThat(own.nextReload()).isEqualTo("1");
        }
    }

    @Test
    void anEditRewritesThePageAndThePagesThatShowItAndSendsAReload() throws Exception {
        try (Http.Events events = new Http.Events(port, Map.of())) {
            assertThat(events.nextReload()).isEqualTo("1");
            save("content/speakers/mikayil-jabbarov.md", read("content/speakers/mikayil-jabbarov.md")
                    .replace("title: Mikayil Jabbarov", "title: Mikayil Jabbarov-Renamed"));
            // The saved record's own page first, alone; then the pages that show it, and only those (before the data
            // files: ShowSavedFirstTest). The server sends a client the reloads it has not written yet as one event
            // (PreviewServer), so when the second comes before the first is written, the client gets both as one.
            String first = events.nextReload();
            if (first.startsWith("2 ")) {
                assertThat(first).isEqualTo("2 [\"/speakers/mikayil-jabbarov/\"]");
                assertThat(events.nextReload()).startsWith("3 [").contains("\"/sessions/alpha-session/\"", "\"/speakers/\"")
                        .doesNotContain("mikayil-jabbarov/\"", "anna-zeller");
            } else {
                assertThat(first).startsWith("3 [").contains("\"/speakers/mikayil-jabbarov/\"", "\"/sessions/alpha-session/\"",
                        "\"/speakers/\"").doesNotContain("anna-zeller");
            }
        }
        // Both were published before the update ended: wait for its round.
        await("the round of the save", () -> !rounds.isEmpty());
        assertThat(page("/speakers/mikayil-jabbarov/").select("h1").text()).isEqualTo("Mikayil Jabbarov-Renamed");
        assertThat(page("/sessions/alpha-session/").text()).contains("Mikayil Jabbarov-Renamed");
        assertThat(page("/speakers/").text()).contains("Mikayil Jabbarov-Renamed");
        Preview.Round round = rounds.get(rounds.size() - 1);
        assertThat(round.update().written()).contains("speakers/mikayil-jabbarov/index.html", "sessions/alpha-session/index.html")
                .doesNotContain("speakers/anna-zeller/index.html");
        assertThat(round.published()).contains("speakers/mikayil-jabbarov/index.html", "sessions/alpha-session/index.html",
                "speakers/index.html").allMatch(p -> p.endsWith(".html"));
        assertThat(round.publishedNanos()).isBetween(round.firstEventNanos(), round.doneNanos());
    }

    @Test
    void aDeletedOrRenamedRecordsPageDisappears() throws Exception {
        assertThat(page("/sessions/gamma-session/").select("h1").text()).isEqualTo("Ministerial dialogue");
        Files.move(dir.resolve("content/sessions/gamma-session.md"), dir.resolve("content/sessions/delta-session.md"));
        awaitGeneration(2);
        assertThat(Http.get(port, "/sessions/gamma-session/").status()).isEqualTo(404);
        assertThat(page("/sessions/delta-session/").select("h1").text()).isEqualTo("Ministerial dialogue");
        assertThat(preview.siteFolder().resolve("sessions/gamma-session")).doesNotExist();

        Files.delete(dir.resolve("content/sessions/delta-session.md"));
        awaitGeneration(3);
        assertThat(Http.get(port, "/sessions/delta-session/").status()).isEqualTo(404);
        assertThat(page("/sessions/").text()).doesNotContain("Ministerial dialogue");
    }

    @Test
    void anErrorKeepsTheLastGoodPageAndShowsTheProblemsUntilFixed() throws Exception {
        String good = read("content/sessions/alpha-session.md");
        save("content/sessions/alpha-session.md", good.replace("title: Opening plenary", "title: Opening plenary (new)")
                .replace("event: cop29", "event: cop-29"));
        awaitGeneration(2);
        Document stale = page("/sessions/alpha-session/");
        assertThat(stale.select("h1").text()).isEqualTo("Opening plenary");
        assertThat(stale.select("#accord-problems h2").text()).isEqualTo("1 error: the page shows the last good build");
        assertThat(stale.select("#accord-problems li").eachText()).containsExactly(
                "content/sessions/alpha-session.md:4:8: error: event: no event 'cop-29' (did you mean 'cop29'?)");
        assertThat(page("/").select("#accord-problems")).hasSize(1);
        assertThat(log.toString()).contains("content/sessions/alpha-session.md:4:8: error: event: no event 'cop-29'"
                + " (did you mean 'cop29'?)\n1 error, 0 warnings\nnot updated: the preview keeps the last good pages\n");

        save("content/sessions/alpha-session.md", good.replace("title: Opening plenary", "title: Opening plenary (new)"));
        awaitGeneration(3);
        Document fixed = page("/sessions/alpha-session/");
        assertThat(fixed.select("h1").text()).isEqualTo("Opening plenary (new)");
        assertThat(fixed.select("#accord-problems")).isEmpty();
        assertThat(preview.problems()).isEmpty();
    }

    /** A missing page under /ru/ gets the Russian 404 page, as the hosts the language versions are written for give it. */
    @Test
    void aMissingPageGetsTheNearest404Page() throws Exception {
        Path two = TestPortal.write(fresh.resolve("two"), TestPortal.PORTAL.replace("language: en\n", "language: en\nlanguages: [en, ru]\n"));
        try (Preview p = Preview.start(two, false, 0, new PrintWriter(new StringWriter(), true))) {
            int at = Integer.parseInt(p.url().replaceAll(".*:(\\d+)/$", "$1"));
            Http.Response ru = Http.get(at, "/ru/sessions/no-such-session/");
            assertThat(ru.status()).isEqualTo(404);
            assertThat(Jsoup.parse(ru.body()).select("html").attr("lang")).isEqualTo("ru");
            Http.Response en = Http.get(at, "/sessions/no-such-session/");
            assertThat(en.status()).isEqualTo(404);
            assertThat(Jsoup.parse(en.body()).select("html").attr("lang")).isEqualTo("en");
            assertThat(Jsoup.parse(Http.get(at, "/russian/").body()).select("html").attr("lang")).isEqualTo("en");
        }
    }

    /**
     * A page with "İ" (Azerbaijani) in it: the reload script was put where "</body>" is in the lower-cased page, and "İ"
     * lower-cases to two characters, so it landed inside the closing tag, or past the page's end and the connection
     * dropped. Now it is just before the page's own "</body>".
     */
    @Test
    void theReloadScriptGoesBeforeTheBodyEndOfAPageWithDottedCapitalI() throws Exception {
        String good = read("content/sessions/alpha-session.md");
        save("content/sessions/alpha-session.md", good.replace("The opening.", "İİİ İqtisadiyyat Nazirliyi. ".repeat(30)));
        awaitGeneration(2);
        String html = Http.get(port, "/sessions/alpha-session/").body();
        assertThat(html).contains("İqtisadiyyat").endsWith("})();</script>\n</body>\n</html>\n");
        assertThat(Jsoup.parse(html).select("body > script").last().html()).startsWith("/* added by accord serve */");
        assertThat(Injector.lastBodyEnd("İİ</BODY></html>")).isEqualTo(2);
        assertThat(Injector.lastBodyEnd("<p>no end")).isEqualTo(-1);
    }

    /**
     * A build with warnings alone: the page is built and nothing covers it, but the warnings are listed in a closed
     * disclosure at the bottom of every page, as each may mean something is missing from a page. Before, only the
     * terminal said so.
     */
    @Test
    void warningsAloneAreListedInAClosedPanel() throws Exception {
        String good = read("content/sessions/alpha-session.md");
        save("content/sessions/alpha-session.md", good.replace("The opening.", accord.content.SourceDocument.PLACEHOLDER_BODY));
        awaitGeneration(2);
        Document page = page("/sessions/alpha-session/");
        assertThat(page.select("details#accord-problems:not([open]) > summary").text())
                .isEqualTo("1 warning: the page is built; publishing with --strict refuses it");
        assertThat(page.select("#accord-problems li").eachText()).containsExactly("content/sessions/alpha-session.md:8: warning:"
                + " the body still holds the placeholder 'accord new' wrote (write the record in its place)");
        long warned = generation();
        save("content/sessions/alpha-session.md", good);
        awaitGeneration(warned + 1);
        await("the warning gone (log: " + log + ")", () -> {
            try {
                return page("/sessions/alpha-session/").select("#accord-problems").isEmpty();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(preview.problems()).isEmpty();
    }

    /**
     * A template's syntax error: the first save printed FreeMarker's parser dump and the next ones "error loading the
     * template on an earlier attempt", and the page showed no problems. Each save is now the error at its line, in the log and
     * in the page's panel.
     */
    @Test
    void aTemplatesSyntaxErrorIsShownAtItsLineAtEverySave() throws Exception {
        String template = """
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <p><#if record.title??<span class="meta">${record.title}</span></#if></p>
                </@layout.shell>
                """;
        String error = "templates/sessions.ftlh:3:29: error: template syntax: unexpected 'class':"
                + " the FreeMarker tag before it is not closed (end the tag with '>')";
        save("templates/sessions.ftlh", template);
        awaitGeneration(2);
        assertThat(page("/sessions/alpha-session/").select("#accord-problems li").eachText()).containsExactly(error);
        save("templates/sessions.ftlh", "<#-- one line more -->\n" + template);
        awaitGeneration(3);
        assertThat(page("/sessions/alpha-session/").select("#accord-problems li").eachText())
                .containsExactly(error.replace(":3:29:", ":4:29:"));
        assertThat(log.toString()).doesNotContain("earlier attempt").doesNotContain("Encountered");
    }

    /**
     * Started on a portal with an error, the preview has no build to show: its placeholder said "Nothing to show yet"
     * while the overlay over it said "the page shows the last good build". The overlay now says nothing is built yet.
     */
    @Test
    void aPreviewStartedOnAnErrorSaysNothingIsBuiltYet() throws Exception {
        Path broken = TestPortal.write(fresh.resolve("broken"), TestPortal.PORTAL + """
                -- content/sessions/alpha-session.md --
                ---
                title: Opening plenary
                date: 2024-11-12
                event: cop-29
                ---
                """);
        try (Preview first = Preview.start(broken, false, 0, new PrintWriter(new StringWriter(), true))) {
            Http.Response home = Http.get(Integer.parseInt(first.url().replaceAll(".*:(\\d+)/$", "$1")), "/");
            assertThat(home.status()).isEqualTo(404);
            Document page = Jsoup.parse(home.body());
            assertThat(page.select("h1").text()).isEqualTo("Nothing to show yet");
            assertThat(page.select("#accord-problems h2").text()).isEqualTo("1 error: nothing is built yet");
            assertThat(page.select("#accord-problems li").eachText()).containsExactly(
                    "content/sessions/alpha-session.md:4:8: error: event: no event 'cop-29' (did you mean 'cop29'?)");
        }
        assertThat(page("/").select("#accord-problems")).isEmpty(); // a preview with a good build has no overlay
    }

    @Test
    void filesInAFolderMadeAfterStartAreWatched() throws Exception {
        save("templates/assets/extra/more.css", "body { color: black; }\n");
        await("the new stylesheet is served", () -> {
            try {
                return Http.get(port, "/assets/extra/more.css").status() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(Http.get(port, "/assets/extra/more.css").header("Content-Type")).isEqualTo("text/css; charset=utf-8");
        save("templates/assets/extra/more.css", "body { color: navy; }\n");
        await("the changed stylesheet is served", () -> {
            try {
                return Http.get(port, "/assets/extra/more.css").body().contains("navy");
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void aFloodOfSavesIsCoalesced() throws Exception {
        String good = read("content/speakers/anna-zeller.md");
        for (int i = 0; i < 200; i++) {
            save("content/speakers/anna-zeller.md", good.replace("title: Anna Zeller", "title: Anna Zeller " + i));
        }
        await("the last save is served", () -> {
            try {
                return page("/speakers/anna-zeller/").select("h1").text().equals("Anna Zeller 199");
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(rounds.size()).as("rounds for 200 saves").isLessThanOrEqualTo(10);
    }
}
