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
        this(Objects.requireNonNull(collection, "collection"), Objects.requireNonNull(slug, "slug"), collection + "/" + slug);
    }

    private RecordId(String collection, String slug, String text) {
        this.collection = collection;
        this.slug = slug;
        this.text = text;
    }

    /**
     * The id of {@code collection/slug} with one copy of each of its strings for every id made here: for the ids a
     * model keeps, a record's own and each reference to it (at 10,000 records 40,000 ids held 120,000 strings, 5 MB,
     * for 10,000 records). Ids made and dropped while a page renders need not pay for the lookups.
     */
    public static RecordId shared(String collection, String slug) {
        return new RecordId(Objects.requireNonNull(collection, "collection").intern(), Objects.requireNonNull(slug, "slug").intern(),
                (collection + "/" + slug).intern());
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
