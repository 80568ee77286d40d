package accord.schema;

import accord.problem.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One declared field. {@code label} is what readers see; {@code shown} is false for fields kept for
 * machines (a sort key), which record pages leave out of the facts table; {@code backlink} is the
 * heading the referenced record shows for records pointing at it through this field; {@code role}
 * is what the field means to Accord ({@link Role}); {@code labels} are readers' words for enum values;
 * {@code jsonLd} is the schema.org property the field maps to; {@code jsonLdInverse} (a reference) is the
 * property the referenced record gets back, pointing at this one (a session's {@code superEvent} gives its
 * event a {@code subEvent}); {@code jsonLdType} (an object, or a list of them) makes each object a node
 * of that schema.org type, made of its own mapped fields; {@code search} is the weight the schema gives
 * it in the search index ({@code search: { weight: 3 }}; 0 for {@code search: false}), empty for the default
 * of its role and type.
 */
public record Field(String name, FieldType type, boolean required, boolean shown, String label, Optional<String> backlink,
                    Optional<String> help, SourcePosition position, Optional<Role> role, Map<String, String> labels,
                    Optional<String> jsonLd, Optional<String> jsonLdInverse, Optional<String> jsonLdType,
                    Optional<Integer> search) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(backlink, "backlink");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(role, "role");
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        Objects.requireNonNull(jsonLd, "jsonLd");
        Objects.requireNonNull(jsonLdInverse, "jsonLdInverse");
        Objects.requireNonNull(jsonLdType, "jsonLdType");
        Objects.requireNonNull(search, "search");
    }

    public Field withRole(Optional<Role> r) {
        return new Field(name, type, required, shown, label, backlink, help, position, r, labels, jsonLd, jsonLdInverse, jsonLdType,
                search);
    }

    public Field withType(FieldType t) {
        return new Field(name, t, required, shown, label, backlink, help, position, role, labels, jsonLd, jsonLdInverse, jsonLdType,
                search);
    }

    public boolean hasRole(Role r) {
        return role.isPresent() && role.get() == r;
    }

    /** The words readers see for an enum value: its label from the schema, or the value with spaces for hyphens. */
    public String labelOf(String value) {
        String l = labels.get(value);
        return l != null ? l : value.replace('-', ' ');
    }
}
