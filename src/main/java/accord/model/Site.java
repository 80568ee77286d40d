package accord.model;

import accord.config.SiteConfig;
import accord.content.RecordId;
import accord.schema.CollectionDef;
import accord.schema.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The whole portal as one immutable value. {@code byCollection} lists each collection's records in
 * its list-page order; {@code backlinks} groups, for each record, the records pointing at it, by
 * heading, in a stable order. {@code unreadable} are records whose file exists but could not be read
 * (already an error), so that links to them are not reported a second time. {@code drafts} are the drafts left out
 * of this build, so that what names one can say so rather than that there is no such record. {@code translations} holds, for each
 * record that has any, its versions in the portal's other languages, by language.
 */
public record Site(Schema schema, SiteConfig config, Map<RecordId, Record> records,
                   Map<String, List<Record>> byCollection, Map<RecordId, Map<String, List<RecordId>>> backlinks,
                   Set<RecordId> unreadable, Set<RecordId> drafts, Map<RecordId, Map<String, Record>> translations) {
    /** A site without translations. */
    public Site(Schema schema, SiteConfig config, Map<RecordId, Record> records, Map<String, List<Record>> byCollection,
                Map<RecordId, Map<String, List<RecordId>>> backlinks, Set<RecordId> unreadable, Set<RecordId> drafts) {
        this(schema, config, records, byCollection, backlinks, unreadable, drafts, Map.of());
    }

    public Site {
        unreadable = Set.copyOf(unreadable);
        drafts = Set.copyOf(drafts);
        records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
        byCollection = Collections.unmodifiableMap(new LinkedHashMap<>(byCollection));
        backlinks = Collections.unmodifiableMap(new LinkedHashMap<>(backlinks));
        translations = Collections.unmodifiableMap(new java.util.TreeMap<>(translations));
    }

    /** The same site with these translations ({@link Translations#attach}): record id → language → the record in it. */
    public Site withTranslations(Map<RecordId, Map<String, Record>> byLanguage) {
        return new Site(schema, config, records, byCollection, backlinks, unreadable, drafts, byLanguage);
    }

    /** {@code id} in {@code lang}: the record itself for the default language, its translation for another, if it has one. */
    public Optional<Record> find(RecordId id, String lang) {
        if (lang.equals(config.language())) return find(id);
        return Optional.ofNullable(translations.getOrDefault(id, Map.of()).get(lang));
    }

    public Optional<Record> find(RecordId id) {
        return Optional.ofNullable(records.get(id));
    }

    /**
     * The site as readers of {@code lang} see it: each record's translation where it has one, every other record
     * with its collection's words in {@code lang} (labels, titles), and backlink headings in {@code lang}. Ids,
     * references and order are those of the default language. The default language gives this site itself.
     */
    public Site inLanguage(String lang) {
        if (lang.equals(config.language())) return this;
        Map<String, CollectionDef> collections = new LinkedHashMap<>();
        schema.collections().forEach((name, c) -> collections.put(name, c.inLanguage(lang)));
        Map<RecordId, Record> local = new LinkedHashMap<>();
        records.forEach((id, r) -> local.put(id, find(id, lang)
                .orElseGet(() -> new Record(r.source(), collections.get(id.collection()), r.fields()))));
        Map<String, List<Record>> lists = new LinkedHashMap<>();
        byCollection.forEach((name, list) -> lists.put(name, list.stream().map(r -> local.get(r.id())).toList()));
        Map<String, String> headings = new LinkedHashMap<>();
        for (CollectionDef c : schema.collections().values()) {
            CollectionDef t = collections.get(c.name());
            // The fields of objects too (a quote's speaker: "Quoted in"): the translated collection has the same fields in the same order.
            List<accord.schema.Field> own = c.allFields();
            List<accord.schema.Field> translated = t.allFields();
            for (int i = 0; i < own.size(); i++) {
                headings.putIfAbsent(c.backlinkHeading(own.get(i)), t.backlinkHeading(translated.get(i)));
            }
        }
        Map<RecordId, Map<String, List<RecordId>>> localBacklinks = new LinkedHashMap<>();
        backlinks.forEach((id, groups) -> {
            Map<String, List<RecordId>> g = new LinkedHashMap<>();
            groups.forEach((label, ids) -> g.merge(headings.getOrDefault(label, label), ids, (a, b) -> {
                List<RecordId> both = new java.util.ArrayList<>(a);
                both.addAll(b);
                return List.copyOf(both);
            }));
            localBacklinks.put(id, Collections.unmodifiableMap(g));
        });
        return new Site(new Schema(collections), config, local, lists, localBacklinks, unreadable, drafts, translations);
    }

    public Record expect(RecordId id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no record " + id));
    }

    public List<Record> collection(String name) {
        return byCollection.getOrDefault(name, List.of());
    }

    public Map<String, List<RecordId>> backlinksOf(RecordId id) {
        return backlinks.getOrDefault(id, Map.of());
    }

    public List<CollectionDef> collections() {
        return List.copyOf(schema.collections().values());
    }
}
