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

    @Test
    void refusesATitleWhoseSlugIsAReservedFileName() throws Exception {
        Files.createDirectories(portal.resolve("content/notes"));
        Files.writeString(portal.resolve("content/schema.yml"), """
                common:
                  title: { type: string, required: true, label: Title }
                collections:
                  notes: { title: Notes, fields: {} }
                """);
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
}
