package accord.model;

import accord.content.RecordId;
import java.util.Objects;

/** "Record {@code from} points here through a field whose backlink heading is {@code label}." */
public record Backlink(String label, RecordId from) {
    public Backlink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
    }
}
