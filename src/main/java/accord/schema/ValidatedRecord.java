package accord.schema;

import accord.content.RecordId;
import accord.content.SourceDocument;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A record whose front matter passed the schema: typed values in schema order. */
public record ValidatedRecord(SourceDocument source, CollectionDef collection, Map<String, FieldValue> fields) {
    public ValidatedRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(collection, "collection");
        fields = FieldMap.of(fields);
    }

    public RecordId id() {
        return source.id();
    }

    public Optional<FieldValue> find(String field) {
        return Optional.ofNullable(fields.get(field));
    }
}
