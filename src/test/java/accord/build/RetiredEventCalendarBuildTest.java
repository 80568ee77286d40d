package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A superseded or withdrawn event leaves the calendars: before, a record withdrawn as a duplicate left the timeline but
 * stayed in data/calendar.ics and had its own .ics offered on its page, so subscribers kept an event twice. Its record
 * was withdrawn, not the event cancelled, so it is not marked cancelled either: it is simply not in any calendar.
 */
class RetiredEventCalendarBuildTest {
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
              lifecycle: { type: enum(current|superseded|withdrawn), label: Lifecycle, shown: false }
              superseded_by: { type: ref(*), role: replaced_by, label: Superseded by, shown: false }
              lifecycle_reason: { type: string, label: Reason, shown: false }
            collections:
              events:
                title: Events
                singular: Event
                jsonld: Event
                fields:
                  start: { type: date, required: true, label: Start, role: date }
            -- content/site.yml --
            title: Calendar portal
            base_url: https://accord.test/portal/
            -- content/events/cop29.md --
            ---
            title: COP29
            start: 2024-11-11
            ---
            -- content/events/cop-29.md --
            ---
            title: COP29 in Baku
            start: 2024-11-11
            lifecycle: withdrawn
            lifecycle_reason: Duplicate of another record.
            ---
            -- content/events/sb60.md --
            ---
            title: SB60 (first record)
            start: 2024-06-03
            lifecycle: superseded
            superseded_by: events/sb-60
            lifecycle_reason: Recorded again with its sources.
            ---
            -- content/events/sb-60.md --
            ---
            title: SB60
            start: 2024-06-03
            ---
            """;

    @TempDir
    Path dir;

    @Test
    void aRetiredEventIsInNoCalendarAndItsPageOffersNone() throws IOException {
        TestPortal.write(dir, PORTAL);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Path site = dir.resolve("site");
        String ics = DataCheck.utf8(site.resolve("data/calendar.ics"));
        assertThat(ics).contains("\r\nUID:events-cop29@accord.test\r\n", "\r\nUID:events-sb-60@accord.test\r\n")
                .doesNotContain("events-cop-29@", "events-sb60@", "COP29 in Baku", "first record", "CANCELLED");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        // Neither has a calendar file of its own, nor offers one; both keep every other file and their pages.
        for (String slug : new String[] {"cop-29", "sb60"}) {
            assertThat(site.resolve("data/events/" + slug + ".ics")).doesNotExist();
            assertThat(site.resolve("data/events/" + slug + ".json")).exists();
            assertThat(site.resolve("data/events/" + slug + ".bib")).exists();
            Document page = Jsoup.parse(Files.readString(site.resolve("events/" + slug + "/index.html")));
            assertThat(page.select("a[type=text/calendar]")).isEmpty();
            assertThat(page.text()).doesNotContain("Add it to a calendar");
        }
        // A current event still offers its own.
        Document current = Jsoup.parse(Files.readString(site.resolve("events/cop29/index.html")));
        assertThat(current.select("a[type=text/calendar]").attr("href")).isEqualTo("../../data/events/cop29.ics");
        assertThat(DataCheck.utf8(site.resolve("data/events/cop29.ics"))).contains("\r\nUID:events-cop29@accord.test\r\n");
    }

    /** In serve, withdrawing an event takes it out of the calendar and deletes its file, as a fresh build has neither. */
    @Test
    void withdrawingAnEventInServeDoesWhatAFreshBuildDoes() throws IOException {
        TestPortal.write(dir, PORTAL.replace("lifecycle: withdrawn\nlifecycle_reason: Duplicate of another record.\n", ""));
        Path live = dir.resolve("live");
        try (BuildSession session = TestPortal.builtSession(dir, live)) {
            assertThat(DataCheck.utf8(live.resolve("data/calendar.ics"))).contains("events-cop-29@");
            assertThat(live.resolve("data/events/cop-29.ics")).exists();
            TestPortal.write(dir, PORTAL);
            BuildSession.Update u = session.update(java.util.List.of("content/events/cop-29.md"),
                    accord.output.SiteWriter.inPlace(live));
            assertThat(TestPortal.problems(u.result())).isEmpty();
            assertThat(u.deleted()).contains("data/events/cop-29.ics");
            assertThat(DataCheck.utf8(live.resolve("data/calendar.ics"))).doesNotContain("events-cop-29@");
        }
        assertThat(TestPortal.build(dir).ok()).isTrue();
        // The data files and the records' pages (the search page's count of retired records is another matter).
        assertThat(dataAndPages(live)).isEqualTo(dataAndPages(dir.resolve("site"))).containsKey("data/calendar.ics");
    }

    private static java.util.Map<String, String> dataAndPages(Path site) {
        java.util.Map<String, String> out = new java.util.TreeMap<>(TestPortal.snapshotText(site));
        out.keySet().removeIf(p -> !p.startsWith("data/") && !p.startsWith("events/"));
        return out;
    }
}
