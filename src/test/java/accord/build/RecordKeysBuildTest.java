package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calendar UIDs and BibTeX keys are {@code collection-slug}, and a hyphen can sit in either part: {@code news/briefs-2024}
 * and {@code news-briefs/2024} were both {@code news-briefs-2024}, so calendar programs merged the two events into one
 * and a bibliography had the key twice. The record of the shorter collection name keeps the key; the other is known by
 * its id, and every key that names one record stays as it was.
 */
class RecordKeysBuildTest {
    static final String SCHEMA = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
            collections:
              news:
                title: News
                singular: News item
                jsonld: Event
                fields:
                  date: { type: date, required: true, label: Date, role: date }
              news-briefs:
                title: News briefs
                singular: Brief
                jsonld: Event
                fields:
                  date: { type: date, required: true, label: Date, role: date }
            -- content/site.yml --
            title: Briefs portal
            base_url: https://accord.test/portal/
            -- content/news/summit.md --
            ---
            title: Summit
            date: 2024-05-01
            ---
            -- content/news-briefs/2024.md --
            ---
            title: The 2024 brief
            date: 2024-04-01
            ---
            -- content/news-briefs/weekly.md --
            ---
            title: Weekly brief
            date: 2024-06-01
            ---
            """;

    /** The record whose key {@code news-briefs/2024} had to itself until now. */
    static final String RIVAL = """
            -- content/news/briefs-2024.md --
            ---
            title: Briefs of 2024
            date: 2024-03-01
            ---
            """;

    @TempDir
    Path dir;

    private static String read(Path site, String path) {
        return DataCheck.utf8(site.resolve(path));
    }

    @Test
    void twoRecordsWithOneKeyGetTwoUidsAndTwoBibtexKeys() {
        Path portal = TestPortal.write(dir.resolve("portal"), SCHEMA + RIVAL);
        assertThat(TestPortal.problems(TestPortal.build(portal))).isEmpty();
        Path site = portal.resolve("site");
        assertThat(read(site, "data/calendar.ics")).isEqualTo(String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Accord//Briefs portal//EN",
                "CALSCALE:GREGORIAN",
                "X-WR-CALNAME:Briefs portal",
                "BEGIN:VEVENT",
                "UID:news-briefs-2024@accord.test",
                "DTSTAMP:20240301T000000Z",
                "DTSTART;VALUE=DATE:20240301",
                "DTEND;VALUE=DATE:20240302",
                "SUMMARY:Briefs of 2024",
                "DESCRIPTION:News item record: https://accord.test/portal/news/briefs-2024/",
                "URL:https://accord.test/portal/news/briefs-2024/",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:news-summit@accord.test",
                "DTSTAMP:20240501T000000Z",
                "DTSTART;VALUE=DATE:20240501",
                "DTEND;VALUE=DATE:20240502",
                "SUMMARY:Summit",
                "DESCRIPTION:News item record: https://accord.test/portal/news/summit/",
                "URL:https://accord.test/portal/news/summit/",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:news-briefs/2024@accord.test",
                "DTSTAMP:20240401T000000Z",
                "DTSTART;VALUE=DATE:20240401",
                "DTEND;VALUE=DATE:20240402",
                "SUMMARY:The 2024 brief",
                "DESCRIPTION:Brief record: https://accord.test/portal/news-briefs/2024/",
                "URL:https://accord.test/portal/news-briefs/2024/",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:news-briefs-weekly@accord.test",
                "DTSTAMP:20240601T000000Z",
                "DTSTART;VALUE=DATE:20240601",
                "DTEND;VALUE=DATE:20240602",
                "SUMMARY:Weekly brief",
                "DESCRIPTION:Brief record: https://accord.test/portal/news-briefs/weekly/",
                "URL:https://accord.test/portal/news-briefs/weekly/",
                "END:VEVENT",
                "END:VCALENDAR",
                ""));
        // A record's own calendar file has the event with the same UID as the whole calendar.
        assertThat(read(site, "data/news-briefs/2024.ics")).contains("\r\nUID:news-briefs/2024@accord.test\r\n");
        assertThat(read(site, "data/news/briefs-2024.ics")).contains("\r\nUID:news-briefs-2024@accord.test\r\n");
        assertThat(read(site, "data/news-briefs/weekly.ics")).contains("\r\nUID:news-briefs-weekly@accord.test\r\n");
        assertThat(read(site, "data/news/briefs-2024.bib")).startsWith("@misc{news-briefs-2024,\n  title = {{Briefs of 2024}},\n");
        assertThat(read(site, "data/news-briefs/2024.bib")).isEqualTo("""
                @misc{news-briefs/2024,
                  title = {{The 2024 brief}},
                  organization = {Briefs portal},
                  publisher = {Briefs portal},
                  year = {2024},
                  date = {2024-04-01},
                  howpublished = {\\url{https://accord.test/portal/news-briefs/2024/}},
                  url = {https://accord.test/portal/news-briefs/2024/},
                  note = {Brief record}
                }
                """);
        assertThat(read(site, "data/news-briefs/weekly.bib")).startsWith("@misc{news-briefs-weekly,\n");
        assertThat(read(site, "data/news/summit.bib")).startsWith("@misc{news-summit,\n");
        // CSL-JSON's ids were the records' ids already (a slash cannot be in a collection's name or a slug); RIS's ID
        // is the key, as BibTeX's.
        assertThat(read(site, "data/news/briefs-2024.csl.json")).contains("\"id\": \"news/briefs-2024\"");
        assertThat(read(site, "data/news-briefs/2024.csl.json")).contains("\"id\": \"news-briefs/2024\"");
        assertThat(read(site, "data/news-briefs/2024.ris")).contains("\r\nID  - news-briefs/2024\r\n");
    }

    /**
     * A key depends on other records: the one that takes it away makes serve write the other's files again, as a fresh
     * build would make them. Until then the key was the plain one.
     */
    @Test
    void aRecordThatTakesAKeyChangesTheOtherRecordsFilesInServeAsAFreshBuildWould() throws IOException {
        Path portal = TestPortal.write(dir.resolve("portal"), SCHEMA);
        Path live = dir.resolve("live");
        try (BuildSession session = new BuildSession(new BuildOptions(portal, live, false, Optional.empty(), true))) {
            assertThat(session.build(SiteWriter.stage(live)).result().ok()).isTrue();
            assertThat(read(live, "data/news-briefs/2024.bib")).startsWith("@misc{news-briefs-2024,\n");
            // A first update, from which on the session keeps each record's calendar event for the next.
            TestPortal.write(portal, """
                    -- content/news/summit.md --
                    ---
                    title: The summit
                    date: 2024-05-01
                    ---
                    """);
            assertThat(session.update(List.of("content/news/summit.md"), SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(read(live, "data/calendar.ics")).contains("\r\nUID:news-briefs-2024@accord.test\r\n");
            TestPortal.write(portal, RIVAL);
            BuildSession.Update u = session.update(List.of("content/news/briefs-2024.md"), SiteWriter.inPlace(live));
            assertThat(u.result().ok()).isTrue();
            assertThat(u.written()).contains("data/news-briefs/2024.bib", "data/news-briefs/2024.ris", "data/news-briefs/2024.ics",
                    "data/calendar.ics");
            // Which records there are in the rival collection is one input of the whole collection's keys. (Each record's
            // JSON depends on the records' names too, since it gives their lasting ids.)
            assertThat(u.written()).doesNotContain("data/news/summit.bib", "data/news/summit.ris");
            assertThat(read(live, "data/news-briefs/2024.bib")).startsWith("@misc{news-briefs/2024,\n");
            assertThat(read(live, "data/news-briefs/2024.ics")).contains("\r\nUID:news-briefs/2024@accord.test\r\n");
            assertThat(read(live, "data/calendar.ics")).contains("\r\nUID:news-briefs/2024@accord.test\r\n")
                    .contains("\r\nUID:news-briefs-2024@accord.test\r\nDTSTAMP:20240301T000000Z\r\n");
        }
        Path fresh = dir.resolve("fresh");
        assertThat(new Build(new BuildOptions(portal, fresh, false, Optional.empty(), true)).run().ok()).isTrue();
        assertThat(TestPortal.snapshotText(live)).isEqualTo(TestPortal.snapshotText(fresh));
        assertThat(Files.readString(fresh.resolve("data/calendar.ics"))).contains("\r\nUID:news-briefs/2024@accord.test\r\n");
    }
}
