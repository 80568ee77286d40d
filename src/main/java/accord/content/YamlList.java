package accord.content;

import accord.problem.SourcePosition;
import java.util.List;
import java.util.Objects;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, SourcePosition position) implements YamlNode {
    public YamlList {
        items = List.copyOf(items);
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String describe() {
        return "a list";
    }
}
