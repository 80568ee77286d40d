package accord.content;

import accord.problem.SourcePosition;

/**
 * A YAML value with its position in the source file. No implicit typing is ever applied: every
 * scalar is the text that was written, and the schema decides what it means.
 */
public sealed interface YamlNode permits YamlScalar, YamlList, YamlMap {
    SourcePosition position();

    /** What the node is, for messages: "a text value", "a list", "a mapping". */
    String describe();
}
