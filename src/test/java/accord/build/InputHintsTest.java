package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hints that used to send the editor the wrong way, each now naming what the editor most likely meant. */
class InputHintsTest {
    @TempDir
    Path root;

    private BuildResult buildWith(String changedFiles) {
        TestPortal.write(root, TestPortal.PORTAL + changedFiles);
        return TestPortal.build(root);
    }

    /** A reference written as the record's file was told to become 'bob-adams-md', a slug no record has. */
    @Test
    void aReferenceWrittenAsTheRecordsFileIsToldItsSlug() {
        BuildResult result = buildWith("""
                -- content/sessions/beta-session.md --
                ---
                title: Closing plenary
                date: 2024-11-24
                event: cop29
                speakers: ["../speakers/anna-zeller.md"]
                moderators: ["bob-adams.md"]
                ---
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/beta-session.md:5:12: error: speakers[0]: '../speakers/anna-zeller.md' is a file's name,"
                        + " not a slug (write the record's slug alone, without its folder or .md: 'anna-zeller')",
                "content/sessions/beta-session.md:6:14: error: moderators[0]: 'bob-adams.md' is a file's name, not a slug"
                        + " (write the record's slug alone, without its folder or .md: 'bob-adams')");
    }

    /**
     * ref(event) for ref(events) is one error in schema.yml; every session also got "'cop29' is an event, not a
     * record (refer to a record in content/event/)", which sent the editor to the records.
     */
    @Test
    void aReferenceToACollectionTheSchemaLacksIsOneErrorInTheSchemaNotOnePerRecord() {
        TestPortal.write(root, TestPortal.PORTAL.replace("event: { type: ref(events), required: true",
                "event: { type: ref(event), required: true"));
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/schema.yml:28:7: error: event: no collection 'event' to refer to (did you mean 'events'?)");
    }

    /** A body link with its folder left out was told to fix the path; the one record of that name is named. */
    @Test
    void aBodyLinkWithItsFolderLeftOutIsToldTheRecordOfThatName() {
        BuildResult result = buildWith("""
                -- content/sessions/gamma-session.md --
                ---
                title: Ministerial dialogue
                date: 2024-11-10
                event: cop29
                ---
                See [the minister](mikayil-jabbarov.md).
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/sessions/gamma-session.md:6:5: error: broken link 'mikayil-jabbarov.md': no record"
                        + " content/sessions/mikayil-jabbarov.md (did you mean '../speakers/mikayil-jabbarov.md'?)");
    }

    /** draft: true in a translation was told to mark the draft field translatable, which would not keep it unpublished. */
    @Test
    void aTranslationMarkedDraftIsToldItCannotBeKeptUnpublishedAlone() {
        BuildResult result = buildWith("""
                -- content/site.yml --
                title: Test portal
                base_url: https://accord.test/portal/
                languages: [en, ru]
                -- content/topics/trade.ru.md --
                ---
                draft: true
                ---
                Торговля.
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/topics/trade.ru.md:2:8: error: draft: a translation cannot be kept unpublished on its own: it is"
                        + " published with its record, content/topics/trade.md (delete this line; until the translation is"
                        + " ready, keep its file out of content/, or on a branch of its own)");
    }
}
