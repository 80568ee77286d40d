package accord.render;

import accord.model.LastingNames;
import accord.model.Record;
import java.util.Optional;

/**
 * What each record is called in the feeds, for good (RFC 4287: an entry's id never changes): its lasting name
 * ({@link LastingNames}), the address its file had when git's history first shows it, so renaming the record moves its
 * feed entry's link but not its id, and feed readers do not show it again as new. A record made later at an address
 * another record had first is called by the address and the commit that added it. Calendar UIDs and citation keys
 * come from the same names ({@link accord.export.RecordKeys}).
 */
final class FeedIds {
    private final LastingNames names;

    FeedIds(LastingNames names) {
        this.names = names;
    }

    /** The entry id of {@code r} in a feed: under {@code base} (an absolute base URL) or, without one, a {@code urn:accord:} name. */
    String id(Record r, Optional<String> base) {
        LastingNames.Name n = names.name(r.id());
        if (base.isPresent()) return base.get() + Routes.record(n.address()) + (n.added().isEmpty() ? "" : "#added-" + n.added());
        return "urn:accord:record:" + n.address() + (n.added().isEmpty() ? "" : ":" + n.added());
    }
}
