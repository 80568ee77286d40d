package accord.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The portal's collections, in the order schema.yml declares them. */
public record Schema(Map<String, CollectionDef> collections) {
    public Schema {
        collections = Collections.unmodifiableMap(new LinkedHashMap<>(collections));
    }

    public Optional<CollectionDef> find(String name) {
        return Optional.ofNullable(collections.get(name));
    }

    public CollectionDef expect(String name) {
        return find(name).orElseThrow(() -> new NoSuchElementException("no collection " + name));
    }
}
