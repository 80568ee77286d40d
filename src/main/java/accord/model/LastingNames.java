package accord.model;

import accord.content.RecordId;
import java.util.Map;

/**
 * What each record is called for good, by everything that names it for someone else to keep: its feed entries' ids
 * (RFC 4287: an entry's id never changes), its calendar UID and its citation keys (accord.export.RecordKeys). The name is the
 * address its file had when git's history first shows it, so renaming the record (a new slug, its old address in
 * {@code redirect_from}) moves its page but not its name. A record with no history (never committed, or built where
 * the history is not known) is called by its address now, which is the first one for a record that was never renamed.
 *
 * <p>A record renamed away from an address leaves it free, and a new record may be made there later: then the two would
 * share a name. The older one, whose first commit is the earlier, keeps the address; the newer is called by the address
 * and the commit that added it ({@link Name#added}), so neither name changes when the other record comes or goes.
 */
public final class LastingNames {
    /** A record's lasting name: an address, and for a record that is not the first to have had it, its first commit. */
    public record Name(RecordId address, String added) {
    }

    /** Names made without git's history: every record is called by its address now. */
    public static final LastingNames NONE = new LastingNames(Map.of(), false);

    private final Map<RecordId, Name> names;
    private final boolean known;

    /** {@code names} by the records' ids now; {@code known}: made from git's history (accord.render.FirstAddresses). */
    public LastingNames(Map<RecordId, Name> names, boolean known) {
        this.names = Map.copyOf(names);
        this.known = known;
    }

    /** Whether the names come from git's history; without it, only a record's {@code redirect_from} speaks for its past. */
    public boolean fromHistory() {
        return known;
    }

    /** The lasting name of the record {@code id}. */
    public Name name(RecordId id) {
        return names.getOrDefault(id, new Name(id, ""));
    }
}
