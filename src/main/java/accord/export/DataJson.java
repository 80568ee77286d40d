package accord.export;

import accord.model.Record;
import accord.model.Site;
import accord.schema.CollectionDef;
import accord.schema.FieldValue;
import accord.text.Json;
import accord.text.Utf8Buffer;
import java.util.List;
import java.util.Map;

/**
 * Records as JSON. The whole portal's file also has {@code accord_source}, the commit the records were built from, as
 * {@code datapackage.json} gives it ({@link RecordKeys.Source#json}), where git's history is there. A record is {@code id}, {@code lasting_id} (its lasting name, {@link RecordKeys#id}: the id at its
 * first address, which a rename does not change, so that copies made years apart can be joined), {@code collection},
 * {@code slug}, {@code url} (its page),
 * {@code fields} (every field it gives, in schema order, by the name schema.yml gives it) and
 * {@code body} (its Markdown). Values keep their type: dates as written ({@code 2024}, {@code 2024-11},
 * {@code 2024-11-13}), numbers as numbers, text as Markdown, lists as arrays, objects as objects, and
 * references as {@code {id, collection, slug, url}}. A translated record also has {@code translations}: by language,
 * {@code url} (its page in that language), {@code fields} (its translatable fields in that language) and {@code body}.
 *
 * <p>The JSON is written from the model straight into UTF-8 bytes ({@link Json.Writer}): no map of a record is built,
 * and no String of a file.
 */
public final class DataJson {
    /**
     * Each thread's buffer for the small files (a record's own), made again for every record: only the exact bytes of
     * each file are new. Held as long as the thread, a few KB more than the largest record.
     */
    static final ThreadLocal<Utf8Buffer> SCRATCH = ThreadLocal.withInitial(() -> new Utf8Buffer(8192));

    private DataJson() {
    }

    /** This thread's buffer for a small file, emptied; one a huge record made huge is let go. */
    static Utf8Buffer scratch() {
        Utf8Buffer out = SCRATCH.get();
        if (out.capacity() > 1 << 20) {
            out = new Utf8Buffer(8192);
            SCRATCH.set(out);
        }
        return out.clear();
    }

    /** One record's own file (indented, for people who diff it). */
    public static byte[] record(Record r, Site site, Links links, RecordKeys keys) {
        Utf8Buffer out = scratch();
        record(new Json.Writer(out, true), r, site, links, keys);
        out.ascii('\n');
        return out.toByteArray();
    }

    /** One collection's file: its names, how many records, and the records in list order; compact. */
    public static byte[] collection(String name, Site site, Links links, RecordKeys keys) {
        Utf8Buffer out = new Utf8Buffer(1 << 16);
        collection(name, site, links, keys, RecordParts.none(), out);
        return out.toByteArray();
    }

    /** The same into {@code out}, from the records' {@code parts}. */
    public static void collection(String name, Site site, Links links, RecordKeys keys, RecordParts parts, Utf8Buffer out) {
        collection(new Json.Writer(out, false), site.schema().expect(name), site, links, keys, parts);
        out.ascii('\n');
    }

    /** Every record of the portal, collection by collection; compact. */
    public static byte[] portal(Site site, Links links, RecordKeys keys) {
        Utf8Buffer out = new Utf8Buffer(1 << 16);
        portal(site, links, keys, RecordParts.none(), out);
        return out.toByteArray();
    }

    /** The same into {@code out}, from the records' {@code parts}. */
    public static void portal(Site site, Links links, RecordKeys keys, RecordParts parts, Utf8Buffer out) {
        Json.Writer w = new Json.Writer(out, false);
        w.beginObject();
        w.name("title").value(site.config().title());
        w.name("description").value(site.config().description());
        w.name("url").value(site.config().baseUrl());
        w.name("language").value(site.config().language());
        if (site.config().languages().size() > 1) w.name("languages").value(site.config().languages());
        site.config().licence().ifPresent(l -> w.name("licence").value(DataPackage.licence(l)));
        // The commit the records were built from, as datapackage.json names it; before the records, so a reader of the
        // first bytes of a large file finds it.
        if (keys.source().known()) w.name(DataPackage.SOURCE).value(keys.source().json());
        w.name("collections").beginArray();
        for (CollectionDef c : site.collections()) collection(w, c, site, links, keys, parts);
        w.endArray();
        w.endObject();
        out.ascii('\n');
    }

    private static void collection(Json.Writer w, CollectionDef c, Site site, Links links, RecordKeys keys, RecordParts parts) {
        w.beginObject();
        w.name("collection").value(c.name());
        w.name("title").value(c.title());
        w.name("singular").value(c.singular());
        List<Record> records = site.collection(c.name());
        w.name("count").value(records.size());
        w.name("records").beginArray();
        for (Record r : records) {
            String lasting = keys.id(r);
            parts.json(r, site, lasting, w, one -> record(one, r, site, links, lasting));
        }
        w.endArray();
        w.endObject();
    }

    /** One record as a JSON object, written into {@code w}. */
    static void record(Json.Writer w, Record r, Site site, Links links, RecordKeys keys) {
        record(w, r, site, links, keys.id(r));
    }

    private static void record(Json.Writer w, Record r, Site site, Links links, String lastingId) {
        String base = site.config().baseUrl();
        w.beginObject();
        w.name("id").value(r.id().toString());
        w.name("lasting_id").value(lastingId);
        w.name("collection").value(r.id().collection());
        w.name("slug").value(r.id().slug());
        w.name("url").value(base + links.page(r.id()));
        w.name("fields").beginObject();
        for (String name : r.collection().fields().keySet()) {
            FieldValue v = r.fields().get(name);
            if (v == null) continue;
            w.name(name);
            value(w, v, base, links);
        }
        w.endObject();
        w.name("body").value(r.source().body());
        Map<String, Record> translations = site.translations().getOrDefault(r.id(), Map.of());
        if (!translations.isEmpty()) {
            // Each translation: its page, the translatable fields as it gives them (the others are the record's), its body.
            w.name("translations").beginObject();
            for (String lang : site.config().otherLanguages()) {
                Record t = translations.get(lang);
                if (t == null) continue;
                w.name(lang).beginObject();
                w.name("url").value(base + lang + "/" + links.page(r.id()));
                w.name("fields").beginObject();
                t.collection().fields().values().forEach(f -> {
                    FieldValue v = t.fields().get(f.name());
                    if (v != null && f.translatable()) {
                        w.name(f.name());
                        value(w, v, base, links);
                    }
                });
                w.endObject();
                w.name("body").value(t.source().body());
                w.endObject();
            }
            w.endObject();
        }
        w.endObject();
    }

    private static void value(Json.Writer w, FieldValue v, String base, Links links) {
        if (v instanceof FieldValue.RefValue ref) {
            w.beginObject();
            w.name("id").value(ref.target().toString());
            w.name("collection").value(ref.target().collection());
            w.name("slug").value(ref.target().slug());
            w.name("url").value(base + links.page(ref.target()));
            w.endObject();
        } else if (v instanceof FieldValue.ListValue l) {
            w.beginArray();
            for (FieldValue i : l.items()) value(w, i, base, links);
            w.endArray();
        } else if (v instanceof FieldValue.ObjectValue o) {
            w.beginObject();
            o.fields().forEach((k, x) -> {
                w.name(k);
                value(w, x, base, links);
            });
            w.endObject();
        } else if (v instanceof FieldValue.NumberValue n) {
            w.value(n.value());
        } else {
            w.value(Cells.plain(v));
        }
    }
}
