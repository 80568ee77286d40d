package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.cli.Main;
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
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's addresses that never break, through whole builds of {@link TestPortal#PORTAL} with a
 * {@code redirect_from} field: redirect pages and {@code _redirects}, their errors at the line, the URL manifest
 * ({@code content/urls.txt}) and {@code accord urls}, and {@code manifest.json} with {@code accord verify}.
 */
class ArchiveBuildTest {
    /** The test schema with the redirect field every collection shares (it takes its role by its name). */
    static final String PORTAL = TestPortal.PORTAL.replace("common:\n", "common:\n"
            + "  redirect_from: { type: list(string), label: Old addresses, shown: false, search: false }\n");

    @TempDir
    Path dir;

    private static String jabbarov(String redirects) {
        return """
                -- content/speakers/mikayil-jabbarov.md --
                ---
                title: Mikayil Jabbarov
                sort_name: Jabbarov, Mikayil
                organization: ministry-of-economy
                topics: [climate-finance]
                %s
                ---
                Minister of Economy.
                """.formatted(redirects);
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void oldSlugsAndPathsBecomeRedirectPagesAndTheHostFile() throws Exception {
        TestPortal.write(dir, PORTAL + jabbarov("redirect_from: [mikayil-jabarov, /people/jabbarov/, \"/old/minister.html\", old/minister]"));
        BuildResult result = TestPortal.build(dir);
        assertThat(TestPortal.problems(result)).isEmpty();

        Document moved = page("speakers/mikayil-jabarov/index.html");
        assertThat(moved.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../speakers/mikayil-jabbarov/");
        assertThat(moved.select("link[rel=canonical]").attr("href")).isEqualTo("https://accord.test/portal/speakers/mikayil-jabbarov/");
        assertThat(moved.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(moved.select("main a").attr("href")).isEqualTo("../../speakers/mikayil-jabbarov/");
        assertThat(moved.select("main").text()).isEqualTo("This page has moved It is now at Mikayil Jabbarov.");
        assertThat(moved.select("html").attr("lang")).isEqualTo("en");
        assertThat(page("people/jabbarov/index.html").select("main a").attr("href")).isEqualTo("../../speakers/mikayil-jabbarov/");
        assertThat(page("old/minister.html").select("main a").attr("href")).isEqualTo("../speakers/mikayil-jabbarov/");
        assertThat(page("old/minister/index.html").select("main a").attr("href")).isEqualTo("../../speakers/mikayil-jabbarov/");

        assertThat(Files.readString(dir.resolve("site/_redirects"))).isEqualTo("""
                # Made by Accord from the records' redirect_from; each old address also has a page.
                /portal/old/minister.html /portal/speakers/mikayil-jabbarov/ 301
                /portal/old/minister/ /portal/speakers/mikayil-jabbarov/ 301
                /portal/people/jabbarov/ /portal/speakers/mikayil-jabbarov/ 301
                /portal/speakers/mikayil-jabarov/ /portal/speakers/mikayil-jabbarov/ 301
                """);
        // The Nu Html Checker finds nothing in the redirect pages (the 0-second refresh is also what axe-core allows).
        Path vnu = Path.of("node_modules/vnu-jar/build/dist/vnu.jar").toAbsolutePath();
        assertThat(vnu).as("vnu.jar: run README's test command, which installs it").exists();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                vnu.toString(), "--Werror",
                dir.resolve("site/speakers/mikayil-jabarov/index.html").toString(), dir.resolve("site/old/minister.html").toString())
                .redirectErrorStream(true).start();
        String findings = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(findings).isZero();
        // The old addresses stay out of the page itself and out of the sitemap.
        assertThat(page("speakers/mikayil-jabbarov/index.html").text()).doesNotContain("mikayil-jabarov");
        assertThat(Files.readString(dir.resolve("site/sitemap.xml"))).doesNotContain("jabarov").doesNotContain("old/minister");
    }

    @Test
    void anOldSlugAlsoRedirectsTheRecordsPagesInTheOtherLanguagesSoTheManifestKeepsThem() throws Exception {
        TestPortal.write(dir, PORTAL.replace("language: en\n", "language: en\nlanguages: [en, ru]\n")
                + jabbarov("redirect_from: [mikayil-jabarov, /people/jabbarov/]"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        // The Russian page of the old slug leads to the Russian page; a path written in full stays one address.
        Document ru = page("ru/speakers/mikayil-jabarov/index.html");
        assertThat(ru.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../../ru/speakers/mikayil-jabbarov/");
        assertThat(ru.select("link[rel=canonical]").attr("href")).isEqualTo("https://accord.test/portal/ru/speakers/mikayil-jabbarov/");
        assertThat(ru.select("main a").attr("href")).isEqualTo("../../../ru/speakers/mikayil-jabbarov/");
        assertThat(dir.resolve("site/ru/people/jabbarov")).doesNotExist();
        assertThat(Files.readString(dir.resolve("site/_redirects"))).isEqualTo("""
                # Made by Accord from the records' redirect_from; each old address also has a page.
                /portal/people/jabbarov/ /portal/speakers/mikayil-jabbarov/ 301
                /portal/ru/speakers/mikayil-jabarov/ /portal/ru/speakers/mikayil-jabbarov/ 301
                /portal/speakers/mikayil-jabarov/ /portal/speakers/mikayil-jabbarov/ 301
                """);

        // A record renamed in a portal with languages: its old addresses in every language are published, and
        // listing the old slug in redirect_from is all the manifest asks.
        TestPortal.write(dir, PORTAL.replace("language: en\n", "language: en\nlanguages: [en, ru]\n") + jabbarov(""));
        assertThat(run("urls", "--update", "--source", dir.toString())[0]).isEqualTo("0");
        assertThat(Files.readString(dir.resolve("content/urls.txt"))).contains("/ru/speakers/mikayil-jabbarov/\n");
        Files.move(dir.resolve("content/speakers/mikayil-jabbarov.md"), dir.resolve("content/speakers/mikayil-jabbarov-2.md"));
        // (The sessions still name the old slug: those errors are the editor's next step, and not the manifest's.)
        assertThat(TestPortal.problems(TestPortal.build(dir)).stream().filter(m -> m.startsWith("content/urls.txt"))
                .map(m -> m.substring(0, m.indexOf(" was published")))).containsExactly(
                "content/urls.txt:26:1: error: /ru/speakers/mikayil-jabbarov/", "content/urls.txt:40:1: error: /speakers/mikayil-jabbarov/");
        Files.writeString(dir.resolve("content/speakers/mikayil-jabbarov-2.md"),
                Files.readString(dir.resolve("content/speakers/mikayil-jabbarov-2.md"))
                        .replace("title: Mikayil Jabbarov\n", "title: Mikayil Jabbarov\nredirect_from: [mikayil-jabbarov]\n"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).noneMatch(m -> m.startsWith("content/urls.txt")).hasSize(3);
    }

    @Test
    void oneTombstoneLineKeepsADeletedRecordsAddressInEveryLanguageAndIsListedOnce() throws Exception {
        TestPortal.write(dir, PORTAL.replace("language: en\n", "language: en\nlanguages: [en, ru]\n"));
        assertThat(run("urls", "--update", "--source", dir.toString())[0]).isEqualTo("0");
        Files.delete(dir.resolve("content/topics/trade.md"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).hasSize(2).allMatch(m -> m.contains("/topics/trade/ was published"));
        Files.writeString(dir.resolve("content/urls.txt"), "gone /topics/trade/ 2026-11-30 merged into /topics/climate-finance/.\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        // An old slug of a record: its Russian redirect page in Russian words too, the title marked as English.
        Files.writeString(dir.resolve("content/speakers/bob-adams.md"), "---\ntitle: Bob Adams\nsort_name: Adams, Bob\n"
                + "redirect_from: [robert-adams]\n---\n");
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document moved = page("ru/speakers/robert-adams/index.html");
        assertThat(moved.select("html").attr("lang")).isEqualTo("ru");
        assertThat(moved.select("h1").text()).isEqualTo("Эта страница перемещена");
        assertThat(moved.select("main p").text()).isEqualTo("Теперь она здесь: Bob Adams.");
        assertThat(moved.select("main p a[lang=en]").attr("href")).isEqualTo("../../../ru/speakers/bob-adams/");
        assertThat(moved.select("title").text()).isEqualTo("Перемещено: Bob Adams · Test portal");
        assertThat(page("speakers/robert-adams/index.html").select("main").text()).isEqualTo("This page has moved It is now at Bob Adams.");

        // The Russian page in Russian words (before, every tombstone and redirect page was in English, lang="en"), the
        // reason marked as written in English, its link to the Russian page of the topic.
        Document ru = page("ru/topics/trade/index.html");
        assertThat(ru.select("html").attr("lang")).isEqualTo("ru");
        assertThat(ru.select("h1").text()).isEqualTo("Эта страница удалена");
        assertThat(ru.select("#removed").text()).isEqualTo("Страница по адресу /ru/topics/trade/ удалена 30 ноября 2026."
                + " Причина: merged into Climate finance.");
        assertThat(ru.select("#removed span[lang=en]").text()).isEqualTo("merged into Climate finance.");
        assertThat(ru.select("#removed a").attr("href")).isEqualTo("../../../ru/topics/climate-finance/");
        assertThat(ru.select("main > p a[hreflang=en]").attr("href")).isEqualTo("../../../changes/");
        assertThat(page("topics/trade/index.html").select("#removed").text()).startsWith("The page at /topics/trade/ was removed");
        // Outside git the history is not known, but the removal is: listed once, at the address the line names.
        Document changes = page("changes/index.html");
        assertThat(changes.select("tr.removed th a").eachAttr("href")).containsExactly("../topics/trade/");
        assertThat(run("urls", "--update", "--source", dir.toString())[0]).isEqualTo("0");
        String manifest = Files.readString(dir.resolve("content/urls.txt"));
        assertThat(manifest).contains("\n/ru/topics/trade/\n", "\n/topics/trade/\n")
                .endsWith("\ngone /topics/trade/ 2026-11-30 merged into /topics/climate-finance/.\n");
        assertThat(manifest.lines().filter(l -> l.startsWith("gone "))).hasSize(1);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
    }

    @Test
    void aReferenceOrLinkToAnOldSlugNamesTheRecordThatListsItNotASlugSpelledAlike() throws IOException {
        // beta-session is renamed closing-plenary; alpha-session is as few edits from beta-session as a slip would be.
        TestPortal.write(dir, PORTAL + """
                -- content/sessions/closing-plenary.md --
                ---
                title: Closing plenary
                date: 2024-11-24
                event: cop29
                speakers: [mikayil-jabbarov, anna-zeller]
                moderators: [robert-adams]
                redirect_from: [beta-session]
                ---
                -- content/speakers/robert-adams.md --
                ---
                title: Bob Adams
                sort_name: Adams, Bob
                redirect_from: [bob-adams, /people/bob/]
                ---
                -- content/topics/trade.md --
                ---
                title: Trade
                ---
                See [Bob](../people/bob.md).
                -- content/organizations/unfccc.md --
                ---
                title: UNFCCC
                topics: [climate-finance]
                ---
                Bob Adams [moderated](../sessions/beta-session.md).
                -- content/speakers/anna-zeller.md --
                ---
                title: Anna Zeller
                sort_name: Zeller, Anna
                ---
                She was at [the closing](../sessions/beta-session.md#end) with [Bob](bob-adams.md).
                """);
        Files.delete(dir.resolve("content/sessions/beta-session.md"));
        Files.delete(dir.resolve("content/speakers/bob-adams.md"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).containsExactly(
                "content/organizations/unfccc.md:5:11: error: broken link '../sessions/beta-session.md': no record"
                        + " content/sessions/beta-session.md: it moved to content/sessions/closing-plenary.md, whose"
                        + " redirect_from lists the old address (link to '../sessions/closing-plenary.md')",
                "content/sessions/gamma-session.md:6:5: error: broken link 'beta-session.md': no record"
                        + " content/sessions/beta-session.md: it moved to content/sessions/closing-plenary.md, whose"
                        + " redirect_from lists the old address (link to 'closing-plenary.md')",
                "content/speakers/anna-zeller.md:5:12: error: broken link '../sessions/beta-session.md#end': no record"
                        + " content/sessions/beta-session.md: it moved to content/sessions/closing-plenary.md, whose"
                        + " redirect_from lists the old address (link to '../sessions/closing-plenary.md')",
                "content/speakers/anna-zeller.md:5:64: error: broken link 'bob-adams.md': no record"
                        + " content/speakers/bob-adams.md: it moved to content/speakers/robert-adams.md, whose"
                        + " redirect_from lists the old address (link to 'robert-adams.md')",
                "content/topics/trade.md:4:5: error: broken link '../people/bob.md': no record content/people/bob.md:"
                        + " it moved to content/speakers/robert-adams.md, whose redirect_from lists the old address"
                        + " (link to '../speakers/robert-adams.md')");

        // A reference to the old slug, once the links are mended.
        TestPortal.write(dir, """
                -- content/sessions/gamma-session.md --
                ---
                title: Ministerial dialogue
                date: 2024-11-10
                event: cop29
                moderators: [bob-adams]
                ---
                -- content/organizations/unfccc.md --
                ---
                title: UNFCCC
                ---
                -- content/speakers/anna-zeller.md --
                ---
                title: Anna Zeller
                sort_name: Zeller, Anna
                ---
                -- content/topics/trade.md --
                ---
                title: Trade
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(dir))).containsExactly(
                "content/sessions/gamma-session.md:5:14: error: moderators[0]: no person 'bob-adams': it moved to"
                        + " 'robert-adams', whose redirect_from lists the old address (refer to 'robert-adams')");
    }

    @Test
    void unsafeOrCollidingOldAddressesAreErrorsAtTheirLine() {
        TestPortal.write(dir, PORTAL + jabbarov("""
                redirect_from:
                  - ../../etc/passwd
                  - https://evil.example/x
                  - //evil.example
                  - /sessions/alpha-session/
                  - mikayil-jabbarov
                  - /feed.xml/
                  - "/a b/"
                  - /data/x.json
                  - /people/jabbarov/
                  - "/x?next=//evil.example"
                  - "javascript:alert(1)"
                  - "/\\\\evil.example"
                """) + """
                -- content/speakers/anna-zeller.md --
                ---
                title: Anna Zeller
                sort_name: Zeller, Anna
                redirect_from: [/people/jabbarov/]
                ---
                """);
        BuildResult result = TestPortal.build(dir);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/speakers/mikayil-jabbarov.md:7:5: error: redirect_from[0]: '../../etc/passwd' has a '..' segment;"
                        + " a redirect path is written from the site's root (write it in full, such as /speakers/old-slug/)",
                "content/speakers/mikayil-jabbarov.md:8:5: error: redirect_from[1]: 'https://evil.example/x' is a full"
                        + " address; a redirect may only lead from an address of this site (write its path, such as"
                        + " /speakers/old-slug/)",
                "content/speakers/mikayil-jabbarov.md:9:5: error: redirect_from[2]: '//evil.example' names another host;"
                        + " a redirect may only lead from an address of this site (write a path such as /speakers/old-slug/)",
                "content/speakers/mikayil-jabbarov.md:10:5: error: redirect_from[3]: '/sessions/alpha-session/' is the"
                        + " address of a page the site has (/sessions/alpha-session/); a redirect there would hide it"
                        + " (remove it, or rename the page)",
                "content/speakers/mikayil-jabbarov.md:11:5: error: redirect_from[4]: 'mikayil-jabbarov' is this record's"
                        + " own address (remove it; only old addresses belong here)",
                "content/speakers/mikayil-jabbarov.md:12:5: error: redirect_from[5]: '/feed.xml/' would need a folder"
                        + " where the site has the file feed.xml (remove it, or choose another path)",
                "content/speakers/mikayil-jabbarov.md:13:5: error: redirect_from[6]: '/a b/' has a segment 'a b' that is"
                        + " not made of letters, digits, '.', '_' and '-' or starts with '.' (write a plain path such as"
                        + " /speakers/old-slug/)",
                "content/speakers/mikayil-jabbarov.md:14:5: error: redirect_from[7]: '/data/x.json' names a file that is"
                        + " not a page (a redirect page is HTML: write a folder such as /old/ or a file ending in .html)",
                "content/speakers/mikayil-jabbarov.md:15:5: error: redirect_from[8]: '/people/jabbarov/' already"
                        + " redirects to speakers/anna-zeller (content/speakers/anna-zeller.md:4); an address can lead to"
                        + " one record only (remove one of them)",
                "content/speakers/mikayil-jabbarov.md:16:5: error: redirect_from[9]: '/x?next=//evil.example' has a query"
                        + " or fragment (write the path alone)",
                "content/speakers/mikayil-jabbarov.md:17:5: error: redirect_from[10]: 'javascript:alert(1)' is a full"
                        + " address; a redirect may only lead from an address of this site (write its path, such as"
                        + " /speakers/old-slug/)",
                "content/speakers/mikayil-jabbarov.md:18:5: error: redirect_from[11]: '/\\evil.example' names another"
                        + " host; a redirect may only lead from an address of this site (write a path such as"
                        + " /speakers/old-slug/)");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aPublishedAddressThatDisappearsFailsUntilARedirectKeepsItOrTheManifestIsUpdated() throws IOException {
        TestPortal.write(dir, PORTAL);
        String[] check = run("check", "--source", dir.toString());
        assertThat(check[1]).endsWith("note: no content/urls.txt, so no published address is guarded; run 'accord urls"
                + " --update' and commit the file\n");

        String[] update = run("urls", "--update", "--source", dir.toString());
        assertThat(update[0]).isEqualTo("0");
        assertThat(update[1]).isEqualTo("wrote 22 addresses to " + dir.resolve("content/urls.txt").normalize() + "\n");
        List<String> manifest = Files.readAllLines(dir.resolve("content/urls.txt"));
        assertThat(manifest.stream().filter(l -> !l.startsWith("#"))).isSorted()
                .contains("/", "/speakers/", "/speakers/anna-zeller/", "/sessions/alpha-session/", "/search/", "/data/")
                .doesNotContain("/404.html", "/sessions/secret-session/");
        assertThat(run("check", "--source", dir.toString())[1]).isEqualTo("ok: 23 pages would be built\n");

        // Anna's record goes: her address is listed, so the build fails and says how to keep it.
        Files.delete(dir.resolve("content/speakers/anna-zeller.md"));
        Files.writeString(dir.resolve("content/sessions/beta-session.md"),
                Files.readString(dir.resolve("content/sessions/beta-session.md")).replace("  - anna-zeller\n", ""));
        int line = manifest.indexOf("/speakers/anna-zeller/") + 1;
        String[] failed = run("build", "--source", dir.toString());
        assertThat(failed[0]).isEqualTo("1");
        assertThat(failed[2]).isEqualTo("content/urls.txt:" + line + ":1: error: /speakers/anna-zeller/ was published and"
                + " this build no longer makes it (keep the address: add it to the redirect_from of the record that"
                + " replaced it, or a line 'gone /speakers/anna-zeller/ <date> <why>' here for a page saying it was removed;"
                + " or, if it should go, run 'accord urls"
                + " --update')\n1 error, 0 warnings\nbuild failed; nothing was written\n");

        // A redirect keeps it.
        TestPortal.write(dir, jabbarov("redirect_from: [anna-zeller]"));
        String[] built = run("build", "--source", dir.toString());
        assertThat(built[2]).isEmpty();
        assertThat(built[0]).isEqualTo("0");
        assertThat(page("speakers/anna-zeller/index.html").select("main a").attr("href")).isEqualTo("../../speakers/mikayil-jabbarov/");

        // A new record is not guarded until the manifest is updated; `urls --update` records it.
        TestPortal.write(dir, """
                -- content/topics/energy.md --
                ---
                title: Energy
                ---
                """);
        assertThat(run("urls", "--source", dir.toString())[1]).contains("/topics/energy/\n");
        assertThat(Files.readString(dir.resolve("content/urls.txt"))).doesNotContain("/topics/energy/");
        assertThat(run("urls", "--update", "--source", dir.toString())[0]).isEqualTo("0");
        assertThat(Files.readAllLines(dir.resolve("content/urls.txt"))).contains("/topics/energy/", "/speakers/anna-zeller/");
    }

    @Test
    void urlsUpdateKeepsATombstoneLineWithAMistakeAndNamesEachAddressItGivesUp() throws IOException {
        TestPortal.write(dir, PORTAL);
        assertThat(run("urls", "--update", "--source", dir.toString())[0]).isEqualTo("0");
        Files.delete(dir.resolve("content/topics/trade.md"));
        // The day written the other way round: the line is an error at its line, as in a build.
        String mistaken = "gone /topics/trade/ 30-11-2026 merged into /topics/climate-finance/.";
        Files.writeString(dir.resolve("content/urls.txt"), mistaken + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        String before = Files.readString(dir.resolve("content/urls.txt"));
        int line = (int) before.lines().count();
        // Before, --update wrote the file without the line (and without /topics/trade/), said only "wrote 21
        // addresses" and exited 0: the removal and the address it kept were gone without a word.
        String[] update = run("urls", "--update", "--source", dir.toString());
        assertThat(update[0]).isEqualTo("1");
        assertThat(update[1]).isEmpty();
        assertThat(update[2]).isEqualTo("content/urls.txt:" + line + ":1: error: gone /topics/trade/: '30-11-2026' is not a"
                + " date (write the day it was removed as YYYY-MM-DD)\n1 error, 0 warnings\n"
                + "the site has errors; content/urls.txt was not written (fix them first)\n");
        assertThat(Files.readString(dir.resolve("content/urls.txt"))).isEqualTo(before);

        // Without the line, the address goes, and --update says so.
        Files.writeString(dir.resolve("content/urls.txt"), before.replace(mistaken + "\n", ""));
        update = run("urls", "--update", "--source", dir.toString());
        assertThat(update[0]).isEqualTo("0");
        assertThat(update[1]).isEqualTo("wrote 21 addresses to " + dir.resolve("content/urls.txt").normalize() + "\n"
                + "no longer listed: /topics/trade/ (this build does not make it)\n");
        assertThat(update[2]).isEmpty();
    }

    @Test
    void urlsUpdateRefusesAPortalWithOtherErrors() throws IOException {
        TestPortal.write(dir, PORTAL + jabbarov("redirect_from: [//evil.example]"));
        String[] update = run("urls", "--update", "--source", dir.toString());
        assertThat(update[0]).isEqualTo("1");
        assertThat(update[2]).endsWith("the site has errors; content/urls.txt was not written (fix them first)\n");
        assertThat(dir.resolve("content/urls.txt")).doesNotExist();
    }

    @Test
    void manifestJsonListsEveryFileAndVerifyNamesWhatChanged() throws IOException {
        TestPortal.write(dir, PORTAL + jabbarov("redirect_from: [mikayil-jabarov]"));
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Path site = dir.resolve("site");
        Map<String, byte[]> files = TestPortal.snapshot(site);
        String manifest = Files.readString(site.resolve("manifest.json"));
        Map<String, String> listed = new TreeMap<>();
        for (String line : manifest.lines().filter(l -> l.startsWith("    {")).toList()) {
            String path = line.replaceAll(".*\"path\":\"([^\"]*)\".*", "$1");
            listed.put(path, line.replaceAll(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1"));
        }
        Map<String, String> expected = new TreeMap<>();
        files.forEach((p, bytes) -> {
            if (!p.endsWith("/") && !p.equals("manifest.json") && !p.equals(".accord-site")) {
                expected.put(p, accord.archive.Fixity.sha256(bytes));
            }
        });
        assertThat(listed).isEqualTo(expected);
        assertThat(manifest).startsWith("{\n  \"algorithm\": \"SHA-256\",\n  \"files\": [\n    {\"path\":\"404.html\",\"size\":");

        String[] ok = run("verify", site.toString());
        assertThat(ok[0]).isEqualTo("0");
        assertThat(ok[1]).isEqualTo("ok: " + expected.size() + " files match manifest.json\n");

        Path page = site.resolve("speakers/anna-zeller/index.html");
        byte[] bytes = Files.readAllBytes(page);
        bytes[bytes.length / 2] ^= 1;
        Files.write(page, bytes);
        Files.delete(site.resolve("feed.xml"));
        Files.writeString(site.resolve("speakers/extra.html"), "added later\n");
        String[] bad = run("verify", site.toString());
        assertThat(bad[0]).isEqualTo("1");
        assertThat(bad[2]).isEqualTo("""
                missing: feed.xml
                changed: speakers/anna-zeller/index.html (same size, different SHA-256)
                extra: speakers/extra.html
                %s does not match its manifest.json: 3 differences
                """.formatted(site.normalize()));

        Files.delete(site.resolve("manifest.json"));
        String[] none = run("verify", site.toString());
        assertThat(none[0]).isEqualTo("1");
        assertThat(none[2]).isEqualTo("accord: error: no manifest.json in " + site + " (verify checks a folder written by"
                + " 'accord build', which puts the manifest at its root)\n");
    }

    @Test
    void verifyLeavesOutAGitCheckoutsFolderAndTheKeptFilesSayingSoOnce() throws IOException {
        TestPortal.write(dir, PORTAL.replace("language: en\n", "language: en\nkeep: [CNAME, .nojekyll]\n"));
        Path site = dir.resolve("site");
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Files.writeString(site.resolve("CNAME"), "declarations.example.org\n");
        Files.writeString(site.resolve(".nojekyll"), "");
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        // The build carried them over, and its manifest names them as kept rather than listing them.
        String manifest = Files.readString(site.resolve("manifest.json"));
        assertThat(manifest).startsWith("{\n  \"algorithm\": \"SHA-256\",\n  \"kept\": [\".nojekyll\", \"CNAME\"],\n  \"files\": [\n")
                .doesNotContain("\"path\":\"CNAME\"");
        long files = manifest.lines().filter(l -> l.startsWith("    {\"path\"")).count();
        String kept = """
                left out: .nojekyll (site.yml's keep: names it: Accord did not make it and leaves it alone; not checked)
                left out: CNAME (site.yml's keep: names it: Accord did not make it and leaves it alone; not checked)
                """;
        String[] built = run("verify", site.toString());
        assertThat(built[0]).isEqualTo("0");
        assertThat(built[1]).isEqualTo(kept + "ok: " + files + " files match manifest.json\n");
        assertThat(built[2]).isEmpty();

        // The archivist's copy, kept in git as a GitHub Pages branch is: its .git is not part of the site.
        Path copy = dir.resolve("published");
        for (Map.Entry<String, byte[]> f : TestPortal.snapshot(site).entrySet()) {
            if (!f.getKey().endsWith("/")) Files.write(Files.createDirectories(copy.resolve(f.getKey()).getParent()).resolve(
                    copy.resolve(f.getKey()).getFileName()), f.getValue());
        }
        GitRepo.init(copy).commit("Archivist", "2026-12-01T10:00:00+00:00", "Deposit the built site");
        Files.writeString(copy.resolve("CNAME"), "moved.example.org\n"); // a host's setting, not Accord's to check
        String git = "left out: .git/ (version control's own folder, not part of the site; not checked)\n";
        String[] ok = run("verify", copy.toString());
        assertThat(ok[0]).isEqualTo("0");
        assertThat(ok[1]).isEqualTo(git + kept + "ok: " + files + " files match manifest.json\n");
        assertThat(ok[2]).isEmpty();

        // The real findings stand alone: the notes once, then each difference, then the count.
        Files.writeString(copy.resolve("feed.xml"), "changed\n");
        Files.writeString(copy.resolve("notes.txt"), "added by hand\n");
        String[] bad = run("verify", copy.toString());
        assertThat(bad[0]).isEqualTo("1");
        assertThat(bad[1]).isEmpty();
        assertThat(bad[2]).matches("(?s)" + java.util.regex.Pattern.quote(git + kept + "changed: feed.xml (") + "[0-9]+ bytes listed, 8 found\\)\n"
                + java.util.regex.Pattern.quote("extra: notes.txt\n" + copy.normalize() + " does not match its manifest.json: 2 differences\n"));
    }

    @Test
    void verifyLeavesOutOnlyVersionControlFoldersAndGitsPointerFile() throws IOException {
        TestPortal.write(dir, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Path site = dir.resolve("site");
        // A git worktree's or submodule's pointer is a plain file .git: left out, as git's own.
        Files.writeString(site.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/site\n");
        // A folder .hg is Mercurial's; a plain file .hg, .svn or .bzr is no tool's, and a host could serve it.
        Files.createDirectories(site.resolve(".hg")).resolve("dirstate").toFile().createNewFile();
        Files.writeString(site.resolve(".svn"), "not a folder\n");
        Files.writeString(site.resolve(".bzr"), "not a folder\n");
        String[] bad = run("verify", site.toString());
        // Before: exit 0, with "left out: .svn (version control's own file, …)" and the same for .bzr.
        assertThat(bad[0]).isEqualTo("1");
        assertThat(bad[1]).isEmpty();
        assertThat(bad[2]).isEqualTo("left out: .git (version control's own file, not part of the site; not checked)\n"
                + "left out: .hg/ (version control's own folder, not part of the site; not checked)\n"
                + "extra: .bzr\nextra: .svn\n" + site.normalize() + " does not match its manifest.json: 2 differences\n");
    }

    @Test
    void verifyRefusesAManifestPathLeadingOutside() throws IOException {
        Path site = Files.createDirectories(dir.resolve("copy"));
        Files.writeString(dir.resolve("secret.txt"), "secret\n");
        Files.writeString(site.resolve("manifest.json"), "{\n  \"algorithm\": \"SHA-256\",\n  \"files\": [\n"
                + "    {\"path\":\"../secret.txt\",\"size\":7,\"sha256\":\"" + "0".repeat(64) + "\"}\n  ]\n}\n");
        String[] bad = run("verify", site.toString());
        assertThat(bad[0]).isEqualTo("1");
        assertThat(bad[2]).startsWith("unsafe: ../secret.txt (manifest.json:4 names a path outside the folder; not read)\n");
    }

    @Test
    void anUpdateThatAddsARedirectWritesWhatAFullBuildWrites() throws IOException {
        TestPortal.write(dir, PORTAL);
        Path updated = dir.resolve("site");
        try (BuildSession session = TestPortal.builtSession(dir, updated)) {
            TestPortal.write(dir, jabbarov("redirect_from: [mikayil-jabarov]"));
            BuildSession.Update u = session.update(List.of("content/speakers/mikayil-jabbarov.md"), SiteWriter.inPlace(updated));
            assertThat(u.result().problems()).isEmpty();
            assertThat(u.written()).contains("speakers/mikayil-jabarov/index.html", "_redirects");
            TestPortal.write(dir, jabbarov(""));
            u = session.update(List.of("content/speakers/mikayil-jabbarov.md"), SiteWriter.inPlace(updated));
            assertThat(u.deleted()).contains("speakers/mikayil-jabarov/index.html");
            TestPortal.write(dir, jabbarov("redirect_from: [/people/mj/]"));
            session.update(List.of("content/speakers/mikayil-jabbarov.md"), SiteWriter.inPlace(updated));
        }
        Path fresh = dir.resolve("fresh");
        new Build(new BuildOptions(dir, fresh, false, Optional.empty(), true)).run();
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
