package accord.content;

import accord.problem.LineMap;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML text into a {@link YamlNode} tree with positions. Only SnakeYAML's composer runs:
 * no object is ever constructed from the text, so no tag can create a Java type. On top of that:
 * explicit tags are refused, aliases of lists and mappings are refused (no "billion laughs"),
 * nesting depth and size are bounded, duplicate keys are an error, and no implicit typing is
 * applied (every scalar stays text).
 */
public final class YamlReader {
    static final int MAX_DEPTH = 40;
    static final int MAX_CODE_POINTS = 2_000_000;

    private YamlReader() {
    }

    /** Resolves every node to str/seq/map, so {@code no}, {@code 1.10} and {@code 12:30} stay text. */
    private static final Resolver RESOLVER = new TextOnlyResolver();

    private static final class TextOnlyResolver extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            return switch (kind) {
                case scalar -> Tag.STR;
                case sequence -> Tag.SEQ;
                default -> Tag.MAP;
            };
        }
    }

    /**
     * Reads {@code text}, which starts on line {@code firstLine} of file {@code path}.
     * Returns empty (with problems added) when the YAML cannot be read.
     */
    public static Optional<YamlNode> read(String text, String path, int firstLine, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        Node root;
        try {
            // Only the composer runs: there is no constructor at all, so no tag can build an object.
            root = new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? SourcePosition.of(path, firstLine)
                    : new SourcePosition(path, mark.getLine() + firstLine, mark.getColumn() + 1);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String globalTag = "Global tag is not allowed: ";
            if (problem.startsWith(globalTag)) {
                problems.error(at, "YAML tag '" + shortTag(problem.substring(globalTag.length()).trim())
                        + "' is not allowed (remove the tag; values are read as the schema says)");
                return Optional.empty();
            }
            Optional<YamlSyntaxError.Explained> explained = YamlSyntaxError.explain(e, text, firstLine);
            if (explained.isPresent()) {
                YamlSyntaxError.Explained x = explained.get();
                problems.error(new SourcePosition(path, x.line() + firstLine, x.column() + 1), x.message());
                return Optional.empty();
            }
            problems.error(at, "YAML: " + problem.replaceAll("\\s+", " ").trim() + " (check the indentation and quoting on this line)");
            return Optional.empty();
        } catch (ReaderException e) {
            LineMap lines = new LineMap(text);
            int offset = Math.max(0, Math.min(text.length(), text.offsetByCodePoints(0,
                    Math.min(e.getPosition(), text.codePointCount(0, text.length())))));
            problems.error(new SourcePosition(path, lines.line(offset) + firstLine - 1, lines.column(offset)),
                    String.format("YAML: character U+%04X is not allowed here (delete it, or write the text in quotes with an escape)",
                            e.getCodePoint()));
            return Optional.empty();
        } catch (YAMLException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            String message;
            if (msg.contains("aliases for non-scalar")) {
                message = "YAML: aliases of lists or mappings are not allowed (write the values out)";
            } else if (msg.contains("Nesting Depth")) {
                message = "YAML: nested more than " + MAX_DEPTH + " levels deep (flatten the structure)";
            } else if (msg.contains("code points")) {
                message = "YAML: front matter is larger than " + MAX_CODE_POINTS + " characters (move long text into the body)";
            } else {
                message = "YAML: " + msg.replaceAll("\\s+", " ").trim();
            }
            problems.error(locate(options, text, path, firstLine), message);
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YamlMap(Map.of(), SourcePosition.of(path, firstLine)));
        }
        Budget budget = new Budget();
        Optional<YamlNode> tree = convert(root, path, firstLine, problems, budget);
        return budget.exceeded ? Optional.empty() : tree;
    }

    /**
     * Characters left for the whole tree, aliases counted every time they are used: an alias of a
     * long text repeated in a list is a "billion laughs" made of scalars, which the composer allows.
     */
    private static final class Budget {
        long left = MAX_CODE_POINTS;
        boolean exceeded;
    }

    /**
     * Where a limit was crossed, for the errors SnakeYAML raises without a mark: the first alias of
     * a list or mapping, or the first collection nested deeper than {@link #MAX_DEPTH}. Found by
     * replaying the parser's events, which carry marks; the start of the YAML if neither is found.
     */
    private static SourcePosition locate(LoaderOptions options, String text, String path, int firstLine) {
        java.util.Set<String> collectionAnchors = new java.util.HashSet<>();
        int depth = 0;
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(text), options);
            while (parser.peekEvent() != null) {
                org.yaml.snakeyaml.events.Event event = parser.getEvent();
                if (event instanceof org.yaml.snakeyaml.events.StreamEndEvent) break;
                Mark mark = event.getStartMark();
                if (event instanceof org.yaml.snakeyaml.events.CollectionStartEvent start) {
                    if (start.getAnchor() != null) collectionAnchors.add(start.getAnchor());
                    if (++depth > MAX_DEPTH) return new SourcePosition(path, mark.getLine() + firstLine, mark.getColumn() + 1);
                } else if (event instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
                    depth--;
                } else if (event instanceof org.yaml.snakeyaml.events.AliasEvent alias
                        && collectionAnchors.contains(alias.getAnchor())) {
                    return new SourcePosition(path, mark.getLine() + firstLine, mark.getColumn() + 1);
                }
            }
        } catch (YAMLException e) {
            // the position is only a help; fall back to the start of the YAML
        }
        return SourcePosition.of(path, firstLine);
    }

    /** {@code tag:yaml.org,2002:binary} as it was written: {@code !!binary}. */
    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static Optional<YamlNode> convert(Node node, String path, int firstLine, Problems problems, Budget budget) {
        if (budget.exceeded) return Optional.empty();
        SourcePosition at = new SourcePosition(path, node.getStartMark().getLine() + firstLine,
                node.getStartMark().getColumn() + 1);
        Tag tag = node.getTag();
        if (!(tag.equals(Tag.STR) || tag.equals(Tag.SEQ) || tag.equals(Tag.MAP))) {
            problems.error(at, "YAML tag '" + shortTag(tag.getValue()) + "' is not allowed (remove the tag; values are read as the schema says)");
            return Optional.empty();
        }
        if (node instanceof ScalarNode s) {
            budget.left -= s.getValue().length() + 1;
            if (budget.left < 0) {
                budget.exceeded = true;
                problems.error(at, "YAML: aliases repeat this value until the front matter is larger than "
                        + MAX_CODE_POINTS + " characters (write the values out instead of using aliases)");
                return Optional.empty();
            }
            boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            return Optional.of(new YamlScalar(s.getValue(), plain, at));
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node child : seq.getValue()) {
                convert(child, path, firstLine, problems, budget).ifPresent(items::add);
            }
            // Items that failed were reported; keep the rest so later stages see what they can.
            return Optional.of(new YamlList(items, at));
        }
        MappingNode map = (MappingNode) node;
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            SourcePosition keyAt = new SourcePosition(path, keyNode.getStartMark().getLine() + firstLine,
                    keyNode.getStartMark().getColumn() + 1);
            if (!(keyNode instanceof ScalarNode k) || !keyNode.getTag().equals(Tag.STR)) {
                problems.error(keyAt, "YAML: a key must be plain text (write a field name before the colon)");
                continue;
            }
            YamlScalar key = new YamlScalar(k.getValue(), k.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN, keyAt);
            YamlMap.Entry previous = entries.get(key.value());
            if (previous != null) {
                problems.error(keyAt, "duplicate key '" + key.value() + "' (first given on line "
                        + previous.key().position().line() + "; keep one)");
                continue;
            }
            convert(tuple.getValueNode(), path, firstLine, problems, budget)
                    .ifPresent(value -> entries.put(key.value(), new YamlMap.Entry(key, value)));
        }
        return Optional.of(new YamlMap(entries, at));
    }
}
