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
                    + " (give the record's title, which also names its file: accord new notes \"Title of the record\")"
                    + System.lineSeparator());
        }
        try (var files = Files.list(portal.resolve("content/notes"))) {
            assertThat(files).isEmpty();
        }
    }

    /**
     * A festival's scaffolds, in its own field names: before, every one said "Every fact needs a source above." though
     * only films has a field for sources (references), and one of no field to fill in said to fill in its empty fields.
     */
    @Test
    void onlyACollectionWithSourcesAsksForThemByTheirFieldsName() throws Exception {
        Files.createDirectories(portal.resolve("content"));
        Files.writeString(portal.resolve("content/site.yml"), "title: Festival\nbase_url: https://accord.test/\nlanguage: fr\n");
        Files.writeString(portal.resolve("content/schema.yml"), """
                common:
                  titre: { type: string, required: true, role: title, label: Titre }
                  brouillon: { type: enum(true|false), role: draft, label: Brouillon }
                collections:
                  films:
                    title: Films
                    singular: Film
                    fields:
                      realisateur: { type: string, required: true, label: Réalisation }
                      references:
                        type: list(object)
                        role: sources
                        label: Références
                        fields:
                          intitule: { type: string, required: true, role: source_title, label: Intitulé }
                  lieux:
                    title: Lieux
                    singular: Lieu
                    fields:
                      ville: { type: string, label: Ville }
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "new", "--source", portal.toString(), "films",
                "Les Glaneurs")).as(err.toString()).isEqualTo(0);
        assertThat(Files.readString(portal.resolve("content/films/les-glaneurs.md"))).isEqualTo("""
                ---
                titre: "Les Glaneurs"
                # Delete the next line once the fields below are filled in, to publish the record.
                brouillon: true
                # realisateur (required): text
                realisateur: ""
                # Optional fields: uncomment a line to use it.
                # references: [{ intitule: "" }]   # references: a list of objects with intitule
                ---

                Write the record here, in your own words. Every fact needs a source in 'references' above.
                """);
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "new", "--source", portal.toString(), "lieux",
                "Institut Lumière")).as(err.toString()).isEqualTo(0);
        Path lieu = portal.resolve("content/lieux/institut-lumiere.md");
        assertThat(Files.readString(lieu)).isEqualTo("""
                ---
                titre: "Institut Lumière"
                # Delete the next line once the record is written, to publish it.
                brouillon: true
                # Optional fields: uncomment a line to use it.
                # ville: ""   # ville: text
                ---

                Write the record here, in your own words.
                """);
        assertThat(out.toString().lines()).containsExactly(
                "wrote " + portal.resolve("content/films/les-glaneurs.md").normalize()
                        + " (a draft: fill in the empty fields, then delete 'brouillon: true' to publish it)",
                "wrote " + lieu.normalize() + " (a draft: write its text, then delete 'brouillon: true' to publish it)");
    }

    @Test
    void stubsNestedObjectsAndListsOfListsAsShapesThatCheckOnceFilledIn() throws Exception {
        Files.createDirectories(portal.resolve("content/notes"));
        Files.writeString(portal.resolve("content/site.yml"), "title: T\nbase_url: https://accord.test/\n");
        Files.writeString(portal.resolve("content/schema.yml"), """
                common:
                  title: { type: string, required: true, label: Title }
                  draft: { type: enum(true|false), label: Draft }
                collections:
                  notes:
                    title: Notes
                    fields:
                      where:
                        type: object
                        fields:
                          name: { type: string, required: true }
                          inner: { type: object, fields: { a: { type: string, required: true }, b: { type: number } } }
                      people:
                        type: list(object)
                        fields:
                          name: { type: string, required: true }
                          tags: { type: list(string) }
                      grid: { type: list(list(number)) }
                      lifecycle: { type: enum(current|superseded) }
                      superseded_by: { type: ref(*), role: replaced_by, help: "The record that replaced this one." }
                """);
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "new", "--source", portal.toString(),
                "notes", "Hello")).as(err.toString()).isEqualTo(0);
        Path file = portal.resolve("content/notes/hello.md");
        String text = Files.readString(file);
        assertThat(text.lines()).contains(
                "# where: { name: \"\", inner: { a: \"\", b: \"\" } }   # where: an object with name, inner",
                "# people: [{ name: \"\", tags: [] }]   # people: a list of objects with name, tags",
                "# grid: [[]]   # grid: a list of lists of numbers, each inner list in its own brackets: [[a, b], [c]]",
                "# superseded_by: \"\"   # superseded_by: a record, written collection/slug (such as notes/some-slug)."
                        + " The record that replaced this one.");

        // Uncommented and filled in, as an editor would, the record checks clean.
        Files.writeString(portal.resolve("content/notes/other.md"), "---\ntitle: Other\n---\n\nThe other.\n");
        String filled = text.replace("draft: true\n", "")
                .replace("# where: { name: \"\", inner: { a: \"\", b: \"\" } }", "where: { name: \"Baku\", inner: { a: \"x\", b: 2 } }")
                .replace("# people: [{ name: \"\", tags: [] }]", "people: [{ name: \"Ann\", tags: [chair] }]")
                .replace("# grid: [[]]", "grid: [[1, 2], [3]]")
                .replace("# lifecycle: \"\"", "lifecycle: superseded")
                .replace("# superseded_by: \"\"", "superseded_by: notes/other")
                .replace(accord.content.SourceDocument.PLACEHOLDER_BODY, "The note.");
        Files.writeString(file, filled);
        err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "check", "--source", portal.toString()))
                .as(err.toString()).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
    }
}
