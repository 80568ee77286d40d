package accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path portal;

    /** A portal of one collection, notes, with a title only. */
    private void notesPortal() throws Exception {
        Files.createDirectories(portal.resolve("content/notes"));
        Files.writeString(portal.resolve("content/schema.yml"), """
                common:
                  title: { type: string, required: true, label: Title }
                collections:
                  notes: { title: Notes, fields: {} }
                """);
    }

    @Test
    void refusesATitleWhoseSlugIsAReservedFileName() throws Exception {
        notesPortal();
        for (String title : new String[] {"CON", "index", "Lpt1"}) {
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "new", "--source", portal.toString(),
                    "notes", title);
            assertThat(code).as(title).isEqualTo(1);
            assertThat(err.toString()).as(title).contains("which is reserved (give a longer title");
        }
        try (var files = Files.list(portal.resolve("content/notes"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void refusesATitleWithNoLetterOrDigitSayingWhatToWrite() throws Exception {
        notesPortal();
        String[][] cases = {{"", "the title is empty"}, {"   ", "the title is empty"}, {"!!!", "the title '!!!' has no letter or digit"}};
        for (String[] c : cases) {
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "new", "--source", portal.toString(),
                    "notes", c[0]);
            assertThat(code).as(c[0]).isEqualTo(2);
            assertThat(err.toString()).as(c[0]).isEqualTo("accord: error: " + c[1]
                    + " (give the record's title, which also names its file: accord new notes \"Opening of the session\")"
                    + System.lineSeparator());
        }
        try (var files = Files.list(portal.resolve("content/notes"))) {
            assertThat(files).isEmpty();
        }
    }
}
