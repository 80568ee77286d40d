package accord.content;

import java.util.Comparator;
import java.util.Objects;

/**
 * A record's identity: its collection and slug. Prints as {@code collection/slug}; the printed form
 * is made once, since ids are printed as keys (dependencies, links, the search index) many times per
 * record and build.
 */
public final class RecordId implements Comparable<RecordId> {
    private static final Comparator<RecordId> ORDER =
            Comparator.comparing(RecordId::collection).thenComparing(RecordId::slug);

    private final String collection;
    private final String slug;
    private final String text;

    public RecordId(String collection, String slug) {
        // One copy of each string however many ids name the record (every reference to it makes one): at 10,000
        // records 40,000 ids held 120,000 strings, 5 MB, for 10,000 records.
        this.collection = Objects.requireNonNull(collection, "collection").intern();
        this.slug = Objects.requireNonNull(slug, "slug").intern();
        this.text = (collection + "/" + slug).intern();
    }

    public String collection() {
        return collection;
    }

    public String slug() {
        return slug;
    }

    @Override
    public int compareTo(RecordId o) {
        return ORDER.compare(this, o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordId other && collection.equals(other.collection) && slug.equals(other.slug);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
