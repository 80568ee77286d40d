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
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal as open data, on a fixture portal with a hostile record (a title with a formula, a
 * closing script tag, an HTML comment, quotes, a comma and U+2028): every JSON file parses and says
 * what the records say; the CSV files are byte for byte what RFC 4180 and the formula rule give; the
 * data package validates against its files, foreign keys included; JSON-LD has the schema's types and
 * properties on every kind of page; citations escape what their formats need; and an update rewrites
 * exactly the data files a change touches.
 */
class OpenDataTest {
    static final String HOSTILE_TITLE = "=cmd|' /C calc'!A0 </script><!-- \"x\", y\u2028z";

    static final String PORTAL = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
              aliases:
                type: list(object)
                label: Also known as
                fields:
                  name: { type: string, required: true, label: Name }
                  lang: { type: enum(en|ru), required: true, label: Language }
              topics: { type: list(ref(topics)), label: Topics, backlink: Tagged with this topic, jsonld: about }
              sources:
                type: list(object)
                label: Sources
                fields:
                  title: { type: string, required: true, label: Title }
                  publisher: { type: string, required: true, label: Publisher }
                  url: { type: url, label: Address }
                  date: { type: date, label: Published }
                  quality: { type: enum(A|B|C), required: true, label: Quality }
            collections:
              events:
                title: Events
                singular: Event
                jsonld: Event
                order: -start
                fields:
                  start: { type: date, required: true, label: Start, jsonld: startDate, role: date }
                  organizers: { type: list(ref(organizations)), label: Organizers, backlink: Events organized, jsonld: organizer }
              sessions:
                title: Sessions
                singular: Session
                jsonld: Event
                order: -date
                fields:
                  date: { type: date, required: true, label: Date, jsonld: startDate }
                  date_basis: { type: string, label: Date basis }
                  event: { type: ref(events), required: true, label: Event, backlink: Sessions, jsonld: superEvent, jsonld_inverse: subEvent }
                  speakers: { type: list(ref(speakers)), label: Speakers, backlink: Spoke at, jsonld: performer }
                  moderators: { type: list(ref(speakers)), label: Moderators, backlink: Moderated, jsonld: performer }
                  attendance: { type: number, label: Attendance }
                  tags: { type: list(string), label: Tags }
                  quotes:
                    type: list(object)
                    label: Quotes
                    jsonld: workFeatured
                    jsonld_type: Quotation
                    fields:
                      speaker: { type: ref(speakers), required: true, label: Speaker, backlink: Quoted in, jsonld: creator }
                      text: { type: string, required: true, label: Quote, jsonld: text }
              speakers:
                title: People
                singular: Person
                jsonld: Person
                fields:
                  position: { type: string, label: Position, jsonld: jobTitle }
                  organization: { type: ref(organizations), label: Organization, backlink: People, jsonld: affiliation }
              organizations:
                title: Organizations
                singular: Organization
                jsonld: Organization
                fields:
                  acronym: { type: string, label: Acronym, jsonld: alternateName }
                  kind: { type: enum(bank|ministry), required: true, label: Kind }
                  stance: { type: enum(+1|0|-1), label: Stance }
                  parent: { type: ref(organizations), label: Part of, backlink: Includes, jsonld: parentOrganization, jsonld_inverse: subOrganization }
              declarations:
                title: Declarations
                singular: Declaration
                jsonld: Legislation
                order: -date
                fields:
                  date: { type: date, label: Date, jsonld: legislationDate }
                  symbol: { type: string, label: Symbol, jsonld: legislationIdentifier }
                  signatories: { type: list(ref(organizations)), label: Signatories, backlink: Signed, jsonld: legislationPassedBy }
              topics:
                title: Topics
                singular: Topic
                jsonld: DefinedTerm
                fields:
                  description: { type: string, label: In short, jsonld: description }
            -- content/site.yml --
            title: Data test portal
            description: A portal for testing the data files.
            base_url: https://accord.test/portal/
            language: en
            licence: { name: CC-BY-4.0, title: Creative Commons Attribution 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }
            -- content/events/cop29.md --
            ---
            title: COP29
            start: 2024-11-11
            organizers: [unfccc]
            ---
            -- content/sessions/hostile.md --
            ---
            title: "=cmd|' /C calc'!A0 </script><!-- \\"x\\", y\\u2028z"
            date: 2024-11-12
            date_basis: earliest report
            event: cop29
            speakers: [anna, bob]
            attendance: -5
            tags: ["=SUM(A1)", "a|b", "plain"]
            topics: [finance]
            quotes:
              - { speaker: anna, text: "We will \\"deliver\\",\\nnow" }
              - { speaker: bob, text: "+1 from me" }
            ---
            =HYPERLINK("http://x") starts this body.
            -- content/sessions/plain.md --
            ---
            title: Plain session
            date: 2024-11-13
            event: cop29
            moderators: [bob]
            ---
            -- content/speakers/anna.md --
            ---
            title: Anna Zeller
            position: Minister
            organization: ministry
            aliases:
              - { name: Анна Целлер, lang: ru }
            ---
            -- content/speakers/bob.md --
            ---
            title: Bob Adams
            ---
            -- content/organizations/unfccc.md --
            ---
            title: United Nations Framework Convention on Climate Change
            acronym: UNFCCC
            kind: bank
            stance: "-1"
            ---
            -- content/organizations/ministry.md --
            ---
            title: Ministry of Economy
            kind: ministry
            parent: unfccc
            ---
            -- content/declarations/baku.md --
            ---
            title: "Baku {Declaration} 100% & #1 _a_ ~^ \\\\back, one } alone"
            date: 2024-11-12
            symbol: BD/1
            signatories: [ministry, unfccc]
            sources:
              - { title: "Report", publisher: "Trend", url: "https://example.com/r", date: 2024-11-13, quality: B }
            ---
            -- content/topics/finance.md --
            ---
            title: Finance
            description: Money.
            ---
            """;

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        TestPortal.write(dir, PORTAL);
        BuildResult result = TestPortal.build(dir);
        assertThat(TestPortal.problems(result)).isEmpty();
        site = dir.resolve("site");
    }

    static String read(String path) {
        return DataCheck.utf8(site.resolve(path));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String path) {
        return (Map<String, Object>) JsonCheck.parse(read(path));
    }

    @Test
    void theFormulaGuardLosesNothingATextThatStartsWithAnApostropheGetsOneToo(@TempDir Path other) throws IOException {
        // Before: =A was written '=A, and so was a genuine '=A, so the rule datapackage.json gave (remove the added
        // apostrophe) turned the second into =A.
        TestPortal.write(other, TestPortal.PORTAL + """
                -- content/organizations/unfccc.md --
                ---
                title: "=A"
                acronym: "'=A"
                ---
                -- content/organizations/ministry-of-economy.md --
                ---
                title: "'quoted'"
                acronym: "''"
                ---
                """);
        assertThat(TestPortal.problems(TestPortal.build(other))).isEmpty();
        String csv = Files.readString(other.resolve("site/data/organizations.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("/unfccc/,'=A,,,,,,,''=A,\r\n").contains("/ministry-of-economy/,''quoted',,,,,,,''',\r\n");
        // The rule as datapackage.json states it gives back exactly what the JSON holds.
        List<Map<String, String>> rows = DataCheck.table(other.resolve("site/data/organizations.csv"));
        Map<String, String> exact = new java.util.TreeMap<>();
        for (Map<String, String> row : rows) {
            for (String col : List.of("title", "acronym")) {
                String cell = row.get(col);
                exact.put(row.get("record_slug") + "." + col, cell.startsWith("'") ? cell.substring(1) : cell);
            }
        }
        assertThat(exact).containsEntry("unfccc.title", "=A").containsEntry("unfccc.acronym", "'=A")
                .containsEntry("ministry-of-economy.title", "'quoted'").containsEntry("ministry-of-economy.acronym", "''");
    }

    @Test
    void writesEveryDataFile() {
        for (String c : List.of("events", "sessions", "speakers", "organizations", "declarations", "topics")) {
            assertThat(site.resolve("data/" + c + ".json")).isRegularFile();
            assertThat(site.resolve("data/" + c + ".csv")).isRegularFile();
        }
        for (String ext : List.of("json", "bib", "ris", "csl.json")) {
            assertThat(site.resolve("data/sessions/hostile." + ext)).isRegularFile();
            assertThat(site.resolve("data/topics/finance." + ext)).isRegularFile();
        }
        assertThat(site.resolve("data/portal.json")).isRegularFile();
        assertThat(site.resolve("datapackage.json")).isRegularFile();
        assertThat(site.resolve("data/index.html")).isRegularFile();
    }

    @Test
    void everyJsonFileParses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(files).hasSize(9 * 2 + 6 + 2 + 1); // each record's JSON and CSL-JSON, each collection's, the portal's, the package, manifest.json
        for (Path f : files) JsonCheck.parse(DataCheck.utf8(f));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordsJsonSaysWhatItsFileSays() {
        Map<String, Object> r = json("data/sessions/hostile.json");
        assertThat(r).containsEntry("id", "sessions/hostile").containsEntry("collection", "sessions")
                .containsEntry("slug", "hostile").containsEntry("url", "https://accord.test/portal/sessions/hostile/")
                .containsEntry("body", "=HYPERLINK(\"http://x\") starts this body.\n");
        Map<String, Object> fields = (Map<String, Object>) r.get("fields");
        assertThat(fields).containsEntry("title", HOSTILE_TITLE).containsEntry("date", "2024-11-12")
                .containsEntry("attendance", -5.0).containsEntry("tags", List.of("=SUM(A1)", "a|b", "plain"))
                .containsEntry("event", Map.of("id", "events/cop29", "collection", "events", "slug", "cop29",
                        "url", "https://accord.test/portal/events/cop29/"));
        List<Object> quotes = (List<Object>) fields.get("quotes");
        assertThat(((Map<String, Object>) quotes.get(0)).get("text")).isEqualTo("We will \"deliver\",\nnow");
        // The raw file cannot close a script element or end a line in JavaScript.
        assertThat(read("data/sessions/hostile.json")).doesNotContain("</script").doesNotContain("\u2028");

        Map<String, Object> sessions = json("data/sessions.json");
        assertThat(sessions).containsEntry("collection", "sessions").containsEntry("count", 2.0);
        assertThat(((List<Map<String, Object>>) sessions.get("records")).stream().map(m -> m.get("id")))
                .containsExactly("sessions/plain", "sessions/hostile");
        assertThat(((List<Object>) sessions.get("records")).get(1)).isEqualTo(r);

        Map<String, Object> portal = json("data/portal.json");
        List<Map<String, Object>> collections = (List<Map<String, Object>>) portal.get("collections");
        assertThat(collections.stream().map(c -> c.get("collection")))
                .containsExactly("events", "sessions", "speakers", "organizations", "declarations", "topics");
        assertThat(collections.get(1)).isEqualTo(sessions);
        assertThat(portal.get("licence")).isEqualTo(Map.of("name", "CC-BY-4.0", "path",
                "https://creativecommons.org/licenses/by/4.0/", "title", "Creative Commons Attribution 4.0"));
    }

    @Test
    void theCsvIsByteForByteWhatTheRulesGive() throws IOException {
        String csv = new String(Files.readAllBytes(site.resolve("data/sessions.csv")), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("record_slug,record_lasting_id,record_url,title,aliases.name,aliases.lang,topics,topics_url,"
                + "sources.title,sources.publisher,sources.url,sources.date,sources.quality,date,date_basis,event,event_url,"
                + "speakers,speakers_url,moderators,moderators_url,attendance,tags,quotes.speaker,quotes.speaker_url,"
                + "quotes.text,record_body");
        assertThat(lines[1]).isEqualTo("plain,sessions/plain,https://accord.test/portal/sessions/plain/,Plain session,,,,,,,,,,"
                + "2024-11-13,,cop29,https://accord.test/portal/events/cop29/,,,bob,https://accord.test/portal/speakers/bob/,"
                + ",,,,,");
        String hostile = "hostile,sessions/hostile,https://accord.test/portal/sessions/hostile/,"
                // a formula-leading title: an apostrophe in front, quoted for its comma and quotes, quotes doubled
                + "\"'=cmd|' /C calc'!A0 </script><!-- \"\"x\"\", y\u2028z\",,,"
                + "finance,https://accord.test/portal/topics/finance/,,,,,,"
                + "2024-11-12,earliest report,cop29,https://accord.test/portal/events/cop29/,"
                + "anna | bob,https://accord.test/portal/speakers/anna/ | https://accord.test/portal/speakers/bob/,,,"
                // a number keeps its minus sign; a list whose first item is a formula is made safe, and its bar escaped
                + "-5,'=SUM(A1) | a\\|b | plain,"
                + "anna | bob,https://accord.test/portal/speakers/anna/ | https://accord.test/portal/speakers/bob/,"
                // a list of objects: the n-th items of each column belong together; a line break stays inside the quotes
                + "\"We will \"\"deliver\"\",\nnow | +1 from me\","
                + "\"'=HYPERLINK(\"\"http://x\"\") starts this body.\n\"\r\n";
        assertThat(csv.substring(csv.indexOf("\r\nhostile,") + 2)).isEqualTo(hostile);
        assertThat(csv).doesNotStartWith("\uFEFF");

        List<Map<String, String>> rows = DataCheck.table(site.resolve("data/sessions.csv"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("title")).isEqualTo("'" + HOSTILE_TITLE);
        assertThat(rows.get(1).get("quotes.text")).isEqualTo("We will \"deliver\",\nnow | +1 from me");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDataPackageValidatesAgainstItsFiles() {
        int[] checked = {0};
        assertThat(DataCheck.validate(site, checked)).isEmpty();
        assertThat(checked[0]).as("foreign-key values checked").isGreaterThanOrEqualTo(4);
        Map<String, Object> pkg = json("datapackage.json");
        assertThat(pkg).containsEntry("name", "data-test-portal").containsEntry("homepage", "https://accord.test/portal/");
        assertThat((List<Object>) pkg.get("licenses")).containsExactly(Map.of("name", "CC-BY-4.0",
                "path", "https://creativecommons.org/licenses/by/4.0/", "title", "Creative Commons Attribution 4.0"));
        Map<String, Object> sessions = ((List<Map<String, Object>>) pkg.get("resources")).get(1);
        Map<String, Object> schema = (Map<String, Object>) sessions.get("schema");
        assertThat((List<Object>) schema.get("foreignKeys")).containsExactly(Map.of("fields", "event",
                "reference", Map.of("resource", "events", "fields", "record_slug")));
        assertThat(schema).containsEntry("primaryKey", "record_slug");
        // An enum value that would start a formula is in its cell with the apostrophe; the constraint lists what the
        // cells hold (before, it listed "-1" and no row could meet it), and the resource says why.
        Map<String, Object> organizations = ((List<Map<String, Object>>) pkg.get("resources")).get(3);
        assertThat(organizations).containsEntry("name", "organizations").containsEntry("description", "One row per record."
                + " A text cell that would start with '=', '+', '-', '@', a tab or a carriage return has an apostrophe (') put"
                + " in front, so that spreadsheets do not run it as a formula, and so has one that would start with an"
                + " apostrophe: to read a cell's exact text, remove one apostrophe from the start of every cell that starts"
                + " with one. The JSON files keep the exact text.");
        assertThat(((List<Map<String, Object>>) ((Map<String, Object>) organizations.get("schema")).get("fields")))
                .filteredOn(f -> f.get("name").equals("stance")).singleElement()
                .isEqualTo(Map.of("name", "stance", "title", "Stance", "type", "string",
                        "constraints", Map.of("enum", List.of("'+1", "0", "'-1"))));
        assertThat(DataCheck.table(site.resolve("data/organizations.csv"))).extracting(r -> r.get("stance")).contains("'-1");
    }

    @Test
    void aBrokenForeignKeyOrColumnIsFound(@TempDir Path copy) throws IOException {
        HostileCopy.copy(site, copy);
        Path csv = copy.resolve("data/sessions.csv");
        Files.writeString(csv, Files.readString(csv).replace(",cop29,", ",cop30,"));
        int[] checked = {0};
        assertThat(DataCheck.validate(copy, checked)).contains("sessions.event: 'cop30' is no events row");
    }

    /** The JSON-LD of a page: the one script element of type application/ld+json, parsed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonLd(String page) throws IOException {
        Document doc = Jsoup.parse(site.resolve(page).resolve("index.html").toFile(), "UTF-8");
        List<Element> scripts = doc.select("script[type=application/ld+json]");
        assertThat(scripts).as(page).hasSize(1);
        return (Map<String, Object>) JsonCheck.parse(scripts.get(0).data());
    }

    static Map<String, Object> node(String type, String path, String name) {
        return Map.of("@type", type, "@id", "https://accord.test/portal/" + path, "name", name);
    }

    @Test
    void jsonLdFollowsTheSchemaOnEveryKindOfPage() throws IOException {
        Map<String, Object> event = jsonLd("events/cop29");
        assertThat(event).containsEntry("@type", "Event").containsEntry("startDate", "2024-11-11")
                .containsEntry("organizer", List.of(node("Organization", "organizations/unfccc/",
                        "United Nations Framework Convention on Climate Change")))
                .containsEntry("subEvent", List.of(node("Event", "sessions/plain/", "Plain session"),
                        node("Event", "sessions/hostile/", HOSTILE_TITLE)));

        Map<String, Object> session = jsonLd("sessions/plain");
        assertThat(session).containsEntry("@type", "Event").containsEntry("startDate", "2024-11-13")
                .containsEntry("superEvent", node("Event", "events/cop29/", "COP29"))
                .containsEntry("performer", List.of(node("Person", "speakers/bob/", "Bob Adams")));

        // A date known only from its basis is not claimed as the exact start date.
        Map<String, Object> hostile = jsonLd("sessions/hostile");
        assertThat(hostile).doesNotContainKey("startDate")
                .containsEntry("disambiguatingDescription", "Date: 12 November 2024 (earliest report; not confirmed as the exact date)")
                .containsEntry("name", HOSTILE_TITLE)
                .containsEntry("performer", List.of(node("Person", "speakers/anna/", "Anna Zeller"),
                        node("Person", "speakers/bob/", "Bob Adams")))
                .containsEntry("about", List.of(node("DefinedTerm", "topics/finance/", "Finance")))
                .containsEntry("workFeatured", List.of(
                        Map.of("@type", "Quotation", "creator", node("Person", "speakers/anna/", "Anna Zeller"),
                                "text", "We will \"deliver\",\nnow"),
                        Map.of("@type", "Quotation", "creator", node("Person", "speakers/bob/", "Bob Adams"), "text", "+1 from me")));

        Map<String, Object> person = jsonLd("speakers/anna");
        assertThat(person).containsEntry("@type", "Person").containsEntry("jobTitle", "Minister")
                .containsEntry("affiliation", node("Organization", "organizations/ministry/", "Ministry of Economy"))
                .containsEntry("alternateName", List.of(Map.of("@value", "Анна Целлер", "@language", "ru")));

        assertThat(jsonLd("organizations/ministry")).containsEntry("@type", "Organization")
                .containsEntry("parentOrganization", node("Organization", "organizations/unfccc/",
                        "United Nations Framework Convention on Climate Change"));
        assertThat(jsonLd("organizations/unfccc")).containsEntry("alternateName", List.of("UNFCCC"))
                .containsEntry("subOrganization", node("Organization", "organizations/ministry/", "Ministry of Economy"));

        Map<String, Object> declaration = jsonLd("declarations/baku");
        assertThat(declaration).containsEntry("@type", "Legislation").containsEntry("legislationDate", "2024-11-12")
                .containsEntry("legislationIdentifier", "BD/1")
                .containsEntry("legislationPassedBy", List.of(node("Organization", "organizations/ministry/", "Ministry of Economy"),
                        node("Organization", "organizations/unfccc/", "United Nations Framework Convention on Climate Change")))
                .containsEntry("citation", List.of(Map.of("@type", "CreativeWork", "name", "Report",
                        "publisher", Map.of("@type", "Organization", "name", "Trend"), "url", "https://example.com/r",
                        "datePublished", "2024-11-13")));

        assertThat(jsonLd("topics/finance")).containsEntry("@type", "DefinedTerm").containsEntry("description", "Money.");

        Map<String, Object> data = jsonLd("data");
        assertThat(data).containsEntry("@type", "Dataset").containsEntry("license", "https://creativecommons.org/licenses/by/4.0/");
        assertThat((List<?>) data.get("distribution")).hasSize(6 * 2 + 3);
    }

    @Test
    void aHostileTitleCannotBreakOutOfItsScript() throws IOException {
        String html = read("sessions/hostile/index.html");
        int script = html.indexOf("<script type=\"application/ld+json\">");
        String inside = html.substring(script, html.indexOf("</script>", script));
        assertThat(inside).doesNotContain("<!--").doesNotContain("\u2028").doesNotContain("</");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("h1").first().wholeText()).isEqualTo(HOSTILE_TITLE);
    }

    @Test
    void aRecordPageLinksItsDataAndCitations() throws IOException {
        Document doc = Jsoup.parse(site.resolve("speakers/anna/index.html").toFile(), "UTF-8");
        Element cite = doc.selectFirst("section.cite");
        assertThat(cite).isNotNull();
        assertThat(cite.select("a").eachAttr("href")).containsExactly("../../data/speakers/anna.bib",
                "../../data/speakers/anna.ris", "../../data/speakers/anna.csl.json", "../../data/speakers/anna.json",
                "../../data/");
        assertThat(cite.selectFirst("p.citation").text())
                .isEqualTo("“Anna Zeller”. Person record in Data test portal. https://accord.test/portal/speakers/anna/");
        assertThat(doc.select("footer a").eachAttr("href")).contains("../../data/");
    }

    @Test
    void theDataPageLinksEveryFile() throws IOException {
        Document doc = Jsoup.parse(site.resolve("data/index.html").toFile(), "UTF-8");
        List<String> hrefs = doc.select("main a").eachAttr("href");
        List<String> expected = new ArrayList<>();
        for (String c : List.of("events", "sessions", "speakers", "organizations", "declarations", "topics")) {
            expected.add("../data/" + c + ".json");
            expected.add("../data/" + c + ".csv");
        }
        expected.add("../data/portal.json");
        expected.add("../datapackage.json");
        expected.add("../data/calendar.ics");
        assertThat(hrefs).containsAll(expected).contains("https://creativecommons.org/licenses/by/4.0/");
        assertThat(doc.select("h1").text()).isEqualTo("Open data");
    }

    @Test
    void citationsEscapeWhatTheirFormatsNeed() {
        assertThat(read("data/declarations/baku.bib")).isEqualTo("""
                @misc{declarations-baku,
                  title = {{Baku \\textbraceleft{}Declaration\\textbraceright{} 100\\% \\& \\#1 \\_a\\_ \\textasciitilde{}\\textasciicircum{} \\textbackslash{}back, one \\textbraceright{} alone}},
                  organization = {Data test portal},
                  publisher = {Data test portal},
                  year = {2024},
                  date = {2024-11-12},
                  howpublished = {\\url{https://accord.test/portal/declarations/baku/}},
                  url = {https://accord.test/portal/declarations/baku/},
                  note = {Declaration record}
                }
                """);
        // BibTeX finds where a field ends by counting braces, escaped or not: each field's value, from its opening
        // brace, must close only at its last brace.
        for (String bib : List.of(read("data/declarations/baku.bib"), read("data/sessions/hostile.bib"))) {
            List<String> fields = bib.lines().filter(l -> l.startsWith("  ")).toList();
            assertThat(fields).hasSizeBetween(6, 8);
            for (String field : fields) {
                String value = field.substring(field.indexOf(" = ") + 3).replaceFirst(",$", "");
                int depth = 0;
                for (int k = 0; k < value.length(); k++) {
                    depth += value.charAt(k) == '{' ? 1 : value.charAt(k) == '}' ? -1 : 0;
                    if (k < value.length() - 1) assertThat(depth).as(field).isPositive();
                }
                assertThat(depth).as(field).isZero();
            }
        }
        assertThat(read("data/sessions/hostile.ris")).isEqualTo("TY  - ELEC\r\nID  - sessions-hostile\r\n"
                + "TI  - =cmd|' /C calc'!A0 </script><!-- \"x\", y z\r\n"
                + "T2  - Data test portal\r\nPB  - Data test portal\r\n"
                + "UR  - https://accord.test/portal/sessions/hostile/\r\nN1  - Session record\r\nER  - \r\n");
        Object csl = JsonCheck.parse(read("data/sessions/hostile.csl.json"));
        assertThat(csl).isEqualTo(List.of(Map.of("id", "sessions/hostile", "type", "webpage", "title", HOSTILE_TITLE,
                "container-title", "Data test portal", "publisher", "Data test portal",
                "URL", "https://accord.test/portal/sessions/hostile/", "note", "Session record")));
    }

    @Test
    void theCalendarHoldsEveryDatedEventAndSession() throws IOException {
        byte[] bytes = Files.readAllBytes(site.resolve("data/calendar.ics"));
        String ics = new String(bytes, StandardCharsets.UTF_8);
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u2028");
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("BEGIN:VEVENT\r\nUID:events-cop29@accord.test\r\nDTSTAMP:20241111T000000Z\r\n"
                + "DTSTART;VALUE=DATE:20241111\r\nDTEND;VALUE=DATE:20241112\r\nSUMMARY:COP29\r\n"
                + "DESCRIPTION:Event record: https://accord.test/portal/events/cop29/\r\n"
                + "URL:https://accord.test/portal/events/cop29/\r\nEND:VEVENT\r\n");
        // The hostile title with its commas and line separator escaped; a date known from its basis is tentative.
        assertThat(unfolded).contains("UID:sessions-hostile@accord.test\r\nDTSTAMP:20241112T000000Z\r\n"
                + "DTSTART;VALUE=DATE:20241112\r\nDTEND;VALUE=DATE:20241113\r\n"
                + "SUMMARY:=cmd|' /C calc'!A0 </script><!-- \"x\"\\, y\\nz\r\n"
                + "DESCRIPTION:Session record: https://accord.test/portal/sessions/hostile/\\nDate basis: earliest report"
                + " (the exact date is not confirmed).\r\nSTATUS:TENTATIVE\r\n");
        assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(1 + 3);
    }

    /** A cell of a list joined by " | ": split at unescaped separators, each item unescaped once. */
    static List<String> items(String cell) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (cell.startsWith(" | ", i)) {
                out.add(item.toString());
                item.setLength(0);
                i += 2;
            } else {
                item.append(c);
            }
        }
        out.add(item.toString());
        return out;
    }

    /**
     * A list of lists keeps its grouping in CSV: each inner list is joined and escaped as one item of the outer list, so
     * the cell reads back to the original nesting even when values hold the separators, bars, backslashes and "; ".
     */
    @Test
    void aListOfListsReadsBackFromItsCsvCell(@TempDir Path work) throws IOException {
        Path portal = TestPortal.write(work.resolve("portal"), """
                -- content/schema.yml --
                collections:
                  votes:
                    title: Votes
                    singular: Vote
                    fields:
                      title: { type: string, required: true, label: Title, role: title }
                      rounds: { type: list(list(string)), label: Rounds }
                -- content/site.yml --
                title: Lists portal
                base_url: https://accord.test/
                -- content/votes/one.md --
                ---
                title: One
                rounds:
                  - ["1", "2"]
                  - ["3"]
                  - ["a; b", "c | d", 'e\\f|g']
                  - []
                ---
                """);
        Path out = portal.resolve("site");
        BuildResult result = TestPortal.build(portal);
        assertThat(TestPortal.problems(result)).isEmpty();
        List<List<String>> rows = DataCheck.csv(DataCheck.utf8(out.resolve("data/votes.csv")));
        int column = rows.get(0).indexOf("rounds");
        String cell = rows.get(1).get(column);
        assertThat(cell).isEqualTo("1 \\| 2 | 3 | a; b \\| c \\\\\\| d \\| e\\\\\\\\f\\\\\\|g | ");
        List<List<String>> back = items(cell).stream().map(i -> i.isEmpty() ? List.<String>of() : items(i)).toList();
        assertThat(back).isEqualTo(List.of(List.of("1", "2"), List.of("3"), List.of("a; b", "c | d", "e\\f|g"), List.of()));
        @SuppressWarnings("unchecked")
        Map<String, Object> pkg = (Map<String, Object>) JsonCheck.parse(DataCheck.utf8(out.resolve("datapackage.json")));
        assertThat(pkg.toString()).contains("A list of lists: each inner list's items are joined by ' | ' (a backslash"
                + " escapes a '|' or '\\' inside an item), then each inner list is escaped in the same way as one item of the"
                + " outer list, which joins them by ' | '.");
    }

    @Test
    void anUpdateRewritesTheDataFilesItTouches(@TempDir Path work) throws IOException {
        Path portal = TestPortal.write(work.resolve("portal"), PORTAL);
        Path live = work.resolve("live");
        BuildOptions options = new BuildOptions(portal, live, false, Optional.empty(), true);
        try (BuildSession session = new BuildSession(options)) {
            assertThat(session.build(SiteWriter.stage(live)).result().ok()).isTrue();
            Files.writeString(portal.resolve("content/sessions/plain.md"), """
                    ---
                    title: Plain session, renamed
                    date: 2024-11-13
                    event: cop29
                    moderators: [bob]
                    ---
                    """);
            BuildSession.Update u = session.update(List.of("content/sessions/plain.md"), SiteWriter.inPlace(live));
            assertThat(u.result().ok()).isTrue();
            assertThat(u.written()).contains("data/sessions.json", "data/sessions.csv", "data/portal.json",
                    "data/sessions/plain.json", "data/sessions/plain.bib", "data/sessions/plain.ris",
                    "data/sessions/plain.csl.json", "data/calendar.ics", "sessions/plain/index.html", "events/cop29/index.html");
            assertThat(u.written()).doesNotContain("data/topics.csv", "data/speakers.json", "data/sessions/hostile.json",
                    "datapackage.json", "data/index.html");
            assertThat(DataCheck.utf8(live.resolve("data/sessions.csv"))).contains("\"Plain session, renamed\"");
        }
        Path fresh = work.resolve("fresh");
        assertThat(new Build(new BuildOptions(portal, fresh, false, Optional.empty(), true)).run().ok()).isTrue();
        assertThat(TestPortal.snapshotText(live)).isEqualTo(TestPortal.snapshotText(fresh));
    }

    /** Copies a built site, for tests that break a file. */
    static final class HostileCopy {
        static void copy(Path from, Path to) throws IOException {
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.sorted().toList()) {
                    Path t = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(t);
                    else Files.copy(p, t);
                }
            }
        }
    }
}
