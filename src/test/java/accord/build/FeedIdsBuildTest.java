package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record feeds' entry ids (feed.xml, events/feed.xml) outlive a rename: before, an entry's id was the record's
 * address now, so renaming a record (its old slug in redirect_from, as the archivist guide says) gave it a new id and
 * feed readers showed it again as new. A git-committed portal where one record is renamed with redirect_from, one is
 * renamed without, and a new record is then made at the address the second left.
 */
class FeedIdsBuildTest {
    static final String SCHEMA = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
              redirect_from: { type: list(string), label: Old addresses, shown: false }
            collections:
              events:
                title: Events
                singular: Event
                order: -start
                fields:
                  start: { type: date, required: true, label: Start, role: date }
            -- content/site.yml --
            title: Feed portal
            base_url: https://accord.test/portal/
            -- content/events/cop29.md --
            ---
            title: COP29
            start: 2024-11-11
            ---
            -- content/events/baku-forum.md --
            ---
            title: Baku forum
            start: 2024-10-01
            ---
            The forum on energy.
            -- content/events/summit.md --
            ---
            title: Summit
            start: 2024-06-01
            ---
            The summit of 2024, its talks and its outcome.
            """;

    @TempDir
    Path dir;
    HistoryFixture portal;
    GitRepo repo;
    String added;
    String before;
    String after;

    private Document feed(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)), "", Parser.xmlParser());
    }

    @BeforeEach
    void history() throws IOException {
        portal = HistoryFixture.committed(dir, SCHEMA, "2024-11-10T09:00:00+04:00");
        repo = portal.repo();
        before = Files.readString(portal.build("before").resolve("feed.xml"));
        repo.move("content/events/baku-forum.md", "content/events/baku-energy-forum.md");
        repo.move("content/events/summit.md", "content/events/summit-2024.md");
        repo.write("""
                -- content/events/baku-energy-forum.md --
                ---
                title: Baku Energy Forum
                start: 2024-10-01
                redirect_from: [baku-forum]
                ---
                The forum on energy.
                """);
        repo.commit("Börje Ek", "2024-11-12T10:00:00+00:00", "Rename the forum and the summit");
        repo.write("""
                -- content/events/summit.md --
                ---
                title: Summit 2025
                start: 2025-06-01
                ---
                Another summit, a year later.
                """);
        added = repo.commit("Carol", "2024-11-14T23:30:00-05:00", "Add the 2025 summit");
        after = Files.readString(portal.build("after").resolve("feed.xml"));
    }

    @Test
    void aRenamedRecordKeepsItsFeedIdAndANewRecordAtItsOldAddressGetsAnotherOne() throws IOException {
        Document first = Jsoup.parse(before, "", Parser.xmlParser());
        assertThat(first.select("entry > id").eachText()).containsExactly("https://accord.test/portal/events/cop29/",
                "https://accord.test/portal/events/baku-forum/", "https://accord.test/portal/events/summit/");

        Document feed = Jsoup.parse(after, "", Parser.xmlParser());
        assertThat(feed.select("entry > title").eachText()).containsExactly("Summit 2025", "COP29", "Baku Energy Forum", "Summit");
        // Each renamed record keeps the id it had, its first address; its link goes to where it is now. git saw the
        // summit's rename; the forum's file changed too much in that commit for git to call it one, and its
        // redirect_from says where it was. The new summit
        // was made at an address the old one had first, so its id names the commit that added it.
        assertThat(feed.select("entry > id").eachText()).containsExactly(
                "https://accord.test/portal/events/summit/#added-" + added.substring(0, 10),
                "https://accord.test/portal/events/cop29/",
                "https://accord.test/portal/events/baku-forum/",
                "https://accord.test/portal/events/summit/");
        assertThat(feed.select("entry > link").eachAttr("href")).containsExactly(
                "https://accord.test/portal/events/summit/", "https://accord.test/portal/events/cop29/",
                "https://accord.test/portal/events/baku-energy-forum/", "https://accord.test/portal/events/summit-2024/");
        // The collection's own feed names them alike.
        Path site = dir.resolve("after");
        assertThat(feed(site, "events/feed.xml").select("entry > id").eachText())
                .isEqualTo(feed.select("entry > id").eachText());
        // The forum's id is also the address its redirect_from keeps, which sends a reader on to it.
        assertThat(Jsoup.parse(site.resolve("events/baku-forum/index.html").toFile(), "UTF-8")
                .select("link[rel=canonical]").attr("href")).isEqualTo("https://accord.test/portal/events/baku-energy-forum/");
    }

    /**
     * An entry's updated was the record's own date, whatever was committed after: an amended record never showed as
     * changed in a feed reader. Now it is the record's last commit (as the sitemap's lastmod), and the feed's the latest.
     */
    @Test
    void anAmendedRecordsEntryIsUpdatedAtItsLastCommitAndTheFeedWithIt() throws IOException {
        Document feed = Jsoup.parse(after, "", Parser.xmlParser());
        assertThat(feed.select("entry > updated").eachText()).containsExactly("2024-11-14T23:30:00-05:00",
                "2024-11-10T09:00:00+04:00", "2024-11-12T10:00:00Z", "2024-11-12T10:00:00Z");
        assertThat(feed.select("feed > updated").text()).isEqualTo("2024-11-14T23:30:00-05:00");
        repo.write("""
                -- content/events/cop29.md --
                ---
                title: COP29
                start: 2024-11-11
                ---
                Corrected: the conference opened on the 11th.
                """);
        repo.commit("Alice Archivist", "2024-11-20T08:00:00+01:00", "Correct COP29");
        String amended = Files.readString(portal.build("amended").resolve("feed.xml"));
        feed = Jsoup.parse(amended, "", Parser.xmlParser());
        assertThat(feed.select("entry > updated").eachText()).containsExactly("2024-11-14T23:30:00-05:00",
                "2024-11-20T08:00:00+01:00", "2024-11-12T10:00:00Z", "2024-11-12T10:00:00Z");
        assertThat(feed.select("feed > updated").text()).isEqualTo("2024-11-20T08:00:00+01:00");
        assertThat(Files.readString(portal.build("again").resolve("feed.xml"))).isEqualTo(amended);
        assertThat(feed(dir.resolve("amended"), "events/feed.xml").select("entry > updated").eachText())
                .isEqualTo(feed.select("entry > updated").eachText());
    }

    @Test
    void withABaseUrlThatIsOnlyAPathTheIdsAreTheSameNamesAsUrns() throws IOException {
        Document feed = feed(portal.build("path-only", Optional.of("/portal/")), "feed.xml");
        assertThat(feed.select("entry > id").eachText()).containsExactly(
                "urn:accord:record:events/summit:" + added.substring(0, 10), "urn:accord:record:events/cop29",
                "urn:accord:record:events/baku-forum", "urn:accord:record:events/summit");
    }

    /**
     * Where the history is not known (a copy without .git), a record is called by the first old slug its redirect_from
     * lists, else by its address now, as README says: the forum keeps its id, the summit renamed without one does not.
     */
    @Test
    void withoutTheHistoryARecordIsCalledByItsRedirectFromOrItsAddressNow() throws IOException {
        Document feed = feed(portal.build(portal.copyWithoutGit("copy"), "copy-site"), "feed.xml");
        assertThat(feed.select("entry > id").eachText()).isEqualTo(List.of("https://accord.test/portal/events/summit/",
                "https://accord.test/portal/events/cop29/", "https://accord.test/portal/events/baku-forum/",
                "https://accord.test/portal/events/summit-2024/"));
        // Without the history an entry is updated at the record's own date, and the feed at the newest of them.
        assertThat(feed.select("entry > updated").eachText()).containsExactly("2025-06-01T00:00:00Z",
                "2024-11-11T00:00:00Z", "2024-10-01T00:00:00Z", "2024-06-01T00:00:00Z");
        assertThat(feed.select("feed > updated").text()).isEqualTo("2025-06-01T00:00:00Z");
    }
}
