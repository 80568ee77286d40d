package accord.portable;

import static org.assertj.core.api.Assertions.assertThat;

import accord.archive.Verify;
import accord.build.TestPortal;
import accord.check.HtmlScanner;
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
    private static final Pattern ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]*)\"");
    private static final Pattern REFRESH = Pattern.compile("http-equiv=\"refresh\" content=\"0; url=([^\"]*)\"");

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

    @Test
    void everyLinkOfEveryPageNamesAFileOfTheCopy() throws IOException {
        Path offline = buildPortable(dir.resolve("portal"));
        assertThat(offline.resolve("404.html")).doesNotExist();
        assertThat(offline.resolve("speakers/anna-zeler/index.html")).exists();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> walk = Files.walk(offline)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                List<String> links = new ArrayList<>(HtmlScanner.scan(html).links());
                for (Pattern p : List.of(ACTION, REFRESH)) {
                    Matcher m = p.matcher(html);
                    while (m.find()) links.add(m.group(1).replace("&amp;", "&"));
                }
                for (String link : links) {
                    if (link.startsWith("#") || link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) continue;
                    checked++;
                    String path = link.replaceAll("[?#].*$", "");
                    Path target = page.getParent().resolve(URI.create(path.isEmpty() ? "x" : path).getPath()).normalize();
                    if (path.isEmpty()) continue;
                    if (Files.isDirectory(target)) problems.add(offline.relativize(page) + ": " + link + " is a folder");
                    else if (!Files.isRegularFile(target)) problems.add(offline.relativize(page) + ": " + link + " is missing");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(200);
        String redirect = Files.readString(offline.resolve("speakers/anna-zeler/index.html"), StandardCharsets.UTF_8);
        assertThat(redirect).contains("content=\"0; url=../../speakers/anna-zeller/index.html\"")
                .contains("<a href=\"../../speakers/anna-zeller/index.html\">");
        String home = Files.readString(offline.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(home).contains("action=\"search/index.html\"").contains("href=\"sessions/index.html\"");
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
