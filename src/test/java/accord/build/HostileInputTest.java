package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every portal under {@code src/test/resources/hostile/} through {@code accord build} and
 * checks the outcome exactly: the exit code and every stderr line in the case's
 * {@code expected.txt} ({@code ${portal}} and {@code ${tmp}} stand for the temporary paths).
 * Around every build it checks that nothing outside the output folder changed, and, when the
 * build fails, that the previous site (a marked folder put there first) is byte-for-byte intact.
 * Cases that git would mangle (bytes, line ends, links) are finished by {@link #prepare}.
 *
 * <p>Run with {@code -Dhostile.record=true} to rewrite {@code expected.txt} from what Accord says
 * now; then read every changed file before committing it.
 */
class HostileInputTest {
    static final Path CASES = Path.of("src/test/resources/hostile");
    static final boolean RECORD = Boolean.getBoolean("hostile.record");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(35);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    private void run(Path caseDir) throws Exception {
        String name = caseDir.getFileName().toString();
        Path tmp = Files.createDirectory(temp.resolve(name));
        Path portal = tmp.resolve("portal");
        copyTree(caseDir, portal);
        Files.delete(portal.resolve("expected.txt"));
        Path site = tmp.resolve("site");
        writePreviousSite(site);
        Path output = prepare(name, tmp, portal, site);

        Map<String, String> before = snapshot(tmp, null);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--source", portal.toString(),
                "--output", output.toString());
        String stderr = err.toString().replace(portal.toString(), "${portal}").replace(tmp.toString(), "${tmp}");
        List<String> actual = Stream.concat(Stream.of(String.valueOf(code)), stderr.lines()).toList();

        Path expectedFile = caseDir.resolve("expected.txt");
        if (RECORD) Files.writeString(expectedFile, String.join("\n", actual) + "\n");
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        assertThat(actual).as("exit code and stderr of case %s", name).containsExactlyElementsOf(expected);

        if (code == 0) {
            assertThat(snapshot(tmp, output)).as("files outside the output folder").isEqualTo(withoutUnder(before, tmp, output));
            assertThat(output.resolve(".accord-site")).exists();
            assertThat(tmp.resolve(".site.accord-new")).doesNotExist();
            assertThat(tmp.resolve(".site.accord-old")).doesNotExist();
            checkOutput(name, output);
        } else {
            assertThat(snapshot(tmp, null)).as("every file, previous site included").isEqualTo(before);
        }
        checkEditorOutputs(name, portal, stderr);
    }

    /**
     * The editors' outputs, for the cases made for them: {@code check --format json} keeps a hostile message exact and
     * inert, and {@code report} (text, JSON, the preview page) shows hostile names as text, never as markup or as
     * terminal controls.
     */
    private static void checkEditorOutputs(String name, Path portal, String buildStderr) throws IOException {
        if (!name.startsWith("check-json-") && !name.startsWith("report-")) return;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        if (name.startsWith("check-json-")) {
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--source", portal.toString(), "--format", "json");
            assertThat(code).isEqualTo(1);
            String json = out.toString();
            assertThat(json).doesNotContain("</script>").doesNotContain("\u2028");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> problems = (List<Map<String, Object>>) ((Map<String, Object>) JsonCheck.parse(json)).get("problems");
            List<String> asText = problems.stream().map(p -> p.get("file") + ":" + ((Double) p.get("line")).intValue() + ":"
                    + ((Double) p.get("column")).intValue() + ": " + p.get("severity") + ": " + p.get("message")).toList();
            assertThat(buildStderr.lines().filter(l -> l.startsWith("content/")).toList())
                    .as("JSON carries the exact messages the text shows").isEqualTo(asText);
            return;
        }
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "report", "--source", portal.toString());
        assertThat(code).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text.chars().filter(c -> c != '\n' && (Character.isISOControl(c) || c == 0x202e || c == 0x2066
                || c == 0x2028 || c == 0x2029))).as("terminal controls in: %s", text).isEmpty();
        // The reader has already taken the bidirectional controls out (with a warning), so none reaches the report.
        assertThat(text).contains("likely duplicates");
        out.getBuffer().setLength(0);
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "report", "--source", portal.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).doesNotContain("<").doesNotContain("\u2028");
        assertThat(JsonCheck.parse(out.toString()).toString()).contains("</script><script>alert(1)</script>").doesNotContain("\u202e");
        Build.Checked checked = new Build(new BuildOptions(portal, portal.resolve("site"), false, java.util.Optional.empty(), false)).check();
        Document page = Jsoup.parse(accord.report.ReportPage.of(accord.report.QualityReport.of(checked.site().orElseThrow())));
        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.text()).contains("</script><script>alert(1)</script>").contains("\u201c<IMG SRC=X ONERROR=ALERT(1)>\u201d")
                .contains("A caveat with <script>alert(2)</script> and a second paragraph");
    }

    /** A site from an earlier build: marked, so Accord may replace it, but only after a good build. */
    private static void writePreviousSite(Path site) throws IOException {
        Files.createDirectories(site.resolve("notes/old"));
        Files.writeString(site.resolve(".accord-site"), "This folder was made by Accord; the next build replaces it.\n");
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>previous</title>\n");
        Files.write(site.resolve("notes/old/index.html"), new byte[] {0, 1, 2, (byte) 0xff});
    }

    /** Finishes the cases that cannot live in git as plain files; returns the output folder. */
    private static Path prepare(String name, Path tmp, Path portal, Path site) throws IOException {
        Path notes = portal.resolve("content/notes");
        switch (name) {
            case "output-is-content" -> {
                return portal.resolve("content");
            }
            case "output-inside-content" -> {
                return portal.resolve("content/site");
            }
            case "output-is-templates" -> {
                return portal.resolve("templates");
            }
            case "output-is-portal-root" -> {
                return portal;
            }
            case "output-contains-portal" -> {
                return tmp;
            }
            case "output-through-symlink-into-content" -> {
                Files.createSymbolicLink(tmp.resolve("shortcut"), portal.resolve("content"));
                return tmp.resolve("shortcut/site");
            }
            case "output-not-made-by-accord" -> {
                deleteTree(site);
                Files.createDirectories(site);
                Files.writeString(site.resolve("thesis.txt"), "three years of work\n");
            }
            case "output-foreign-many-files" -> {
                deleteTree(site);
                Files.createDirectories(site.resolve("drafts"));
                for (int i = 1; i <= 12; i++) Files.writeString(site.resolve(String.format("note-%02d.txt", i)), "mine\n");
            }
            case "output-keep-cname", "output-keep-written-by-build" -> {
                Files.writeString(site.resolve("CNAME"), "portal.example.org\n");
                Files.writeString(site.resolve(".nojekyll"), "");
                Files.writeString(Files.createDirectories(site.resolve(".well-known")).resolve("security.txt"), "Contact: x\n");
                Files.writeString(site.resolve("robots.txt"), "User-agent: *\n");
                for (String f : List.of("CNAME", ".nojekyll", ".well-known/security.txt", ".well-known")) {
                    Files.setLastModifiedTime(site.resolve(f), KEPT_TIME);
                }
            }
            case "output-keep-unmarked-folder", "output-keep-not-listed" -> {
                deleteTree(site);
                Files.createDirectories(site);
                Files.writeString(site.resolve("CNAME"), "portal.example.org\n");
                Files.setLastModifiedTime(site.resolve("CNAME"), KEPT_TIME);
                if (name.equals("output-keep-not-listed")) Files.writeString(site.resolve("notes.txt"), "mine\n");
            }
            case "output-symlink-to-elsewhere" -> {
                deleteTree(site);
                Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
                Files.writeString(elsewhere.resolve(".accord-site"), "forged marker\n");
                Files.writeString(elsewhere.resolve("thesis.txt"), "three years of work\n");
                Files.createSymbolicLink(site, elsewhere);
            }
            case "symlink-record-outside" -> {
                Files.writeString(tmp.resolve("secret.md"), "---\ntitle: Secret\n---\nroot:x:0:0\n");
                Files.createSymbolicLink(notes.resolve("secret.md"), tmp.resolve("secret.md"));
            }
            case "symlink-collection-outside" -> {
                Path outside = Files.createDirectories(tmp.resolve("outside"));
                Files.writeString(outside.resolve("secret.md"), "---\ntitle: Secret\n---\n");
                Files.createSymbolicLink(portal.resolve("content/stolen"), outside);
            }
            case "symlink-template" -> {
                Files.writeString(tmp.resolve("outside.ftlh"), "<!doctype html><p>${page.title}</p>\n");
                Files.createDirectories(portal.resolve("templates"));
                Files.createSymbolicLink(portal.resolve("templates/record.ftlh"), tmp.resolve("outside.ftlh"));
            }
            case "symlink-templates-folder" -> {
                Path outside = Files.createDirectories(tmp.resolve("outside-templates"));
                Files.writeString(outside.resolve("record.ftlh"), "<!doctype html><p>${record.title}</p>\n");
                Files.createSymbolicLink(portal.resolve("templates"), outside);
            }
            case "template-include-outside" -> Files.writeString(tmp.resolve("outside.ftlh"), "<p>outside</p>\n");
            case "symlink-schema" -> {
                Files.move(portal.resolve("content/schema.yml"), tmp.resolve("schema.yml"));
                Files.createSymbolicLink(portal.resolve("content/schema.yml"), tmp.resolve("schema.yml"));
            }
            case "invalid-utf8" -> Files.write(notes.resolve("x.md"), bytes(
                    "---\ntitle: Latin-1\n---\nFirst line.\nCaf", new byte[] {(byte) 0xE9}, " au lait.\n"));
            case "utf16-saved-as-unicode" -> {
                // What Windows editors call "Unicode": UTF-16 little-endian, with its byte order mark and without.
                byte[] text = "---\ntitle: Unicode\n---\nBody.\n".getBytes(StandardCharsets.UTF_16LE);
                Files.write(notes.resolve("x.md"), bytes("", new byte[] {(byte) 0xFF, (byte) 0xFE}, ""));
                Files.write(notes.resolve("x.md"), text, java.nio.file.StandardOpenOption.APPEND);
                Files.write(notes.resolve("y.md"), text);
            }
            case "invalid-utf8-front-matter" -> Files.write(notes.resolve("x.md"), bytes(
                    "---\ntitle: Bad ", new byte[] {(byte) 0xC3, (byte) 0x28}, "\n---\n"));
            case "file-too-large" -> {
                byte[] big = new byte[8 * 1024 * 1024 + 1];
                java.util.Arrays.fill(big, (byte) 'a');
                byte[] head = "---\ntitle: Big\n---\n".getBytes(StandardCharsets.UTF_8);
                System.arraycopy(head, 0, big, 0, head.length);
                Files.write(notes.resolve("big.md"), big);
            }
            case "search-large-body" -> {
                // 2 MB of prose: a few hundred words, repeated.
                StringBuilder body = new StringBuilder("---\ntitle: A very long record\n---\n");
                String[] words = "climate finance regional cooperation trade corridor energy water resilience adaptation".split(" ");
                for (int i = 0; body.length() < 2 * 1024 * 1024; i++) {
                    body.append(words[i % words.length]).append(i % 97 == 0 ? "s" + (i % 500) : "").append(i % 13 == 12 ? ".\n" : " ");
                }
                Files.writeString(notes.resolve("big.md"), body);
            }
            case "search-many-words" -> {
                // 50,000 distinct words sharing their first letters, as one record's body.
                StringBuilder body = new StringBuilder("---\ntitle: A record of many words\n---\n");
                for (int i = 0; i < 50_000; i++) {
                    body.append("zq").append(Integer.toString(i, 26).chars()
                            .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0' : c + 10)))
                            .reduce("", String::concat)).append(i % 10 == 9 ? "\n" : " ");
                }
                Files.writeString(notes.resolve("words.md"), body);
            }
            case "nul-in-front-matter" -> Files.write(notes.resolve("x.md"), bytes("---\ntitle: Nul", new byte[] {0}, "\n---\n"));
            case "nul-in-body" -> Files.write(notes.resolve("x.md"), bytes("---\ntitle: Nul\n---\nBefore", new byte[] {0}, "after.\n"));
            case "bom-crlf" -> Files.write(notes.resolve("x.md"), bytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    "---\r\ntitle: Windows file\r\ndate: 2024-11-14\r\n---\r\nSaved with a BOM and CRLF.\r\n"));
            case "git-hostile-commits" -> {
                // Commit text is anyone's: markup, quotes, CDATA and comment ends, a control character, and
                // a subject of 5,000 characters. git keeps all of it but the angle brackets of a name.
                GitRepo repo = GitRepo.init(portal);
                repo.commit("Eve <b>Mallory</b> & \"Co\" ]]>", "2024-11-14T10:00:00+04:00",
                        "<script>alert(1)</script> & \"q\" ]]> --> \u0001 <img src=x onerror=alert(2)>");
                Files.writeString(notes.resolve("good.md"), "---\ntitle: Good\n---\nFine, and longer.\n");
                repo.commit("Long", "2024-11-15T10:00:00+04:00", "x".repeat(5000));
            }
            case "urls-manifest-symlink" -> {
                Files.writeString(tmp.resolve("secret.txt"), "/root-secret/\nroot:x:0:0:root:/root:/bin/bash\n");
                Files.createSymbolicLink(portal.resolve("content/urls.txt"), tmp.resolve("secret.txt"));
            }
            case "urls-manifest-not-utf8" -> Files.write(portal.resolve("content/urls.txt"), bytes(
                    "/\n/notes/caf", new byte[] {(byte) 0xE9}, "/\n"));
            case "lone-cr-line-ends" -> Files.write(notes.resolve("x.md"), bytes(
                    "---\rtitle: Old Mac file\r---\rLine ends are CR alone.\r", new byte[0], ""));
            default -> {
            }
        }
        return site;
    }

    /** When the files a case keeps in its output folder were last changed, before the build. */
    static final java.nio.file.attribute.FileTime KEPT_TIME = java.nio.file.attribute.FileTime.fromMillis(1_577_836_800_000L);

    /** Assertions on the built site for the cases that build. */
    private static void checkOutput(String name, Path site) throws IOException {
        switch (name) {
            case "output-keep-cname" -> {
                // Kept as they were, times included; the old site's own files are gone.
                assertThat(Files.readString(site.resolve("CNAME"))).isEqualTo("portal.example.org\n");
                assertThat(Files.readString(site.resolve(".well-known/security.txt"))).isEqualTo("Contact: x\n");
                for (String f : List.of("CNAME", ".nojekyll", ".well-known/security.txt", ".well-known")) {
                    assertThat(Files.getLastModifiedTime(site.resolve(f))).as(f).isEqualTo(KEPT_TIME);
                }
                assertThat(site.resolve("notes/old")).doesNotExist();
                assertThat(Files.readString(site.resolve("robots.txt"))).isNotEqualTo("User-agent: *\n");
            }
            case "output-keep-unmarked-folder" -> {
                assertThat(Files.readString(site.resolve("CNAME"))).isEqualTo("portal.example.org\n");
                assertThat(Files.getLastModifiedTime(site.resolve("CNAME"))).isEqualTo(KEPT_TIME);
                assertThat(site.resolve("notes/good/index.html")).exists();
            }
            case "title-empty", "title-blank", "title-null" -> throw new AssertionError("an empty title must not build");
            case "bidi-override", "bidi-escaped-in-yaml" -> {
                Document page = page(site, "notes/x");
                assertThat(page.select("h1").text()).isEqualTo(name.equals("bidi-override")
                        ? "Invoice gnp.exe for March" : "Escaped in YAML");
            }
            case "implicit-typing-stays-text" -> {
                Document page = page(site, "notes/x");
                List<String> values = page.select("dd").eachText();
                assertThat(values).contains("no", "on", "0123", "1.10", "12:30", "NO", "2024-01-01");
            }
            case "portable-hostile-links" -> {
                // The offline edition of the same portal: each page is the web page with only its links to folders
                // changed (FileLinks), so nothing a record holds becomes markup or a link it was not.
                Path offline = site.resolveSibling("offline");
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--portable", "--source",
                        site.resolveSibling("portal").toString(), "--output", offline.toString())).as(err.toString()).isZero();
                for (String p : List.of("notes/x/index.html", "notes/good/index.html", "notes/old-x/index.html", "index.html")) {
                    assertThat(Files.readString(offline.resolve(p), StandardCharsets.UTF_8)).as(p)
                            .isEqualTo(accord.portable.FileLinks.rewrite(Files.readString(site.resolve(p), StandardCharsets.UTF_8)));
                }
                Document page = Jsoup.parse(Files.readString(offline.resolve("notes/x/index.html"), StandardCharsets.UTF_8));
                assertThat(page.select("h1").text()).isEqualTo("\"><a href=\"../\">home</a><script>alert(1)</script>");
                assertThat(page.select("main a[href*=evil]").eachAttr("href")).containsExactly("https://evil.example/dir/", "//evil.example/dir/");
                assertThat(page.select("main a[href*=good]").eachAttr("href")).containsExactly("../../notes/good/index.html");
                assertThat(page.select("main form, main meta, main script, main b")).isEmpty();
                assertThat(Files.readString(offline.resolve("notes/old-x/index.html"), StandardCharsets.UTF_8))
                        .contains("content=\"0; url=../../notes/x/index.html\"");
            }
            case "redirect-title-escaped" -> {
                for (String old : List.of("notes/old-x/index.html", "old/x.html")) {
                    Document page = Jsoup.parse(Files.readString(site.resolve(old), StandardCharsets.UTF_8));
                    assertThat(page.select("script")).isEmpty();
                    assertThat(page.select("meta[http-equiv]")).hasSize(1);
                    assertThat(page.select("meta[http-equiv]").attr("content")).matches("0; url=(\\.\\./)+notes/x/");
                    assertThat(page.select("main a").text()).startsWith("\"><script>alert(1)</script>");
                }
                assertThat(Files.readString(site.resolve("_redirects"))).isEqualTo("# Made by Accord from the records'"
                        + " redirect_from; each old address also has a page.\n/notes/old-x/ /notes/x/ 301\n/old/x.html /notes/x/ 301\n");
            }
            case "lifecycle-reason-script" -> {
                Document x = page(site, "notes/x");
                assertThat(x.select("script:not([type=application/ld+json]), img, b, main a[href^=javascript]")).isEmpty();
                assertThat(x.select(".lifecycle-notice p").first().text()).isEqualTo("Superseded by Good:"
                        + " \"><script>alert(1)</script><img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">here</a>");
                assertThat(x.select(".lifecycle-notice a").eachAttr("href")).containsExactly("../../notes/good/");
                Document y = page(site, "notes/y");
                assertThat(y.select("script:not([type=application/ld+json])")).isEmpty();
                assertThat(y.select(".lifecycle-notice p").first().text()).isEqualTo("Withdrawn: </p></div><script>alert(4)</script>evil");
                assertThat(page(site, "notes").select("section.retired a").eachText()).containsExactly("Old <b>note</b>", "Withdrawn");
            }
            case "tombstone-reason-script" -> {
                Document gone = page(site, "notes/gone");
                assertThat(gone.select("script, main a[href^=javascript]")).isEmpty();
                assertThat(gone.select("[role=note] a").eachAttr("href")).containsExactly("../../notes/good/");
                assertThat(gone.select("[role=note] p").text()).endsWith("because: \"><script>alert(1)</script> see Good &"
                        + " <a href=\"javascript:alert(2)\">x</a>");
            }
            case "tombstone-change-feed" -> {
                // Outside git the history is not known, but the removals are the manifest's: both are listed, as text.
                Document changes = page(site, "changes");
                assertThat(changes.select("main script, main img, main q")).isEmpty();
                assertThat(changes.select("table.changes tbody tr.removed")).hasSize(2);
                assertThat(changes.select("table.changes tbody th a").eachAttr("href"))
                        .containsExactly("../notes/gone/", "../notes/older.html");
                assertThat(changes.select("table.changes tbody td[data-label=Change]").eachText()).containsExactly(
                        "Removed: ]]> --> <![CDATA[ x \"><script>alert(1)</script> &amp; <img src=x onerror=alert(2)> see /notes/good/",
                        "Removed: '</q></td></tr></table><script>alert(3)</script>");
                String feed = Files.readString(site.resolve("changes.xml"));
                assertThat(feed).doesNotContain("<script").doesNotContain("<![CDATA[").contains("]]&gt;");
                Document xml = Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
                assertThat(xml.select("entry > title").eachText()).containsExactly("Removed: /notes/gone/", "Removed: /notes/older.html");
                assertThat(xml.select("entry > summary").eachText()).containsExactly(
                        "The page at /notes/gone/ was removed on 30 November 2026: ]]> --> <![CDATA[ x \"><script>alert(1)</script>"
                                + " &amp; <img src=x onerror=alert(2)> see /notes/good/",
                        "The page at /notes/older.html was removed on 2 January 2026: '</q></td></tr></table><script>alert(3)</script>");
            }
            case "raw-html-escaped" -> {
                Document page = page(site, "notes/x");
                assertThat(page.select("main script, article script")).isEmpty();
                assertThat(page.select("img[onerror]")).isEmpty();
                assertThat(page.text()).contains("<script>alert(\"block\")</script>");
                assertThat(page.select("script").stream().map(Element::data)).noneMatch(d -> d.contains("alert"));
            }
            case "raw-html-sanitised-when-allowed" -> {
                Document page = page(site, "notes/x");
                assertThat(page.select("script").stream().map(Element::data)).noneMatch(d -> d.contains("alert"));
                assertThat(page.select("[onclick], [onmouseover]")).isEmpty();
                assertThat(page.select("em").eachText()).contains("emphasis");
                assertThat(page.select("a[href=https://example.org/]").eachText()).contains("ok");
                assertThat(page.select("[href], [src]").stream().map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")))
                        .noneMatch(u -> u.toLowerCase(java.util.Locale.ROOT).matches("\\s*(javascript|data):.*"));
            }
            case "template-portal-autoescape" -> {
                // The portal's own .ftlh gets HTML auto-escaping too, and the body arrives as markup.
                Document page = page(site, "notes/x");
                assertThat(page.select("img[onerror], b, script")).isEmpty();
                assertThat(page.select("h1").text()).isEqualTo("<img src=x onerror=alert(1)> & <b>bold</b>");
                assertThat(page.select("p.attr").attr("title")).isEqualTo("<img src=x onerror=alert(1)> & <b>bold</b>");
                assertThat(page.select("div.body strong").eachText()).containsExactly("kept");
            }
            case "schema-html-in-labels" -> {
                for (String p : List.of("notes/x", "notes")) {
                    Document page = page(site, p);
                    assertThat(page.select("script").stream().map(Element::data)).as(p).noneMatch(d -> d.contains("alert"));
                    assertThat(page.select("img[onerror], [onmouseover]")).as(p).isEmpty();
                }
                Element ld = page(site, "notes/x").selectFirst("script[type=application/ld+json]");
                if (ld != null) assertThat(JsonCheck.parse(ld.data())).isInstanceOf(Map.class);
            }
            case "nul-in-body" -> assertThat(Files.readString(site.resolve("notes/x/index.html"))).doesNotContain("\u0000");
            case "git-hostile-commits" -> {
                Document good = page(site, "notes/good");
                assertThat(good.select("script")).allMatch(e -> e.attr("type").equals("application/ld+json"));
                assertThat(good.select("img")).isEmpty();
                assertThat(good.select("#record-history li").eachText()).containsExactly(
                        "15 Nov 2024 · Changed by Long: " + "x".repeat(300) + "… (commit " + good.select("#record-history li a")
                                .first().text().substring("commit ".length()) + ")",
                        "14 Nov 2024 · Added by Eve bMallory/b & \"Co\" ]]: <script>alert(1)</script> & \"q\" ]]> -->"
                                + " <img src=x onerror=alert(2)> (commit " + good.select("#record-history li a").get(1).text()
                                .substring("commit ".length()) + ")");
                assertThat(good.select("#record-history li a").eachAttr("href")).allMatch(h -> h.startsWith("https://git.example.org/o/r/commit/"));
                String feed = Files.readString(site.resolve("changes.xml"));
                assertThat(feed).doesNotContain("\u0001").doesNotContain("<script").contains("&lt;script&gt;");
                Document xml = Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
                assertThat(xml.select("entry > author > name").eachText()).containsExactly("Long", "Eve bMallory/b & \"Co\" ]]");
                assertThat(page(site, "changes").select("table.changes td[data-label=Change] q").eachText())
                        .allMatch(t -> t.length() <= 301);
            }
            case "raw-html-keeps-flexmark-output" -> {
                // With raw_html on, the safelist must keep what flexmark itself emits.
                Document page = page(site, "notes/x");
                assertThat(page.select("div.body h2[id]").eachAttr("id")).containsExactly("a-heading");
                assertThat(page.select("div.body table.table td").eachText()).containsExactly("1", "2");
                assertThat(page.select("div.body sup a[href^=#fn]")).hasSize(1);
                assertThat(page.select("div.body li[id^=fn]")).hasSize(1);
                assertThat(page.select("div.body del").eachText()).containsExactly("gone");
                assertThat(page.select("div.body span.x").attr("style")).isEmpty();
                assertThat(page.select("div.body li[id^=fn] a[href^=#fnref]")).hasSize(1);
                Document other = page(site, "notes/other");
                assertThat(other.select("div.body a").eachAttr("href")).containsExactly("../../notes/x/#a-heading");
                assertThat(other.select("div.body hr")).hasSize(1);
            }
            case "title-html-escaped" -> {
                Document page = page(site, "notes/x");
                assertThat(page.select("img[onerror], b")).isEmpty();
                assertThat(page.select("h1").text()).isEqualTo("<img src=x onerror=alert(1)> & <b>bold</b>");
            }
            case "jsonld-script-breakout" -> {
                Document page = page(site, "notes/x");
                List<Element> scripts = page.select("script");
                assertThat(scripts).allMatch(s -> !s.data().contains("alert(1)</script>"));
                Element ld = page.selectFirst("script[type=application/ld+json]");
                assertThat(ld).isNotNull();
                String json = ld.data();
                assertThat(json).doesNotContain("<").doesNotContain("\u2028");
                assertThat(JsonCheck.parse(json)).isInstanceOf(Map.class);
                assertThat(((Map<?, ?>) JsonCheck.parse(json)).get("name"))
                        .isEqualTo("</script><script>alert(1)</script> \u2028 & more");
            }
            case "search-script-breakout" -> SearchFiles.check(site, 0);
            case "search-facet-breakout" -> {
                // Facet values and labels are data in every file they reach (value lists, the manifest, prefix files),
                // and a value that is no plain name (markup, a path, a device name) is a file named by its hash.
                SearchFiles.check(site, 0);
                String manifest = Files.readString(site.resolve("search/manifest.js"));
                assertThat(manifest).contains("[\"tags\",\"Tags\",61]").contains("\\u003c/script\\u003e");
                try (Stream<Path> files = Files.list(site.resolve("search/f/v/tags"))) {
                    assertThat(files.map(f -> f.getFileName().toString()).toList()).hasSize(61)
                            .allMatch(n -> n.matches("(_[0-9a-f]{16}|[a-z0-9][a-z0-9._-]*[a-z0-9])\\.js"))
                            .doesNotContain("con.js").contains("plain.js");
                }
                assertThat(Files.readString(site.resolve("search/f/v/kind/talk.js")))
                        .startsWith("accord.searchShard(\"f/v/kind/talk\",{\"label\":\"\\u003c/script\\u003e");
                assertThat(Files.readString(site.resolve("search/f/v/about/notes--x.js")))
                        .startsWith("accord.searchShard(\"f/v/about/notes--x\",{\"label\":\"\\u003c/script\\u003e");
                try (Stream<Path> files = Files.list(site.resolve("search/p/tags"))) {
                    assertThat(files.count()).isGreaterThan(5);
                }
            }
            case "search-translation-breakout" -> {
                // A translation is indexed in its language, at its own address, and stays data like any record text.
                SearchFiles.check(site, 0);
                String result = Files.readString(site.resolve("search/r/" + SearchBuildTest.hexOf("взлом") + ".js"));
                assertThat(result).contains("\"ru/notes/x/\"").contains("\\u003c/script\\u003e");
            }
            case "search-large-body" -> {
                SearchFiles.check(site, SearchFiles.BOUND);
                assertThat(SearchFiles.terms(site)).contains("climate", "resilience", "adaptations499");
            }
            case "search-many-words" -> {
                SearchFiles.check(site, SearchFiles.BOUND);
                assertThat(SearchFiles.terms(site)).contains("zqa", "zqsgv", "zqcvzb").hasSizeGreaterThan(50_000);
            }
            case "bom-crlf" -> {
                Document page = page(site, "notes/x");
                assertThat(page.select("h1").text()).isEqualTo("Windows file");
                assertThat(page.html()).doesNotContain("\uFEFF").doesNotContain("\r");
            }
            case "lone-cr-line-ends" -> assertThat(page(site, "notes/x").select("h1").text()).isEqualTo("Old Mac file");
            case "front-matter-cannot-choose-path" -> {
                assertThat(site.resolve("notes/x/index.html")).exists();
                assertThat(site.getParent().resolve("escaped")).doesNotExist();
                assertThat(site.getParent().resolve("escaped.html")).doesNotExist();
            }
            case "link-raw-tab-is-text" -> {
                Document page = page(site, "notes/x");
                assertThat(page.select("a[href]").eachAttr("href")).noneMatch(h -> h.toLowerCase().contains("script"));
                assertThat(page.text()).contains("[click](<java");
            }
            case "markdown-long-break-lines" -> {
                Document page = page(site, "notes/x");
                assertThat(page.select("div.body hr")).hasSize(2);
                assertThat(page.select("div.body h2").eachText()).containsExactly("Heading");
                assertThat(page.select("div.body a[href=https://example.org/]")).hasSize(1);
            }
            case "template-no-esc-not-needed" -> assertThat(page(site, "notes/x").select("strong").eachText()).contains("bold");
            case "translation-title-hostile" -> {
                // A translation's title is text on its language's pages, in JSON-LD and in the CSV's language columns.
                String title = "</script><script>alert(1)</script><img src=x onerror=alert(1)> & «кавычки»";
                Document list = page(site, "ru/notes");
                assertThat(list.select("main script, main img")).isEmpty();
                assertThat(list.select("table.records a").eachText()).contains(title);
                Document record = page(site, "ru/notes/x");
                assertThat(record.select("h1").text()).isEqualTo(title);
                assertThat(record.select("script:not([src])").stream().map(Element::html).toList())
                        .allSatisfy(js -> assertThat(js).doesNotContain("</script").doesNotContain("<script"));
                assertThat(record.select("img")).isEmpty();
                assertThat(Files.readString(site.resolve("data/notes.csv"))).contains(",\"'=HYPERLINK(");
                assertThat(JsonCheck.parse(Files.readString(site.resolve("data/notes/x.json")))).isInstanceOf(Map.class);
            }
            case "i18n-words-hostile" -> {
                // A portal's own words (templates/i18n/) are text, escaped like content, except keys ending in _html.
                Document home = page(site, "ru");
                assertThat(home.select("script:not([type=application/ld+json]):not([src])")).isEmpty();
                assertThat(home.select("[onmouseover], img")).isEmpty();
                assertThat(home.select("nav.languages a[lang=ru]").text()).isEqualTo("Русский\" onmouseover=\"alert(1)");
                assertThat(home.select("form.search button").text()).isEqualTo("<script>alert(1)</script>Поиск");
                Document empty = page(site, "ru/events");
                assertThat(empty.select("main img")).isEmpty();
                assertThat(empty.select("main p").eachText()).contains("<img src=x onerror=alert(1)>");
            }
            default -> HostileDataChecks.check(name, site); // the data outputs' cases (data-*, site-base-url-*)
        }
        // Whatever the case, the body never holds a replacement character or a live script from content.
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(p)).as(p.toString()).doesNotContain("\uFFFD")
                        .doesNotContainPattern("[\u202A-\u202E\u2066-\u2069]|&#[xX]0*202[eE];|&#0*8238;");
            }
        }
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    private static byte[] bytes(String head, byte[] middle, String tail) {
        byte[] a = head.getBytes(StandardCharsets.UTF_8);
        byte[] c = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    // ---- file helpers, shared with the other hostile-input tests ----

    /** Every path under {@code root} (links not followed) with its content's hash, skipping {@code exclude}. */
    static Map<String, String> snapshot(Path root, Path exclude) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (exclude != null && dir.equals(exclude)) return FileVisitResult.SKIP_SUBTREE;
                // The history read last time, which a build keeps in the repository's git folder (GitHistory's cache):
                // Accord's own file there, never one of the portal's.
                if (dir.getFileName() != null && dir.getFileName().toString().equals("accord-history")
                        && dir.getParent() != null && dir.getParent().getFileName().toString().equals(".git")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                files.put(root.relativize(dir) + "/", "dir");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (exclude != null && file.equals(exclude)) return FileVisitResult.CONTINUE;
                String what = attrs.isSymbolicLink() ? "link " + Files.readSymbolicLink(file) : sha256(Files.readAllBytes(file));
                files.put(root.relativize(file).toString(), what);
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static Map<String, String> withoutUnder(Map<String, String> snapshot, Path root, Path exclude) {
        String prefix = root.relativize(exclude).toString();
        Map<String, String> copy = new TreeMap<>(snapshot);
        copy.keySet().removeIf(k -> k.equals(prefix) || k.startsWith(prefix + "/"));
        return copy;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw new UncheckedIOException(e);
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
