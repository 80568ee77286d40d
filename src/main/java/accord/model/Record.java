package accord.model;

import accord.content.RecordId;
import accord.content.SourceDocument;
import accord.schema.CollectionDef;
import accord.schema.FieldValue;
import accord.schema.PartialDate;
import accord.schema.Role;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One published record: its source, its collection and its typed field values. */
public record Record(SourceDocument source, CollectionDef collection, Map<String, FieldValue> fields) {
    public Record {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(collection, "collection");
        fields = accord.schema.FieldMap.of(fields);
    }

    public RecordId id() {
        return source.id();
    }

    /** The value of the field that plays {@code role}, if the collection has one and the record gives it. */
    public Optional<FieldValue> role(Role role) {
        return collection.roleField(role).map(f -> fields.get(f.name()));
    }

    /** The field of the {@link Role#TITLE} role, or the slug when there is none (or it is blank). */
    public String title() {
        return role(Role.TITLE).filter(v -> v instanceof FieldValue.StringValue s && !s.value().isBlank())
                .map(v -> ((FieldValue.StringValue) v).value()).orElse(source.slug());
    }

    /** How the record's date is known ({@link Role#DATE_BASIS}, such as "earliest report"), when the record says. */
    public Optional<String> dateBasis() {
        return role(Role.DATE_BASIS).map(FieldValue::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * The date for readers, with its basis when it has one, so that no output states a date the
     * sources only bound as if it were confirmed: "14 November 2024 (earliest report; not confirmed as
     * the exact date)".
     */
    public Optional<String> dateForReaders() {
        return date().map(d -> d.display() + dateBasis().map(b -> " (" + b + "; not confirmed as the exact date)").orElse(""));
    }

    /**
     * The date a citation of the record gives (its page's {@code citation_date}, its .bib, .ris and .csl.json): its
     * {@link #date}, unless a {@link Role#DATE_BASIS} says the sources only bound it, which a citation cannot say.
     */
    public Optional<PartialDate> citedDate() {
        return dateBasis().isPresent() ? Optional.empty() : date();
    }

    /** The date that places the record in time ({@link Role#DATE}). */
    public Optional<PartialDate> date() {
        return role(Role.DATE).filter(v -> v instanceof FieldValue.DateValue).map(v -> ((FieldValue.DateValue) v).date());
    }

    public Optional<FieldValue> find(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    public boolean draft() {
        return role(Role.DRAFT).filter(v -> v instanceof FieldValue.EnumValue e && e.value().equals("true")).isPresent();
    }
}
