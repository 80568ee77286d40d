package accord.search;

import accord.model.Record;
import accord.model.Site;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.schema.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The search index of a site, as the files the build writes under {@code search/}, each a script that hands
 * its data to {@code accord.searchShard(name, data)} so that it loads from {@code file://} as well as over
 * HTTP:
 *
 * <ul>
 *   <li>{@code search/manifest.js}: the number of records, the size of a result-data chunk, and the facet
 *       values with their counts (collections, topics, years);</li>
 *   <li>{@code search/t/<key>.js}: every term whose first three characters are the key (written as hex code
 *       points; shorter terms are their own key), each with its records and scores encoded by {@link Postings},
 *       or {@code 1} where the term has many records and a file of its own, {@code search/w/<term>.js};</li>
 *   <li>{@code search/d/<n>.js}: what a result shows (title, address, collection, date, an excerpt) for
 *       records {@code n*CHUNK} to {@code n*CHUNK+CHUNK-1};</li>
 *   <li>{@code search/f/c/<collection>.js}, {@code f/t/<topic>.js}, {@code f/y/<year>.js}: the records of
 *       each facet value, so a filter loads one small list, never the whole facet;</li>
 *   <li>on a portal in several languages, each translation is a document of its own (after its record, with
 *       its language's page as address), the result data ends with the document's language, {@code f/l/<lang>.js}
 *       lists each language's documents and the manifest lists the languages.</li>
 * </ul>
 *
 * <p>Records are numbered in the order of their ids. A score is computed from the record alone (its
 * weighted term count, damped by the length of its own text), so an edit changes only the shards of the
 * terms the record had or has; a term taken from a referenced record's title also depends on that record. Each file lists the records it is made from ({@link IndexFile#records}); every file also
 * depends on which records exist (the numbering), and the manifest on everything.
 */
public final class SearchIndex {
    public static final String DIR = "search/";
    static final int CHUNK = 8;
    private static final int EXCERPT = 240;
    /** Terms whose encoded records take more characters than this get a file of their own. */
    static final int OWN_FILE = 2000;
    /** A file made from more records than this depends on every record instead of on each. */
    static final int MANY = 400;
    /** Terms are sharded by their first characters; shorter terms by all of theirs. */
    static final int KEY_LENGTH = 3;

    /** One output file: its path, its text, the records (ids as {@code collection/slug}) it is made from, and whether it depends on every record. */
    public record IndexFile(String path, String content, Set<String> records, boolean everyRecord) {
        public IndexFile {
            records = Set.copyOf(records);
        }
    }

    private final Map<String, IndexFile> files;

    private SearchIndex(Map<String, IndexFile> files) {
        this.files = files;
    }

    public Map<String, IndexFile> files() {
        return files;
    }

    public Optional<IndexFile> find(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** What one record contributes: its terms and scores, and the records whose titles it indexed. */
    private record Doc(Record record, Map<String, Integer> scores, Map<String, Set<String>> inputs, String excerpt) {
    }

    /** Builds the index of {@code site}; {@code href} gives a record's address relative to the site root. */
    public static SearchIndex build(Site site, Function<Record, String> href) {
        List<Record> records = new ArrayList<>(site.records().values());
        records.sort(Comparator.comparing(r -> r.id().toString()));
        // A translation is a search document of its own, right after its record; on a portal in one language
        // nothing changes (no language in the result data, no language list).
        boolean languages = site.config().languages().size() > 1;
        if (languages) records = withTranslations(site, records);
        List<Doc> docs = records.parallelStream().map(r -> doc(site, r)).toList();
        Map<String, IndexFile> out = new TreeMap<>();

        // Terms, by shard; a term with many records in a file of its own.
        Map<String, TreeMap<String, List<int[]>>> shards = new TreeMap<>();
        Map<String, Set<String>> termInputs = new TreeMap<>();
        for (int n = 0; n < docs.size(); n++) {
            Doc d = docs.get(n);
            for (Map.Entry<String, Integer> e : d.scores().entrySet()) {
                shards.computeIfAbsent(shardKey(e.getKey()), k -> new TreeMap<>()).computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new int[] {n, e.getValue()});
                Set<String> in = termInputs.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>());
                in.add(d.record().id().toString());
                in.addAll(d.inputs().getOrDefault(e.getKey(), Set.of()));
            }
        }
        shards.forEach((key, terms) -> {
            StringBuilder data = new StringBuilder("{");
            Set<String> inputs = new java.util.HashSet<>();
            terms.forEach((term, postings) -> {
                if (data.length() > 1) data.append(',');
                accord.text.Json.quote(data, term);
                data.append(':');
                String encoded = Postings.encode(postings);
                inputs.addAll(termInputs.get(term));
                if (encoded.length() > OWN_FILE) {
                    data.append(1);
                    StringBuilder own = new StringBuilder();
                    accord.text.Json.quote(own, encoded);
                    put(out, "w/" + hex(term), own.toString(), termInputs.get(term), false);
                } else {
                    accord.text.Json.quote(data, encoded);
                }
            });
            data.append('}');
            put(out, "t/" + hex(key), data.toString(), inputs, false);
        });

        // Result data, in chunks.
        List<String> collections = site.collections().stream().map(c -> c.name()).toList();
        for (int c = 0; c * CHUNK < docs.size(); c++) {
            StringBuilder data = new StringBuilder("[");
            Set<String> inputs = new TreeSet<>();
            for (int n = c * CHUNK; n < Math.min(docs.size(), (c + 1) * CHUNK); n++) {
                Record r = docs.get(n).record();
                inputs.add(r.id().toString());
                if (n > c * CHUNK) data.append(',');
                data.append('[');
                accord.text.Json.quote(data, r.title());
                data.append(',');
                accord.text.Json.quote(data, href.apply(r));
                data.append(',').append(collections.indexOf(r.id().collection())).append(',');
                accord.text.Json.quote(data, r.date().map(d -> d.iso() + r.dateBasis().map(b -> " (" + b + ")").orElse("")).orElse(""));
                data.append(',');
                accord.text.Json.quote(data, docs.get(n).excerpt());
                if (languages) {
                    data.append(',');
                    accord.text.Json.quote(data, language(site, r));
                }
                data.append(']');
            }
            data.append(']');
            put(out, "d/" + c, data.toString(), inputs, false);
        }

        // Facets: a list of record numbers per value.
        Map<String, List<Integer>> byCollection = new TreeMap<>();
        Map<String, List<Integer>> byTopic = new TreeMap<>();
        Map<String, List<Integer>> byYear = new TreeMap<>();
        Map<String, Set<String>> topicInputs = new TreeMap<>();
        Map<String, Set<String>> yearInputs = new TreeMap<>();
        for (int n = 0; n < docs.size(); n++) {
            Record r = docs.get(n).record();
            byCollection.computeIfAbsent(r.id().collection(), k -> new ArrayList<>()).add(n);
            for (String topic : topics(r)) {
                String key = topic.replace("/", "--");
                byTopic.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
                Set<String> in = topicInputs.computeIfAbsent(key, k -> new TreeSet<>());
                in.add(r.id().toString());
            }
            int year = n;
            r.date().ifPresent(date -> {
                String y = Integer.toString(date.year());
                byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(year);
                yearInputs.computeIfAbsent(y, k -> new TreeSet<>()).add(r.id().toString());
            });
        }
        if (languages) {
            // The documents of each language, so results can put the reader's language first.
            Map<String, List<Integer>> byLanguage = new TreeMap<>();
            for (int n = 0; n < docs.size(); n++) byLanguage.computeIfAbsent(language(site, docs.get(n).record()), k -> new ArrayList<>()).add(n);
            byLanguage.forEach((k, v) -> put(out, "f/l/" + k, numbers(v), Set.of(), false));
        }
        byCollection.forEach((k, v) -> put(out, "f/c/" + k, numbers(v), Set.of(), false));
        byTopic.forEach((k, v) -> put(out, "f/t/" + k, numbers(v), topicInputs.get(k), false));
        byYear.forEach((k, v) -> put(out, "f/y/" + k, numbers(v), yearInputs.get(k), false));

        // The manifest.
        StringBuilder m = new StringBuilder("{\"records\":").append(docs.size()).append(",\"chunk\":").append(CHUNK);
        m.append(",\"collections\":[");
        for (int i = 0; i < site.collections().size(); i++) {
            var c = site.collections().get(i);
            if (i > 0) m.append(',');
            m.append('[');
            accord.text.Json.quote(m, c.name());
            m.append(',');
            accord.text.Json.quote(m, c.title());
            m.append(',').append(byCollection.getOrDefault(c.name(), List.of()).size()).append(']');
        }
        m.append("],\"topics\":[");
        List<String[]> topicList = new ArrayList<>();
        byTopic.forEach((k, v) -> {
            String id = k.replace("--", "/");
            String title = site.records().values().stream().filter(r -> r.id().toString().equals(id)).findFirst()
                    .map(Record::title).orElse(id);
            topicList.add(new String[] {k, title, Integer.toString(v.size())});
        });
        topicList.sort(Comparator.comparing((String[] t) -> SearchText.fold(t[1])).thenComparing(t -> t[0]));
        for (int i = 0; i < topicList.size(); i++) {
            if (i > 0) m.append(',');
            m.append('[');
            accord.text.Json.quote(m, topicList.get(i)[0]);
            m.append(',');
            accord.text.Json.quote(m, topicList.get(i)[1]);
            m.append(',').append(topicList.get(i)[2]).append(']');
        }
        m.append("],\"years\":[");
        List<String> years = new ArrayList<>(byYear.keySet());
        years.sort(Comparator.reverseOrder());
        for (int i = 0; i < years.size(); i++) {
            if (i > 0) m.append(',');
            m.append('[').append(Integer.parseInt(years.get(i))).append(',').append(byYear.get(years.get(i)).size()).append(']');
        }
        m.append(']');
        if (languages) {
            m.append(",\"languages\":[");
            for (int i = 0; i < site.config().languages().size(); i++) {
                if (i > 0) m.append(',');
                accord.text.Json.quote(m, site.config().languages().get(i));
            }
            m.append(']');
        }
        m.append('}');
        put(out, "manifest", m.toString(), Set.of(), true);
        return new SearchIndex(java.util.Collections.unmodifiableMap(out));
    }

    /** {@code records} (sorted by id) with each one's translations after it, in site.yml's order of languages. */
    private static List<Record> withTranslations(Site site, List<Record> records) {
        List<Record> all = new ArrayList<>();
        for (Record r : records) {
            all.add(r);
            Map<String, Record> t = site.translations().getOrDefault(r.id(), Map.of());
            for (String lang : site.config().otherLanguages()) {
                if (t.containsKey(lang)) all.add(t.get(lang));
            }
        }
        return all;
    }

    /** The language a search document is written in: its translation's, or the portal's default. */
    public static String language(Site site, Record r) {
        return accord.content.TranslationFiles.language(r.source().path()).orElse(site.config().language());
    }

    private static void put(Map<String, IndexFile> out, String name, String json, Set<String> inputs, boolean every) {
        // A file made from very many records (a common word) changes with almost any edit: it depends on every
        // record, which keeps the session's dependency maps small on a large portal.
        if (inputs.size() > MANY) {
            every = true;
            inputs = Set.of();
        }
        StringBuilder js = new StringBuilder(json.length() + 40);
        js.append("accord.searchShard(");
        accord.text.Json.quote(js, name);
        js.append(',').append(json).append(");\n");
        String path = DIR + name + ".js";
        out.put(path, new IndexFile(path, js.toString(), inputs, every));
    }

    private static String numbers(List<Integer> ns) {
        StringBuilder sb = new StringBuilder("[");
        int last = 0;
        for (int i = 0; i < ns.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(ns.get(i) - last);
            last = ns.get(i);
        }
        return sb.append(']').toString();
    }

    /** The shard a term is in: its first {@link #KEY_LENGTH} characters (code points). */
    static String shardKey(String term) {
        int end = term.offsetByCodePoints(0, Math.min(KEY_LENGTH, term.codePointCount(0, term.length())));
        return term.substring(0, end);
    }

    /** A shard key as a file name: each code point as lower-case hex, at least four digits, joined by nothing. */
    static String hex(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(cp -> sb.append(String.format("%04x", cp)));
        return sb.toString();
    }

    // ---- one record ----

    private static Doc doc(Site site, Record r) {
        Map<String, Double> raw = new LinkedHashMap<>();
        Map<String, Set<String>> inputs = new TreeMap<>();
        int[] length = {0};
        StringBuilder excerpt = new StringBuilder();
        Indexer indexer = (text, weight, from) -> {
            List<String> tokens = SearchText.tokens(text);
            if (from == null) length[0] += tokens.size();
            if (weight <= 0) return;
            for (String t : tokens) {
                raw.merge(t, (double) weight, Double::sum);
                if (from != null) inputs.computeIfAbsent(t, k -> new TreeSet<>()).add(from);
            }
        };
        String title = r.title();
        Optional<Field> titleField = r.collection().roleField(Role.TITLE);
        if (titleField.isEmpty()) indexer.add(title, SearchWeights.TITLE);
        for (Field f : r.collection().fields().values()) {
            FieldValue v = r.fields().get(f.name());
            if (v == null) continue;
            int w = SearchWeights.of(f);
            if (w <= 0) continue;
            value(site, f, v, w, indexer, inputs, f.hasRole(Role.TITLE) ? null : excerpt);
        }
        String body = MarkdownText.plain(r.source().body());
        for (String line : r.source().body().split("\n")) {
            if (line.startsWith("#")) indexer.add(line, SearchWeights.HEADING - SearchWeights.BODY);
        }
        indexer.add(body, SearchWeights.BODY);
        excerpt.insert(0, body);
        Map<String, Integer> scores = new TreeMap<>();
        double damp = 0.5 + 0.5 * Math.min(4.0, length[0] / 300.0);
        raw.forEach((term, s) -> scores.put(term, (int) Math.max(1, Math.min(100, Math.round(100 * s / (s + 5 * damp))))));
        return new Doc(r, scores, inputs, cut(excerpt.toString().replaceAll("\\s+", " ").replaceAll("^[ ·]+", "").strip()));
    }

    private interface Indexer {
        /** Adds {@code text}'s terms; {@code from} is the record whose title it is, or null for the record's own text. */
        void add(String text, int weight, String from);

        default void add(String text, int weight) {
            add(text, weight, null);
        }
    }

    private static void value(Site site, Field f, FieldValue v, int weight, Indexer indexer, Map<String, Set<String>> inputs,
                              StringBuilder excerpt) {
        if (v instanceof FieldValue.StringValue s) {
            indexer.add(s.value(), weight);
            if (excerpt != null && weight >= 3 && f.shown()) excerpt.append(" · ").append(s.value());
        } else if (v instanceof FieldValue.TextValue t) {
            indexer.add(MarkdownText.plain(t.markdown()), weight);
        } else if (v instanceof FieldValue.DateValue d) {
            indexer.add(d.date().toString(), weight);
        } else if (v instanceof FieldValue.DateTimeValue d) {
            indexer.add(d.original(), weight);
        } else if (v instanceof FieldValue.NumberValue n) {
            indexer.add(n.original(), weight);
        } else if (v instanceof FieldValue.UrlValue u) {
            indexer.add(u.url(), weight);
        } else if (v instanceof FieldValue.EnumValue e) {
            indexer.add(f.labelOf(e.value()), weight);
        } else if (v instanceof FieldValue.RefValue ref) {
            // The target's title, whichever record it is now: a missing target is an error, so never indexed.
            site.find(ref.target()).ifPresent(target -> indexer.add(target.title(), weight, ref.target().toString()));
        } else if (v instanceof FieldValue.ListValue l) {
            l.items().forEach(i -> value(site, f, i, weight, indexer, inputs, excerpt));
        } else if (v instanceof FieldValue.ObjectValue o) {
            FieldType t = f.type();
            while (t instanceof FieldType.ListType lt) t = lt.element();
            if (!(t instanceof FieldType.ObjectType ot)) return;
            for (Field sub : ot.fields().values()) {
                FieldValue sv = o.fields().get(sub.name());
                int w = SearchWeights.of(sub);
                if (sv != null && w > 0) value(site, sub, sv, w, indexer, inputs, null);
            }
        }
    }

    private static List<String> topics(Record r) {
        List<String> out = new ArrayList<>();
        r.role(Role.TOPICS).ifPresent(v -> collectRefs(v, out));
        return out;
    }

    private static void collectRefs(FieldValue v, List<String> out) {
        if (v instanceof FieldValue.RefValue ref) out.add(ref.target().toString());
        else if (v instanceof FieldValue.ListValue l) l.items().forEach(i -> collectRefs(i, out));
    }

    private static String cut(String s) {
        if (s.length() <= EXCERPT) return s;
        int end = s.lastIndexOf(' ', EXCERPT);
        return s.substring(0, end > EXCERPT / 2 ? end : EXCERPT) + " …";
    }
}
