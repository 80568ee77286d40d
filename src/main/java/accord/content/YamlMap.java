package accord.content;

import accord.problem.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A YAML mapping with text keys, in the order written. Duplicate keys never get this far. */
public record YamlMap(Map<String, Entry> entries, SourcePosition position) implements YamlNode {
    /** One key and its value; the key keeps its own position. */
    public record Entry(YamlScalar key, YamlNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    public YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        Objects.requireNonNull(position, "position");
    }

    public Optional<YamlNode> find(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** The scalar text of {@code key}, if it is a non-null scalar. */
    public Optional<String> findText(String key) {
        return find(key).filter(n -> n instanceof YamlScalar s && !s.isNull()).map(n -> ((YamlScalar) n).value());
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
