package accord.build;

import static accord.build.HistoryFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record's calendar UID, BibTeX key and CSL-JSON id outlive a rename, as its feed id does: before, they were made from
 * its address now, so renaming a record (its old slug in redirect_from) gave its event a new UID (calendar programs
 * showed it twice) and its citation a new key, and a later, unrelated record made at the old slug took them over. A
 * git-committed portal where an event is renamed and a new event is then made at the address it left.
 */
class LastingKeysBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
              redirect_from: { type: list(string), label: Old addresses, shown: false }
            collections:
              events:
                title: Events
                singular: Event
                jsonld: Event
                fields:
                  start: { type: date, required: true, label: Start, role: date }
            -- content/site.yml --
            title: Keys portal
            base_url: https://accord.test/portal/
            -- content/events/wgcc-1-astana.md --
            ---
            title: First working group meeting
            start: 2024-05-14
            ---
            The first meeting of the working group, in Astana.
            -- content/events/cop29.md --
            ---
            title: COP29
            start: 2024-11-11
            ---
            """;

    /** The meeting renamed to a two-digit number, its old slug in redirect_from. */
    static final String RENAMED = """
            -- content/events/wgcc-01-astana.md --
            ---
            title: First working group meeting
            start: 2024-05-14
            redirect_from: [wgcc-1-astana]
            ---
            The first meeting of the working group, in Astana.
            """;

    /** The redirect page gives way to a new, unrelated record at the old address. */
    static final String SIDE_EVENT = """
            -- content/events/wgcc-01-astana.md --
            ---
            title: First working group meeting
            start: 2024-05-14
            ---
            The first meeting of the working group, in Astana.
            -- content/events/wgcc-1-astana.md --
            ---
            title: Astana side event
            start: 2024-09-20
            ---
            """;

    /** Commits the meeting's rename ({@link #RENAMED}, moved with git mv). */
    static void rename(GitRepo repo) {
        repo.move("content/events/wgcc-1-astana.md", "content/events/wgcc-01-astana.md");
        repo.write(RENAMED);
        repo.commit("Börje Ek", "2024-06-01T10:00:00+00:00", "Number the meetings with two digits");
    }

    @TempDir
    Path dir;
    HistoryFixture portal;
    GitRepo repo;
    String added;

    @BeforeEach
    void history() throws IOException {
        portal = HistoryFixture.committed(dir, PORTAL, "2024-05-01T09:00:00+05:00");
        repo = portal.repo();
        Path before = portal.build("before");
        assertThat(read(before, "data/calendar.ics")).contains("\r\nUID:events-wgcc-1-astana@accord.test\r\n");
        rename(repo);
    }

    private void addAtTheOldAddress() {
        repo.write(SIDE_EVENT);
        added = repo.commit("Carol", "2024-09-01T12:00:00-04:00", "Add the side event");
    }

    @Test
    void aRenamedEventKeepsItsUidAndCitationKeys() throws IOException {
        Path site = portal.build("renamed");
        assertThat(read(site, "data/calendar.ics")).contains("\r\nUID:events-wgcc-1-astana@accord.test\r\n"
                + "DTSTAMP:20240601T100000Z\r\n").doesNotContain("wgcc-01-astana@");
        assertThat(read(site, "data/events/wgcc-01-astana.ics")).contains("\r\nUID:events-wgcc-1-astana@accord.test\r\n");
        assertThat(read(site, "data/events/wgcc-01-astana.bib")).startsWith("@misc{events-wgcc-1-astana,\n");
        assertThat(read(site, "data/events/wgcc-01-astana.ris")).startsWith("TY  - ELEC\r\nID  - events-wgcc-1-astana\r\n");
        assertThat(read(site, "data/events/wgcc-01-astana.csl.json")).contains("\"id\": \"events/wgcc-1-astana\"")
                .contains("https://accord.test/portal/events/wgcc-01-astana/");
        // The same name as its feed entry's id, which already held.
        assertThat(Jsoup.parse(read(site, "feed.xml"), "", Parser.xmlParser()).select("entry > id").eachText())
                .contains("https://accord.test/portal/events/wgcc-1-astana/");
        // A record never renamed keeps the key it always had.
        assertThat(read(site, "data/events/cop29.bib")).startsWith("@misc{events-cop29,\n");
        assertThat(read(site, "data/calendar.ics")).contains("\r\nUID:events-cop29@accord.test\r\n");
    }

    @Test
    void aNewRecordAtTheOldAddressGetsAKeyOfItsOwn() throws IOException {
        addAtTheOldAddress();
        Path site = portal.build("added");
        String hash = added.substring(0, 10);
        String ics = read(site, "data/calendar.ics");
        // Each event's DTSTAMP is its file's last commit, in UTC.
        assertThat(ics).contains("\r\nUID:events-wgcc-1-astana@accord.test\r\nDTSTAMP:20240901T160000Z\r\n")
                .contains("\r\nUID:events-wgcc-1-astana:" + hash + "@accord.test\r\nDTSTAMP:20240901T160000Z\r\n");
        assertThat(read(site, "data/events/wgcc-1-astana.ics")).contains("\r\nUID:events-wgcc-1-astana:" + hash + "@accord.test\r\n");
        assertThat(read(site, "data/events/wgcc-01-astana.bib")).startsWith("@misc{events-wgcc-1-astana,\n");
        assertThat(read(site, "data/events/wgcc-1-astana.bib")).startsWith("@misc{events-wgcc-1-astana:" + hash + ",\n");
        assertThat(read(site, "data/events/wgcc-01-astana.csl.json")).contains("\"id\": \"events/wgcc-1-astana\"");
        assertThat(read(site, "data/events/wgcc-1-astana.csl.json")).contains("\"id\": \"events/wgcc-1-astana:" + hash + "\"");
        // The same build again gives the same bytes.
        Path again = portal.build("again");
        assertThat(read(again, "data/calendar.ics")).isEqualTo(ics);
    }

    /**
     * In serve, a record's key changes with the history alone: the event made at the old address is "uncommitted" until
     * its commit, and the next update (of another record) writes its files again with the commit's hash, as a fresh
     * build makes them.
     */
    @Test
    void serveWritesAKeyTheHistoryChangedAsAFreshBuildWould() throws IOException {
        Path live = dir.resolve("live");
        try (BuildSession session = new BuildSession(new BuildOptions(repo.dir(), live, false, Optional.empty(), true))) {
            assertThat(session.build(accord.output.SiteWriter.stage(live)).result().ok()).isTrue();
            repo.write(SIDE_EVENT);
            assertThat(session.update(java.util.List.of("content/events/wgcc-01-astana.md", "content/events/wgcc-1-astana.md"),
                    accord.output.SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(read(live, "data/events/wgcc-1-astana.bib")).startsWith("@misc{events-wgcc-1-astana:uncommitted,\n");
            added = repo.commit("Carol", "2024-09-01T12:00:00-04:00", "Add the side event");
            repo.write("""
                    -- content/events/cop29.md --
                    ---
                    title: COP29 in Baku
                    start: 2024-11-11
                    ---
                    """);
            BuildSession.Update u = session.update(java.util.List.of("content/events/cop29.md"), accord.output.SiteWriter.inPlace(live));
            assertThat(u.result().ok()).isTrue();
            assertThat(u.written()).contains("data/events/wgcc-1-astana.bib", "data/events/wgcc-1-astana.ics",
                    "data/events/wgcc-1-astana.csl.json", "data/events/wgcc-1-astana.ris", "data/calendar.ics").doesNotContain("data/events/wgcc-01-astana.bib");
            assertThat(read(live, "data/events/wgcc-1-astana.bib")).startsWith("@misc{events-wgcc-1-astana:" + added.substring(0, 10) + ",\n");
            assertThat(read(live, "data/events/wgcc-1-astana.ris")).contains("\r\nID  - events-wgcc-1-astana:" + added.substring(0, 10) + "\r\n");
        }
        Path fresh = portal.build("fresh");
        assertThat(TestPortal.snapshotText(live)).isEqualTo(TestPortal.snapshotText(fresh));
    }

    /** Without the history (a copy without .git) the keys are made from the addresses now, as before. */
    @Test
    void withoutTheHistoryTheKeysAreTheAddressesNow() throws IOException {
        addAtTheOldAddress();
        Path site = portal.build(portal.copyWithoutGit("copy"), "copy-site");
        assertThat(read(site, "data/calendar.ics")).contains("\r\nUID:events-wgcc-01-astana@accord.test\r\n")
                .contains("\r\nUID:events-wgcc-1-astana@accord.test\r\nDTSTAMP:20240920T000000Z\r\n");
        assertThat(read(site, "data/events/wgcc-01-astana.bib")).startsWith("@misc{events-wgcc-01-astana,\n");
        assertThat(read(site, "data/events/wgcc-01-astana.csl.json")).contains("\"id\": \"events/wgcc-01-astana\"");
    }
}
