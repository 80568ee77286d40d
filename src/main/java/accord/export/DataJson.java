package accord.export;

import accord.model.Record;
import accord.model.Site;
import accord.schema.CollectionDef;
import accord.schema.FieldValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records as JSON. A record is {@code id}, {@code collection}, {@code slug}, {@code url} (its page),
 * {@code fields} (every field it gives, in schema order, by the name schema.yml gives it) and
 * {@code body} (its Markdown). Values keep their type: dates as written ({@code 2024}, {@code 2024-11},
 * {@code 2024-11-13}), numbers as numbers, text as Markdown, lists as arrays, objects as objects, and
 * references as {@code {id, collection, slug, url}}. A translated record also has {@code translations}: by language,
 * {@code url} (its page in that language), {@code fields} (its translatable fields in that language) and {@code body}.
 */
public final class DataJson {
    private DataJson() {
    }

    /** One record's own file. */
    public static String record(Record r, Site site, Links links) {
        return accord.text.Json.write(recordMap(r, site, links));
    }

    /** One collection's file: its names, how many records, and the records in list order. */
    public static String collection(String name, Site site, Links links) {
        return collection(name, site, links, RecordParts.none());
    }

    /** The same, from the records' {@code parts}. */
    public static String collection(String name, Site site, Links links, RecordParts parts) {
        return accord.text.Json.compact(collectionMap(site.schema().expect(name), site, links, parts));
    }

    /** Every record of the portal, collection by collection. */
    public static String portal(Site site, Links links) {
        return portal(site, links, RecordParts.none());
    }

    /** The same, from the records' {@code parts}. */
    public static String portal(Site site, Links links, RecordParts parts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", site.config().title());
        m.put("description", site.config().description());
        m.put("url", site.config().baseUrl());
        m.put("language", site.config().language());
        if (site.config().languages().size() > 1) m.put("languages", site.config().languages());
        site.config().licence().ifPresent(l -> m.put("licence", DataPackage.licence(l)));
        List<Object> collections = new ArrayList<>();
        for (CollectionDef c : site.collections()) collections.add(collectionMap(c, site, links, parts));
        m.put("collections", collections);
        return accord.text.Json.compact(m);
    }

    private static Map<String, Object> collectionMap(CollectionDef c, Site site, Links links, RecordParts parts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("collection", c.name());
        m.put("title", c.title());
        m.put("singular", c.singular());
        List<Record> records = site.collection(c.name());
        m.put("count", records.size());
        List<Object> items = new ArrayList<>();
        for (Record r : records) items.add(parts.json(r, site, () -> accord.text.Json.inline(recordMap(r, site, links))));
        m.put("records", items);
        return m;
    }

    static Map<String, Object> recordMap(Record r, Site site, Links links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("collection", r.id().collection());
        m.put("slug", r.id().slug());
        m.put("url", site.config().baseUrl() + links.page(r.id()));
        Map<String, Object> fields = new LinkedHashMap<>();
        r.collection().fields().keySet().forEach(name -> {
            FieldValue v = r.fields().get(name);
            if (v != null) fields.put(name, value(v, site, links));
        });
        m.put("fields", fields);
        m.put("body", r.source().body());
        Map<String, Record> translations = site.translations().getOrDefault(r.id(), Map.of());
        if (!translations.isEmpty()) {
            // Each translation: its page, the translatable fields as it gives them (the others are the record's), its body.
            Map<String, Object> byLang = new LinkedHashMap<>();
            for (String lang : site.config().otherLanguages()) {
                Record t = translations.get(lang);
                if (t == null) continue;
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("url", site.config().baseUrl() + lang + "/" + links.page(r.id()));
                Map<String, Object> tf = new LinkedHashMap<>();
                t.collection().fields().values().forEach(f -> {
                    FieldValue v = t.fields().get(f.name());
                    if (v != null && f.translatable()) tf.put(f.name(), value(v, site, links));
                });
                tm.put("fields", tf);
                tm.put("body", t.source().body());
                byLang.put(lang, tm);
            }
            m.put("translations", byLang);
        }
        return m;
    }

    private static Object value(FieldValue v, Site site, Links links) {
        if (v instanceof FieldValue.RefValue ref) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", ref.target().toString());
            m.put("collection", ref.target().collection());
            m.put("slug", ref.target().slug());
            m.put("url", site.config().baseUrl() + links.page(ref.target()));
            return m;
        }
        if (v instanceof FieldValue.ListValue l) {
            List<Object> items = new ArrayList<>();
            l.items().forEach(i -> items.add(value(i, site, links)));
            return items;
        }
        if (v instanceof FieldValue.ObjectValue o) {
            Map<String, Object> m = new LinkedHashMap<>();
            o.fields().forEach((k, x) -> m.put(k, value(x, site, links)));
            return m;
        }
        if (v instanceof FieldValue.NumberValue n) return n.value();
        return Cells.plain(v);
    }
}
