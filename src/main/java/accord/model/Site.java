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
 * (already an error), so that links to them are not reported a second time.
 */
public record Site(Schema schema, SiteConfig config, Map<RecordId, Record> records,
                   Map<String, List<Record>> byCollection, Map<RecordId, Map<String, List<RecordId>>> backlinks,
                   Set<RecordId> unreadable) {
    public Site {
        unreadable = Set.copyOf(unreadable);
        records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
        byCollection = Collections.unmodifiableMap(new LinkedHashMap<>(byCollection));
        backlinks = Collections.unmodifiableMap(new LinkedHashMap<>(backlinks));
    }

    public Optional<Record> find(RecordId id) {
        return Optional.ofNullable(records.get(id));
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
