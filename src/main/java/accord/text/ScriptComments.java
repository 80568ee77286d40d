package accord.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * A theme's JavaScript as the site sends it: the same code without its comments. The bundled search script is a quarter
 * comments (10 KB of 42 KB), which every reader's first query downloaded; the theme keeps them in its source.
 *
 * <p>Only comments go: every other character, white space and line ends included, is written as it was, so a line
 * number in a browser's error still points near its line in the source, and automatic semicolon insertion sees the
 * same line breaks (a comment that held a line break leaves one). A line that held nothing but a comment goes whole.
 * A comment that opens with {@code /*!} (a licence, by convention) stays.
 *
 * <p>Strings, template literals (with {@code ${…}} inside them, to any depth) and regular expressions are read as such,
 * so a {@code //} inside them is not a comment. Whether a {@code /} opens a regular expression or divides is told by
 * what comes before it, as JavaScript's own grammar mostly does. Where the text is not what this reader expects (a
 * string or comment left open, a line break inside a string or a regular expression), the script is written as it is,
 * comments and all: a theme's script must never break for bytes saved.
 */
public final class ScriptComments {
    /** Words after which a {@code /} starts a regular expression, not a division. */
    private static final Set<String> BEFORE_REGEX = Set.of("return", "typeof", "instanceof", "in", "of", "new", "delete",
            "void", "throw", "case", "do", "else", "yield", "await");

    private ScriptComments() {
    }

    /** {@code script} without its comments, or {@code script} itself where it cannot be read with certainty. */
    public static String strip(String script) {
        try {
            return new Reader(script).read();
        } catch (Unsure e) {
            return script;
        }
    }

    /** The text cannot be read with certainty: keep it as it is. */
    private static final class Unsure extends Exception {
        Unsure() {
            super(null, null, false, false);
        }
    }

    private static final class Reader {
        private final String in;
        private final StringBuilder out;
        private int i;
        /** Whether a {@code /} here would start a regular expression (after an operator, or at the start). */
        private boolean regexAllowed = true;
        /** For each open {@code ${…}} of a template literal, how many braces of its own code are open inside it. */
        private final Deque<int[]> templates = new ArrayDeque<>();

        Reader(String in) {
            this.in = in;
            this.out = new StringBuilder(in.length());
        }

        String read() throws Unsure {
            while (i < in.length()) {
                char c = in.charAt(i);
                char next = i + 1 < in.length() ? in.charAt(i + 1) : 0;
                if (c == '/' && next == '/') {
                    lineComment();
                } else if (c == '/' && next == '*') {
                    blockComment();
                } else if (c == '\'' || c == '"') {
                    string(c);
                } else if (c == '`') {
                    i++;
                    out.append('`');
                    template();
                } else if (c == '/') {
                    if (regexAllowed) regex();
                    else {
                        out.append(c);
                        i++;
                        regexAllowed = true;
                    }
                } else if (c == '}' && !templates.isEmpty() && templates.peek()[0] == 0) {
                    // The end of a ${…}: the template literal goes on.
                    templates.pop();
                    out.append(c);
                    i++;
                    template();
                } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                    int start = i;
                    while (i < in.length() && (Character.isJavaIdentifierPart(in.charAt(i)) || in.charAt(i) == '.'
                            && Character.isDigit(in.charAt(start)))) {
                        i++;
                    }
                    String word = in.substring(start, i);
                    out.append(word);
                    regexAllowed = BEFORE_REGEX.contains(word);
                } else {
                    if (c == '{' && !templates.isEmpty()) templates.peek()[0]++;
                    if (c == '}' && !templates.isEmpty()) templates.peek()[0]--;
                    out.append(c);
                    i++;
                    if (!Character.isWhitespace(c)) regexAllowed = c != ')' && c != ']' && c != '}';
                }
            }
            if (!templates.isEmpty()) throw new Unsure();
            return out.toString();
        }

        private void lineComment() {
            int end = in.indexOf('\n', i);
            if (end < 0) end = in.length();
            if (end > i && in.charAt(end - 1) == '\r') end--;
            int lineStart = out.lastIndexOf("\n") + 1;
            if (blank(out, lineStart, out.length())) {
                // A line of its own: it goes with its line end.
                out.setLength(lineStart);
                i = end;
                if (i < in.length() && in.charAt(i) == '\r') i++;
                if (i < in.length() && in.charAt(i) == '\n') i++;
            } else {
                trimTrailing();
                i = end;
            }
        }

        private void blockComment() throws Unsure {
            int end = in.indexOf("*/", i + 2);
            if (end < 0) throw new Unsure();
            end += 2;
            if (in.startsWith("/*!", i)) {
                out.append(in, i, end);
                i = end;
                return;
            }
            boolean breaks = in.substring(i, end).indexOf('\n') >= 0;
            int lineStart = out.lastIndexOf("\n") + 1;
            int lineEnd = in.indexOf('\n', end);
            if (lineEnd < 0) lineEnd = in.length();
            if (blank(out, lineStart, out.length()) && blank(in, end, lineEnd)) {
                // Lines of their own: they go with their line end.
                out.setLength(lineStart);
                i = Math.min(lineEnd + 1, in.length());
            } else if (breaks) {
                trimTrailing();
                out.append('\n');
                i = end;
            } else {
                // Between two tokens a comment separates them: a space keeps them apart.
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                        && end < in.length() && !Character.isWhitespace(in.charAt(end))) {
                    out.append(' ');
                }
                i = end;
            }
        }

        private void string(char quote) throws Unsure {
            int start = i++;
            while (true) {
                char c = next();
                if (c == quote) break;
                if (c == '\n' || c == '\r') throw new Unsure();
            }
            out.append(in, start, i);
            regexAllowed = false;
        }

        /** From just inside a template literal's text to its closing backtick, or to a {@code ${} (then code). */
        private void template() throws Unsure {
            int start = i;
            while (true) {
                char c = next();
                if (c == '`') {
                    out.append(in, start, i);
                    regexAllowed = false;
                    return;
                } else if (c == '$' && i < in.length() && in.charAt(i) == '{') {
                    i++;
                    out.append(in, start, i);
                    templates.push(new int[] {0});
                    regexAllowed = true;
                    return;
                }
            }
        }

        private void regex() throws Unsure {
            int start = i++;
            boolean inClass = false;
            while (true) {
                char c = next();
                if (c == '\n' || c == '\r') {
                    throw new Unsure();
                } else if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '/' && !inClass) {
                    break;
                }
            }
            while (i < in.length() && Character.isJavaIdentifierPart(in.charAt(i))) i++;
            out.append(in, start, i);
            regexAllowed = false;
        }

        /**
         * The next character, read; a backslash reads the character it escapes with it (so an escaped quote, backtick,
         * slash or bracket ends nothing) and comes back as the backslash.
         */
        private char next() throws Unsure {
            if (i >= in.length()) throw new Unsure();
            char c = in.charAt(i++);
            if (c == '\\') {
                if (i >= in.length()) throw new Unsure();
                i++;
            }
            return c;
        }

        private void trimTrailing() {
            int n = out.length();
            while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) n--;
            out.setLength(n);
        }

        private static boolean blank(CharSequence s, int from, int to) {
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (c != ' ' && c != '\t' && c != '\r') return false;
            }
            return true;
        }
    }
}
