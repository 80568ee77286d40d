package accord.content;

import accord.problem.SourcePosition;
import java.util.Objects;

/** A scalar exactly as written. {@code plain} is false for quoted and block scalars. */
public record YamlScalar(String value, boolean plain, SourcePosition position) implements YamlNode {
    public YamlScalar {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(position, "position");
    }

    /** An unquoted empty value, {@code ~} or {@code null}: YAML's way of writing "nothing". */
    public boolean isNull() {
        return plain && (value.isEmpty() || value.equals("~") || value.equals("null")
                || value.equals("Null") || value.equals("NULL"));
    }

    @Override
    public String describe() {
        return isNull() ? "an empty value" : "a text value";
    }
}
