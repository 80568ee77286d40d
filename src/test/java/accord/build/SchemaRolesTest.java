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
 * What Accord knows about a field comes from the schema's roles, so a portal whose fields are
 * named or shaped differently from the default portal's builds, and a role given to a field of the
 * wrong type is an error at its schema.yml line.
 */
class SchemaRolesTest {
    @TempDir
    Path dir;

    private static final String PEOPLE = """
            -- content/site.yml --
            title: People portal
            base_url: /
            featured:
              - { collection: people, title: Everyone }
            -- content/people/ana.md --
            ---
            name: Ana Sousa
            aliases: [Ana de Sousa, Анна Соуза]
            born: 1970
            ---
            Ana.
            -- content/people/bo.md --
            ---
            name: Bo Lind
            see_also: [ana]
            ---
            """;

    @Test
    void aliasesDeclaredAsAListOfStringsBuildAndShow() throws IOException {
        TestPortal.write(dir, """
                -- content/schema.yml --
                collections:
                  people:
                    title: People
                    fields:
                      name: { type: string, required: true, role: title }
                      aliases: { type: list(string), label: Other names }
                      born: { type: date, jsonld: birthDate }
                      see_also: { type: list(ref(people)), role: disambiguation }
                """ + PEOPLE);
        BuildResult result = TestPortal.build(dir);
        assertThat(TestPortal.problems(result)).isEmpty();
        Document ana = Jsoup.parse(Files.readString(dir.resolve("site/people/ana/index.html")));
        assertThat(ana.select("h1").text()).isEqualTo("Ana Sousa");
        assertThat(ana.select(".aliases li").eachText()).containsExactly("Ana de Sousa", "Анна Соуза");
        assertThat(ana.select("script[type=application/ld+json]").html())
                .contains("\"name\":\"Ana Sousa\"", "\"alternateName\":[\"Ana de Sousa\",\"Анна Соуза\"]", "\"birthDate\":\"1970\"");
        Document bo = Jsoup.parse(Files.readString(dir.resolve("site/people/bo/index.html")));
        assertThat(bo.select(".disambiguation a").eachText()).containsExactly("Ana Sousa");
        Document home = Jsoup.parse(Files.readString(dir.resolve("site/index.html")));
        assertThat(home.select("#featured-people + ul a").eachText()).containsExactly("Ana Sousa", "Bo Lind");
    }

    @Test
    void aRoleOnAFieldOfTheWrongTypeIsAnErrorAtItsLine() {
        TestPortal.write(dir, """
                -- content/schema.yml --
                collections:
                  people:
                    fields:
                      name: { type: list(string), required: true, role: title }
                      aliases: { type: list(string) }
                      born: { type: string, role: date }
                      see_also: { type: list(ref(people)), role: disambiguation }
                """ + PEOPLE);
        assertThat(TestPortal.problems(TestPortal.build(dir)).stream().filter(p -> p.startsWith("content/schema.yml"))).containsExactly(
                "content/schema.yml:4:57: error: name: role 'title' needs a string field, not list(string) (change the field's type, or remove the role)",
                "content/schema.yml:6:35: error: born: role 'date' needs a date field, not string (change the field's type, or remove the role)");
    }

    @Test
    void unknownMisplacedAndRepeatedRolesAreErrors() {
        TestPortal.write(dir, """
                -- content/schema.yml --
                collections:
                  people:
                    fields:
                      name: { type: string, role: titel }
                      aliases: { type: string, role: alias_name }
                      born: { type: date }
                      see_also: { type: list(ref(people)), role: topics }
                      also: { type: list(ref(people)), role: topics }
                      sources: { type: list(object), fields: { publisher: { type: string } } }
                """ + PEOPLE);
        assertThat(TestPortal.problems(TestPortal.build(dir)).stream().filter(p -> p.startsWith("content/schema.yml"))).containsExactly(
                "content/schema.yml:4:35: error: name: unknown role 'titel' (did you mean 'title'?)",
                "content/schema.yml:5:7: error: aliases: role 'alias_name' belongs inside the objects of a 'aliases' field (move the field there, or remove the role)",
                "content/schema.yml:8:7: error: also: role 'topics' is already given to field 'see_also' (a role belongs to one field; remove one of them)",
                "content/schema.yml:9:7: error: sources: the objects of role 'sources' need a field with role 'source_title' (add a field 'title', or give one of its fields role: source_title)");
    }

    @Test
    void aFeaturedListMustNameACollection() {
        TestPortal.write(dir, TestPortal.PORTAL + """
                -- content/site.yml --
                title: Test portal
                featured:
                  - { collection: session, limit: 3 }
                """);
        assertThat(TestPortal.problems(TestPortal.build(dir))).containsExactly(
                "content/site.yml:3:19: error: featured: no collection 'session' (did you mean 'sessions'?)");
    }

    @Test
    void aFieldNamedLikeARoleButShapedOtherwiseStaysAnOrdinaryFieldOnThePage() throws IOException {
        TestPortal.write(dir, """
                -- content/schema.yml --
                collections:
                  people:
                    fields:
                      title: { type: string, required: true }
                      sources: { type: list(string), label: Sources named }
                -- content/people/ana.md --
                ---
                title: Ana
                sources: [a letter, an interview]
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document ana = Jsoup.parse(Files.readString(dir.resolve("site/people/ana/index.html")));
        assertThat(ana.select(".facts dt").eachText()).containsExactly("Sources named");
        assertThat(ana.select(".facts dd li").eachText()).containsExactly("a letter", "an interview");
    }

    /** A treaty archive: its own names for every role, sources with only a heading and a link, no topics, no speakers. */
    private static final String TREATIES = """
            -- content/schema.yml --
            common:
              name: { type: string, required: true, role: title }
              refs:
                type: list(object)
                role: sources
                label: Sources
                fields:
                  heading: { type: string, required: true, role: source_title }
                  link: { type: url, role: source_url }
            collections:
              treaties:
                title: Treaties
                singular: Treaty
                fields:
                  signed_on: { type: date, role: date }
              meetings:
                title: Meetings
                singular: Meeting
                jsonld: Event
                fields:
                  held: { type: date, role: date }
            -- content/site.yml --
            title: Treaty archive
            base_url: /
            -- content/treaties/paris.md --
            ---
            name: Treaty of Paris
            signed_on: 1951-04-18
            refs:
              - { heading: Official text, link: "https://treaties.test/paris" }
              - { heading: A paper copy }
            ---
            -- content/meetings/paris-1951.md --
            ---
            name: Paris conference
            held: 1951-04-18
            ---
            """;

    @Test
    void sourcesWithoutPublisherOrGradeShowNoEmptyPartsAndNoGradeLegend() throws IOException {
        TestPortal.write(dir, TREATIES);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document paris = Jsoup.parse(Files.readString(dir.resolve("site/treaties/paris/index.html")));
        assertThat(paris.select(".sources li").eachText()).containsExactly("Official text.", "A paper copy.");
        assertThat(paris.select(".sources .grade, .sources .grades")).isEmpty();
    }

    @Test
    void theThemesWordsNameNoCollectionOfTheDefaultPortal() throws IOException {
        TestPortal.write(dir, TREATIES);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document timeline = Jsoup.parse(Files.readString(dir.resolve("site/timeline/index.html")));
        assertThat(timeline.select("main p").first().text()).isEqualTo("Every dated record, by year. Choose a year.");
        Document data = Jsoup.parse(Files.readString(dir.resolve("site/data/index.html")));
        assertThat(data.select("a[type=text/calendar]").text()).isEqualTo("A calendar of the events");
    }

    @Test
    void theThemesSessionAndTopicPagesShowAnotherPortalsFieldsOfTheSameNames() throws IOException {
        TestPortal.write(dir, """
                -- content/schema.yml --
                collections:
                  sessions:
                    title: Sessions
                    fields:
                      name: { type: string, required: true, role: title }
                      quotes: { type: list(string), label: Quotes }
                      figures: { type: number, label: Figures }
                  topics:
                    title: Topics
                    fields:
                      name: { type: string, required: true, role: title }
                      description: { type: list(string), label: Description }
                      code: { type: string, label: Code }
                -- content/site.yml --
                title: Meetings archive
                base_url: /
                -- content/sessions/opening.md --
                ---
                name: Opening
                quotes: [Welcome, Thank you]
                figures: 3
                ---
                -- content/topics/trade.md --
                ---
                name: Trade
                description: [tariffs, quotas]
                code: T1
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(dir))).isEmpty();
        Document opening = Jsoup.parse(Files.readString(dir.resolve("site/sessions/opening/index.html")));
        assertThat(opening.select("dl.facts dt").eachText()).containsExactly("Quotes", "Figures");
        assertThat(opening.select("dl.facts dd").text()).isEqualTo("Welcome Thank you 3");
        Document trade = Jsoup.parse(Files.readString(dir.resolve("site/topics/trade/index.html")));
        assertThat(trade.select(".lead")).isEmpty();
        assertThat(trade.select("dl.facts dt").eachText()).containsExactly("Description", "Code");
        assertThat(trade.select("dl.facts dd").text()).isEqualTo("tariffs quotas T1");
    }
}
