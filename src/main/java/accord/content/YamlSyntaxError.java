package accord.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says in an editor's words what SnakeYAML's syntax errors mean, for the mistakes editors make: a tab, a line
 * indented too far or not far enough (the first line too), a colon or a quote inside a value not in quotes, a quote or
 * a bracket left open or closed twice, a line with no colon, a comma after a value as JSON writes one. SnakeYAML speaks of its parser ({@code expected <block end>, but found '<block
 * mapping start>'}) and marks where it gave up, which is often a line below the mistake; this finds the line to
 * fix where the text shows it. An error it does not know keeps SnakeYAML's words.
 */
final class YamlSyntaxError {
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token.*");
    /** A line that starts a field: optional list dash, a plain name, a colon and a space or the line's end. */
    private static final Pattern FIELD = Pattern.compile("^(\\s*)(- +)?[^\\s\"'#\\[{-][^:#]*?:(\\s|$)");

    /** Where the mistake is (0-based line and column of {@code text}) and what to say about it. */
    record Explained(int line, int column, String message) {
    }

    private YamlSyntaxError() {
    }

    /** {@code text} starts on line {@code firstLine} of its file, which the lines a message names count from. */
    static Optional<Explained> explain(MarkedYAMLException e, String text, int firstLine) {
        Mark at = e.getProblemMark();
        String problem = e.getProblem();
        if (at == null || problem == null) return Optional.empty();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark from = e.getContextMark();
        String[] lines = text.split("\n", -1);
        int line = at.getLine();
        int column = at.getColumn();
        if (problem.startsWith("found character '\\t(TAB)'")) {
            return here(at, "YAML: a tab character (YAML indents with spaces only: replace the tab with spaces)");
        }
        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (cannotStart.matches()) {
            return here(at, "YAML: a value cannot begin with '" + cannotStart.group(1) + "' unless it is in quotes"
                    + " (put the whole value in double quotes)");
        }
        if (problem.startsWith("found undefined alias")) {
            return here(at, "YAML: a value cannot begin with '*' unless it is in quotes (put the whole value in double quotes)");
        }
        if (problem.startsWith("found unknown escape character") || problem.startsWith("expected escape sequence of")) {
            return Optional.of(escape(lines, line, column, problem));
        }
        if (context.equals("while scanning a quoted scalar") && from != null) {
            return Optional.of(new Explained(from.getLine(), from.getColumn(),
                    "YAML: this quote is never closed (end the value with the same quote mark on this line)"));
        }
        if (context.equals("while scanning a simple key") && problem.startsWith("could not find expected ':'") && from != null) {
            return Optional.of(new Explained(from.getLine(), from.getColumn(),
                    "YAML: this line has no ':' after its name (write 'name: value')"));
        }
        if (problem.startsWith("sequence entries are not allowed here")) {
            return here(at, "YAML: a list item cannot follow a name on its line (start each item on a line of its own,"
                    + " '- ' indented under the name, or write the list in brackets: [a, b])");
        }
        if ((context.equals("while parsing a flow sequence") || context.equals("while parsing a flow mapping")) && from != null) {
            boolean list = context.endsWith("sequence");
            return here(at, "YAML: the " + (list ? "list" : "object") + " begun with '" + (list ? "[" : "{") + "' on line "
                    + (from.getLine() + firstLine) + " is not closed, or two of its " + (list ? "items" : "fields")
                    + " lack a comma between them (separate them with commas and end it with '" + (list ? "]" : "}") + "')");
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'") || problem.startsWith("expected <block end>, but found '['")
                || problem.startsWith("expected <block end>, but found '{'")) {
            return Optional.of(textAfterValue(lines, line, column, firstLine));
        }
        if (problem.startsWith("expected <block end>, but found ','")) {
            return Optional.of(comma(lines, line, column));
        }
        if (problem.startsWith("expected <block end>, but found ']'") || problem.startsWith("expected <block end>, but found '}'")) {
            char bracket = problem.charAt("expected <block end>, but found '".length());
            return here(at, "YAML: a '" + bracket + "' that closes no '" + (bracket == ']' ? '[' : '{') + "' (delete it)");
        }
        if (problem.startsWith("expected <block end>, but found '-'")) {
            return here(at, "YAML: a list item ('- ') where a field was expected: the field above already has its value"
                    + " (put the item under a field written with no value, 'name:' and below it '  - item', or remove"
                    + " the '- ')");
        }
        if (problem.startsWith("expected '<document start>', but found")) {
            return Optional.of(documentStart(lines, line, column, firstLine));
        }
        if (problem.startsWith("but found another document")) {
            return here(at, "YAML: a '---' line starts a second document, and this file holds one (delete the line)");
        }
        if (problem.startsWith("expected <block end>, but found '<block mapping start>'")
                || problem.startsWith("expected <block end>, but found '<block sequence start>'")
                || problem.startsWith("expected <block end>, but found '?'")) {
            return here(at, "YAML: this line's indentation does not match the lines it belongs with (indent it with"
                    + " spaces exactly as far as the other fields or list items at its level)");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return Optional.of(colon(lines, line, column));
        }
        return Optional.empty();
    }

    private static final Pattern HEX_DIGITS = Pattern.compile("expected escape sequence of (\\d+) hexadecimal numbers.*");

    /**
     * A backslash in double quotes that does not start an escape YAML knows, most often a Windows path
     * ({@code "C:\Users\dana"}). SnakeYAML says {@code found unknown escape character q(113)} or {@code expected
     * escape sequence of 8 hexadecimal numbers, but found: sers\dan}, past the mistake; this points at the
     * backslash and says the two ways out.
     */
    private static Explained escape(String[] lines, int line, int column, String problem) {
        String text = line < lines.length ? lines[line] : "";
        int backslash = text.lastIndexOf('\\', Math.min(column, text.length() - 1));
        String written = backslash >= 0 && backslash + 1 < text.length()
                ? "'\\" + new String(Character.toChars(text.codePointAt(backslash + 1))) + "'" : "this backslash";
        Matcher hex = HEX_DIGITS.matcher(problem);
        String wrong = hex.matches() ? written + " must be followed by " + hex.group(1) + " hexadecimal digits"
                : written + " is not one";
        return new Explained(line, backslash >= 0 ? backslash : column, "YAML: a backslash in double quotes starts an escape"
                + " sequence (\\n, \\\", \\\\ …), and " + wrong + " (write \\\\ for a backslash, or put the value in"
                + " single quotes)");
    }

    /**
     * A comma after a value in a block of fields, as JSON writes one ({@code date: "2024-11-15",}). At the end of its
     * line it is simply to be deleted; before more text ({@code speakers: "a", "b"}) the editor meant a list.
     */
    private static Explained comma(String[] lines, int line, int column) {
        String here = line < lines.length ? lines[line] : "";
        String after = column + 1 <= here.length() ? here.substring(column + 1) : "";
        int hash = after.indexOf(" #");
        if (after.isBlank() || after.strip().startsWith("#") || hash >= 0 && after.substring(0, hash).isBlank()) {
            return new Explained(line, column, "YAML: a comma after the value (fields are one to a line, with no comma"
                    + " between them: delete this comma)");
        }
        return new Explained(line, column, "YAML: a comma after a value in quotes (for several values write a list in"
                + " brackets, such as [\"a\", \"b\"]; for a comma in the value, put it inside the quotes)");
    }

    /**
     * SnakeYAML's "expected '&lt;document start&gt;'": the YAML went on after its top level had ended. The usual cause
     * is the first field indented (a space before {@code title:}) and the next one not: the first line set the
     * indentation and the line that broke it is only where SnakeYAML noticed. A {@code ...} line, which ends a YAML
     * document, is the other.
     */
    private static Explained documentStart(String[] lines, int line, int column, int firstLine) {
        int first = 0;
        while (first < lines.length && (lines[first].isBlank() || lines[first].strip().startsWith("#"))) first++;
        String here = line < lines.length ? lines[line] : "";
        if (first < line && indent(lines[first]) > indent(here)) {
            int spaces = indent(lines[first]);
            return new Explained(first, 0, "YAML: the first line is indented by " + spaces + (spaces == 1 ? " space" : " spaces")
                    + " and line " + (line + firstLine) + " is not (start every field at the beginning of its line:"
                    + " delete the spaces before this one)");
        }
        for (int l = line - 1; l >= 0; l--) {
            if (lines[l].strip().equals("...")) {
                return new Explained(l, 0, "YAML: a '...' line ends the YAML, and more follows (delete this line)");
            }
        }
        return new Explained(line, column, "YAML: the lines above already make a whole value, so this line cannot follow"
                + " (write every field as 'name: value', each at the start of its line)");
    }

    private static Optional<Explained> here(Mark at, String message) {
        return Optional.of(new Explained(at.getLine(), at.getColumn(), message));
    }

    /**
     * Text where a value had ended: after a closing quote or bracket on the same line, or after a quoted value that
     * ran on from a line above because its quote was left open there (the usual case when the error's line looks
     * right).
     */
    private static Explained textAfterValue(String[] lines, int line, int column, int firstLine) {
        String here = line < lines.length ? lines[line] : "";
        int end = Math.min(column, here.length()) - 1;
        while (end >= 0 && here.charAt(end) == ' ') end--;
        char closer = end >= 0 ? here.charAt(end) : 0;
        if (closer == '"' || closer == '\'') {
            int[] opening = openingQuote(lines, line, end, closer);
            if (opening != null && opening[0] < line) {
                return new Explained(opening[0], opening[1], "YAML: this quote is not closed on its line, so the value runs on"
                        + " to line " + (line + firstLine) + " (end the value with the same quote mark on this line)");
            }
            String inside = closer == '\'' ? " (put the whole value inside the quotes; to write ' inside single quotes,"
                    + " write it twice, or use double quotes)" : " (put the whole value inside the quotes)";
            return new Explained(line, column, "YAML: text after the closing quote" + inside);
        }
        return new Explained(line, column, "YAML: text after the end of the value (put the whole value in double quotes)");
    }

    /** The line and column of the quote that {@code closer} at ({@code line}, {@code end}) closes, scanning back. */
    private static int[] openingQuote(String[] lines, int line, int end, char closer) {
        int col = end - 1;
        for (int l = line; l >= 0; l--) {
            String s = lines[l];
            for (int c = l == line ? col : s.length() - 1; c >= 0; c--) {
                if (s.charAt(c) != closer) continue;
                if (closer == '"' && c > 0 && s.charAt(c - 1) == '\\') continue;
                if (closer == '\'' && c > 0 && s.charAt(c - 1) == '\'') {
                    c--;
                    continue;
                }
                return new int[] {l, c};
            }
        }
        return null;
    }

    /**
     * A colon YAML cannot place. On a line that starts a field it is that field's own colon, so the line was read as
     * the rest of the value above: either it is indented further than the field before it, or the line above lacks
     * its colon. Anywhere else it is a colon and space inside a value that is not in quotes.
     */
    private static Explained colon(String[] lines, int line, int column) {
        String here = line < lines.length ? lines[line] : "";
        Matcher field = FIELD.matcher(here);
        boolean ownColon = field.lookingAt() && field.end() - (field.group(3).isEmpty() ? 0 : 1) - 1 == column;
        if (ownColon) {
            int above = line - 1;
            while (above >= 0 && (lines[above].isBlank() || lines[above].trim().startsWith("#"))) above--;
            if (above >= 0) {
                Matcher before = FIELD.matcher(lines[above]);
                if (!before.lookingAt() && lines[above].trim().startsWith("- ")) {
                    return new Explained(line, indent(here), "YAML: this line is indented further than the list item above"
                            + " it, so it is read as the rest of that item (indent it as far as the field the list belongs to)");
                }
                if (!before.lookingAt()) {
                    return new Explained(above, indent(lines[above]), "YAML: this line has no ':' after its name,"
                            + " so the next line is read as part of it (write 'name: value')");
                }
                return new Explained(line, indent(here), "YAML: this line is indented further than the field above it,"
                        + " so it is read as the rest of that field's value (indent it exactly as far as the field above)");
            }
        }
        return new Explained(line, column, "YAML: a ': ' inside a value that is not in quotes"
                + " (put the whole value in double quotes)");
    }

    private static int indent(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i;
    }
}
