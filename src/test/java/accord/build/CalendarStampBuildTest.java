package accord.build;

import static accord.build.HistoryFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calendar event's DTSTAMP (RFC 5545: when its calendar data was last revised) and LAST-MODIFIED are its record's last
 * commit: before, DTSTAMP was the event's start date and never changed (20171027T000000Z for a record made in 2026), so
 * a calendar program could not tell an amended event from the one it had. The commit, not the build's clock: the same
 * commit gives the same bytes. Without git the start date stays, as before.
 */
class CalendarStampBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
            collections:
              events:
                title: Events
                singular: Event
                jsonld: Event
                fields:
                  start: { type: date, required: true, label: Start, role: date }
            -- content/site.yml --
            title: Stamp portal
            base_url: https://accord.test/portal/
            -- content/events/cop22.md --
            ---
            title: COP22
            start: 2016-11-07
            ---
            -- content/events/cop23.md --
            ---
            title: COP23
            start: 2017-11-06
            ---
            """;

    static final String COP22_AMENDED = """
            -- content/events/cop22.md --
            ---
            title: COP22 in Marrakech
            start: 2016-11-07
            ---
            """;

    @TempDir
    Path dir;
    HistoryFixture portal;
    GitRepo repo;

    @BeforeEach
    void history() {
        portal = HistoryFixture.committed(dir, PORTAL, "2026-03-01T12:15:30+05:00");
        repo = portal.repo();
    }

    @Test
    void theStampIsTheRecordsLastCommitInUtc() throws IOException {
        Path site = portal.build("first");
        String ics = read(site, "data/calendar.ics");
        assertThat(ics).contains("\r\nUID:events-cop22@accord.test\r\nDTSTAMP:20260301T071530Z\r\n")
                .contains("\r\nUID:events-cop23@accord.test\r\nDTSTAMP:20260301T071530Z\r\n")
                .contains("\r\nLAST-MODIFIED:20260301T071530Z\r\nEND:VEVENT\r\n").doesNotContain("T000000Z");
        assertThat(read(site, "data/events/cop22.ics")).contains("\r\nDTSTAMP:20260301T071530Z\r\n", "\r\nLAST-MODIFIED:20260301T071530Z\r\n");
        // An amended record's event is stamped with its own commit; the other keeps its stamp.
        repo.write(COP22_AMENDED);
        repo.commit("Börje Ek", "2026-04-02T08:00:00-02:00", "Name the host city");
        Path amended = portal.build("amended");
        assertThat(read(amended, "data/events/cop22.ics")).contains("\r\nDTSTAMP:20260402T100000Z\r\n", "\r\nLAST-MODIFIED:20260402T100000Z\r\n");
        assertThat(read(amended, "data/events/cop23.ics")).isEqualTo(read(site, "data/events/cop23.ics"));
        // The same commit, the same bytes.
        assertThat(read(portal.build("again"), "data/calendar.ics")).isEqualTo(read(amended, "data/calendar.ics"));
    }

    @Test
    void withoutGitTheStampIsTheStartDate() throws IOException {
        Path site = portal.buildWithoutGit(PORTAL, "copy", "copy-site");
        assertThat(read(site, "data/calendar.ics")).contains("\r\nUID:events-cop23@accord.test\r\nDTSTAMP:20171106T000000Z\r\n")
                .doesNotContain("LAST-MODIFIED");
    }

    /**
     * In serve, a record saved but not committed has no last commit to stamp (the start date, as a fresh build gives); its
     * commit, picked up at the next save of another record, writes its calendar files again with the commit's time.
     */
    @Test
    void serveStampsAnEventAgainWhenItsCommitArrives() throws IOException {
        Path live = dir.resolve("live");
        try (BuildSession session = TestPortal.builtSession(repo.dir(), live)) {
            repo.write(COP22_AMENDED);
            assertThat(session.update(List.of("content/events/cop22.md"), accord.output.SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(read(live, "data/events/cop22.ics")).contains("\r\nDTSTAMP:20161107T000000Z\r\n").doesNotContain("LAST-MODIFIED");
            assertThat(read(live, "data/events/cop22.ics")).isEqualTo(read(portal.build("uncommitted"), "data/events/cop22.ics"));
            repo.commit("Börje Ek", "2026-04-02T08:00:00-02:00", "Name the host city");
            repo.write(PORTAL.substring(PORTAL.indexOf("-- content/events/cop23.md --")).replace("title: COP23", "title: COP23 in Bonn"));
            BuildSession.Update u = session.update(List.of("content/events/cop23.md"), accord.output.SiteWriter.inPlace(live));
            assertThat(u.result().ok()).isTrue();
            assertThat(u.written()).contains("data/events/cop22.ics", "data/calendar.ics");
            assertThat(read(live, "data/events/cop22.ics")).contains("\r\nDTSTAMP:20260402T100000Z\r\n");
        }
        Path fresh = portal.build("fresh");
        assertThat(TestPortal.snapshotText(live)).isEqualTo(TestPortal.snapshotText(fresh));
        assertThat(Files.exists(fresh.resolve("data/events/cop23.ics"))).isTrue();
    }
}
