package accord.serve;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.TestPortal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code accord serve} against hostile requests and hostile ways of saving: every spelling of a path that leaves
 * the site, foreign Host headers, saves made in two steps, a burst of a thousand saves, a record deleted while its
 * page is being requested. Over real HTTP on the loopback, with real files on disk.
 */
class PreviewHostileTest {
    @TempDir
    Path dir;

    Preview preview;
    int port;
    final StringWriter log = new StringWriter();
    final List<Preview.Round> rounds = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        Files.writeString(dir.resolve("secret.txt"), "not for the web");
        Files.writeString(dir.resolve("content/secret.txt"), "not for the web");
        preview = Preview.start(dir, false, 0, new PrintWriter(log, true));
        preview.onRound(rounds::add);
        port = Integer.parseInt(preview.url().replaceAll(".*:(\\d+)/$", "$1"));
    }

    @AfterEach
    void stop() throws IOException {
        if (preview != null) preview.close();
    }

    static final List<String> TRAVERSALS = List.of(
        // plain, percent-encoded in either case, half-encoded
        "/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
        "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/../content/secret.txt", "/%2e%2e/content/secret.txt",
        // encoded slashes and backslashes
        "/..%2fsecret.txt", "/..%2Fsecret.txt", "/assets%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/..%5Csecret.txt",
        "/assets\\..\\..\\secret.txt", "/assets/..%5c..%5csecret.txt",
        // double encoding: decoded once, these are names, never dots or slashes
        "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/assets/%252e%252e/%252e%252e/secret.txt", "/%25%32%65%25%32%65/secret.txt",
        // overlong and otherwise malformed UTF-8 for '.', '/' and '\'
        "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/%f0%80%80%ae%f0%80%80%ae/secret.txt", "/..%c0%afsecret.txt",
        "/..%c1%9csecret.txt", "/..%e0%80%afsecret.txt", "/%c0%2e%c0%2e/secret.txt", "/%ff/secret.txt",
        // look-alike dots and slashes (fullwidth, one-dot leader, division slash) are plain names that name no file
        "/%ef%bc%8e%ef%bc%8e/secret.txt", "/%e2%80%a4%e2%80%a4/secret.txt", "/..%e2%88%95secret.txt",
        // absolute paths, drive letters, UNC, NUL
        "//etc/passwd", "/%2fetc%2fpasswd", "/%2Fetc/passwd", "/etc/passwd", "/C:%5cWindows%5cwin.ini", "/c:/windows/win.ini",
        "/%5c%5cserver%5cshare", "/sessions/%00/", "/index.html%00.css", "/secret.txt%00",
        // dot files and the site's marker
        "/.accord-site", "/%2eaccord-site", "/.git/config", "/./index.html", "/%2e/index.html", "/sessions//alpha-session/",
        // an absolute-form request target: only its path counts
        "http://127.0.0.1/../secret.txt", "http://evil.example/%2e%2e/secret.txt");

    /** One preview for every spelling (starting one per spelling would take minutes), GET and HEAD. */
    @Test
    void refusesEveryPathOutsideTheSiteInEveryEncoding() throws IOException {
        for (String raw : TRAVERSALS) {
            Http.Response r = Http.request(port, "GET", raw, "127.0.0.1:" + port, Map.of());
            assertThat(r.status()).as(raw).isIn(400, 404);
            assertThat(r.body()).as(raw).doesNotContain("not for the web").doesNotContain("root:").doesNotContain("[fonts]");
            assertThat(Http.request(port, "HEAD", raw, "127.0.0.1:" + port, Map.of()).status()).as("HEAD " + raw).isIn(400, 404);
        }
    }

    @Test
    void answersOnlyALoopbackHost() throws IOException {
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example:" + port,
                "localhost.:" + port, "localhost.evil.example:" + port, "127.1:" + port, "2130706433:" + port,
                "0x7f000001:" + port, "[::ffff:127.0.0.1]:" + port, "127.0.0.1:" + port + "@evil.example",
                "127.0.0.1:" + port + " evil.example", "127.0.0.1:0" + port, "")) {
            Http.Response r = Http.request(port, "GET", "/", host, Map.of());
            assertThat(r.status()).as("Host: %s", host).isIn(400, 403);
            assertThat(r.body()).as(host).doesNotContain("<html");
        }
        // Two Host headers, the second foreign: refused, whichever a proxy would read.
        Http.Response twice = Http.request(port, "GET", "/", "127.0.0.1:" + port, Map.of("Host", "evil.example"));
        assertThat(twice.status()).isIn(400, 403);
        assertThat(Http.request(port, "GET", "/", "127.0.0.1:" + port, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void aFileSavedInTwoStepsIsTakenOnceWhole() throws Exception {
        Path record = dir.resolve("content/speakers/anna-zeller.md");
        String good = Files.readString(record);
        // As editors do: the new text goes to a temporary file beside the record, then replaces it by a rename.
        for (String temp : List.of(".anna-zeller.md.swx", "anna-zeller.md.tmp-4913", "4913")) {
            String title = "Anna Zeller via " + temp;
            Path tmp = record.resolveSibling(temp);
            Files.writeString(tmp, good.replace("title: Anna Zeller", "title: " + title), StandardCharsets.UTF_8);
            Files.move(tmp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            await("the renamed file is served", () -> title(200, "/speakers/anna-zeller/").equals(title));
        }
        // The temporary files never became pages, and the last round left no problem behind.
        await("the last round", () -> !preview.updating() && preview.problems().isEmpty());
        assertThat(Http.get(port, "/speakers/anna-zeller.md.tmp-4913/").status()).isEqualTo(404);
        assertThat(Files.list(preview.siteFolder().resolve("speakers")).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.contains("tmp") || n.contains("4913") || n.startsWith("."));
    }

    @Test
    void aBurstOfAThousandSavesIsCoalesced() throws Exception {
        Path record = dir.resolve("content/speakers/anna-zeller.md");
        String good = Files.readString(record);
        int before = rounds.size();
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            // Half in place, half in two steps, as a mix of editors and tools would.
            String text = good.replace("title: Anna Zeller", "title: Anna Zeller " + i);
            if (i % 2 == 0) {
                Files.writeString(record, text, StandardCharsets.UTF_8);
            } else {
                Path tmp = record.resolveSibling(".anna-zeller.md.tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        long saved = System.nanoTime();
        await("the last save is served", () -> title(200, "/speakers/anna-zeller/").equals("Anna Zeller 999"));
        long served = System.nanoTime();
        // The saved page is served before its round ends (the rest of the site follows it): wait for the round too.
        await("the round that served it ends", () -> rounds.size() > before);
        Thread.sleep(200); // time for one more round, if a late file event were to start one
        int rebuilds = rounds.size() - before;
        System.out.printf("serve: 1,000 saves in %d ms gave %d rebuilds; the last was served %d ms after the last save%n",
                (saved - start) / 1_000_000, rebuilds, (served - saved) / 1_000_000);
        assertThat(rebuilds).as("rebuilds for 1,000 saves").isBetween(1, 25);
        assertThat(preview.problems()).isEmpty();
    }

    @Test
    void aRecordDeletedWhileItsPageIsRequestedGivesTheOldPageOrA404() throws Exception {
        String path = "/sessions/gamma-session/";
        assertThat(title(200, path)).isEqualTo("Ministerial dialogue");
        AtomicBoolean stop = new AtomicBoolean();
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        Http.Response r = Http.get(port, path);
                        // Whole pages only: the old one, or the 404 page, each complete.
                        assertThat(r.body()).contains("</html>");
                        String h1 = Jsoup.parse(r.body()).select("h1").text();
                        seen.add(r.status() + " " + h1);
                    } catch (Throwable e) {
                        failures.add(e);
                        return;
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        Thread.sleep(100);
        Files.delete(dir.resolve("content/sessions/gamma-session.md"));
        await("the page is gone", () -> title(404, path) != null);
        Thread.sleep(100);
        stop.set(true);
        for (Thread r : readers) r.join(10_000);
        assertThat(failures).isEmpty();
        assertThat(seen).isNotEmpty().allMatch(s -> s.equals("200 Ministerial dialogue") || s.equals("404 Page not found"));
        assertThat(seen.get(seen.size() - 1)).isEqualTo("404 Page not found");
        assertThat(Jsoup.parse(Http.get(port, "/sessions/").body()).text()).doesNotContain("Ministerial dialogue");
    }

    /** The h1 of the page at {@code path} if it answers with {@code status}; null otherwise. */
    private String title(int status, String path) {
        try {
            Http.Response r = Http.get(port, path);
            return r.status() == status ? Jsoup.parse(r.body()).select("h1").text() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting until " + what);
            Thread.sleep(5);
        }
    }
}
