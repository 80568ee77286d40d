package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slips in {@code schema.yml} that used to change what the schema means with no more than a warning: a misspelt key
 * was left out (a field no longer required, a sort key shown on every page, another label), and a schema.org name in
 * other capitals was written to every page's JSON-LD, where search engines do not recognise it.
 */
class SchemaSlipsTest {
    @TempDir
    Path root;

    private BuildResult buildWithSchema(String from, String to) {
        String portal = TestPortal.PORTAL.replace(from, to);
        assertThat(portal).as("the fixture has the line to change").isNotEqualTo(TestPortal.PORTAL);
        TestPortal.write(root, portal);
        return TestPortal.build(root);
    }

    @Test
    void aMisspeltFieldKeyIsAnErrorAtItsPlaceWithTheKeyItMeant() {
        String portal = TestPortal.PORTAL
                .replace("date: { type: date, required: true, label: Date }", "date: { type: date, requird: true, lable: Date }")
                .replace("sort_name: { type: string, required: true, label: Sorted as }",
                        "sort_name: { type: string, required: true, label: Sorted as, show: false, lable_ru: Для сортировки }");
        TestPortal.write(root, portal);
        BuildResult result = TestPortal.build(root);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/schema.yml:27:27: error: unknown schema key 'requird' (did you mean 'required'?)",
                "content/schema.yml:27:42: error: unknown schema key 'lable' (did you mean 'label'?)",
                "content/schema.yml:36:68: error: unknown schema key 'show' (did you mean 'shown'?)",
                "content/schema.yml:36:81: error: unknown schema key 'lable_ru' (did you mean 'label_ru'?)");
        assertThat(result.ok()).isFalse();
        assertThat(root.resolve("site")).doesNotExist();
    }

    /**
     * A field named as one of the data files' own columns (record_url), or as a reference's address column (topics_url),
     * made two CSV columns of one name; it is now an error at the field, in a collection's fields and the common ones.
     */
    @Test
    void aFieldNamedAsADataColumnIsAnError() {
        BuildResult result = buildWithSchema("  draft: { type: enum(true|false), label: Draft }\n",
                "  draft: { type: enum(true|false), label: Draft }\n  record_url: { type: url, label: Link }\n"
                        + "  topics_url: { type: url, label: Topic page }\n");
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/schema.yml:5:3: error: record_url: the data files' own columns start with record_ (record_slug,"
                        + " record_url, record_body), so a field's name cannot (rename the field)",
                "content/schema.yml:6:3: error: topics_url: the data files give the address of the reference topics in a"
                        + " column of this name (rename the field)");
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void anUnknownCollectionKeyIsAnErrorListingTheKnownOnes() {
        BuildResult result = buildWithSchema("""
                    title: Topics
                """, """
                    title: Topics
                    colour: green
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/schema.yml:45:5: error: unknown schema key 'colour' (known: extra_fields, fields, header, jsonld,"
                        + " order, singular, summary, title)");
    }

    @Test
    void aSchemaOrgNameInOtherCapitalsOrWithSeparatorsIsAnErrorWithItsSpelling() {
        BuildResult result = buildWithSchema("""
                      start: { type: date, required: true, label: Start, role: date }
                      kind: { type: enum(conference|summit|meeting), label: Kind }
                """, """
                      start: { type: date, required: true, label: Start, role: date, jsonld: startdate }
                      kind: { type: enum(conference|summit|meeting), label: Kind, jsonld: Start_Time }
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/schema.yml:18:78: error: start: jsonld: 'startdate' is not how schema.org writes it (write jsonld:"
                        + " startDate, in these capitals: search engines take a name only as schema.org spells it)",
                "content/schema.yml:19:75: error: kind: jsonld: 'Start_Time' is not how schema.org writes it (write jsonld:"
                        + " startTime, in these capitals: search engines take a name only as schema.org spells it)");
    }

    @Test
    void aCollectionTypeInSmallLettersIsToldItsSpelling() {
        BuildResult result = buildWithSchema("""
                    singular: Event
                """, """
                    singular: Event
                    jsonld: event
                """);
        assertThat(TestPortal.problems(result)).containsExactly(
                "content/schema.yml:16:13: error: jsonld: 'event' is not how schema.org writes it (write jsonld: Event, in"
                        + " these capitals: search engines take a name only as schema.org spells it)");
    }

    @Test
    void aSchemaOrgNameAccordDoesNotKnowIsTakenAsWritten() {
        BuildResult result = buildWithSchema("""
                      acronym: { type: string, label: Acronym }
                """, """
                      acronym: { type: string, label: Acronym, jsonld: leiCode }
                """);
        assertThat(TestPortal.problems(result)).isEmpty();
        assertThat(result.ok()).isTrue();
    }
}
