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
 * Inputs far larger than any editor writes by hand: a list field of 100,000 references, a record that every other
 * record refers to, 20,000 broken references. Each must build (or fail) in time linear in what it holds; the time
 * bounds are a hundred times what the build takes on a quiet machine, far below what a quadratic path would need.
 * README "Bad input at scale" has the measured figures.
 */
class LargeInputBuildTest {
    private static final String SCHEMA = """
            common:
              title: { type: string, required: true, label: Title }
            collections:
              notes:
                title: Notes
                singular: Note
                jsonld: CreativeWork
                fields:
                  hub: { type: ref(notes), label: Hub, backlink: Pointed at by }
                  related: { type: list(ref(notes)), label: Related, backlink: Related to }
            """;

    @TempDir
    Path dir;

    private void portal(int records) throws IOException {
        Files.createDirectories(dir.resolve("content/notes"));
        Files.writeString(dir.resolve("content/site.yml"), "title: Size\nbase_url: \"https://accord.test/\"\nlanguage: en\n");
        Files.writeString(dir.resolve("content/schema.yml"), SCHEMA);
        for (int i = 1; i < records; i++) {
            Files.writeString(dir.resolve("content/notes/n" + i + ".md"), "---\ntitle: \"Note " + i + "\"\nhub: n0\n---\nBody.\n");
        }
    }

    private void hubWithList(int refs, boolean broken) throws IOException {
        StringBuilder sb = new StringBuilder("---\ntitle: \"Note 0\"\nrelated:\n");
        for (int j = 0; j < refs; j++) sb.append(broken ? "  - x" + j + "\n" : "  - n" + (1 + j % 199) + "\n");
        Files.writeString(dir.resolve("content/notes/n0.md"), sb.append("---\nBody.\n").toString());
    }

    @Test
    void aListOfAHundredThousandReferencesThatRepeatIsReportedInLinearTime() throws IOException {
        // A list of references names each record once: the 99,801 repeats among n1..n199 are each an error.
        portal(200);
        hubWithList(100_000, false);
        long start = System.nanoTime();
        BuildResult result = TestPortal.build(dir);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(seconds).as("seconds to build").isLessThan(300);
        assertThat(TestPortal.problems(result)).hasSize(100_000 - 199).first().asString()
                .isEqualTo("content/notes/n0.md:203:5: error: related[199]: 'n1' is listed twice (also related[0]; remove one)");
    }

    @Test
    void aListOfEveryOtherRecordAndARecordEveryOtherPointsAt() throws IOException {
        portal(200);
        hubWithList(199, false);
        BuildResult result = TestPortal.build(dir);
        assertThat(TestPortal.problems(result)).isEmpty();
        Document hub = Jsoup.parse(dir.resolve("site/notes/n0/index.html").toFile(), "UTF-8");
        // The list names n1 once; the backlinks add n1 at most once more, however many ways it points here.
        assertThat(hub.select("a[href$=/notes/n1/]").size()).isBetween(1, 2);
        Document n1 = Jsoup.parse(dir.resolve("site/notes/n1/index.html").toFile(), "UTF-8");
        assertThat(n1.select("a[href$=/notes/n0/]")).isNotEmpty();
    }

    @Test
    void twentyThousandBrokenReferencesAreReportedInLinearTime() throws IOException {
        portal(200);
        hubWithList(20_000, true);
        long start = System.nanoTime();
        BuildResult result = TestPortal.build(dir);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(seconds).as("seconds to report").isLessThan(300);
        assertThat(TestPortal.problems(result)).hasSize(20_000).first().asString()
                .startsWith("content/notes/n0.md:4:5: error: related[0]: no note 'x0'");
    }
}
