package accord.export;

import accord.model.Record;
import accord.model.Site;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.text.Utf8Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A collection as a table, its columns made from the schema: {@code record_slug},
 * {@code record_lasting_id} (the record's lasting id, {@link RecordKeys#id}) and {@code record_url} first, then each field in schema order, then {@code record_body} (the Markdown).
 * A reference is two columns, {@code <field>} (the slug; collection/slug for {@code ref(*)}) and
 * {@code <field>_url}. An object's fields become {@code <field>.<name>} columns; for a list of
 * objects each such column holds one item per object, in order, joined by {@link Cells#SEPARATOR}
 * (an object without that value gives an empty item), so the n-th items of its columns belong
 * together. A list's items are joined by {@link Cells#SEPARATOR}, each escaped by {@link Cells#item}; a list
 * that is itself an item (of a list of lists, or inside such an object) is joined so first and then escaped as one
 * item, so that splitting at unescaped separators and unescaping once gives back each level's items.
 *
 * <p>A portal in several languages adds, after {@code record_body}, for each other language ({@code ru}): the
 * record's page in it ({@code record_url:ru}, empty when the record is not translated into it), each translatable
 * field as that translation gives it ({@code title:ru}, made into columns as above) and its body
 * ({@code record_body:ru}). A record not translated into a language leaves that language's columns empty.
 */
final class Table {
    static final String SLUG = "record_slug";
    /** The record's lasting id ({@link RecordKeys#id}), the same after a rename. */
    static final String LASTING_ID = "record_lasting_id";
    static final String URL = "record_url";
    static final String BODY = "record_body";

    /**
     * One column: its name, the schema's label, its Frictionless type, whether it joins several
     * items, the collection its slugs point at (for foreign keys), its enum values, whether every
     * record must have it, and how to read its values from a record.
     */
    record Column(String name, String label, FieldType type, boolean joined, Optional<String> refCollection,
                  boolean required, Function<Record, List<FieldValue>> values, boolean url) {
    }

    private final CollectionDef collection;
    private final List<Column> columns = new ArrayList<>();
    /** The other languages' columns, by language (the page's address and the body are written apart). */
    private final Map<String, List<Column>> languageColumns = new java.util.LinkedHashMap<>();

    Table(CollectionDef collection) {
        this.collection = collection;
        for (Field f : collection.fields().values()) {
            add(f.name(), f.label(), f.type(), false, f.required(), r -> r.find(f.name()).map(List::of).orElse(List.of()));
        }
    }

    /** The table of a collection of {@code site}, with a column group per other language of the portal. */
    Table(CollectionDef collection, Site site) {
        this(collection);
        for (String lang : site.config().otherLanguages()) {
            int before = columns.size();
            for (Field f : collection.fields().values()) {
                if (!f.translatable()) continue;
                add(f.name() + ":" + lang, f.label() + " (" + lang + ")", f.type(), false, false,
                        r -> site.find(r.id(), lang).flatMap(t -> t.find(f.name())).map(List::of).orElse(List.of()));
            }
            List<Column> added = new ArrayList<>(columns.subList(before, columns.size()));
            columns.subList(before, columns.size()).clear();
            languageColumns.put(lang, added);
        }
    }

    List<Column> columns() {
        return columns;
    }

    /** The columns of each other language's translatable fields, by language. */
    Map<String, List<Column>> languageColumns() {
        return languageColumns;
    }

    private void add(String name, String label, FieldType type, boolean joined, boolean required,
                     Function<Record, List<FieldValue>> values) {
        if (type instanceof FieldType.ListType l && !joined && !(l.element() instanceof FieldType.ListType)) {
            add(name, label, l.element(), true, false, last(r -> flatten(values.apply(r))));
        } else if (type instanceof FieldType.ObjectType o) {
            for (Map.Entry<String, Field> e : o.fields().entrySet()) {
                Field sub = e.getValue();
                add(name + "." + e.getKey(), label + ": " + sub.label(), sub.type(), joined, required && sub.required() && !joined,
                        r -> values.apply(r).stream().map(v -> v instanceof FieldValue.ObjectValue ov
                                ? ov.fields().get(e.getKey()) : null).toList());
            }
        } else {
            Optional<String> target = type instanceof FieldType.RefType ref && !ref.anyCollection()
                    ? Optional.of(ref.collection()) : Optional.empty();
            columns.add(new Column(name, label, type, joined, target, required, values, false));
            if (type instanceof FieldType.RefType) {
                columns.add(new Column(name + "_url", label + " (address)", new FieldType.UrlType(), joined, Optional.empty(),
                        required, values, true));
            }
        }
    }

    /**
     * {@code f}, remembering its last record's values: the columns of a list of objects each ask for the list, one
     * after the other, for the same record. A table is used by one thread at a time.
     */
    private static Function<Record, List<FieldValue>> last(Function<Record, List<FieldValue>> f) {
        return new Function<>() {
            private Record record;
            private List<FieldValue> values;

            @Override
            public List<FieldValue> apply(Record r) {
                if (r != record) {
                    values = f.apply(r);
                    record = r;
                }
                return values;
            }
        };
    }

    private static List<FieldValue> flatten(List<FieldValue> values) {
        List<FieldValue> out = new ArrayList<>();
        for (FieldValue v : values) {
            if (v instanceof FieldValue.ListValue l) out.addAll(l.items());
        }
        return out;
    }

    /** The whole table as CSV into {@code out}: a header row of column names, then one row per record in list order. */
    void csv(Site site, Links links, RecordKeys keys, RecordParts parts, Utf8Buffer out) {
        List<String> header = new ArrayList<>(List.of(SLUG, LASTING_ID, URL));
        columns.forEach(c -> header.add(c.name()));
        header.add(BODY);
        languageColumns.forEach((lang, cols) -> {
            header.add(URL + ":" + lang);
            cols.forEach(c -> header.add(c.name()));
            header.add(BODY + ":" + lang);
        });
        for (int i = 0; i < header.size(); i++) {
            if (i > 0) out.ascii(',');
            Cells.quote(out, header.get(i));
        }
        out.ascii('\r').ascii('\n');
        String base = site.config().baseUrl();
        for (Record r : site.collection(collection.name())) {
            String lasting = keys.id(r);
            parts.csvRow(r, site, lasting, out, o -> row(r, site, links, base, lasting, o));
        }
    }

    /** One record's row, its cells written as they are made. */
    private void row(Record r, Site site, Links links, String base, String lastingId, Utf8Buffer out) {
        Cells.quote(out, r.id().slug());
        out.ascii(',');
        Cells.quote(out, Cells.safe(lastingId));
        out.ascii(',');
        Cells.quote(out, base + links.page(r.id()));
        for (Column c : columns) {
            out.ascii(',');
            Cells.quote(out, cell(c, r, site, links));
        }
        out.ascii(',');
        Cells.quote(out, Cells.safe(r.source().body()));
        languageColumns.forEach((lang, cols) -> {
            Optional<Record> t = site.find(r.id(), lang);
            out.ascii(',');
            Cells.quote(out, t.isEmpty() ? "" : base + lang + "/" + links.page(r.id()));
            for (Column c : cols) {
                out.ascii(',');
                Cells.quote(out, cell(c, r, site, links));
            }
            out.ascii(',');
            Cells.quote(out, t.map(x -> Cells.safe(x.source().body())).orElse(""));
        });
        out.ascii('\r').ascii('\n');
    }

    private static String cell(Column c, Record r, Site site, Links links) {
        List<FieldValue> values = c.values().apply(r);
        if (values.isEmpty()) return "";
        if (!c.joined()) return safe(c, text(values.get(0), c, site, links));
        if (values.size() == 1) return Cells.safe(Cells.item(text(values.get(0), c, site, links)));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(Cells.SEPARATOR);
            sb.append(Cells.item(text(values.get(i), c, site, links)));
        }
        return Cells.safe(sb.toString());
    }

    /** Numbers stay numbers; every other cell is made safe for spreadsheets. */
    private static String safe(Column c, String s) {
        return c.type() instanceof FieldType.NumberType ? s : Cells.safe(s);
    }

    private static String text(FieldValue v, Column c, Site site, Links links) {
        if (v == null) return "";
        if (v instanceof FieldValue.RefValue ref) {
            if (c.url()) return site.config().baseUrl() + links.page(ref.target());
            return c.refCollection().isPresent() ? ref.target().slug() : ref.target().toString();
        }
        if (v instanceof FieldValue.ListValue l) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < l.items().size(); i++) {
                if (i > 0) sb.append(Cells.SEPARATOR);
                sb.append(Cells.item(text(l.items().get(i), c, site, links)));
            }
            return sb.toString();
        }
        if (v instanceof FieldValue.ObjectValue) return "";
        return Cells.plain(v);
    }
}
