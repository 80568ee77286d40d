package accord.schema;

import accord.problem.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * One declared field. {@code label} is what readers see; {@code shown} is false for fields kept for
 * machines (a sort key), which record pages leave out of the facts table; {@code backlink} is the
 * heading the referenced record shows for records pointing at it through this field.
 */
public record Field(String name, FieldType type, boolean required, boolean shown, String label, Optional<String> backlink,
                    Optional<String> help, SourcePosition position) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(backlink, "backlink");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(position, "position");
    }
}
