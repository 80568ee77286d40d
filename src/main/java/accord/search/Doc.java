package accord.search;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.schema.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * What one record contributes to the index: its terms (each once, in the order it first has them), with their scores (1..100) at the same index,
 * the records whose titles it indexed (its inputs besides itself), its facet values ({@code c/<collection>},
 * {@code t/<topic>}, {@code y/<year>}) and its result row (title, address, collection number, date with its basis
 * apart ({@link ResultDate}), excerpt, as JSON), and the labels of its schema facets' values ({@link SchemaFacets}). A function of the record and of its references' titles alone, so the session keeps it until one of
 * those changes. The terms are arrays rather than a map, and each term string is the index's one copy of it
 * ({@code canonical}), so ten thousand records' terms take a few MiB and not hundreds.
 */
record Doc(Record record, String lang, String[] terms, byte[] scores, Set<RecordId> inputs, Set<String> facets, String row,
           Map<String, SchemaFacets.Label> facetLabels) {
    private static final int EXCERPT = 240;

    /** This document without its terms and scores: what the index's files need of it, once its postings are made. */
    Doc withoutTerms() {
        return new Doc(record, lang, new String[0], new byte[0], inputs, facets, row, facetLabels);
    }

    /** The score of {@code terms[i]}, 1..100. */
    int score(int i) {
        return scores[i];
    }

    /**
     * {@code r} in {@code lang}: the record itself in the default language, else its translation, whose
     * references are indexed by their titles in that language where they have one.
     */
    static Doc of(Site site, Record r, String lang, BiFunction<Record, String, String> href,
                  BiFunction<Record, String, ResultDate> dateText, UnaryOperator<String> canonical) {
        return of(site, r, lang, href, dateText, canonical, null);
    }

    /**
     * The same, and with {@code texts}, its {@link #text} given to it (null or not) from the body this reads: a
     * build that writes its files as it goes makes each record's text here rather than read the record's body again
     * when its block's file is made (at 100,000 records most bodies are not held in memory).
     */
    static Doc of(Site site, Record r, String lang, BiFunction<Record, String, String> href,
                  BiFunction<Record, String, ResultDate> dateText, UnaryOperator<String> canonical,
                  java.util.function.Consumer<String> texts) {
        TermCounts raw = new TermCounts();
        Set<RecordId> inputs = new TreeSet<>();
        int[] length = {0};
        StringBuilder excerpt = new StringBuilder();
        Indexer indexer = (text, weight, own) -> SearchText.eachTerm(text, (buf, from, to) -> {
            if (own) length[0]++;
            if (weight > 0) raw.add(buf, from, cut(buf, from, to), weight);
        });
        Optional<Field> titleField = r.collection().roleField(Role.TITLE);
        if (titleField.isEmpty()) indexer.add(r.title(), SearchWeights.TITLE, true);
        for (Field f : r.collection().fields().values()) {
            FieldValue v = r.fields().get(f.name());
            if (v == null) continue;
            int w = SearchWeights.of(f);
            if (w <= 0) continue;
            value(site, lang, f, v, w, indexer, inputs, f.hasRole(Role.TITLE) ? null : excerpt);
        }
        // The date as the record's page in this language writes it ("14 ноября 2024", "noyabr 2024"), besides its ISO
        // form above: a reader searches a date in the words they read it in, and before, only English bodies had them.
        ResultDate shownDate = dateText.apply(r, lang);
        if (!shownDate.date().isEmpty()) {
            r.collection().roleField(Role.DATE).map(SearchWeights::of).filter(w -> w > 0)
                    .ifPresent(w -> indexer.add(shownDate.date(), w, false));
        }
        String source = r.source().body();
        String body = MarkdownText.plain(source);
        // The heading lines, as they are in the source, weigh a little more: each line that starts with '#'.
        for (int at = 0, n = source.length(); at < n; ) {
            int nl = source.indexOf('\n', at);
            int end = nl < 0 ? n : nl;
            if (end > at && source.charAt(at) == '#') indexer.add(source.substring(at, end), SearchWeights.HEADING - SearchWeights.BODY, true);
            at = end + 1;
        }
        indexer.add(body, SearchWeights.BODY, true);
        excerpt.insert(0, body);
        String shown = cut(excerpt(excerpt));
        if (texts != null) texts.accept(text(site, r, lang, body, shown));
        // The terms in the order the record first has them: nothing needs them sorted (each is one entry in its
        // own list of records), and sorting them was a sixth of this method's time.
        String[] terms = new String[raw.size()];
        byte[] scores = new byte[terms.length];
        double damp = 0.5 + 0.5 * Math.min(4.0, length[0] / 300.0);
        // Issue 10: a superseded or withdrawn record ranks last. Its scores drop to a quarter, so it leaves the terms'
        // best-records lists, and the s/retired facet tells search.js to put it after every current record. A
        // translation is retired with its record (the lifecycle is the default-language file's).
        boolean retired = !accord.lifecycle.Lifecycle.current(site.find(r.id()).orElse(r));
        for (int i = 0; i < terms.length; i++) {
            double s = raw.weight(i);
            int score = (int) Math.max(1, Math.min(100, Math.round(100 * s / (s + 5 * damp))));
            scores[i] = (byte) (retired ? Math.max(1, score / 4) : score);
            terms[i] = canonical.apply(raw.term(i));
        }

        Set<String> facets = new TreeSet<>();
        facets.add("c/" + r.id().collection());
        for (String topic : topics(r)) facets.add("t/" + topic.replace("/", "--"));
        r.date().ifPresent(d -> facets.add("y/" + d.year()));
        if (retired) facets.add("s/retired");
        // The schema's facets, from the record in its own language (a translation shares its record's values), each
        // value with its label; a reference's label is its target's title, so the target is an input.
        Record own = site.find(r.id()).orElse(r);
        Map<String, SchemaFacets.Label> facetLabels = new java.util.TreeMap<>();
        SchemaFacets.of(site, own, facetLabels::put);
        facets.addAll(facetLabels.keySet());
        inputs.addAll(SchemaFacets.inputs(own));

        StringBuilder row = new StringBuilder();
        accord.text.Json.quote(row, r.title());
        row.append(',');
        accord.text.Json.quote(row, href.apply(r, lang));
        List<String> collections = site.collections().stream().map(c -> c.name()).toList();
        row.append(',').append(collections.indexOf(r.id().collection())).append(',');
        shownDate.appendTo(row, lang);
        row.append(',');
        accord.text.Json.quote(row, shown);
        return new Doc(r, lang, terms, scores, Set.copyOf(inputs), Set.copyOf(facets), row.toString(),
                java.util.Collections.unmodifiableMap(facetLabels));
    }

    /**
     * The excerpt's text: every run of ASCII white space one space, the spaces and middle dots it starts with
     * removed, then stripped; the same as {@code replaceAll("\\s+", " ").replaceAll("^[ ·]+", "").strip()},
     * in one pass.
     */
    static String excerpt(CharSequence text) {
        return line(text, EXCERPT + 2);
    }

    /**
     * {@code text} as one line, as {@link #excerpt} makes it, reading only as far as its first {@code limit} characters
     * kept need ({@code Integer.MAX_VALUE}: all of it). In arrays, not a builder: a 10,000-record build makes a whole
     * line of every record's text (a builder's checked append for each character took 0.8 s of it).
     */
    static String line(CharSequence text, int limit) {
        char[] in = text.toString().toCharArray();
        int n = in.length;
        char[] out = new char[limit == Integer.MAX_VALUE ? n : Math.min(n, 4 * EXCERPT)];
        int length = 0;
        boolean space = false;
        int start = -1;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            // cut() reads the first EXCERPT + 1 characters and whether there are more: once that many follow the
            // first one that strip() keeps, and the last is one it keeps, the rest cannot change the excerpt.
            if (start >= 0 && length - start > limit && !Character.isWhitespace(out[length - 1])) break;
            if (start < 0 && length > 0 && !Character.isWhitespace(out[length - 1])) start = length - 1;
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (length + 2 > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, 16));
            if (space) {
                if (length > 0) out[length++] = ' ';
                space = false;
            }
            if (length == 0 && c == '·') continue;
            out[length++] = c;
        }
        return new String(out, 0, length).strip();
    }

    /**
     * What a result's snippet is cut from where its excerpt shows none of the words a query matched (search.js loads it,
     * {@code search/s/<n>.js}, only then): the record's indexed text in {@code lang} but its title (the result shows
     * that), as one line: its body, then the values of its indexed fields in the schema's order, each after " · ", a
     * reference as its target's title with the target's other names in brackets. Null where that is the excerpt,
     * whole: the row has it already. A function of what {@link #of} reads, so it changes only with the document.
     */
    static String text(Site site, Record r, String lang) {
        return text(site, r, lang, MarkdownText.plain(r.source().body()), null);
    }

    /**
     * {@link #text(Site, Record, String)} of {@code body}, {@code r}'s body as plain text, whose result row shows
     * {@code shown} ({@link #of} has made it; null: made here from the same walk).
     */
    private static String text(Site site, Record r, String lang, String body, String shown) {
        StringBuilder text = new StringBuilder(body.length() + 256).append(body);
        StringBuilder excerpt = shown == null ? new StringBuilder() : null;
        Indexer add = new Indexer() {
            @Override
            public void add(String piece, int weight, boolean own) {
                if (!piece.isBlank()) text.append(" · ").append(piece);
            }

            @Override
            public void aliases(String names, int weight) {
                text.append(" (").append(names).append(')');
            }
        };
        Set<RecordId> inputs = new HashSet<>();
        for (Field f : r.collection().fields().values()) {
            FieldValue v = r.fields().get(f.name());
            int w = SearchWeights.of(f);
            if (v == null || w <= 0 || f.hasRole(Role.TITLE)) continue;
            value(site, lang, f, v, w, add, inputs, excerpt);
        }
        if (shown == null) shown = cut(excerpt(excerpt.insert(0, body)));
        String whole = line(text, Integer.MAX_VALUE);
        return whole.equals(shown) ? null : whole;
    }

    private interface Indexer {
        /** Adds {@code text}'s terms; {@code own} when it is the record's own text (which counts towards its length). */
        void add(String text, int weight, boolean own);

        /** Adds the other names of the record whose title was added last (a reference's target), joined by ", ". */
        default void aliases(String names, int weight) {
            add(names, weight, false);
        }
    }

    /**
     * The other names of {@code target} (its aliases role: strings, or objects' alias names), of the record in its own
     * language, whose aliases are its translations' too.
     */
    private static List<String> aliasNames(Record target) {
        List<String> names = new ArrayList<>();
        Optional<FieldValue> v = target.role(Role.ALIASES);
        if (v.isEmpty() || !(v.get() instanceof FieldValue.ListValue list)) return names;
        String nameField = target.collection().roleField(Role.ALIASES).flatMap(f -> accord.schema.Roles.objectFields(f.type()))
                .flatMap(fields -> accord.schema.Roles.find(fields, Role.ALIAS_NAME)).map(Field::name).orElse(null);
        for (FieldValue item : list.items()) {
            FieldValue name = item instanceof FieldValue.ObjectValue o ? (nameField == null ? null : o.fields().get(nameField)) : item;
            if (name instanceof FieldValue.StringValue s && !s.value().isBlank()) names.add(s.value());
        }
        return names;
    }

    private static void value(Site site, String lang, Field f, FieldValue v, int weight, Indexer indexer,
                              Set<RecordId> inputs, StringBuilder excerpt) {
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
            // Its other names too, at half the weight: a session is found by any spelling of its speaker's name, in
            // every language's version of it, so a reader finds it in the language of the page they search from.
            inputs.add(ref.target());
            site.find(ref.target(), lang).or(() -> site.find(ref.target())).ifPresent(target -> {
                indexer.add(target.title(), weight, false);
                List<String> names = aliasNames(site.find(ref.target()).orElse(target));
                if (!names.isEmpty()) indexer.aliases(String.join(", ", names), Math.max(1, weight / 2));
            });
        } else if (v instanceof FieldValue.ListValue l) {
            l.items().forEach(i -> value(site, lang, f, i, weight, indexer, inputs, excerpt));
        } else if (v instanceof FieldValue.ObjectValue o) {
            FieldType t = f.type();
            while (t instanceof FieldType.ListType lt) t = lt.element();
            if (!(t instanceof FieldType.ObjectType ot)) return;
            for (Field sub : ot.fields().values()) {
                FieldValue sv = o.fields().get(sub.name());
                int w = SearchWeights.of(sub);
                if (sv != null && w > 0) value(site, lang, sub, sv, w, indexer, inputs, null);
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

    /** The end of {@code buf[from..to)}'s first {@link SearchIndex#MAX_TERM} code points, as {@link SearchText#cut}. */
    private static int cut(char[] buf, int from, int to) {
        int max = SearchIndex.MAX_TERM;
        if (to - from <= max || Character.codePointCount(buf, from, to - from) <= max) return to;
        return Character.offsetByCodePoints(buf, from, to - from, from, max);
    }

    static String cut(String s) {
        if (s.length() <= EXCERPT) return s;
        int end = s.lastIndexOf(' ', EXCERPT);
        return s.substring(0, end > EXCERPT / 2 ? end : EXCERPT) + " …";
    }
}
