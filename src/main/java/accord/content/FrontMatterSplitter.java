package accord.content;

import accord.problem.Problems;
import accord.problem.SourcePosition;
import java.util.Optional;

/** Splits a record's text into YAML front matter (between {@code ---} lines) and a Markdown body. */
public final class FrontMatterSplitter {
    /** The two parts; {@code yamlLine} and {@code bodyLine} are 1-based lines of the file. */
    public record Split(String yaml, int yamlLine, String body, int bodyLine) {
    }

    private FrontMatterSplitter() {
    }

    public static Optional<Split> split(String text, String path, Problems problems) {
        if (text.isBlank()) {
            problems.error(SourcePosition.of(path, 1),
                    "empty file (a record starts with a '---' line, its fields, and another '---' line)");
            return Optional.empty();
        }
        int firstEnd = text.indexOf('\n');
        String first = (firstEnd < 0 ? text : text.substring(0, firstEnd)).stripTrailing();
        if (first.equals("+++")) {
            problems.error(new SourcePosition(path, 1, 1),
                    "TOML front matter ('+++') is not supported (write the fields as YAML between '---' lines)");
            return Optional.empty();
        }
        if (!first.equals("---")) {
            problems.error(new SourcePosition(path, 1, 1),
                    "missing front matter (a record starts with a '---' line, its fields, and another '---' line)");
            return Optional.empty();
        }
        int line = 2;
        int pos = firstEnd < 0 ? text.length() : firstEnd + 1;
        int yamlStart = pos;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            String current = text.substring(pos, end).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                String yaml = text.substring(yamlStart, pos);
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return Optional.of(new Split(yaml, 2, body, line + 1));
            }
            line++;
            pos = end + 1;
        }
        problems.error(new SourcePosition(path, 1, 1),
                "front matter is not closed (add a '---' line after the last field)");
        return Optional.empty();
    }
}
