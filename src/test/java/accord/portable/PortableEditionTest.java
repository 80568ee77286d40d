package accord.portable;

import static org.assertj.core.api.Assertions.assertThat;

import accord.archive.Verify;
import accord.build.TestPortal;
import accord.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code accord build --portable}: a fixture portal (with a redirect page) built as the offline edition, every link
 * of every page checked against the files written, the copy and its unzipped zip verified against their manifest,
 * the zip's bytes the same from another folder and another time zone, and a zip Accord did not make left alone.
 */
public class PortableEditionTest {
    public static final String PORTAL = TestPortal.PORTAL.replace("common:\n", "common:\n"
            + "  redirect_from: { type: list(string), label: Old addresses, shown: false, search: false }\n")
            + """
            -- content/speakers/anna-zeller.md --
            ---
            title: Anna Zeller
            sort_name: Zeller, Anna
            redirect_from: [anna-zeler]
            ---
            """;

    @TempDir
    Path dir;

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    /** Builds the fixture's offline edition into {@code portal/offline}; returns the folder. */
    static Path buildPortable(Path portal) {
        TestPortal.write(portal, PORTAL);
        String[] r = run("build", "--portable", "--source", portal.toString());
        assertThat(r[0]).as("build: %s %s", r[1], r[2]).isEqualTo("0");
        assertThat(r[1]).contains("offline edition: open " + portal.resolve("offline/index.html") + " from a disk; "
                + portal.resolve("offline.zip") + " holds its ");
        return portal.resolve("offline");
    }

    /**
     * The fixture in two languages, kept in git over two commits (so "What changed" has pages), with a tombstone:
     * every kind of page the site makes, translations, the changes pages and the data pages among them.
     */
    public static final String MULTILINGUAL = PORTAL.replace("base_url: https://accord.test/portal/\nlanguage: en\n",
            "base_url: https://accord.test/portal/\nlanguage: en\nlanguages: [en, ru]\npage_size: 2\n") + """
            -- content/sessions/alpha-session.ru.md --
            ---
            ---
            Открытие.
            -- content/urls.txt --
            gone /sessions/removed/ 2024-11-30 merged into /sessions/beta-session/, which records both talks.
            """;

    @Test
    void everyLinkOfEveryPageInEveryLanguageNamesAFileInsideTheCopy() throws IOException {
        Path portal = dir.resolve("portal");
        accord.build.GitRepo repo = accord.build.GitRepo.init(portal).write(MULTILINGUAL);
        repo.commit("Alice Archivist", "2024-11-10T09:00:00+04:00", "Start the portal");
        repo.write(MULTILINGUAL.replace("The closing.", "The closing, with its speakers."));
        repo.commit("Börje Ek", "2024-11-12T09:00:00+01:00", "Closing plenary: its speakers");
        String[] r = run("build", "--portable", "--source", portal.toString());
        assertThat(r[0]).as("build: %s %s", r[1], r[2]).isEqualTo("0");
        Path offline = portal.resolve("offline").toAbsolutePath().normalize();
        // A disk has no server to show a 404 page, in any language: theirs link from the web root (/portal/…).
        assertThat(offline.resolve("404.html")).doesNotExist();
        assertThat(offline.resolve("ru/404.html")).doesNotExist();
        // Nor a crawler or a host to read robots.txt and _redirects (the fixture's old slug makes one); the redirect
        // page stays, and so does the sitemap, which every page's footer links.
        assertThat(offline.resolve("robots.txt")).doesNotExist();
        assertThat(offline.resolve("_redirects")).doesNotExist();
        assertThat(offline.resolve("sitemap.xml")).isRegularFile();
        assertThat(offline.resolve("speakers/anna-zeler/index.html")).isRegularFile();
        List<String> pages = new ArrayList<>();
        assertThat(linkProblems(offline, pages)).isEmpty();
        assertThat(pages).contains("index.html", "ru/index.html", "sessions/alpha-session/index.html",
                "ru/sessions/alpha-session/index.html", "changes/index.html", "changes/page/2/index.html", "data/index.html",
                "ru/data/index.html", "search/index.html", "ru/search/index.html", "sessions/removed/index.html",
                "speakers/anna-zeler/index.html");
        String redirect = Files.readString(offline.resolve("speakers/anna-zeler/index.html"), StandardCharsets.UTF_8);
        assertThat(redirect).contains("content=\"0; url=../../speakers/anna-zeller/index.html\"")
                .contains("<a href=\"../../speakers/anna-zeller/index.html\">");
        String home = Files.readString(offline.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(home).contains("action=\"search/index.html\"").contains("href=\"sessions/index.html\"");
        // The copy still verifies, without the pages it leaves out.
        assertThat(run("verify", offline.toString())[1]).endsWith(" files match manifest.json\n");

        // A base URL that is only a path makes addresses from the web root (a page's hreflang alternates): on a disk
        // they would lead off it, so the edition makes them relative to the page.
        Path rooted = dir.resolve("rooted/offline");
        String[] pathOnly = run("build", "--portable", "--source", portal.toString(), "--base-url", "/portal/", "--output", rooted.toString());
        assertThat(pathOnly[0]).as("build: %s %s", pathOnly[1], pathOnly[2]).isEqualTo("0");
        assertThat(Files.readString(rooted.resolve("ru/sessions/alpha-session/index.html"), StandardCharsets.UTF_8))
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../../sessions/alpha-session/index.html\">");
        assertThat(linkProblems(rooted.toAbsolutePath().normalize(), new ArrayList<>())).isEmpty();
    }

    /**
     * Every local href, src, form action and refresh address of every page of the copy at {@code offline} that does not
     * name a file inside it, as {@code page: link why}; the pages read are added to {@code pages}.
     */
    static List<String> linkProblems(Path offline, List<String> pages) throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> walk = Files.walk(offline)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String at = offline.relativize(page).toString().replace('\\', '/');
                pages.add(at);
                org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
                List<String> links = new ArrayList<>();
                doc.select("[href]").forEach(e -> links.add(e.attr("href")));
                doc.select("[src]").forEach(e -> links.add(e.attr("src")));
                doc.select("form[action]").forEach(e -> links.add(e.attr("action")));
                for (org.jsoup.nodes.Element meta : doc.select("meta[http-equiv=refresh]")) {
                    Matcher m = Pattern.compile("(?i)url=(.*)").matcher(meta.attr("content"));
                    if (m.find()) links.add(m.group(1));
                }
                for (String link : links) {
                    if (link.startsWith("#") || link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) continue;
                    checked++;
                    if (link.startsWith("/") || link.startsWith("\\")) {
                        problems.add(at + ": " + link + " starts from the web root, outside the copy");
                        continue;
                    }
                    String path = link.replaceAll("[?#].*$", "");
                    if (path.isEmpty()) continue;
                    Path target = page.getParent().resolve(URI.create(path).getPath()).normalize();
                    if (!target.startsWith(offline)) problems.add(at + ": " + link + " leads outside the copy");
                    else if (Files.isDirectory(target)) problems.add(at + ": " + link + " is a folder");
                    else if (!Files.isRegularFile(target)) problems.add(at + ": " + link + " is missing");
                }
            }
        }
        assertThat(checked).as("links checked in %s", offline).isGreaterThan(1000);
        return problems;
    }

    @Test
    void theCopyAndItsUnzippedZipPassVerifyAndTheZipHoldsOneFolder() throws IOException {
        Path offline = buildPortable(dir.resolve("portal"));
        String[] verified = run("verify", offline.toString());
        assertThat(verified[0]).as(verified[2]).isEqualTo("0");
        Path unzipped = dir.resolve("unzipped");
        List<String> names = unzip(dir.resolve("portal/offline.zip"), unzipped);
        assertThat(names).allMatch(n -> n.startsWith("offline/")).contains("offline/manifest.json", "offline/index.html")
                .doesNotContain("offline/.accord-site").isSorted();
        Verify.Report report = Verify.check(unzipped.resolve("offline"));
        assertThat(report.differences()).isEmpty();
        assertThat(report.listed()).isEqualTo(names.size() - 1);
        assertThat(run("verify", unzipped.resolve("offline").toString())[1]).isEqualTo("ok: " + report.listed() + " files match manifest.json\n");
    }

    /**
     * site.yml's {@code keep:} in the offline edition: the manifest names the kept files as a build's does, so a CNAME
     * in the folder (Accord leaves it alone there, as in any output folder) is left out by verify, not called extra;
     * and the zip, the copy for a disk, leaves it out, so its unzipped folder verifies without it.
     */
    @Test
    void theKeptFilesAreNamedInTheManifestLeftAloneInTheFolderAndLeftOutOfTheZip() throws IOException {
        Path portal = dir.resolve("portal");
        TestPortal.write(portal, PORTAL.replace("language: en\n", "language: en\nkeep: [CNAME, .nojekyll]\n"));
        Path offline = portal.resolve("offline");
        assertThat(run("build", "--portable", "--source", portal.toString())[0]).isEqualTo("0");
        String manifest = Files.readString(offline.resolve("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).startsWith("{\n  \"algorithm\": \"SHA-256\",\n  \"kept\": [\".nojekyll\", \"CNAME\"],\n  \"files\": [\n");
        long files = manifest.lines().filter(l -> l.startsWith("    {\"path\"")).count();
        String[] fresh = run("verify", offline.toString());
        assertThat(fresh[0]).isEqualTo("0");
        assertThat(fresh[1]).isEqualTo("ok: " + files + " files match manifest.json\n");

        Files.writeString(offline.resolve("CNAME"), "declarations.example.org\n");
        Files.writeString(offline.resolve(".nojekyll"), "");
        String[] again = run("build", "--portable", "--source", portal.toString());
        assertThat(again[0]).as(again[2]).isEqualTo("0");
        assertThat(again[1]).contains(" holds its " + (files + 1) + " files\n");
        assertThat(offline.resolve("CNAME")).hasContent("declarations.example.org");
        String[] verified = run("verify", offline.toString());
        assertThat(verified[1]).isEqualTo("""
                left out: .nojekyll (site.yml's keep: names it: Accord did not make it and leaves it alone; not checked)
                left out: CNAME (site.yml's keep: names it: Accord did not make it and leaves it alone; not checked)
                ok: %d files match manifest.json
                """.formatted(files));
        assertThat(verified[0]).isEqualTo("0");

        Path unzipped = dir.resolve("unzipped");
        List<String> names = unzip(portal.resolve("offline.zip"), unzipped);
        assertThat(names).hasSize((int) files + 1).doesNotContain("offline/CNAME", "offline/.nojekyll");
        String[] copy = run("verify", unzipped.resolve("offline").toString());
        assertThat(copy[1]).isEqualTo("ok: " + files + " files match manifest.json\n");
        assertThat(copy[0]).isEqualTo("0");
    }

    @Test
    void theZipIsTheSameBytesFromAnotherFolderAndTimeZone() throws IOException {
        buildPortable(dir.resolve("a"));
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            buildPortable(dir.resolve("b"));
        } finally {
            TimeZone.setDefault(before);
        }
        byte[] a = Files.readAllBytes(dir.resolve("a/offline.zip"));
        assertThat(Files.readAllBytes(dir.resolve("b/offline.zip"))).isEqualTo(a);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(a))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(EditionZip.EPOCH);
                assertThat(e.getExtra()).as(e.getName()).isNull();
            }
        }
    }

    @Test
    void aZipAccordDidNotMakeIsNeverReplaced() throws IOException {
        Path portal = dir.resolve("portal");
        TestPortal.write(portal, PORTAL);
        Files.writeString(portal.resolve("offline.zip"), "my own notes", StandardCharsets.UTF_8);
        String[] r = run("build", "--portable", "--source", portal.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).isEqualTo("accord: error: " + portal.resolve("offline.zip") + ": exists and is not an offline edition"
                + " Accord made, so Accord will not replace it (move it away, or choose another --output)\n"
                + "build failed; nothing was written\n");
        assertThat(Files.readString(portal.resolve("offline.zip"), StandardCharsets.UTF_8)).isEqualTo("my own notes");
        assertThat(portal.resolve("offline")).doesNotExist();
    }

    /** Unpacks {@code zip} under {@code to}; returns its entry names in order. Refuses a name leaving {@code to}. */
    static List<String> unzip(Path zip, Path to) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                Path target = to.resolve(e.getName()).normalize();
                assertThat(target.startsWith(to)).as(e.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        return names;
    }
}
