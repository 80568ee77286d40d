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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index as a build writes it, read back the way the search page reads it: which words find which
 * records, what the schema's {@code search} key changes, that no record text can break out of the scripts the
 * index is made of, and that an edit rewrites only the index files it touches.
 */
class SearchBuildTest {
    private static final Pattern SHARD = Pattern.compile("accord\\.searchShard\\(\"([a-z0-9_./-]+)\",(.*)\\);\n", Pattern.DOTALL);

    @TempDir
    Path root;

    private static final String SEARCH_SCHEMA = TestPortal.PORTAL
            .replace("sort_name: { type: string, required: true, label: Sorted as }",
                    "sort_name: { type: string, required: true, label: Sorted as, search: false }\n"
                            + "      aliases: { type: list(string), label: Also known as }")
            .replace("acronym: { type: string, label: Acronym }", "acronym: { type: string, label: Acronym, search: { weight: 9 } }");

    private BuildResult build(String more) {
        TestPortal.write(root, SEARCH_SCHEMA + more);
        return TestPortal.build(root);
    }

    @Test
    void findsRecordsByTitleAliasesReferencedTitlesBodyAndIdentifiers() throws IOException {
        BuildResult result = build("""
                -- content/speakers/mikayil-jabbarov.md --
                ---
                title: Mikayil Jabbarov
                sort_name: Zzyzx, Mikayil
                aliases: ["Mikayıl Cabbarov", "Микаил Джаббаров"]
                organization: ministry-of-economy
                ---
                Minister of Economy; spoke on decision 1/CMA.6 and the 11.5% share.
                """);
        assertThat(result.ok()).as("%s", result.problems()).isTrue();
        Index index = Index.read(root.resolve("site"));
        // His other names find him, and the sessions he spoke at through the reference, which indexes them at half
        // its weight (so that each language's version of a session has every spelling of its speaker's name).
        assertThat(index.find("cabbarov")).containsExactlyInAnyOrder("Mikayil Jabbarov", "Opening plenary", "Closing plenary");
        assertThat(index.find("джаббаров")).containsExactlyInAnyOrder("Mikayil Jabbarov", "Opening plenary", "Closing plenary");
        assertThat(index.score("джаббаров", "Mikayil Jabbarov")).isGreaterThan(index.score("джаббаров", "Opening plenary"));
        assertThat(index.score("jabbarov", "Opening plenary")).isGreaterThan(index.score("джаббаров", "Opening plenary"));
        assertThat(index.find("1/cma.6")).containsExactly("Mikayil Jabbarov");
        assertThat(index.find("cma.6")).containsExactly("Mikayil Jabbarov");
        assertThat(index.find("11.5")).containsExactly("Mikayil Jabbarov");
        // The sessions he spoke at are found by his name, through the reference.
        assertThat(index.find("jabbarov")).containsExactlyInAnyOrder("Mikayil Jabbarov", "Opening plenary", "Closing plenary");
        // search: false keeps the sort key out; the title outweighs a reference.
        assertThat(index.find("zzyzx")).isEmpty();
        assertThat(index.score("jabbarov", "Mikayil Jabbarov")).isGreaterThan(index.score("jabbarov", "Opening plenary"));
        // search: { weight: 9 } makes an acronym weigh nearly as much as a title.
        assertThat(index.score("unfccc", "UNFCCC")).isGreaterThan(38);
    }

    @Test
    void facetsListTheirRecordsAndTheManifestCountsThem() throws IOException {
        assertThat(build("").ok()).isTrue();
        Index index = Index.read(root.resolve("site"));
        assertThat(index.facet("f/c/sessions")).containsExactlyInAnyOrder("Opening plenary", "Closing plenary", "Ministerial dialogue");
        assertThat(index.facet("f/t/topics--climate-finance")).containsExactlyInAnyOrder("Opening plenary", "Mikayil Jabbarov", "UNFCCC");
        assertThat(index.facet("f/y/2024")).contains("COP29", "Opening plenary");
        assertThat(index.files.get("manifest")).contains("[\"topics--climate-finance\",\"Climate finance\",3]", "\"years\":[[2024,4]]");
    }

    @Test
    void noRecordTextCanEndTheScriptItIsIn() throws IOException {
        String hostile = "</script><img src=x onerror=alert(1)> */ \\\" ` ${alert(2)} \u2028\u2029 <!-- end";
        assertThat(build("""
                -- content/topics/trade.md --
                ---
                title: "%s"
                ---
                %s
                """.formatted(hostile.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029"), hostile)).ok()).isTrue();
        Path search = root.resolve("site/search");
        try (Stream<Path> walk = Files.walk(search)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".js")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(text).as(f.toString()).doesNotContain("<", ">", "\u2028", "\u2029");
                Matcher m = SHARD.matcher(text);
                assertThat(m.matches()).as(f.toString()).isTrue();
                JsonCheck.parse(m.group(2));
            }
        }
        Index index = Index.read(root.resolve("site"));
        assertThat(index.titles.values()).contains(hostile);
        assertThat(index.find("onerror")).containsExactly(hostile);
    }

    @Test
    void theSamePortalGivesTheSameIndexBytes() throws IOException {
        assertThat(build("").ok()).isTrue();
        Map<String, String> first = TestPortal.snapshotText(root.resolve("site/search"));
        assertThat(TestPortal.build(root).ok()).isTrue();
        assertThat(TestPortal.snapshotText(root.resolve("site/search"))).isEqualTo(first);
    }

    @Test
    void aBadSearchKeyNamesItsLine() {
        BuildResult result = build("""
                -- content/schema.yml --
                collections:
                  topics:
                    fields:
                      title: { type: string, search: maybe }
                      note: { type: string, search: { weight: 900 } }
                """);
        assertThat(TestPortal.problems(result)).filteredOn(p -> p.startsWith("content/schema.yml")).containsExactly(
                "content/schema.yml:4:38: error: title: search must be false or { weight: N } with N a whole number from 0 to 100, not 'maybe'",
                "content/schema.yml:5:47: error: note: search must be false or { weight: N } with N a whole number from 0 to 100");
    }

    /**
     * A live session updates its index; any other lets it go once its files are written and indexes every record again
     * when it is updated after all: either way, the files an edit rewrites are those whose text changed.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "live: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void anEditRewritesOnlyTheIndexFilesItTouches(boolean live) throws IOException {
        TestPortal.write(root, SEARCH_SCHEMA);
        Path out = root.resolve("site");
        BuildOptions options = new BuildOptions(root, out, false, Optional.empty(), true);
        try (BuildSession session = live ? BuildSession.live(options) : new BuildSession(options)) {
            BuildSession.Update first = session.build(SiteWriter.stage(out));
            assertThat(first.result().ok()).isTrue();
            long all = first.written().stream().filter(p -> p.startsWith("search/") && p.endsWith(".js")).count();
            Path bob = root.resolve("content/speakers/bob-adams.md");
            Files.writeString(bob, Files.readString(bob).replace("Bob Adams", "Robert Quayle"));
            BuildSession.Update update = session.update(List.of("content/speakers/bob-adams.md"), SiteWriter.inPlace(out));
            assertThat(update.result().ok()).isTrue();
            Set<String> search = new TreeSet<>(update.written().stream().filter(p -> p.startsWith("search/") && p.endsWith(".js")).toList());
            // The shards of his new name ("rob", "qua", where the session he moderated has it too), their typo
            // shards ("tr", "el": the last two letters backwards), the result data of his new words and his
            // chunk; the text of the session that names him (s/1, for its snippets); the list of shards (k), which gains
            // and loses some; the manifest's counts stand. Those of his old name held nothing else and go.
            assertThat(search).containsExactly("search/d/0.js", "search/k.js", "search/r/" + hexOf("quayle") + ".js",
                    "search/r/" + hexOf("robert") + ".js", "search/s/en/1.js", "search/t/" + hexOf("qua") + ".js",
                    "search/t/" + hexOf("rob") + ".js",
                    "search/x/" + hexOf("el") + ".js", "search/x/" + hexOf("tr") + ".js");
            assertThat(update.deleted()).containsExactly("search/r/" + hexOf("adams") + ".js", "search/r/" + hexOf("bob") + ".js",
                    "search/t/" + hexOf("ada") + ".js", "search/t/" + hexOf("bob") + ".js", "search/x/" + hexOf("sm") + ".js");
            assertThat(all).isGreaterThan(40);
            assertThat(Index.read(out).find("quayle")).containsExactlyInAnyOrder("Robert Quayle", "Closing plenary");
            assertThat(Index.read(out).find("adams")).isEmpty();
        }
    }

    /**
     * The index hands each file's bytes over once and keeps its digest; an update that fails has handed them over to an
     * output that is thrown away, so the next update makes them again: the site's index must then be a fresh build's.
     */
    @Test
    void theIndexFilesOfAFailedUpdateAreMadeAgainByTheNext() throws IOException {
        TestPortal.write(root, SEARCH_SCHEMA);
        Path out = root.resolve("site");
        try (BuildSession session = TestPortal.builtSession(root, out)) {
            Path bob = root.resolve("content/speakers/bob-adams.md");
            Path anna = root.resolve("content/speakers/anna-zeller.md");
            String annaText = Files.readString(anna);
            Files.writeString(bob, Files.readString(bob).replace("Bob Adams", "Robert Quayle"));
            Files.delete(anna);
            BuildSession.Update failed = session.update(List.of("content/speakers/bob-adams.md", "content/speakers/anna-zeller.md"),
                    SiteWriter.inPlace(out));
            assertThat(failed.result().ok()).as("a session still names the deleted speaker").isFalse();
            assertThat(Index.read(out).find("quayle")).as("nothing of the failed update is written").isEmpty();
            Files.writeString(anna, annaText);
            BuildSession.Update next = session.update(List.of("content/speakers/anna-zeller.md"), SiteWriter.inPlace(out));
            assertThat(next.result().ok()).isTrue();
            assertThat(next.written()).as("bob's files, made again").contains("search/r/" + hexOf("quayle") + ".js");
        }
        Path fresh = root.resolve("fresh");
        assertThat(new Build(new BuildOptions(root, fresh, false, Optional.empty(), true)).run().ok()).isTrue();
        Map<String, String> now = new TreeMap<>(TestPortal.snapshotText(out));
        Map<String, String> expected = new TreeMap<>(TestPortal.snapshotText(fresh));
        now.keySet().removeIf(k -> !k.startsWith("search/"));
        expected.keySet().removeIf(k -> !k.startsWith("search/"));
        assertThat(now).hasSizeGreaterThan(40).isEqualTo(expected);
        assertThat(Index.read(out).find("quayle")).containsExactlyInAnyOrder("Robert Quayle", "Closing plenary");
    }

    @Test
    void theSearchPageHasAGetFormAndSaysWhatToDoWithoutJavaScript() throws IOException {
        assertThat(build("").ok()).isTrue();
        Document page = Jsoup.parse(root.resolve("site/search/index.html").toFile(), "UTF-8");
        assertThat(page.select("form[role=search][method=get] input[type=search][name=q]")).hasSize(1);
        assertThat(page.select("select[name=collection] option").eachAttr("value")).contains("", "sessions", "speakers");
        assertThat(page.select("noscript").html()).contains("Search needs JavaScript");
        assertThat(Jsoup.parse(page.select("noscript").html()).select("a").eachAttr("href")).contains("../sessions/", "../speakers/");
        assertThat(page.select("script[src]").attr("src")).isEqualTo("../assets/search.js");
    }

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";

    static String hexOf(String term) {
        StringBuilder sb = new StringBuilder();
        term.codePoints().forEach(cp -> sb.append(String.format("%04x", cp)));
        return sb.toString();
    }

    /** The index read back: titles by record number, and each term's postings (scores 1..63). */
    static final class Index {
        final Map<String, String> files = new TreeMap<>();
        final Map<Integer, String> titles = new TreeMap<>();
        /** Each result row by its title: number, title, href, collection, date, excerpt. */
        final Map<String, List<Object>> rows = new TreeMap<>();
        final Map<String, Map<String, Integer>> postings = new TreeMap<>();

        @SuppressWarnings("unchecked")
        static Index read(Path site) throws IOException {
            Index index = new Index();
            Path search = site.resolve("search");
            try (Stream<Path> walk = Files.walk(search)) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
                    Matcher m = SHARD.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    assertThat(m.matches()).isTrue();
                    index.files.put(m.group(1), m.group(2));
                }
            }
            index.files.forEach((name, json) -> {
                if (!name.startsWith("d/")) return;
                for (Object doc : (List<Object>) JsonCheck.parse(json)) {
                    List<Object> row = (List<Object>) doc;
                    index.titles.put(((Number) row.get(0)).intValue(), (String) row.get(1));
                    index.rows.put((String) row.get(1), row);
                }
            });
            index.files.forEach((name, json) -> {
                if (!name.startsWith("t/")) return;
                ((Map<String, Object>) JsonCheck.parse(json)).forEach((term, value) -> {
                    if (term.isEmpty()) return;
                    String encoded = value instanceof String text ? text
                            : (String) JsonCheck.parse(index.files.get("w/" + hexOf(term)));
                    Map<String, Integer> byTitle = new TreeMap<>();
                    int doc = 0;
                    int gap = 0;
                    for (int i = 0; i < encoded.length(); i++) {
                        int d = ALPHABET.indexOf(encoded.charAt(i));
                        gap = gap * 32 + (d & 31);
                        if (d >= 32) continue;
                        doc += gap;
                        gap = 0;
                        byTitle.put(index.titles.get(doc), ALPHABET.indexOf(encoded.charAt(++i)));
                    }
                    index.postings.put(term, byTitle);
                });
            });
            return index;
        }

        Set<String> find(String term) {
            return postings.getOrDefault(term, Map.of()).keySet();
        }

        int score(String term, String title) {
            return postings.get(term).get(title);
        }

        @SuppressWarnings("unchecked")
        List<String> facet(String name) {
            List<String> out = new ArrayList<>();
            int doc = 0;
            for (Object d : (List<Object>) JsonCheck.parse(files.get(name))) {
                doc += ((Number) d).intValue();
                out.add(titles.get(doc));
            }
            return out;
        }
    }
}
