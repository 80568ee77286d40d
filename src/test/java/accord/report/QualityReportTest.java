package accord.report;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.Build;
import accord.build.BuildOptions;
import accord.build.JsonCheck;
import accord.build.TestPortal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-quality report of small fixture portals, in all three forms. */
class QualityReportTest {
    @TempDir
    Path dir;

    /**
     * Field names unlike the real portal's, so that nothing can work by name: the roles say which field holds the
     * other names, the sources, their grade, the caveats and the look-alikes.
     */
    static final String PORTAL = """
            -- content/schema.yml --
            common:
              name: { type: string, required: true, label: Name, role: title }
              other_names:
                type: list(object)
                label: Also known as
                role: aliases
                fields:
                  spelling: { type: string, required: true, label: Spelling, role: alias_name }
              evidence:
                type: list(object)
                label: Evidence
                role: sources
                fields:
                  what: { type: string, required: true, label: What, role: source_title }
                  grade: { type: enum(gold|silver|bronze), label: Grade, role: source_quality }
              doubts:
                type: list(object)
                label: Doubts
                role: caveats
                fields:
                  about: { type: string, label: About, role: caveat_field }
                  kind: { type: enum(unsure|missing), required: true, label: Kind, role: caveat_status, labels: { unsure: Unsure, missing: Not found } }
                  says: { type: text, required: true, label: Says, role: caveat_text }
              confusable: { type: list(ref(*)), label: Not to be confused with, role: disambiguation }
            collections:
              people:
                title: People
                singular: Person
                header: [employer]
                fields:
                  employer: { type: ref(bodies), label: Employer, backlink: Staff }
                  born: { type: date, label: Born }
              bodies:
                title: Bodies
                singular: Body
                summary: founded
                fields:
                  founded: { type: date, label: Founded }
            -- content/site.yml --
            title: Report portal
            base_url: https://accord.test/
            -- content/people/mikayil-jabbarov.md --
            ---
            name: Mikayil Jabbarov
            employer: ministry
            evidence:
              - { what: Ministry biography, grade: gold }
            ---
            -- content/people/mikayil-cabbarov.md --
            ---
            name: Mikayıl Cabbarov
            other_names:
              - { spelling: "MIKAYIL  JABBAROV." }
            evidence:
              - { what: A repost, grade: bronze }
              - { what: Another repost, grade: bronze }
            ---
            -- content/people/anna-zeller.md --
            ---
            name: Anna Zeller
            born: 1970
            doubts:
              - { about: employer, kind: missing, says: "No source names her employer." }
              - { kind: unsure, says: "The spelling of her name
                  varies." }
            ---
            -- content/bodies/ministry.md --
            ---
            name: Ministry of Economy
            founded: 2001
            evidence:
              - { what: Decree, grade: silver }
              - { what: Repost, grade: bronze }
            ---
            -- content/bodies/baku-declaration-a.md --
            ---
            name: Baku Declaration
            confusable: [bodies/baku-declaration-b]
            evidence:
              - { what: Text }
            ---
            -- content/bodies/baku-declaration-b.md --
            ---
            name: Baku declaration
            founded: 2023
            evidence:
              - { what: Text }
            ---
            """;

    private QualityReport report(String files) throws IOException {
        TestPortal.write(dir, files);
        Build.Checked checked = new Build(new BuildOptions(dir, dir.resolve("site"), false, Optional.empty(), false)).check();
        assertThat(TestPortal.problems(checked.result())).isEmpty();
        return QualityReport.of(checked.site().orElseThrow());
    }

    @Test
    void textReportListsEachKindOfFindingPerCollection() throws IOException {
        assertThat(ReportText.of(report(PORTAL))).isEqualTo("""
                data quality report: 6 records in 2 collections, 12 findings

                people: 3 records, 9 findings
                  no other record refers to these:
                    content/people/anna-zeller.md (Anna Zeller)
                    content/people/mikayil-cabbarov.md (Mikayıl Cabbarov)
                    content/people/mikayil-jabbarov.md (Mikayil Jabbarov)
                  likely duplicates (the same name under two slugs; merge them, or name each other in the look-alike field):
                    "Mikayil Jabbarov": content/people/mikayil-cabbarov.md (Mikayıl Cabbarov), content/people/mikayil-jabbarov.md (Mikayil Jabbarov)
                  no sources:
                    content/people/anna-zeller.md (Anna Zeller)
                  only sources of grade bronze:
                    content/people/mikayil-cabbarov.md (Mikayıl Cabbarov)
                  expected fields left empty (fill them in, or add a caveat saying why they are empty):
                    content/people/mikayil-cabbarov.md:8: employer
                  open caveats:
                    content/people/anna-zeller.md:5:5: employer, Not found: No source names her employer.
                    content/people/anna-zeller.md:6:5: Unsure: The spelling of her name varies.

                bodies: 3 records, 3 findings
                  no other record refers to these:
                    content/bodies/baku-declaration-a.md (Baku Declaration)
                    content/bodies/baku-declaration-b.md (Baku declaration)
                  expected fields left empty (fill them in, or add a caveat saying why they are empty):
                    content/bodies/baku-declaration-a.md:6: founded
                """);
    }

    /**
     * An expected field left empty is placed where an editor would fill it in: at its own line when the front matter
     * has it without a value, otherwise at the front matter's closing line, before which it would be added. One finding
     * per record, on a line per place, in every form of the report, as caveats are.
     */
    @Test
    void emptyFieldsNameTheLineWhereTheyWouldBeFilledIn() throws IOException {
        String extra = """
                -- content/people/leyla.md --
                ---
                name: Leyla
                other_names: []
                evidence:
                  - { what: Decree, grade: gold }
                ---
                Body text.
                """;
        QualityReport r = report(PORTAL.replace("header: [employer]", "header: [employer, other_names]") + extra);
        assertThat(ReportText.of(r)).contains("""
                people: 4 records, 13 findings
                """).contains("""
                  expected fields left empty (fill them in, or add a caveat saying why they are empty):
                    content/people/anna-zeller.md:8: other_names
                    content/people/leyla.md:3: other_names
                    content/people/leyla.md:6: employer
                    content/people/mikayil-cabbarov.md:8: employer
                    content/people/mikayil-jabbarov.md:6: other_names
                  open caveats:
                """);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(ReportJson.of(r));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> collections = (List<Map<String, Object>>) json.get("collections");
        assertThat(((List<?>) collections.get(0).get("empty_fields")).get(1)).isEqualTo(Map.of(
                "record", Map.of("id", "people/leyla", "title", "Leyla", "file", "content/people/leyla.md", "href", "people/leyla/"),
                "fields", List.of("other_names", "employer"),
                "positions", List.of(Map.of("field", "other_names", "line", 3.0, "column", 0.0),
                        Map.of("field", "employer", "line", 6.0, "column", 0.0))));
        Document page = Jsoup.parse(ReportPage.of(r));
        assertThat(page.select("h3:containsOwn(Expected fields left empty) + ul li")).extracting(e -> e.text()).containsExactly(
                "Anna Zeller (content/people/anna-zeller.md:8): other_names",
                "Leyla (content/people/leyla.md:3): other_names",
                "Leyla (content/people/leyla.md:6): employer",
                "Mikayıl Cabbarov (content/people/mikayil-cabbarov.md:8): employer",
                "Mikayil Jabbarov (content/people/mikayil-jabbarov.md:6): other_names",
                "Baku Declaration (content/bodies/baku-declaration-a.md:6): founded");
    }

    @Test
    void lookAlikesNamingEachOtherAreNotDuplicatesButOtherPairsOfTheGroupAre() throws IOException {
        String third = """
                -- content/bodies/baku-declaration-c.md --
                ---
                name: "Baku — Declaration"
                founded: 2024
                evidence:
                  - { what: Text }
                ---
                """;
        QualityReport r = report(PORTAL + third);
        assertThat(r.collections().get(1).duplicates()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Baku Declaration");
            assertThat(d.records()).extracting(x -> x.id().slug())
                    .containsExactly("baku-declaration-a", "baku-declaration-b", "baku-declaration-c");
        });
    }

    @Test
    void namesFoldAsSearchDoes() {
        assertThat(QualityReport.key("  Mikayıl  CABBAROV. ")).isEqualTo("mikayil cabbarov");
        assertThat(QualityReport.key("Bakı Bəyannaməsi")).isEqualTo("baki beyannamesi");
        assertThat(QualityReport.key("Джаббаров, Микаил")).isEqualTo("джаббаров микаил");
        assertThat(QualityReport.key("—")).isEmpty();
    }

    @Test
    void jsonGivesEveryFindingWithTheRecordsFileAndAddress() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(ReportJson.of(report(PORTAL)));
        assertThat(json).containsEntry("records", 6.0).containsEntry("findings", 12.0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> collections = (List<Map<String, Object>>) json.get("collections");
        Map<String, Object> people = collections.get(0);
        assertThat(people).containsEntry("name", "people").containsEntry("records", 3.0).containsEntry("findings", 9.0)
                .containsEntry("weakest_grade", "bronze");
        assertThat(people.get("weak_sources_only")).isEqualTo(List.of(Map.of("id", "people/mikayil-cabbarov",
                "title", "Mikayıl Cabbarov", "file", "content/people/mikayil-cabbarov.md", "href", "people/mikayil-cabbarov/")));
        assertThat(((List<?>) people.get("open_caveats")).get(0)).isEqualTo(Map.of(
                "record", Map.of("id", "people/anna-zeller", "title", "Anna Zeller", "file", "content/people/anna-zeller.md",
                        "href", "people/anna-zeller/"),
                "line", 5.0, "column", 5.0, "field", "employer", "status", "Not found",
                "text", "No source names her employer."));
    }

    @Test
    void collectionsWithoutSourcesOrGradesSayNothingWasChecked() throws IOException {
        TestPortal.write(dir, TestPortal.PORTAL);
        Build.Checked checked = new Build(new BuildOptions(dir, dir.resolve("site"), false, Optional.empty(), false)).check();
        QualityReport r = QualityReport.of(checked.site().orElseThrow());
        assertThat(r.collections()).allSatisfy(c -> {
            assertThat(c.sourcesChecked()).isFalse();
            assertThat(c.weakestGrade()).isEmpty();
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(ReportJson.of(r));
        @SuppressWarnings("unchecked")
        Map<String, Object> events = ((List<Map<String, Object>>) json.get("collections")).get(0);
        assertThat(events).containsEntry("without_sources", null).containsEntry("weak_sources_only", null);
    }

    @Test
    void pageEscapesContentAndLinksEachRecordToItsPreviewPage() throws IOException {
        String hostile = """
                -- content/people/x-script.md --
                ---
                name: "<script>alert(1)</script> red"
                doubts:
                  - { kind: unsure, says: "<img src=x onerror=alert(1)>" }
                ---
                """;
        QualityReport r = report(PORTAL + hostile);
        Document page = Jsoup.parse(ReportPage.of(r));
        assertThat(page.select("script, img")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Data quality report");
        assertThat(page.select("a[href=/people/x-script/]").first().text()).isEqualTo("<script>alert(1)</script> red");
        assertThat(page.select("section#c-people, section[aria-labelledby=c-people]")).hasSize(1);
        assertThat(page.select("table caption").text()).isEqualTo("Findings per collection");
        // A bidirectional control never reaches the report: the reader takes it out with a warning (hostile corpus).
        assertThat(ReportText.of(r)).contains("(<script>alert(1)</script> red)");
    }

    @Test
    void listsPerCollectionTheRecordsThatLackATranslationAndWhichLanguages() throws IOException {
        QualityReport r = report("""
                -- content/schema.yml --
                common:
                  title: { type: string, required: true, label: Title, translatable: true }
                collections:
                  meetings:
                    title: Meetings
                    singular: Meeting
                    fields:
                      chair: { type: ref(people), label: Chair }
                  people:
                    title: People
                    singular: Person
                    fields: {}
                -- content/site.yml --
                title: Fixture
                base_url: https://accord.test/fx/
                languages: [en, ru, az]
                -- content/meetings/one.md --
                ---
                title: "The first meeting"
                chair: ada
                ---
                -- content/meetings/one.ru.md --
                ---
                title: "Первая встреча"
                ---
                -- content/meetings/one.az.md --
                ---
                title: "Birinci görüş"
                ---
                -- content/people/ada.md --
                ---
                title: "Ada"
                ---
                -- content/people/ada.ru.md --
                ---
                title: "Ада"
                ---
                """);
        assertThat(ReportText.of(r)).contains("""
                meetings: 1 record, 1 finding
                  no other record refers to these:
                    content/meetings/one.md (The first meeting)
                """).contains("""
                people: 1 record, 0 findings
                  missing translations (write <slug>.<language>.md beside the record):
                    content/people/ada.md (Ada): az
                """).doesNotContain("content/meetings/one.md (The first meeting): ");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(ReportJson.of(r));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> collections = (List<Map<String, Object>>) json.get("collections");
        assertThat(collections.get(0).get("missing_translations")).isEqualTo(List.of());
        assertThat(collections.get(1).get("missing_translations")).isEqualTo(List.of(Map.of(
                "record", Map.of("id", "people/ada", "title", "Ada", "file", "content/people/ada.md", "href", "people/ada/"),
                "languages", List.of("az"))));
        Document page = Jsoup.parse(ReportPage.of(r));
        assertThat(page.select("h3:contains(Missing translations) + ul li").text()).isEqualTo("Ada (content/people/ada.md): az");
    }

    @Test
    void listsPerLanguageTheSchemaWordsWithNoTranslationAtTheirLine() throws IOException {
        QualityReport r = report("""
                -- content/schema.yml --
                common:
                  title: { type: string, required: true, label: Title, label_ru: Название, translatable: true }
                collections:
                  meetings:
                    title: Meetings
                    title_ru: Встречи
                    singular: Meeting
                    fields:
                      kind: { type: enum(talk|panel), label: Kind, label_ru: Вид, labels: { talk: Talk, panel: Panel }, labels_ru: { talk: Доклад } }
                      chair: { type: ref(people), label: Chair, label_ru: Председатель, backlink: Chaired, backlink_ru: Председательствовал }
                      quotes:
                        type: list(object)
                        label: Quotes
                        label_ru: Цитаты
                        fields:
                          by: { type: ref(people), label: By, backlink: Quoted in }
                  people:
                    title: People
                    title_ru: Люди
                    singular: Person
                    singular_ru: Человек
                    fields:
                      grade: { type: enum(A|B), label: Grade, label_ru: Оценка }
                -- content/site.yml --
                title: Fixture
                base_url: https://accord.test/fx/
                languages: [en, ru, az]
                -- content/people/ada.md --
                ---
                title: Ada
                ---
                """);
        // Counted once each: the common title (in both collections), the enum words labels gives (A and B have none).
        String text = ReportText.of(r);
        assertThat(text.substring(text.indexOf("\nschema words"))).isEqualTo("""

                schema words with no translation (their pages show the default language's word; add the key in content/schema.yml):
                  ru: 4 of 14 words
                    content/schema.yml:4:3: collection meetings: singular_ru (Meeting)
                    content/schema.yml:9:7: field kind: labels_ru for panel (Panel)
                    content/schema.yml:16:11: field quotes.by: label_ru (By); backlink_ru (Quoted in)
                  az: none of its 14 words (add title_az, singular_az, label_az and the like)
                """);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonCheck.parse(ReportJson.of(r));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> languages = (List<Map<String, Object>>) json.get("schema_translations");
        assertThat(languages).extracting(l -> l.get("language"), l -> l.get("words"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ru", 14.0), org.assertj.core.groups.Tuple.tuple("az", 14.0));
        assertThat(languages.get(0).get("missing")).asList().element(1).isEqualTo(Map.of("line", 9.0, "column", 7.0,
                "place", "field kind", "key", "labels_ru", "value", "panel", "word", "Panel"));
        Document page = Jsoup.parse(ReportPage.of(r));
        assertThat(page.select("#schema-words ~ h3").eachText()).containsExactly("ru: 4 of 14 words",
                "az: none of its 14 words (add title_az, singular_az, label_az and the like)");
        assertThat(page.select("#schema-words ~ ul li").eachText()).containsExactly(
                "content/schema.yml:4:3: collection meetings: singular_ru (Meeting)",
                "content/schema.yml:9:7: field kind: labels_ru for panel (Panel)",
                "content/schema.yml:16:11: field quotes.by: label_ru (By); backlink_ru (Quoted in)");
    }

    @Test
    void aPortalOfOneLanguageOrWithEveryWordTranslatedHasNoSchemaWordsToList() throws IOException {
        assertThat(ReportText.of(report(PORTAL))).doesNotContain("schema words");
        assertThat(report(PORTAL).schemaTranslations()).isEmpty();
    }
}
