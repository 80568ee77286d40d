package accord.content;

import java.util.Comparator;
import java.util.Objects;

/** A record's identity: its collection and slug. Prints as {@code collection/slug}. */
public record RecordId(String collection, String slug) implements Comparable<RecordId> {
    private static final Comparator<RecordId> ORDER =
            Comparator.comparing(RecordId::collection).thenComparing(RecordId::slug);

    public RecordId {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(slug, "slug");
    }

    @Override
    public int compareTo(RecordId o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return collection + "/" + slug;
    }
}
