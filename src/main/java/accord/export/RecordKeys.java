package accord.export;

import accord.content.RecordId;
import accord.model.LastingNames;
import accord.model.Record;
import accord.model.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A record's short key, the name a calendar's UID and a BibTeX entry give it: {@code collection-slug} of its lasting
 * address ({@link LastingNames}: the address it had when git's history first shows it), so that renaming the record
 * does not change it, where that names one record. Collection names and slugs both hold hyphens, so one key can name
 * two records ({@code news/briefs-2024} and {@code news-briefs/2024} are both {@code news-briefs-2024}); then the record
 * whose collection name is the shorter keeps it, and the other is known by its id, {@code collection/slug}, which no
 * key of the plain form can be (neither part may hold a slash) and no other record has. A record made later at an
 * address another record had first adds {@code :} and the commit that added it, as its feed id does, so a freed
 * address's key is never handed to another record. Without git's history every record's lasting address is its
 * address now.
 *
 * <p>Beside the names, the same history says when each record was last revised ({@link #revised}): its file's last
 * commit, which a calendar gives as the event's {@code DTSTAMP} and {@code LAST-MODIFIED}.
 *
 * <p>Whether a record keeps its key depends only on the records of collections whose names are shorter than its own
 * and begin its name: a record in a collection without a hyphen always keeps it, and a collection added beside an
 * older one (a {@code news-briefs} beside {@code news}) never changes the older one's keys.
 */
public final class RecordKeys {
    private final LastingNames names;
    /** Each record's last commit, where the history knows it and the record's file has no change since. */
    private final Map<RecordId, Instant> revised;
    private final Source source;

    /**
     * The commit the records were built from, for an archivist to tell which state of them a copy holds: the commit
     * checked out ({@code commit}, full hash), that commit's own committer date ({@code commitDate}, ISO 8601 with the
     * committer's offset; empty when git could not say), when the records last changed in it ({@code recordsChanged}:
     * the committer date, in the same form, of the newest commit that changed a file under content/; empty when none
     * did), and whether content/ had changes not committed ({@code uncommitted}). {@link #NONE} without git's history.
     */
    public record Source(String commit, String commitDate, String recordsChanged, boolean uncommitted) {
        public static final Source NONE = new Source("", "", "", false);

        public boolean known() {
            return !commit.isEmpty();
        }

        /**
         * As the open data and the manifest give it ({@code accord_source}): {@code commit}, {@code commit_date},
         * {@code records_changed}, and {@code uncommitted: true} only when content/ had changes not committed; a part
         * that is not known is left out. Empty when the source is not known.
         */
        public Map<String, Object> json() {
            Map<String, Object> from = new java.util.LinkedHashMap<>();
            if (!known()) return from;
            from.put("commit", commit);
            if (!commitDate.isEmpty()) from.put("commit_date", commitDate);
            if (!recordsChanged.isEmpty()) from.put("records_changed", recordsChanged);
            if (uncommitted) from.put("uncommitted", true);
            return from;
        }
    }
    /** Every record's lasting address, where another record's key could be. */
    private final Set<RecordId> addresses = new HashSet<>();

    private RecordKeys(Site site, LastingNames names, Map<RecordId, Instant> revised, Source source) {
        this.names = names;
        this.revised = Map.copyOf(revised);
        this.source = source;
        for (Record r : site.records().values()) addresses.add(address(r.id()));
    }

    /** The keys of {@code site}'s published records, from their lasting names; names made without the history give every record its address now. */
    public static RecordKeys of(Site site, LastingNames names) {
        return of(site, names, Map.of());
    }

    /**
     * The same, with when each record was {@code revised}: the commit time of its file's last commit, by the records' ids
     * now; a record the history does not know, or whose file changed since its last commit, has none.
     */
    public static RecordKeys of(Site site, LastingNames names, Map<RecordId, Instant> revised) {
        return of(site, names, revised, Source.NONE);
    }

    /** The same, with the commit the records were built from ({@link Source}). */
    public static RecordKeys of(Site site, LastingNames names, Map<RecordId, Instant> revised, Source source) {
        return new RecordKeys(site, names, revised, source);
    }

    /** The commit the records were built from; {@link Source#NONE} without the history. */
    public Source source() {
        return source;
    }

    /** When {@code r} was last revised (its last commit), where the history knows it. */
    public Optional<Instant> revised(Record r) {
        return Optional.ofNullable(revised.get(r.id()));
    }

    /** The keys of a record's address now, for a build without history. */
    public static RecordKeys current(Site site) {
        return of(site, LastingNames.NONE);
    }

    private RecordId address(RecordId id) {
        return names.fromHistory() ? names.name(id).address() : id;
    }

    private String added(RecordId id) {
        return names.fromHistory() ? names.name(id).added() : "";
    }

    /** {@code r}'s key among the published records. */
    public String key(Record r) {
        RecordId id = address(r.id());
        String plain = id.collection() + "-" + id.slug();
        String key = plain;
        for (int i = plain.indexOf('-'); i >= 0 && i < id.collection().length(); i = plain.indexOf('-', i + 1)) {
            if (addresses.contains(new RecordId(plain.substring(0, i), plain.substring(i + 1)))) {
                key = id.toString();
                break;
            }
        }
        String added = added(r.id());
        return added.isEmpty() ? key : key + ":" + added;
    }

    /** {@code r}'s id as CSL-JSON gives it: its lasting address as {@code collection/slug}, with the commit that added it after a {@code :}. */
    public String id(Record r) {
        String added = added(r.id());
        return address(r.id()) + (added.isEmpty() ? "" : ":" + added);
    }

    /**
     * The collections whose records could take {@code collection}'s records' keys: those named like the part of its
     * name before one of its hyphens. A record that comes or goes in one of them can change a key of {@code collection}.
     */
    public static List<String> rivals(String collection, Site site) {
        List<String> out = new ArrayList<>();
        for (int i = collection.indexOf('-'); i >= 0; i = collection.indexOf('-', i + 1)) {
            String shorter = collection.substring(0, i);
            if (site.schema().find(shorter).isPresent()) out.add(shorter);
        }
        return out;
    }
}
