package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import accord.output.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search filters from the schema ({@code search: { facet: true }}): what the index writes for them (each value's
 * records with its label, the manifest's short lists, the prefix files of a facet of many values), how a schema
 * that asks for an impossible facet is told so at its line, and that the build session keeps them equal to a
 * full build through edits, also when a facet grows past the manifest's limit and shrinks back.
 */
public class SearchFacetBuildTest {
    private static final Pattern SHARD = Pattern.compile("accord\\.searchShard\\(\"([a-z0-9_./-]+)\",(.*)\\);\n", Pattern.DOTALL);

    @TempDir
    Path root;

    /** The test portal with three facets: a list of references, an enum with labels and a yes-or-no enum. */
    public static final String FACETS = TestPortal.PORTAL
            .replace("speakers: { type: list(ref(speakers)), label: Speakers, backlink: Spoke at }",
                    "speakers: { type: list(ref(speakers)), label: Speakers, backlink: Spoke at, search: { facet: true } }")
            .replace("kind: { type: enum(conference|summit|meeting), label: Kind }",
                    "kind: { type: enum(conference|summit|meeting), label: Kind, labels: { conference: Conference of the parties },"
                            + " search: { facet: true, weight: 2 } }\n"
                            + "      online: { type: enum(true|false), label: Online, search: { facet: true } }");

    static Map<String, String> index(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
                Matcher m = SHARD.matcher(Files.readString(f, StandardCharsets.UTF_8));
                assertThat(m.matches()).as(f.toString()).isTrue();
                files.put(m.group(1), m.group(2));
            }
        }
        return files;
    }

    @Test
    void facetsListTheirValuesWithLabelsAndCounts() throws IOException {
        TestPortal.write(root, FACETS + """
                -- content/events/summit.md --
                ---
                title: Summit
                start: 2024-05-01
                kind: summit
                online: true
                ---
                """);
        BuildResult result = TestPortal.build(root);
        assertThat(result.ok()).as("%s", result.problems()).isTrue();
        Map<String, String> index = index(root.resolve("site"));
        // Values sorted by their label; an enum shows its label, a reference its record's title, yes-or-no "" (the
        // page's own words).
        assertThat(index.get("manifest")).contains(",\"facets\":[[\"kind\",\"Kind\",[[\"conference\",\"Conference of the parties\",1],"
                + "[\"summit\",\"summit\",1]]],[\"online\",\"Online\",[[\"true\",\"\",1]]],[\"speakers\",\"Speakers\","
                + "[[\"speakers--anna-zeller\",\"Anna Zeller\",1],[\"speakers--mikayil-jabbarov\",\"Mikayil Jabbarov\",2]]]]");
        // Each value's records, one file each, with its label: a list gives one value per item.
        assertThat(index.get("f/v/speakers/speakers--mikayil-jabbarov")).startsWith("{\"label\":\"Mikayil Jabbarov\",\"records\":[");
        assertThat(index).containsKeys("f/v/speakers/speakers--anna-zeller", "f/v/kind/conference", "f/v/kind/summit", "f/v/online/true");
        // The draft session's speaker is not a value: drafts are not built.
        assertThat(index.keySet()).noneMatch(k -> k.startsWith("f/v/speakers/speakers--bob-adams"));
        // A facet of a few values has no prefix files.
        assertThat(index.keySet()).noneMatch(k -> k.startsWith("p/"));
    }

    /** A facet of more than 50 values: the manifest gives its number only, and its values load by prefix. */
    @Test
    void aFacetOfManyValuesLoadsByPrefixAndNeverWhole() throws IOException {
        TestPortal.write(root, FACETS + manySpeakers(120));
        BuildResult result = TestPortal.build(root);
        assertThat(result.ok()).as("%s", result.problems()).isTrue();
        Map<String, String> index = index(root.resolve("site"));
        assertThat(index.get("manifest")).contains("[\"speakers\",\"Speakers\",122]").doesNotContain("Person");
        Map<String, String> prefixes = new TreeMap<>();
        index.forEach((k, v) -> {
            if (k.startsWith("p/speakers/")) prefixes.put(k, v);
        });
        // Every value is found under the first letters of each word of its label, and no file holds them all.
        assertThat(prefixes).containsKey("p/speakers/" + SearchBuildTest.hexOf("j"));
        assertThat(prefixes.get("p/speakers/" + SearchBuildTest.hexOf("j"))).contains("[\"speakers--mikayil-jabbarov\",\"Mikayil Jabbarov\",2]");
        for (String value : prefixes.values()) {
            assertThat(values(value)).hasSizeLessThan(60);
            assertThat(value.length()).isLessThan(6_000 + 200);
        }
        // "Person" is the first word of 120 labels: it lists the 50 of most records (the crowded panel's speakers are
        // found by their other words), and its file stays small.
        String p = prefixes.get("p/speakers/" + SearchBuildTest.hexOf("p"));
        assertThat(values(p.substring(p.indexOf("\"person\":"), p.indexOf("]]", p.indexOf("\"person\":"))))).hasSize(50);
        Set<String> seen = new TreeSet<>();
        prefixes.values().forEach(v -> seen.addAll(values(v)));
        assertThat(seen).hasSize(122);
    }

    private static Set<String> values(String prefixFile) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\"(speakers--[a-z0-9-]+)\"").matcher(prefixFile);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    public static String manySpeakers(int n) {
        StringBuilder sb = new StringBuilder();
        List<String> slugs = new ArrayList<>();
        String[] names = {"Abbas", "Bakyt", "Chen", "Dilnoza", "Erlan", "Farida", "Gulnara", "Hamid", "Ivan", "Jamila", "Kamal",
                "Leyla", "Murat", "Nargiz", "Omar", "Parviz", "Rustam", "Saule", "Timur", "Ulugbek"};
        for (int i = 0; i < n; i++) {
            String name = "Person " + names[i % names.length] + " " + (char) ('a' + i / names.length) + "son";
            String slug = "person-" + i;
            slugs.add(slug);
            sb.append("-- content/speakers/").append(slug).append(".md --\n---\ntitle: ").append(name)
                    .append("\nsort_name: ").append(name).append("\n---\n");
        }
        sb.append("-- content/sessions/many.md --\n---\ntitle: Crowded panel\ndate: 2024-11-13\nevent: cop29\nspeakers: [")
                .append(String.join(", ", slugs)).append("]\n---\n");
        return sb.toString();
    }

    @Test
    void aFacetThatCannotBeOneNamesItsLine() {
        TestPortal.write(root, TestPortal.PORTAL + """
                -- content/schema.yml --
                collections:
                  topics:
                    fields:
                      title: { type: string, search: { facet: true } }
                      description: { type: text, search: { facet: true } }
                      year: { type: number, search: { facet: true } }
                      notes: { type: list(object), fields: { a: { type: string } }, search: { facet: true } }
                      parts:
                        type: list(object)
                        fields:
                          who: { type: string, search: { facet: true } }
                      level: { type: string, search: { facet: maybe } }
                """);
        assertThat(TestPortal.problems(TestPortal.build(root))).filteredOn(p -> p.startsWith("content/schema.yml")).containsExactly(
                "content/schema.yml:5:51: error: description: a field of type text cannot be a search facet (a facet filters by"
                        + " values from a short list: make it a string, number, date, url, enum or ref field, or remove facet: true)",
                "content/schema.yml:6:46: error: year: a search facet cannot be named 'year', which the search page's address uses"
                        + " for itself (rename the field, or remove facet: true)",
                "content/schema.yml:7:86: error: notes: a field of type list(object) cannot be a search facet (a facet filters by"
                        + " values from a short list: make it a string, number, date, url, enum or ref field, or remove facet: true)",
                "content/schema.yml:11:11: error: who: a field inside an object cannot be a search facet (make it a field of the"
                        + " collection, or remove facet: true)",
                "content/schema.yml:12:47: error: level: search: facet must be true or false");
    }

    /**
     * The build session against a full build: a speaker's new name is the facet value's new label (in its value file,
     * the manifest and the prefix files); adding records past 50 values moves the facet to prefix files, and
     * deleting them moves it back; each step equals a fresh build byte for byte.
     */
    @Test
    void theSessionKeepsFacetsEqualToAFullBuild() throws IOException {
        TestPortal.write(root, FACETS + manySpeakers(48));
        Path live = root.resolve("live");
        try (BuildSession session = new BuildSession(new BuildOptions(root, live, false, Optional.empty(), true))) {
            assertThat(session.build(SiteWriter.stage(live)).result().ok()).isTrue();
            assertThat(index(live).get("manifest")).contains("\"Person Abbas ason\"");

            Path anna = root.resolve("content/speakers/anna-zeller.md");
            Files.writeString(anna, Files.readString(anna).replace("title: Anna Zeller", "title: Anna Zeller-Quist"));
            BuildSession.Update renamed = session.update(List.of("content/speakers/anna-zeller.md"), SiteWriter.inPlace(live));
            assertThat(renamed.written()).contains("search/f/v/speakers/speakers--anna-zeller.js", "search/manifest.js");
            sameAsFullBuild(live);
            assertThat(index(live).get("f/v/speakers/speakers--anna-zeller")).startsWith("{\"label\":\"Anna Zeller-Quist\"");

            // Three more speakers on the panel: 53 values, past the manifest's 50.
            Path panel = root.resolve("content/sessions/many.md");
            String before = Files.readString(panel);
            TestPortal.write(root, manySpeakers(51).replaceAll("(?s)-- content/sessions/many.md --.*", "")
                    .replaceAll("(?s)^.*?(-- content/speakers/person-48.md)", "$1"));
            Files.writeString(panel, before.replace("person-47]", "person-47, person-48, person-49, person-50]"));
            List<String> grown = List.of("content/speakers/person-48.md", "content/speakers/person-49.md",
                    "content/speakers/person-50.md", "content/sessions/many.md");
            assertThat(session.update(grown, SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(index(live).get("manifest")).contains("[\"speakers\",\"Speakers\",53]");
            assertThat(index(live).keySet()).anyMatch(k -> k.startsWith("p/speakers/"));
            sameAsFullBuild(live);

            // And back under: the prefix files go.
            Files.writeString(panel, before);
            for (int i = 48; i <= 50; i++) Files.delete(root.resolve("content/speakers/person-" + i + ".md"));
            assertThat(session.update(grown, SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(index(live).keySet()).noneMatch(k -> k.startsWith("p/"));
            sameAsFullBuild(live);
        }
    }

    /**
     * A portal in English and Russian with four facets: an enum with one value labelled in Russian, a reference to
     * people of whom one has a Russian title, a string, and 55 speakers (a facet of prefix files), one of them with a
     * Russian title; and two topics, one translated.
     */
    public static String twoLanguages() {
        StringBuilder sb = new StringBuilder("""
                -- content/schema.yml --
                common:
                  title: { type: string, required: true, label: Title, label_ru: Название, translatable: true }
                collections:
                  meetings:
                    title: Meetings
                    title_ru: Встречи
                    singular: Meeting
                    fields:
                      date: { type: date, required: true, label: Date, role: date }
                      status: { type: enum(open|postponed), label: Status, label_ru: Статус, labels: { open: Open, postponed: Postponed }, labels_ru: { open: Открыта }, search: { facet: true } }
                      chair: { type: ref(people), label: Chair, label_ru: Председатель, search: { facet: true } }
                      speakers: { type: list(ref(people)), label: Speakers, search: { facet: true } }
                      room: { type: string, label: Room, search: { facet: true } }
                      topics: { type: list(ref(topics)), label: Topics, label_ru: Темы }
                  people:
                    title: People
                    singular: Person
                    fields:
                      role: { type: string, label: Role }
                  topics:
                    title: Topics
                    singular: Topic
                    fields:
                      summary: { type: string, label: Summary }
                -- content/site.yml --
                title: Fixture
                base_url: https://accord.test/fx/
                languages: [en, ru]
                -- content/people/jabbarov.md --
                ---
                title: "Mikayil Jabbarov"
                ---
                -- content/people/jabbarov.ru.md --
                ---
                title: "Микаил Джаббаров"
                ---
                -- content/people/zeller.md --
                ---
                title: "Anna Zeller"
                ---
                -- content/topics/finance.md --
                ---
                title: "Finance"
                ---
                -- content/topics/finance.ru.md --
                ---
                title: "Финансы"
                ---
                -- content/topics/trade.md --
                ---
                title: "Trade"
                ---
                -- content/meetings/opening.md --
                ---
                title: "Opening plenary"
                date: "2024-11-14"
                status: open
                chair: jabbarov
                speakers: [person-0, person-1]
                room: "Hall A"
                topics: [finance]
                ---
                -- content/meetings/opening.ru.md --
                ---
                title: "Открытие"
                ---
                -- content/meetings/closing.md --
                ---
                title: "Closing plenary"
                date: "2024-11-22"
                status: postponed
                chair: zeller
                topics: [trade]
                speakers: [
                """);
        // 55 speakers: a facet of more than 50 values, a text box whose choices load by prefix.
        for (int i = 2; i < 55; i++) sb.append(i > 2 ? ", " : "").append("person-").append(i);
        sb.append("]\n---\n");
        for (int i = 0; i < 55; i++) {
            sb.append("-- content/people/person-").append(i).append(".md --\n---\ntitle: \"Person Number").append(i).append("\"\n---\n");
        }
        sb.append("""
                -- content/people/person-0.ru.md --
                ---
                title: "Пётр Первый"
                ---
                """);
        return sb.toString();
    }

    /**
     * In two languages, the session against a full build: a referenced record's new Russian title is its facet value's
     * Russian label (its value file, l/ru.js), and a large facet's Russian prefix files follow a speaker's Russian
     * title as it changes and as its translation goes.
     */
    @Test
    void theSessionKeepsFacetsInEachLanguageEqualToAFullBuild() throws IOException {
        TestPortal.write(root, twoLanguages());
        Path live = root.resolve("live");
        try (BuildSession session = new BuildSession(new BuildOptions(root, live, false, Optional.empty(), true))) {
            assertThat(session.build(SiteWriter.stage(live)).result().ok()).isTrue();
            assertThat(index(live).get("l/ru")).contains("\"chair\":{\"people--jabbarov\":\"Микаил Джаббаров\"}");
            assertThat(index(live).get("f/v/chair/people--jabbarov"))
                    .startsWith("{\"label\":\"Mikayil Jabbarov\",\"labels\":{\"ru\":\"Микаил Джаббаров\"}");
            assertThat(index(live).get("p/speakers/ru/" + hex("п"))).contains("[\"people--person-0\",\"Пётр Первый\",1]");
            assertThat(index(live).get("p/speakers/ru/" + hex("n"))).contains("[\"people--person-1\",\"Person Number1\",1,\"en\"]");
            assertThat(index(live)).doesNotContainKey("l/en");

            Path jabbarov = root.resolve("content/people/jabbarov.ru.md");
            Files.writeString(jabbarov, Files.readString(jabbarov).replace("Микаил Джаббаров", "Микаил Джаббаров-Новый"));
            BuildSession.Update renamed = session.update(List.of("content/people/jabbarov.ru.md"), SiteWriter.inPlace(live));
            assertThat(renamed.written()).contains("search/f/v/chair/people--jabbarov.js", "search/l/ru.js");
            assertThat(index(live).get("l/ru")).contains("Микаил Джаббаров-Новый");
            sameAsFullBuild(live);

            Path person = root.resolve("content/people/person-0.ru.md");
            Files.writeString(person, Files.readString(person).replace("Пётр Первый", "Павел Первый"));
            assertThat(session.update(List.of("content/people/person-0.ru.md"), SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(index(live).get("p/speakers/ru/" + hex("п"))).contains("Павел Первый").doesNotContain("Пётр");
            sameAsFullBuild(live);

            Files.delete(person);
            assertThat(session.update(List.of("content/people/person-0.ru.md"), SiteWriter.inPlace(live)).result().ok()).isTrue();
            assertThat(index(live)).doesNotContainKey("p/speakers/ru/" + hex("п"));
            assertThat(index(live).get("p/speakers/ru/" + hex("n"))).contains("[\"people--person-0\",\"Person Number0\",1,\"en\"]");
            sameAsFullBuild(live);
        }
    }

    private static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(String.format("%04x", cp)));
        return sb.toString();
    }

    private void sameAsFullBuild(Path live) throws IOException {
        Path out = Files.createTempDirectory(root, "fresh");
        BuildResult full = new Build(new BuildOptions(root, out, false, Optional.empty(), true)).run();
        assertThat(full.ok()).as("%s", full.problems()).isTrue();
        assertThat(TestPortal.snapshotText(live.resolve("search"))).isEqualTo(TestPortal.snapshotText(out.resolve("search")));
    }
}
