package accord.model;

import accord.content.RecordId;
import accord.content.SourceDocument;
import accord.schema.CollectionDef;
import accord.schema.FieldValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One published record: its source, its collection and its typed field values. */
public record Record(SourceDocument source, CollectionDef collection, Map<String, FieldValue> fields) {
    public Record {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(collection, "collection");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public RecordId id() {
        return source.id();
    }

    /** The {@code title} field (required by the schema's common fields), or the slug. */
    public String title() {
        return find("title").filter(v -> v instanceof FieldValue.StringValue)
                .map(v -> ((FieldValue.StringValue) v).value()).orElse(source.slug());
    }

    public Optional<FieldValue> find(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    public boolean draft() {
        return find("draft").filter(v -> v instanceof FieldValue.EnumValue e && e.value().equals("true")).isPresent();
    }
}
