package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.cli.Main;
import accord.output.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History from git, end to end: a repository where records are added, edited, renamed and deleted over
 * four commits by three authors (fixed dates, so fixed hashes), built and read back with jsoup: each
 * record page's History section, its "Last changed" line and meta, the edit link, the "What changed"
 * pages and their Atom feed. Then the cases where the history is not known or not complete: uncommitted
 * changes, a shallow clone, no repository, no git.
 */
class HistoryBuildTest {
    static final String FIRST = TestPortal.SCHEMA + """
            -- content/site.yml --
            title: History portal
            base_url: https://accord.test/portal/
            page_size: 2
            repository: { url: "https://git.example.org/acme/portal.git", branch: trunk }
            -- content/topics/climate-finance.md --
            ---
            title: Climate finance
            ---
            Money for climate action.
            -- content/topics/energy.md --
            ---
            title: Energy
            ---
            Power stations, grids and the fuels they burn.
            Renewables, storage and the transition away from coal.
            Efficiency in buildings, industry and transport.
            -- content/organizations/unfccc.md --
            ---
            title: UNFCCC
            acronym: UNFCCC
            ---
            The secretariat.
            """;

    @TempDir
    Path dir;
    GitRepo repo;
    String c1;
    String c2;
    String c3;
    String c4;

    @BeforeEach
    void history() {
        repo = GitRepo.init(dir.resolve("portal")).write(FIRST);
        c1 = repo.commit("Alice Archivist", "2024-11-10T09:00:00+04:00", "Start the portal");
        repo.write("""
                -- content/topics/climate-finance.md --
                ---
                title: Climate finance
                ---
                Money for climate action, with the Baku figure.
                -- content/topics/water.md --
                ---
                title: Water
                ---
                Rivers.
                """);
        c2 = repo.commit("Börje Ek", "2024-11-12T10:00:00+00:00", "Climate finance: add the Baku figure");
        repo.move("content/topics/energy.md", "content/topics/energy-transition.md");
        repo.write("""
                -- content/topics/energy-transition.md --
                ---
                title: Energy transition
                ---
                Power stations, grids and the fuels they burn.
                Renewables, storage and the transition away from coal.
                Efficiency in buildings, industry and transport.
                """);
        c3 = repo.commit("Carol", "2024-11-14T23:30:00-05:00", "Rename energy");
        repo.delete("content/topics/water.md");
        c4 = repo.commit("Alice Archivist", "2024-11-20T08:00:00+04:00", "Remove water");
    }

    private Path site() {
        return repo.dir().resolve("site");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(site().resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    private static String s(String hash) {
        return hash.substring(0, 10);
    }

    @Test
    void recordPagesListEveryCommitThatChangedTheirFileNewestFirst() throws IOException {
        BuildResult result = TestPortal.build(repo.dir());
        assertThat(TestPortal.problems(result)).isEmpty();
        assertThat(result.notes()).isEmpty();

        Document finance = page("topics/climate-finance");
        assertThat(finance.select(".last-changed").text()).isEqualTo("Last changed 12 Nov 2024 (history)");
        assertThat(finance.select("#record-history > p").first().text())
                .isEqualTo("First recorded 10 Nov 2024, last changed 12 Nov 2024; 2 commits, newest first:");
        assertThat(finance.select("#record-history li").eachText()).containsExactly(
                "12 Nov 2024 · Changed by Börje Ek: Climate finance: add the Baku figure (commit " + s(c2) + ")",
                "10 Nov 2024 · Added by Alice Archivist: Start the portal (commit " + s(c1) + ")");
        assertThat(finance.select("#record-history li").eachAttr("id")).containsExactly("change-" + s(c2), "change-" + s(c1));
        assertThat(finance.select("#record-history li a").eachAttr("href")).containsExactly(
                "https://git.example.org/acme/portal/commit/" + c2, "https://git.example.org/acme/portal/commit/" + c1);
        assertThat(finance.select("#record-history li time").eachAttr("datetime"))
                .containsExactly("2024-11-12T10:00:00Z", "2024-11-10T09:00:00+04:00");
        assertThat(finance.select("a:contains(Edit this page)").attr("href"))
                .isEqualTo("https://git.example.org/acme/portal/edit/trunk/content/topics/climate-finance.md");
        assertThat(finance.select("meta[name=dcterms.modified]").attr("content")).isEqualTo("2024-11-12T10:00:00Z");
        assertThat(finance.select("meta[name=dcterms.created]").attr("content")).isEqualTo("2024-11-10T09:00:00+04:00");

        // Renamed in its third commit: its history goes on under the old name. The commit's own calendar
        // said 14 November (UTC had reached the 15th).
        Document energy = page("topics/energy-transition");
        assertThat(energy.select("#record-history li").eachText()).containsExactly(
                "14 Nov 2024 · Moved from content/topics/energy.md by Carol: Rename energy (commit " + s(c3) + ")",
                "10 Nov 2024 · Added by Alice Archivist: Start the portal (commit " + s(c1) + ")");
        assertThat(energy.select(".last-changed time").attr("datetime")).isEqualTo("2024-11-14T23:30:00-05:00");
        assertThat(Files.exists(site().resolve("topics/water"))).isFalse();
        assertThat(Files.exists(site().resolve("topics/energy"))).isFalse();

        // The sitemap dates each record page by its last commit; a page without a record has no lastmod.
        Document sitemap = org.jsoup.Jsoup.parse(Files.readString(site().resolve("sitemap.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        java.util.Map<String, String> lastmod = new java.util.TreeMap<>();
        sitemap.select("url").forEach(u -> lastmod.put(u.select("loc").text(), u.select("lastmod").text()));
        assertThat(lastmod).containsEntry("https://accord.test/portal/topics/climate-finance/", "2024-11-12T10:00:00Z")
                .containsEntry("https://accord.test/portal/topics/energy-transition/", "2024-11-14T23:30:00-05:00")
                .containsEntry("https://accord.test/portal/", "");
    }

    /**
     * A portal whose default language is Russian has its change log in the theme's Russian words, its dates as Russian
     * writes them, and its feed in the same words: nothing of the log is English but the commits' own texts.
     */
    @Test
    void aPortalInAnotherLanguageHasItsChangeLogInThatLanguage() throws IOException {
        repo.write("""
                -- content/site.yml --
                title: History portal
                base_url: https://accord.test/portal/
                language: ru
                page_size: 2
                """);
        repo.commit("Dmitri", "2024-11-21T12:00:00+03:00", "Russian");
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();
        Document first = page("changes");
        assertThat(first.select("h1").text()).isEqualTo("Что изменилось");
        assertThat(first.select("p.meta").text()).isEqualTo("Изменений записей: 5, сначала новые, страница 1 из 3. Каждое"
                + " изменение — это коммит файла записи или её перевода (страница записи или перевода перечисляет их все) или"
                + " страница, удалённая намеренно."
                + " Следить за изменениями в ленте Atom.");
        assertThat(first.select("table.changes thead th").eachText()).containsExactly("Дата", "Запись", "Изменение", "Автор");
        assertThat(first.select("table.changes tbody tr").first().text()).isEqualTo("14 ноября 2024 Energy transition Topic"
                + " Изменено (перенесено из content/topics/energy.md): Rename energy (коммит " + s(c3) + ") Carol");
        assertThat(first.select("table.changes tbody td").first().attr("data-label")).isEqualTo("Дата");
        assertThat(first.select(".pagination").text()).isEqualTo("Страница 1 из 3 Более старые изменения");
        assertThat(page("changes/page/2").select("title").text()).startsWith("Что изменилось (страница 2 из 3)");
        Document feed = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        assertThat(feed.select("feed > title").text()).isEqualTo("Что изменилось · History portal");
        assertThat(feed.select("entry > title").first().text()).isEqualTo("Изменено (перенесено из content/topics/energy.md): Energy transition");
        assertThat(feed.select("entry > summary").first().text()).endsWith("(коммит " + s(c3) + ")");
        // A record's own page, in the default language, writes its dates in it too.
        assertThat(page("topics/energy-transition").select("time").eachText()).contains("14 ноября 2024");
    }

    @Test
    void whatChangedListsAddedAndAmendedRecordsNewestFirstInPagesAndAFeed() throws IOException {
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();
        // page_size 2: five changes of published records (the deleted water's are left out) make three pages.
        Document first = page("changes");
        assertThat(first.select("h1").text()).isEqualTo("What changed");
        assertThat(first.select("table.changes tbody tr").eachText()).containsExactly(
                "14 Nov 2024 Energy transition Topic Amended (moved from content/topics/energy.md): Rename energy (commit "
                        + s(c3) + ") Carol",
                "12 Nov 2024 Climate finance Topic Amended: Climate finance: add the Baku figure (commit " + s(c2) + ") Börje Ek");
        assertThat(first.select("table.changes tbody th a").eachAttr("href")).containsExactly(
                "../topics/energy-transition/#change-" + s(c3), "../topics/climate-finance/#change-" + s(c2));
        assertThat(first.select(".pagination").text()).isEqualTo("Page 1 of 3 Older changes");
        Document second = page("changes/page/2");
        assertThat(second.select("table.changes tbody th a").eachText()).containsExactly("UNFCCC", "Climate finance");
        assertThat(second.select("table.changes tbody td[data-label=Change]").eachText()).allMatch(t -> t.startsWith("Added: Start the portal"));
        assertThat(page("changes/page/3").select("table.changes tbody th a").eachText()).containsExactly("Energy transition");
        assertThat(Files.exists(site().resolve("changes/page/4"))).isFalse();

        Document feed = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        assertThat(feed.select("feed > updated").text()).isEqualTo("2024-11-14T23:30:00-05:00");
        assertThat(feed.select("entry > title").eachText()).containsExactly(
                "Amended (moved from content/topics/energy.md): Energy transition", "Amended: Climate finance",
                "Added: UNFCCC", "Added: Climate finance", "Added: Energy transition");
        assertThat(feed.select("entry > author > name").eachText())
                .containsExactly("Carol", "Börje Ek", "Alice Archivist", "Alice Archivist", "Alice Archivist");
        // An entry's id is the record's address when the change was made, so renaming energy did not give its first
        // change a new id (before, it did, and feed readers showed "Added: Energy transition" again); its link follows.
        assertThat(feed.select("entry > id").eachText()).containsExactly(
                "https://accord.test/portal/topics/energy-transition/#change-" + s(c3),
                "https://accord.test/portal/topics/climate-finance/#change-" + s(c2),
                "https://accord.test/portal/organizations/unfccc/#change-" + s(c1),
                "https://accord.test/portal/topics/climate-finance/#change-" + s(c1),
                "https://accord.test/portal/topics/energy/#change-" + s(c1));
        assertThat(feed.select("entry > link").last().attr("href"))
                .isEqualTo("https://accord.test/portal/topics/energy-transition/#change-" + s(c1));
        assertThat(feed.select("feed > id").text()).isEqualTo("https://accord.test/portal/changes/");

        // With a base URL that is only a path, every id is still an absolute IRI: a urn, as in the site's own feed.
        String[] pathOnly = {"build", "--source", repo.dir().toString(), "--base-url", "/portal/"};
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), pathOnly)).isZero();
        Document relative = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        assertThat(relative.select("feed > id").text()).isEqualTo("urn:accord:feed:changes");
        assertThat(relative.select("entry > id").eachText()).containsExactly("urn:accord:change:topics/energy-transition:" + s(c3),
                "urn:accord:change:topics/climate-finance:" + s(c2), "urn:accord:change:organizations/unfccc:" + s(c1),
                "urn:accord:change:topics/climate-finance:" + s(c1), "urn:accord:change:topics/energy:" + s(c1));
        assertThat(relative.select("entry > link").first().attr("href")).isEqualTo("/portal/topics/energy-transition/#change-" + s(c3));
    }

    /**
     * A commit to a record's translation alone changes a published page, so "What changed" lists it: in the page's words,
     * naming the language in itself (marked with it), linking to that language's page's History entry. A commit to both
     * files is two entries, the record's own first. In the feed, the translation's entry has its page's address as id,
     * which a later rename of both files does not move, and which is not the record's own change's id of that commit.
     */
    @Test
    void whatChangedListsACommitToATranslationAloneWithItsLanguageAndItsOwnFeedId() throws IOException {
        repo.write(TestPortal.SCHEMA.replace("label: Title }", "label: Title, translatable: true }") + """
                -- content/site.yml --
                title: History portal
                base_url: https://accord.test/portal/
                page_size: 3
                repository: { url: "https://git.example.org/acme/portal.git", branch: trunk }
                languages: [en, ru]
                -- content/organizations/unfccc.ru.md --
                ---
                ---
                Секретариат.
                """);
        String c5 = repo.commit("Dmitri", "2024-11-21T12:00:00+03:00", "UNFCCC in Russian");
        repo.write("""
                -- content/organizations/unfccc.md --
                ---
                title: UNFCCC
                acronym: UNFCCC
                ---
                The secretariat, in Bonn.
                -- content/organizations/unfccc.ru.md --
                ---
                title: РКИК ООН
                ---
                Секретариат в Бонне.
                """);
        String c6 = repo.commit("Dmitri", "2024-11-22T12:00:00+03:00", "UNFCCC: where the secretariat is");
        repo.move("content/organizations/unfccc.md", "content/organizations/un-climate.md");
        repo.move("content/organizations/unfccc.ru.md", "content/organizations/un-climate.ru.md");
        String c7 = repo.commit("Carol", "2024-11-23T12:00:00+00:00", "Rename UNFCCC");
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();

        Document first = page("changes");
        assertThat(first.select("table.changes tbody tr").eachText()).containsExactly(
                "23 Nov 2024 UNFCCC Organization Amended (moved from content/organizations/unfccc.md): Rename UNFCCC (commit "
                        + s(c7) + ") Carol",
                "23 Nov 2024 РКИК ООН Organization Amended (translation: Русский; moved from content/organizations/unfccc.ru.md):"
                        + " Rename UNFCCC (commit " + s(c7) + ") Carol",
                "22 Nov 2024 UNFCCC Organization Amended: UNFCCC: where the secretariat is (commit " + s(c6) + ") Dmitri");
        Document second = page("changes/page/2");
        assertThat(second.select("table.changes tbody tr").first().text()).isEqualTo("22 Nov 2024 РКИК ООН Organization Amended"
                + " (translation: Русский): UNFCCC: where the secretariat is (commit " + s(c6) + ") Dmitri");
        assertThat(second.select("table.changes tbody tr").get(1).text()).isEqualTo("21 Nov 2024 РКИК ООН Organization Added"
                + " (translation: Русский): UNFCCC in Russian (commit " + s(c5) + ") Dmitri");
        // The row links to the Russian page's History entry of that commit, by the record's Russian title (marked as
        // Russian), and names the language in its own words.
        Element added = second.select("table.changes tbody tr").get(1);
        assertThat(added.select("th a").attr("href")).isEqualTo("../../../ru/organizations/un-climate/#change-" + s(c5));
        assertThat(added.select("th a").attr("hreflang")).isEqualTo("ru");
        assertThat(added.select("th a[lang=ru]").text()).isEqualTo("РКИК ООН");
        assertThat(added.select("td[data-label=Change] span[lang=ru]").text()).isEqualTo("Русский");
        assertThat(page("ru/organizations/un-climate").select("#change-" + s(c5)).text()).contains("UNFCCC in Russian");
        // A row of the record's own file has no language.
        assertThat(first.select("table.changes tbody tr").first().select("[lang], [hreflang]")).isEmpty();

        Document feed = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        assertThat(feed.select("entry > title").eachText().subList(0, 4)).containsExactly(
                "Amended (moved from content/organizations/unfccc.md): UNFCCC",
                "Amended (translation: Русский; moved from content/organizations/unfccc.ru.md): РКИК ООН",
                "Amended: UNFCCC", "Amended (translation: Русский): РКИК ООН");
        assertThat(feed.select("entry > id").eachText().subList(0, 5)).containsExactly(
                "https://accord.test/portal/organizations/un-climate/#change-" + s(c7),
                "https://accord.test/portal/ru/organizations/un-climate/#change-" + s(c7),
                "https://accord.test/portal/organizations/unfccc/#change-" + s(c6),
                "https://accord.test/portal/ru/organizations/unfccc/#change-" + s(c6),
                "https://accord.test/portal/ru/organizations/unfccc/#change-" + s(c5));
        assertThat(feed.select("entry > id").eachText()).doesNotHaveDuplicates();
        assertThat(feed.select("entry > link").eachAttr("href").subList(3, 5)).containsExactly(
                "https://accord.test/portal/ru/organizations/un-climate/#change-" + s(c6),
                "https://accord.test/portal/ru/organizations/un-climate/#change-" + s(c5));
        assertThat(feed.select("entry > summary").get(4).text()).isEqualTo("Organization: РКИК ООН. UNFCCC in Russian (commit "
                + s(c5) + ")");

        String[] pathOnly = {"build", "--source", repo.dir().toString(), "--base-url", "/portal/"};
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), pathOnly)).isZero();
        Document relative = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        assertThat(relative.select("entry > id").eachText().subList(2, 5)).containsExactly(
                "urn:accord:change:organizations/unfccc:" + s(c6), "urn:accord:change:ru/organizations/unfccc:" + s(c6),
                "urn:accord:change:ru/organizations/unfccc:" + s(c5));
    }

    /** Tombstones for the deleted water (the day of its deletion) and for an older page (between two commits of 12 Nov). */
    private static final String TOMBSTONES = """
            -- content/urls.txt --
            gone /topics/water/ 2024-11-20 merged into /topics/climate-finance/, which covers water finance.
            gone /topics/old-page.html 2024-11-12 a draft published by mistake.
            """;

    @Test
    void whatChangedListsRemovedPagesOnTheirTombstonesDayAmongTheCommits() throws IOException {
        repo.write(TOMBSTONES);
        repo.commit("Alice Archivist", "2024-11-20T09:00:00+04:00", "Tombstones for water and the old page");
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();
        // Seven entries, page_size 2: water's removal on 20 Nov, the rename of 14 Nov (15 Nov in UTC), the old page's
        // removal on 12 Nov, first of its day, before finance amended at 10:00 UTC that day, then the first commit's
        // three additions.
        Document first = page("changes");
        assertThat(first.select("main > p.meta").text()).isEqualTo("7 changes to the records, newest first, page 1 of 4. Each is"
                + " a commit to a record's file or to one of its translations, which that page lists with the others, or a page"
                + " removed on purpose. Follow the changes as an Atom feed.");
        assertThat(first.select("table.changes tbody tr").eachText()).containsExactly(
                "20 Nov 2024 /topics/water/ removed page Removed: merged into /topics/climate-finance/, which covers water finance.",
                "14 Nov 2024 Energy transition Topic Amended (moved from content/topics/energy.md): Rename energy (commit "
                        + s(c3) + ") Carol");
        Element water = first.selectFirst("table.changes tbody tr.removed");
        assertThat(water.select("th a").attr("href")).isEqualTo("../topics/water/");
        assertThat(water.select("th a code").text()).isEqualTo("/topics/water/");
        assertThat(water.select("time").attr("datetime")).isEqualTo("2024-11-20");
        Document second = page("changes/page/2");
        assertThat(second.select("table.changes tbody tr").eachText()).containsExactly(
                "12 Nov 2024 /topics/old-page.html removed page Removed: a draft published by mistake.",
                "12 Nov 2024 Climate finance Topic Amended: Climate finance: add the Baku figure (commit " + s(c2) + ") Börje Ek");
        assertThat(second.select("tr.removed th a").attr("href")).isEqualTo("../../../topics/old-page.html");
        assertThat(page("changes/page/3").select("table.changes tbody th a").eachText()).containsExactly("UNFCCC", "Climate finance");
        assertThat(page("changes/page/4").select("table.changes tbody th a").eachText()).containsExactly("Energy transition");
        assertThat(Files.exists(site().resolve("changes/page/5"))).isFalse();
        // Each row's link leads to the tombstone page, whose notice the feed's entry names.
        Document tombstone = page("topics/water");
        assertThat(tombstone.select("#removed").text()).isEqualTo("The page at /topics/water/ was removed on 20 November 2024"
                + " because: merged into Climate finance, which covers water finance.");

        Document feed = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        assertThat(feed.select("feed > updated").text()).isEqualTo("2024-11-20T00:00:00Z");
        assertThat(feed.select("entry > title").eachText()).containsExactly("Removed: /topics/water/",
                "Amended (moved from content/topics/energy.md): Energy transition", "Removed: /topics/old-page.html",
                "Amended: Climate finance", "Added: UNFCCC", "Added: Climate finance", "Added: Energy transition");
        org.jsoup.nodes.Element removed = feed.selectFirst("entry");
        assertThat(removed.select("id").text()).isEqualTo("https://accord.test/portal/topics/water/#removed");
        assertThat(removed.select("link").attr("href")).isEqualTo("https://accord.test/portal/topics/water/");
        assertThat(removed.select("updated").text()).isEqualTo("2024-11-20T00:00:00Z");
        assertThat(removed.select("author > name").text()).isEqualTo("History portal");
        assertThat(removed.select("summary").text()).isEqualTo("The page at /topics/water/ was removed on 20 November 2024:"
                + " merged into /topics/climate-finance/, which covers water finance.");
        assertThat(feed.select("entry").get(2).select("updated").text()).isEqualTo("2024-11-12T00:00:00Z");

        // With a base URL that is only a path, a removal's id is a urn too (it was the path, which is no IRI).
        String[] pathOnly = {"build", "--source", repo.dir().toString(), "--base-url", "/portal/"};
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), pathOnly)).isZero();
        Document relative = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        assertThat(relative.selectFirst("entry > id").text()).isEqualTo("urn:accord:removed:/topics/water/");
        assertThat(relative.selectFirst("entry > link").attr("href")).isEqualTo("/portal/topics/water/");
    }

    /**
     * A tombstone dated before the record was first committed: water (added 12 Nov, deleted 20 Nov) and energy (added 10
     * Nov, renamed by git to energy-transition, so What changed lists it as added on 10 Nov). Before, both were accepted,
     * and the change log listed energy's page removed on 9 Nov below its addition on the 10th. Now each is an error at its
     * line naming the first commit's day; the day itself passes, and without git's history nothing is known to compare.
     */
    @Test
    void aTombstoneDatedBeforeTheRecordsFirstCommitIsAnErrorAtItsLine() throws IOException {
        repo.write("""
                -- content/urls.txt --
                # removed pages
                gone /topics/water/ 2024-11-11 merged into /topics/climate-finance/, which covers water finance.
                gone /topics/energy/ 2024-11-09 renamed to /topics/energy-transition/.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "check", "--source", repo.dir().toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(
                "content/urls.txt:2:1: error: gone /topics/water/: 2024-11-11 is before the record was added (write the day it"
                        + " was removed; it cannot be before 2024-11-12, when the record was first committed)\n"
                        + "content/urls.txt:3:1: error: gone /topics/energy/: 2024-11-09 is before the record was added (write the"
                        + " day it was removed; it cannot be before 2024-11-10, when the record was first committed)\n"
                        + "2 errors, 0 warnings\n");

        // The day of the first commit itself is a day the page could be removed.
        repo.write("""
                -- content/urls.txt --
                # removed pages
                gone /topics/water/ 2024-11-12 merged into /topics/climate-finance/, which covers water finance.
                gone /topics/energy/ 2024-11-10 renamed to /topics/energy-transition/.
                """);
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();
        List<String> rows = new java.util.ArrayList<>();
        for (int n = 1; Files.isDirectory(site().resolve(n == 1 ? "changes" : "changes/page/" + n)); n++) {
            rows.addAll(page(n == 1 ? "changes" : "changes/page/" + n).select("table.changes tbody tr").eachText());
        }
        // Removed on the day it was added: listed first of that day, above the addition.
        int removed = rows.indexOf("10 Nov 2024 /topics/energy/ removed page Removed: renamed to /topics/energy-transition/.");
        int added = rows.indexOf("10 Nov 2024 Energy transition Topic Added: Start the portal (commit " + s(c1) + ") Alice Archivist");
        assertThat(removed).isNotNegative().isLessThan(added);

        // A copy outside git (an export of the files, say) has no first commit to compare with: the early days pass.
        Path copy = dir.resolve("copy");
        TestPortal.write(copy, FIRST);
        Files.writeString(copy.resolve("content/urls.txt"), """
                gone /topics/water/ 2024-11-11 merged into /topics/climate-finance/, which covers water finance.
                """);
        assertThat(TestPortal.problems(TestPortal.build(copy))).isEmpty();
    }

    @Test
    void aTombstoneAddedWhileServeRunsReachesTheChangePagesAsAFreshBuildWould() throws IOException {
        Path live = dir.resolve("live");
        try (BuildSession session = new BuildSession(new BuildOptions(repo.dir(), live, false, Optional.empty(), true))) {
            assertThat(session.build(SiteWriter.stage(live)).result().ok()).isTrue();
            assertThat(page(live, "changes").select("tr.removed")).isEmpty();
            repo.write(TOMBSTONES);
            BuildSession.Update added = session.update(List.of("content/urls.txt"), SiteWriter.inPlace(live));
            assertThat(added.result().ok()).isTrue();
            assertThat(added.written()).contains("changes/index.html", "changes/page/4/index.html", "changes.xml",
                    "topics/water/index.html");
            assertThat(page(live, "changes").select("tr.removed th a").eachAttr("href")).containsExactly("../topics/water/");
            // An edited reason is a new line: the change pages show it.
            Files.writeString(repo.dir().resolve("content/urls.txt"), TOMBSTONES.lines().skip(1)
                    .map(l -> l.replace("a draft published by mistake.", "published by mistake."))
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
            assertThat(session.update(List.of("content/urls.txt"), SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(page(live, "changes/page/2").select("tr.removed td[data-label=Change]").text())
                    .isEqualTo("Removed: published by mistake.");
        }
        Path fresh = dir.resolve("fresh");
        assertThat(new Build(new BuildOptions(repo.dir(), fresh, false, Optional.empty(), true)).run().ok()).isTrue();
        java.util.Map<String, String> got = TestPortal.snapshotText(live);
        java.util.Map<String, String> want = TestPortal.snapshotText(fresh);
        assertThat(new java.util.TreeSet<>(want.keySet())).isEqualTo(new java.util.TreeSet<>(got.keySet()));
        assertThat(want.keySet().stream().filter(k -> !want.get(k).equals(got.get(k))).toList()).isEmpty();
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void anUpdateAfterACommitShowsTheNewHistoryAsAFreshBuildWould() throws IOException {
        Path live = dir.resolve("live");
        try (BuildSession session = new BuildSession(new BuildOptions(repo.dir(), live, false, Optional.empty(), true))) {
            assertThat(session.build(SiteWriter.stage(live)).result().ok()).isTrue();
            repo.write("""
                    -- content/organizations/unfccc.md --
                    ---
                    title: UNFCCC
                    acronym: UNFCCC
                    ---
                    The secretariat in Bonn.
                    """);
            BuildSession.Update dirty = session.update(List.of("content/organizations/unfccc.md"), SiteWriter.inPlace(live));
            assertThat(dirty.result().notes()).containsExactly(
                    "history: 1 file under content/ with uncommitted changes; their pages say so (commit them to date them)");
            assertThat(Jsoup.parse(Files.readString(live.resolve("organizations/unfccc/index.html"))).select("#record-history .notice").text())
                    .isEqualTo("This page shows changes that are not committed yet; the history below ends at the last commit.");
            String c5 = repo.commit("Dmitri", "2024-12-01T12:00:00+03:00", "UNFCCC: where the secretariat is");
            // The commit touched no file, so serve sees it at the next save of any record.
            BuildSession.Update after = session.update(List.of("content/topics/climate-finance.md"), SiteWriter.inPlace(live));
            assertThat(after.written()).contains("organizations/unfccc/index.html", "changes/index.html", "changes.xml");
            assertThat(after.result().notes()).isEmpty();
            Document unfccc = Jsoup.parse(Files.readString(live.resolve("organizations/unfccc/index.html")));
            assertThat(unfccc.select("#record-history li").first().text())
                    .isEqualTo("1 Dec 2024 · Changed by Dmitri: UNFCCC: where the secretariat is (commit " + s(c5) + ")");
        }
        Path fresh = dir.resolve("fresh");
        assertThat(new Build(new BuildOptions(repo.dir(), fresh, false, Optional.empty(), true)).run().ok()).isTrue();
        assertThat(TestPortal.snapshotText(live)).isEqualTo(TestPortal.snapshotText(fresh));
    }

    @Test
    void aCommitToATranslationAloneReachesItsPageInServeAsAFreshBuildWould() throws IOException {
        repo.write("""
                -- content/site.yml --
                title: History portal
                base_url: https://accord.test/portal/
                page_size: 2
                language: en
                languages: [en, ru]
                -- content/organizations/unfccc.ru.md --
                ---
                ---
                Секретариат.
                """);
        repo.commit("Dmitri", "2024-11-21T12:00:00+03:00", "UNFCCC in Russian");
        Path live = dir.resolve("live");
        try (BuildSession session = new BuildSession(new BuildOptions(repo.dir(), live, false, Optional.empty(), true))) {
            assertThat(session.build(SiteWriter.stage(live)).result().ok()).isTrue();
            repo.write("""
                    -- content/organizations/unfccc.ru.md --
                    ---
                    ---
                    Секретариат в Бонне.
                    """);
            assertThat(session.update(List.of("content/organizations/unfccc.ru.md"), SiteWriter.inPlace(live)).result().notes())
                    .containsExactly("history: 1 file under content/ with uncommitted changes; their pages say so (commit"
                            + " them to date them)");
            String c6 = repo.commit("Dmitri", "2024-12-01T12:00:00+03:00", "UNFCCC: where the secretariat is, in Russian");
            // The commit touched no file: the next save of any record shows it. Before, only the records' own files were
            // compared, so the Russian page kept saying its changes were not committed, unlike a fresh build.
            BuildSession.Update after = session.update(List.of("content/topics/climate-finance.md"), SiteWriter.inPlace(live));
            assertThat(after.written()).contains("ru/organizations/unfccc/index.html", "changes/index.html", "changes.xml");
            // What changed lists the translation's commit too, as a fresh build does.
            assertThat(Jsoup.parse(Files.readString(live.resolve("changes/index.html"))).select("table.changes tbody tr").first()
                    .text()).isEqualTo("1 Dec 2024 UNFCCC Organization Amended (translation: Русский): UNFCCC: where the"
                    + " secretariat is, in Russian (commit " + s(c6) + ") Dmitri");
            Document ru = Jsoup.parse(Files.readString(live.resolve("ru/organizations/unfccc/index.html")));
            assertThat(ru.select("#record-history .notice")).isEmpty();
            assertThat(ru.select("#record-history li").first().text()).contains(s(c6));
            // Deleting the translation (not committed yet) takes its commits off the change log, as a fresh build does:
            // its page is no longer a translation's, so nothing links to that page's History.
            repo.delete("content/organizations/unfccc.ru.md");
            BuildSession.Update deleted = session.update(List.of("content/organizations/unfccc.ru.md"), SiteWriter.inPlace(live));
            assertThat(deleted.written()).contains("changes/index.html", "changes.xml");
            assertThat(Jsoup.parse(Files.readString(live.resolve("changes.xml")), "", Parser.xmlParser()).select("entry > id")
                    .eachText()).noneMatch(id -> id.contains("/ru/"));
            // The deletion committed: the next save shows the Russian page as a removed version, with its History, which
            // What changed links to. Before, the session compared only the files of published pages, so that page kept
            // saying the record was not translated yet, and the change log's new links into it were broken.
            String removed = repo.commit("Dmitri", "2024-12-02T12:00:00+03:00", "UNFCCC: no Russian version");
            BuildSession.Update committed = session.update(List.of("content/topics/climate-finance.md"), SiteWriter.inPlace(live));
            assertThat(TestPortal.problems(committed.result())).isEmpty();
            assertThat(committed.written()).contains("ru/organizations/unfccc/index.html");
            assertThat(Jsoup.parse(Files.readString(live.resolve("ru/organizations/unfccc/index.html"))).getElementById("change-"
                    + s(removed))).isNotNull();
        }
        Path fresh = dir.resolve("fresh");
        assertThat(new Build(new BuildOptions(repo.dir(), fresh, false, Optional.empty(), true)).run().ok()).isTrue();
        assertThat(TestPortal.snapshotText(live)).isEqualTo(TestPortal.snapshotText(fresh));
    }

    @Test
    void uncommittedAndNewRecordsSaySoOnTheirPageAndInOneLineOfTheBuildsOutput() throws IOException {
        repo.write("""
                -- content/topics/climate-finance.md --
                ---
                title: Climate finance
                ---
                An edit not yet committed.
                -- content/topics/adaptation.md --
                ---
                title: Adaptation
                ---
                New.
                -- content/topics/resilience.md --
                ---
                title: Resilience
                ---
                New too.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--source", repo.dir().toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines().toList().get(0)).isEqualTo(
                "history: 1 file under content/ with uncommitted changes and 2 files not yet committed; their pages say so (commit them to date them)");
        Document finance = page("topics/climate-finance");
        assertThat(finance.select(".last-changed")).isEmpty();
        assertThat(finance.select("meta[name=dcterms.modified]")).isEmpty();
        assertThat(finance.select("#record-history .notice").text())
                .isEqualTo("This page shows changes that are not committed yet; the history below ends at the last commit.");
        assertThat(finance.select("#record-history > p").get(1).text())
                .isEqualTo("First recorded 10 Nov 2024; 2 commits, newest first:");
        assertThat(finance.select("#record-history li")).hasSize(2);
        Document adaptation = page("topics/adaptation");
        assertThat(adaptation.select("#record-history .notice").text()).isEqualTo("This record is not committed yet, so it has no history.");
        assertThat(adaptation.select("#record-history li")).isEmpty();
        assertThat(page("changes").select("table.changes tbody th a").eachText()).doesNotContain("Adaptation");
    }

    /**
     * Case A: a record renamed on a branch while its file is edited at its old name on main, then merged. The merge took
     * main's text under the branch's name, so it wrote nothing of its own: the page lists main's edit (before, it was
     * left under the old name, and the page's dates were the rename's) and the branch's rename, and not the merge.
     */
    @Test
    void aRenameOnABranchMergedWithAnEditOnMainKeepsBothCommitsAndNotTheMerge() throws IOException {
        repo.git(null, null, "checkout", "-q", "-b", "side");
        repo.move("content/topics/climate-finance.md", "content/topics/finance.md");
        String rename = repo.commit("Carol", "2024-11-21T10:00:00+00:00", "Rename climate finance");
        repo.git(null, null, "checkout", "-q", "main");
        repo.write("""
                -- content/topics/climate-finance.md --
                ---
                title: Climate finance
                ---
                Money for climate action, with the Baku figure and the new goal.
                """);
        String edit = repo.commit("Börje Ek", "2024-11-22T10:00:00+00:00", "Climate finance: the new goal");
        repo.git("Alice Archivist", "2024-11-23T10:00:00+00:00", "merge", "-q", "--no-ff", "-m", "Merge side", "side");
        String merge = repo.git(null, null, "rev-parse", "HEAD").strip();
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();

        Document finance = page("topics/finance");
        assertThat(finance.select("main").text()).contains("the new goal");
        // The rename reached main with the merge (23 Nov), after main's edit: listed first, as What changed lists it.
        assertThat(finance.select("#record-history li").eachText()).containsExactly(
                "21 Nov 2024 · Moved from content/topics/climate-finance.md by Carol: Rename climate finance (commit " + s(rename) + ")",
                "22 Nov 2024 · Changed by Börje Ek: Climate finance: the new goal (commit " + s(edit) + ")",
                "12 Nov 2024 · Changed by Börje Ek: Climate finance: add the Baku figure (commit " + s(c2) + ")",
                "10 Nov 2024 · Added by Alice Archivist: Start the portal (commit " + s(c1) + ")");
        assertThat(finance.select("meta[name=dcterms.modified]").attr("content")).isEqualTo("2024-11-22T10:00:00Z");
        Document feed = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        assertThat(feed.select("entry > link").eachAttr("href")).contains(
                "https://accord.test/portal/topics/finance/#change-" + s(edit), "https://accord.test/portal/topics/finance/#change-" + s(rename))
                .noneMatch(l -> l.endsWith(s(merge)));
        assertThat(page("changes").select("table.changes tbody th a").eachAttr("href")).contains("../topics/finance/#change-" + s(edit));
    }

    /**
     * Case B: a conflict resolved in the merge commit. The merge wrote the page's text, so it is listed, with both
     * sides' commits. The branch's commit is dated before the portal began (its committer's clock, or a branch begun
     * long ago): the change log lists it where it reached main, with the merge, so it is on the first page and in the
     * feed's newest entries, not after every other change.
     */
    @Test
    void aConflictResolvedInAMergeListsTheMergeAndABranchsOldCommitArrivesWithIt() throws IOException {
        repo.git(null, null, "checkout", "-q", "-b", "side");
        repo.write("""
                -- content/topics/climate-finance.md --
                ---
                title: Climate finance
                ---
                Money for climate action, as the branch says it.
                """);
        String side = repo.commit("Carol", "2024-11-01T10:00:00+00:00", "Climate finance: the branch's words");
        repo.git(null, null, "checkout", "-q", "main");
        repo.write("""
                -- content/topics/climate-finance.md --
                ---
                title: Climate finance
                ---
                Money for climate action, as main says it.
                """);
        String main = repo.commit("Börje Ek", "2024-11-24T10:00:00+00:00", "Climate finance: main's words");
        try {
            repo.git(null, null, "merge", "-q", "--no-ff", "side");
        } catch (IllegalStateException conflict) {
            // the merge stops at the conflict, which the next lines resolve
        }
        repo.write("""
                -- content/topics/climate-finance.md --
                ---
                title: Climate finance
                ---
                Money for climate action, as both say it.
                """);
        String merge = repo.commit("Alice Archivist", "2024-11-25T10:00:00+00:00", "Merge side, words of both");
        assertThat(repo.git(null, null, "rev-list", "--parents", "-n", "1", "HEAD").strip().split(" ")).hasSize(3);
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();

        Document finance = page("topics/climate-finance");
        assertThat(finance.select("#record-history li").eachText()).containsExactly(
                "25 Nov 2024 · Changed by Alice Archivist: Merge side, words of both (commit " + s(merge) + ")",
                "1 Nov 2024 · Changed by Carol: Climate finance: the branch's words (commit " + s(side) + ")",
                "24 Nov 2024 · Changed by Börje Ek: Climate finance: main's words (commit " + s(main) + ")",
                "12 Nov 2024 · Changed by Börje Ek: Climate finance: add the Baku figure (commit " + s(c2) + ")",
                "10 Nov 2024 · Added by Alice Archivist: Start the portal (commit " + s(c1) + ")");
        assertThat(finance.select("meta[name=dcterms.modified]").attr("content")).isEqualTo("2024-11-25T10:00:00Z");
        // page_size 2: the first page has the merge and the branch's commit it brought.
        assertThat(page("changes").select("table.changes tbody th a").eachAttr("href")).containsExactlyInAnyOrder(
                "../topics/climate-finance/#change-" + s(merge), "../topics/climate-finance/#change-" + s(side));
    }

    /**
     * A branch begun at the first commit, with an edit made the next day, merged only after main's later edit: "What
     * changed" lists the branch's edit where the merge brought it (newest), and the record's History lists the same
     * commits in the same order, each with its own date. Before, the page listed them as git's log gives them (main's
     * edit above the branch's), so the page and the change log disagreed.
     */
    @Test
    void aRecordsHistoryListsABranchMergedLateWhereTheChangeLogDoes() throws IOException {
        repo.git(null, null, "checkout", "-q", "-b", "late", c1);
        repo.write("""
                -- content/organizations/unfccc.md --
                ---
                title: UNFCCC
                acronym: UNFCCC
                ---
                The secretariat, in Bonn.
                """);
        String branch = repo.commit("Carol", "2024-11-11T10:00:00+00:00", "UNFCCC: where the secretariat is");
        repo.git(null, null, "checkout", "-q", "main");
        repo.write("""
                -- content/organizations/unfccc.md --
                ---
                title: United Nations Framework Convention on Climate Change
                acronym: UNFCCC
                ---
                The secretariat.
                """);
        String main = repo.commit("Börje Ek", "2024-11-21T10:00:00+00:00", "UNFCCC: its full name");
        repo.git("Alice Archivist", "2024-11-26T10:00:00+00:00", "merge", "-q", "--no-ff", "-m", "Merge late", "late");
        String merge = repo.git(null, null, "rev-parse", "HEAD").strip();
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();

        // git put both sides' edits together, so the merge wrote text of its own and is listed too.
        Document unfccc = page("organizations/unfccc");
        assertThat(unfccc.select("main").text()).contains("United Nations Framework", "in Bonn");
        assertThat(unfccc.select("#record-history li").eachText()).containsExactly(
                "26 Nov 2024 · Changed by Alice Archivist: Merge late (commit " + s(merge) + ")",
                "11 Nov 2024 · Changed by Carol: UNFCCC: where the secretariat is (commit " + s(branch) + ")",
                "21 Nov 2024 · Changed by Börje Ek: UNFCCC: its full name (commit " + s(main) + ")",
                "10 Nov 2024 · Added by Alice Archivist: Start the portal (commit " + s(c1) + ")");
        List<String> rows = new java.util.ArrayList<>();
        for (int n = 1; Files.isDirectory(site().resolve(n == 1 ? "changes" : "changes/page/" + n)); n++) {
            rows.addAll(page(n == 1 ? "changes" : "changes/page/" + n).select("table.changes tbody th a").eachAttr("href"));
        }
        List<String> logged = rows.stream().filter(h -> h.contains("/unfccc/")).map(h -> h.substring(h.indexOf('#') + 1)).toList();
        assertThat(logged).containsExactly("change-" + s(merge), "change-" + s(branch), "change-" + s(main), "change-" + s(c1));
        assertThat(unfccc.select("#record-history li").eachAttr("id")).isEqualTo(logged);
        // The page's dates are its commits' as before: first and last as git dates them.
        assertThat(unfccc.select("#record-history > p").first().text())
                .isEqualTo("First recorded 10 Nov 2024, last changed 26 Nov 2024; 4 commits, newest first:");
    }

    /**
     * A rename git does not see (the old file deleted, the new one mostly new text) that the record's redirect_from
     * names: the record keeps its past, the commit that did it is one move, and the change log keeps the old entries.
     * Before, History said "First recorded" on the rename's day with one commit, and the old entries left changes/.
     */
    @Test
    void aRenameGitDoesNotSeeKeepsTheRecordsPastThroughItsRedirectFrom() throws IOException {
        String schema = Files.readString(repo.dir().resolve("content/schema.yml"));
        Files.writeString(repo.dir().resolve("content/schema.yml"), schema.replace("common:\n", "common:\n"
                + "  redirect_from: { type: list(string), label: Old addresses, shown: false, search: false }\n"));
        repo.commit("Alice Archivist", "2024-11-21T10:00:00+00:00", "Old addresses");
        repo.delete("content/topics/climate-finance.md");
        repo.write("""
                -- content/topics/finance.md --
                ---
                title: Finance
                redirect_from: [climate-finance]
                ---
                Public and private money for mitigation, adaptation and loss and damage, as pledged and as paid.
                """);
        String moved = repo.commit("Carol", "2024-11-22T10:00:00+00:00", "Finance: rewritten under a shorter name");
        assertThat(repo.git(null, null, "show", "--name-status", "-M", "--format=", moved).lines().sorted().toList())
                .containsExactly("A\tcontent/topics/finance.md", "D\tcontent/topics/climate-finance.md");
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();

        Document finance = page("topics/finance");
        assertThat(finance.select("#record-history li").eachText()).containsExactly(
                "22 Nov 2024 · Moved from content/topics/climate-finance.md by Carol: Finance: rewritten under a shorter name (commit "
                        + s(moved) + ")",
                "12 Nov 2024 · Changed by Börje Ek: Climate finance: add the Baku figure (commit " + s(c2) + ")",
                "10 Nov 2024 · Added by Alice Archivist: Start the portal (commit " + s(c1) + ")");
        assertThat(finance.select("meta[name=dcterms.created]").attr("content")).isEqualTo("2024-11-10T09:00:00+04:00");
        List<String> rows = new java.util.ArrayList<>();
        for (int n = 1; Files.isDirectory(site().resolve(n == 1 ? "changes" : "changes/page/" + n)); n++) {
            rows.addAll(page(n == 1 ? "changes" : "changes/page/" + n).select("table.changes tbody th a").eachAttr("href"));
        }
        assertThat(rows).filteredOn(h -> h.contains("/finance/")).map(h -> h.replaceAll("^(\\.\\./)+", "")).containsExactly(
                "topics/finance/#change-" + s(moved), "topics/finance/#change-" + s(c2), "topics/finance/#change-" + s(c1));
        Document feed = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        // Its older entries keep their ids, made at the address it had then.
        assertThat(feed.select("entry > id").eachText()).contains(
                "https://accord.test/portal/topics/climate-finance/#change-" + s(c2),
                "https://accord.test/portal/topics/finance/#change-" + s(moved));
    }

    /**
     * serve, with a record whose redirect_from names an old file still there in git's history: the old file's deletion,
     * committed while serve runs, joins its past to the record's History at the next save, as a fresh build shows it.
     * Before, the session compared only the record's own file's history, which the commit did not touch, so the page
     * kept saying the record was first recorded on the day of its new file.
     */
    @Test
    void aCommitDeletingAnOldFileThatRedirectFromJoinsReachesTheRecordInServe() throws IOException {
        String schema = Files.readString(repo.dir().resolve("content/schema.yml"));
        Files.writeString(repo.dir().resolve("content/schema.yml"), schema.replace("common:\n", "common:\n"
                + "  redirect_from: { type: list(string), label: Old addresses, shown: false, search: false }\n"));
        repo.write("""
                -- content/topics/finance.md --
                ---
                title: Finance
                redirect_from: [climate-finance]
                ---
                Public and private money for mitigation, adaptation and loss and damage, as pledged and as paid.
                """);
        String added = repo.commit("Carol", "2024-11-22T10:00:00+00:00", "Finance: rewritten under a shorter name");
        // The old file deleted in the work tree, its deletion not committed yet: it joins nothing.
        Files.delete(repo.dir().resolve("content/topics/climate-finance.md"));
        Path live = dir.resolve("live");
        try (BuildSession session = new BuildSession(new BuildOptions(repo.dir(), live, false, Optional.empty(), true))) {
            assertThat(session.build(SiteWriter.stage(live)).result().ok()).isTrue();
            assertThat(page(live, "topics/finance").select("#record-history li").eachAttr("id")).containsExactly("change-" + s(added));
            String deleted = repo.commit("Carol", "2024-11-23T10:00:00+00:00", "Remove the old climate finance file");
            // The commit touched no file: the next save of any record shows it.
            BuildSession.Update after = session.update(List.of("content/organizations/unfccc.md"), SiteWriter.inPlace(live));
            assertThat(TestPortal.problems(after.result())).isEmpty();
            assertThat(after.written()).contains("topics/finance/index.html");
            Document finance = page(live, "topics/finance");
            assertThat(finance.select("#record-history li").eachText()).containsExactly(
                    "23 Nov 2024 · Deleted by Carol: Remove the old climate finance file (commit " + s(deleted) + ")",
                    "22 Nov 2024 · Added by Carol: Finance: rewritten under a shorter name (commit " + s(added) + ")",
                    "12 Nov 2024 · Changed by Börje Ek: Climate finance: add the Baku figure (commit " + s(c2) + ")",
                    "10 Nov 2024 · Added by Alice Archivist: Start the portal (commit " + s(c1) + ")");
            assertThat(finance.select("meta[name=dcterms.created]").attr("content")).isEqualTo("2024-11-10T09:00:00+04:00");
        }
        Path fresh = dir.resolve("fresh");
        assertThat(new Build(new BuildOptions(repo.dir(), fresh, false, Optional.empty(), true)).run().ok()).isTrue();
        java.util.Map<String, String> got = TestPortal.snapshotText(live);
        java.util.Map<String, String> want = TestPortal.snapshotText(fresh);
        assertThat(want.keySet().stream().filter(k -> !want.get(k).equals(got.get(k))).toList()).isEmpty();
        assertThat(new java.util.TreeSet<>(got.keySet())).isEqualTo(new java.util.TreeSet<>(want.keySet()));
    }

    /**
     * A published translation deleted and committed: What changed lists its removal ("Removed (translation: Русский)"),
     * its earlier entries stay, and the Russian page says the version was removed, with its history (which the entries
     * link to), not that there is no translation yet. Before, nothing said so and the entries left changes/.
     */
    @Test
    void aDeletedTranslationIsListedAsRemovedAndItsPageSaysSo() throws IOException {
        repo.write(TestPortal.SCHEMA.replace("label: Title }", "label: Title, translatable: true }") + """
                -- content/site.yml --
                title: History portal
                base_url: https://accord.test/portal/
                page_size: 10
                languages: [en, ru]
                -- content/organizations/unfccc.ru.md --
                ---
                title: РКИК ООН
                ---
                Секретариат.
                """);
        String added = repo.commit("Dmitri", "2024-11-21T12:00:00+03:00", "UNFCCC in Russian");
        repo.delete("content/organizations/unfccc.ru.md");
        String removed = repo.commit("Carol", "2024-11-23T12:00:00+00:00", "Drop the Russian UNFCCC");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--source", repo.dir().toString())).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();

        Document changes = page("changes");
        assertThat(changes.select("table.changes tbody tr").eachText()).startsWith(
                "23 Nov 2024 UNFCCC Organization Removed (translation: Русский): Drop the Russian UNFCCC (commit " + s(removed) + ") Carol");
        assertThat(changes.select("table.changes tbody tr").eachText()).contains(
                "21 Nov 2024 UNFCCC Organization Added (translation: Русский): UNFCCC in Russian (commit " + s(added) + ") Dmitri");
        assertThat(changes.select("table.changes tbody th a").eachAttr("href")).contains(
                "../ru/organizations/unfccc/#change-" + s(removed), "../ru/organizations/unfccc/#change-" + s(added));
        Document ru = page("ru/organizations/unfccc");
        assertThat(ru.select(".notice").first().text()).isEqualTo("Версия этой записи на этом языке (Русский) удалена; её история ниже.");
        assertThat(ru.getElementById("change-" + s(removed))).isNotNull();
        assertThat(ru.getElementById("change-" + s(added))).isNotNull();
        Document feed = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        assertThat(feed.select("entry > title").first().text()).isEqualTo("Removed (translation: Русский): UNFCCC");
        assertThat(feed.select("entry > id").first().text()).isEqualTo("https://accord.test/portal/ru/organizations/unfccc/#change-" + s(removed));
    }

    @Test
    void aDeletedRecordRestoredButNotCommittedShowsItsPastWithTheNoticeAndTheChangeLogAgrees() throws IOException {
        repo.git(null, null, "checkout", c4 + "~1", "--", "content/topics/water.md");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--source", repo.dir().toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines().toList().get(0)).isEqualTo(
                "history: 1 file under content/ with uncommitted changes; their pages say so (commit them to date them)");
        Document water = page("topics/water");
        assertThat(water.select("#record-history .notice").text())
                .isEqualTo("This page shows changes that are not committed yet; the history below ends at the last commit.");
        assertThat(water.select(".last-changed")).isEmpty();
        assertThat(water.select("#record-history li").eachText()).containsExactly(
                "20 Nov 2024 · Deleted by Alice Archivist: Remove water (commit " + s(c4) + ")",
                "12 Nov 2024 · Added by Börje Ek: Climate finance: add the Baku figure (commit " + s(c2) + ")");
        // Every link of the change log to the record's page finds its History entry there.
        List<String> links = new java.util.ArrayList<>();
        for (int n = 1; Files.isDirectory(site().resolve(n == 1 ? "changes" : "changes/page/" + n)); n++) {
            links.addAll(page(n == 1 ? "changes" : "changes/page/" + n).select("table.changes tbody th a").eachAttr("href"));
        }
        assertThat(links).filteredOn(l -> l.contains("/water/")).containsExactly("../../../topics/water/#change-" + s(c2));
        assertThat(water.getElementById("change-" + s(c2))).isNotNull();
    }

    @Test
    void aRecordMovedWithGitMvButNotCommittedKeepsTheHistoryOfItsOldName() throws IOException {
        repo.move("content/topics/climate-finance.md", "content/topics/finance.md");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--source", repo.dir().toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList().get(0)).isEqualTo(
                "history: 1 file under content/ with uncommitted changes; their pages say so (commit them to date them)");
        Document finance = page("topics/finance");
        assertThat(finance.select("#record-history .notice").text())
                .isEqualTo("This page shows changes that are not committed yet; the history below ends at the last commit.");
        assertThat(finance.select(".last-changed")).isEmpty();
        assertThat(finance.select("#record-history li").eachText()).containsExactly(
                "12 Nov 2024 · Changed by Börje Ek: Climate finance: add the Baku figure (commit " + s(c2) + ")",
                "10 Nov 2024 · Added by Alice Archivist: Start the portal (commit " + s(c1) + ")");
        Document feed = Jsoup.parse(Files.readString(site().resolve("changes.xml")), "", Parser.xmlParser());
        // The entries link the record where it is now; their ids stay those of the changes as they were made.
        assertThat(feed.select("entry > link").eachAttr("href")).contains(
                "https://accord.test/portal/topics/finance/#change-" + s(c2), "https://accord.test/portal/topics/finance/#change-" + s(c1));
        assertThat(feed.select("entry > id").eachText()).contains("https://accord.test/portal/topics/climate-finance/#change-"
                + s(c2), "https://accord.test/portal/topics/climate-finance/#change-" + s(c1));

        // Moved back before committing: the record is as committed again, with no notice.
        repo.move("content/topics/finance.md", "content/topics/climate-finance.md");
        assertThat(TestPortal.problems(TestPortal.build(repo.dir()))).isEmpty();
        assertThat(page("topics/climate-finance").select("#record-history .notice")).isEmpty();
        assertThat(page("topics/climate-finance").select(".last-changed").text()).isEqualTo("Last changed 12 Nov 2024 (history)");
    }

    @Test
    void aShallowCloneShowsNoHistoryAndSaysWhy() throws IOException {
        Path clone = dir.resolve("clone");
        repo.git(null, null, "clone", "-q", "--depth", "1", "file://" + repo.dir(), clone.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--source", clone.toString())).isZero();
        assertThat(out.toString().lines().toList().get(0)).isEqualTo("history: this is a shallow clone, so older commits are"
                + " missing; record pages say their history is not known (run git fetch --unshallow to show each record's changes)");
        Document finance = Jsoup.parse(clone.resolve("site/topics/climate-finance/index.html").toFile(), "UTF-8");
        assertThat(finance.select("#record-history").text()).isEqualTo("History The history of this record is not shown: the site"
                + " was built from a shallow clone of its repository, which lacks the older commits."
                + " Edit this page (the file content/topics/climate-finance.md in the repository)");
        assertThat(finance.select(".last-changed, meta[name^=dcterms]")).isEmpty();
        Document changes = Jsoup.parse(clone.resolve("site/changes/index.html").toFile(), "UTF-8");
        assertThat(changes.select("main .notice").text()).isEqualTo("The history of the records is not shown: the site was built"
                + " from a shallow clone of its repository, which lacks the older commits.");
        assertThat(changes.select("table")).isEmpty();
        assertThat(Files.readString(clone.resolve("site/changes.xml"))).doesNotContain("<entry>");
    }

    @Test
    void outsideAGitCheckoutOrWithoutGitTheBuildWorksAndSaysSo() throws IOException {
        Path plain = TestPortal.write(dir.resolve("plain"), TestPortal.PORTAL);
        BuildResult result = TestPortal.build(plain);
        assertThat(result.ok()).isTrue();
        assertThat(result.notes()).containsExactly("history: the portal is not in a git checkout; record pages say their history"
                + " is not known (build from a git clone to show each record's changes)");
        Document page = Jsoup.parse(plain.resolve("site/sessions/alpha-session/index.html").toFile(), "UTF-8");
        assertThat(page.select("#record-history").text()).isEqualTo(
                "History The history of this record is not shown: this copy of the site was built outside a git checkout.");

        BuildResult noGit = new Build(new BuildOptions(repo.dir(), repo.dir().resolve("site"), false, Optional.empty(), true)
                .withGit(dir.resolve("no-such-git").toString())).run();
        assertThat(noGit.ok()).isTrue();
        assertThat(noGit.notes()).containsExactly("history: git is not installed; record pages say their history is not known"
                + " (build from a git clone to show each record's changes)");
        assertThat(page("topics/climate-finance").select("#record-history .notice").text())
                .isEqualTo("The history of this record is not shown: this copy of the site was built outside a git checkout.");
    }

    @Test
    void theHistoryIsTheSameBytesWhateverTheMachinesTimeZoneAndLocale() throws IOException {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            new Build(new BuildOptions(repo.dir(), dir.resolve("a"), false, Optional.empty(), true)).run();
            TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            new Build(new BuildOptions(repo.dir(), dir.resolve("b"), false, Optional.empty(), true)).run();
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        assertThat(TestPortal.snapshotText(dir.resolve("a"))).isEqualTo(TestPortal.snapshotText(dir.resolve("b")));
        assertThat(Files.readString(dir.resolve("a/topics/climate-finance/index.html"))).contains("12 Nov 2024");
    }

    @Test
    void aRepositoryAddressMustBeAnHttpAddress() {
        for (String bad : List.of("javascript:alert(1)", "https://x.org/a\\\" onclick=\\\"b", "ftp://x.org/r", "//x.org/r")) {
            Path p = TestPortal.write(dir.resolve("bad" + Math.abs(bad.hashCode())), TestPortal.SCHEMA + """
                    -- content/site.yml --
                    title: T
                    repository: "%s"
                    """.formatted(bad));
            BuildResult r = TestPortal.build(p);
            assertThat(TestPortal.problems(r)).as(bad).containsExactly("content/site.yml:2:13: error: repository: '"
                    + bad.replace("\\\"", "\"") + "' is not an http(s) address"
                    + " (write repository: { url: https://github.com/owner/name, branch: main })");
        }
    }
}
