package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON records and the CSV rows give each record's lasting id, the CSL-JSON id that a rename does not change: before,
 * after a rename data/events/<slug>.json had only the new id and the CSV's record_slug changed, while the citation keys
 * and calendar UID kept the first address, so snapshots of the data made years apart could not be joined.
 */
class LastingIdDataBuildTest {
    @TempDir
    Path dir;
    HistoryFixture portal;
    GitRepo repo;

    @BeforeEach
    void history() {
        portal = HistoryFixture.committed(dir, LastingKeysBuildTest.PORTAL, "2024-05-01T09:00:00+05:00");
        repo = portal.repo();
    }

    private void rename() {
        LastingKeysBuildTest.rename(repo);
    }

    private static Map<String, String> row(Path site, String slug) {
        return DataCheck.table(site.resolve("data/events.csv")).stream().filter(r -> r.get("record_slug").equals(slug))
                .findFirst().orElseThrow();
    }

    @Test
    void aRenamedRecordKeepsItsLastingIdInTheJsonAndTheCsv() throws IOException {
        Path before = portal.build("before");
        assertThat(DataCheck.utf8(before.resolve("data/events/wgcc-1-astana.json")))
                .startsWith("{\n  \"id\": \"events/wgcc-1-astana\",\n  \"lasting_id\": \"events/wgcc-1-astana\",\n");
        assertThat(DataCheck.csv(DataCheck.utf8(before.resolve("data/events.csv"))).get(0))
                .startsWith("record_slug", "record_lasting_id", "record_url");
        assertThat(row(before, "wgcc-1-astana").get("record_lasting_id")).isEqualTo("events/wgcc-1-astana");
        rename();
        Path after = portal.build("after");
        assertThat(DataCheck.utf8(after.resolve("data/events/wgcc-01-astana.json")))
                .startsWith("{\n  \"id\": \"events/wgcc-01-astana\",\n  \"lasting_id\": \"events/wgcc-1-astana\",\n");
        assertThat(row(after, "wgcc-01-astana").get("record_lasting_id")).isEqualTo("events/wgcc-1-astana");
        assertThat(row(after, "cop29").get("record_lasting_id")).isEqualTo("events/cop29");
        // The collection's and the portal's JSON give it too, compact.
        assertThat(DataCheck.utf8(after.resolve("data/events.json")))
                .contains("{\"id\":\"events/wgcc-01-astana\",\"lasting_id\":\"events/wgcc-1-astana\",");
        assertThat(DataCheck.utf8(after.resolve("data/portal.json")))
                .contains("{\"id\":\"events/wgcc-01-astana\",\"lasting_id\":\"events/wgcc-1-astana\",");
        // Declared in the data package, which the tables still satisfy; explained on the Data page.
        assertThat(DataCheck.utf8(after.resolve("datapackage.json"))).contains("\"name\": \"record_lasting_id\"");
        assertThat(DataCheck.validate(after, new int[1])).isEmpty();
        assertThat(Jsoup.parse(Files.readString(after.resolve("data/index.html"))).select("#lasting + p").text())
                .contains("lasting_id", "record_lasting_id");
    }

    /**
     * In serve, a record made at an address another record had first is "uncommitted" until its commit; the next save
     * under content/ (here of a file that is no record) writes its lasting id with the commit's hash in every file that gives it, as a fresh build does.
     */
    @Test
    void serveWritesALastingIdTheHistoryChangedAsAFreshBuildWould() throws IOException {
        rename();
        Path live = dir.resolve("live");
        try (BuildSession session = TestPortal.builtSession(repo.dir(), live)) {
            repo.write(LastingKeysBuildTest.SIDE_EVENT);
            assertThat(session.update(List.of("content/events/wgcc-01-astana.md", "content/events/wgcc-1-astana.md"), accord.output.SiteWriter.inPlace(live))
                    .result().ok()).isTrue();
            assertThat(row(live, "wgcc-1-astana").get("record_lasting_id")).isEqualTo("events/wgcc-1-astana:uncommitted");
            String added = repo.commit("Carol", "2024-09-01T12:00:00-04:00", "Add the side event").substring(0, 10);
            // No record of the collection changed: the history alone changes its files.
            BuildSession.Update u = session.update(List.of("content/urls.txt"), accord.output.SiteWriter.inPlace(live));
            assertThat(u.result().ok()).isTrue();
            assertThat(u.written()).contains("data/events/wgcc-1-astana.json", "data/events.json", "data/events.csv", "data/portal.json");
            assertThat(row(live, "wgcc-1-astana").get("record_lasting_id")).isEqualTo("events/wgcc-1-astana:" + added);
            assertThat(DataCheck.utf8(live.resolve("data/events/wgcc-1-astana.json")))
                    .contains("\"lasting_id\": \"events/wgcc-1-astana:" + added + "\"");
        }
        Path fresh = portal.build("fresh");
        assertThat(TestPortal.snapshotText(live)).isEqualTo(TestPortal.snapshotText(fresh));
    }
}
