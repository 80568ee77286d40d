package accord.search;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.schema.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What one record contributes to the index: its terms with their scores (1..100), the records whose titles
 * it indexed (its inputs besides itself), its facet values ({@code c/<collection>}, {@code t/<topic>},
 * {@code y/<year>}) and its result row (title, address, collection number, date, excerpt, as JSON). A function
 * of the record and of its references' titles alone, so the session keeps it until one of those changes.
 */
record Doc(Record record, Map<String, Integer> scores, Set<RecordId> inputs, Set<String> facets, String row) {
    private static final int EXCERPT = 240;

    static Doc of(Site site, Record r, Function<Record, String> href) {
        Map<String, Double> raw = new LinkedHashMap<>();
        Set<RecordId> inputs = new TreeSet<>();
        int[] length = {0};
        StringBuilder excerpt = new StringBuilder();
        Indexer indexer = (text, weight, own) -> {
            List<String> tokens = SearchText.tokens(text);
            if (own) length[0] += tokens.size();
            if (weight <= 0) return;
            for (String t : tokens) raw.merge(SearchText.cut(t, SearchIndex.MAX_TERM), (double) weight, Double::sum);
        };
        Optional<Field> titleField = r.collection().roleField(Role.TITLE);
        if (titleField.isEmpty()) indexer.add(r.title(), SearchWeights.TITLE, true);
        for (Field f : r.collection().fields().values()) {
            FieldValue v = r.fields().get(f.name());
            if (v == null) continue;
            int w = SearchWeights.of(f);
            if (w <= 0) continue;
            value(site, f, v, w, indexer, inputs, f.hasRole(Role.TITLE) ? null : excerpt);
        }
        String body = MarkdownText.plain(r.source().body());
        for (String line : r.source().body().split("\n")) {
            if (line.startsWith("#")) indexer.add(line, SearchWeights.HEADING - SearchWeights.BODY, true);
        }
        indexer.add(body, SearchWeights.BODY, true);
        excerpt.insert(0, body);
        Map<String, Integer> scores = new TreeMap<>();
        double damp = 0.5 + 0.5 * Math.min(4.0, length[0] / 300.0);
        raw.forEach((term, s) -> scores.put(term, (int) Math.max(1, Math.min(100, Math.round(100 * s / (s + 5 * damp))))));
        // Issue 10: a superseded or withdrawn record ranks last. Its scores drop to a quarter, so it leaves the terms'
        // best-records lists, and the s/retired facet tells search.js to put it after every current record.
        boolean retired = !accord.lifecycle.Lifecycle.current(r);
        if (retired) scores.replaceAll((term, s) -> Math.max(1, s / 4));

        Set<String> facets = new TreeSet<>();
        facets.add("c/" + r.id().collection());
        for (String topic : topics(r)) facets.add("t/" + topic.replace("/", "--"));
        r.date().ifPresent(d -> facets.add("y/" + d.year()));
        if (retired) facets.add("s/retired");

        StringBuilder row = new StringBuilder();
        accord.text.Json.quote(row, r.title());
        row.append(',');
        accord.text.Json.quote(row, href.apply(r));
        List<String> collections = site.collections().stream().map(c -> c.name()).toList();
        row.append(',').append(collections.indexOf(r.id().collection())).append(',');
        accord.text.Json.quote(row, r.date().map(d -> d.iso() + r.dateBasis().map(b -> " (" + b + ")").orElse("")).orElse(""));
        row.append(',');
        accord.text.Json.quote(row, cut(excerpt.toString().replaceAll("\\s+", " ").replaceAll("^[ ·]+", "").strip()));
        return new Doc(r, scores, Set.copyOf(inputs), Set.copyOf(facets), row.toString());
    }

    private interface Indexer {
        /** Adds {@code text}'s terms; {@code own} when it is the record's own text (which counts towards its length). */
        void add(String text, int weight, boolean own);
    }

    private static void value(Site site, Field f, FieldValue v, int weight, Indexer indexer, Set<RecordId> inputs,
                              StringBuilder excerpt) {
        if (v instanceof FieldValue.StringValue s) {
            indexer.add(s.value(), weight, true);
            if (excerpt != null && weight >= 3 && f.shown()) excerpt.append(" · ").append(s.value());
        } else if (v instanceof FieldValue.TextValue t) {
            indexer.add(MarkdownText.plain(t.markdown()), weight, true);
        } else if (v instanceof FieldValue.DateValue d) {
            indexer.add(d.date().toString(), weight, true);
        } else if (v instanceof FieldValue.DateTimeValue d) {
            indexer.add(d.original(), weight, true);
        } else if (v instanceof FieldValue.NumberValue n) {
            indexer.add(n.original(), weight, true);
        } else if (v instanceof FieldValue.UrlValue u) {
            indexer.add(u.url(), weight, true);
        } else if (v instanceof FieldValue.EnumValue e) {
            indexer.add(f.labelOf(e.value()), weight, true);
        } else if (v instanceof FieldValue.RefValue ref) {
            // The target's title, whichever record it is now; the target is an input even while it is missing,
            // so the record is indexed again when it appears.
            inputs.add(ref.target());
            site.find(ref.target()).ifPresent(target -> indexer.add(target.title(), weight, false));
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
