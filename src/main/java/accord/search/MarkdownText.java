package accord.search;

/**
 * The words of a Markdown text, without its markup, for the index and the excerpts: link and image
 * targets, reference definitions, HTML tags, code fences and the characters that mark emphasis, headings,
 * quotes and tables go; the words stay. Search does not need the HTML, and reading the source keeps a
 * record's terms a function of the record alone.
 *
 * <p>Six passes, each a hand-written loop that gives exactly what one regular expression's {@code replaceAll}
 * gave (they were, in this order; {@code MarkdownTextModelTest} holds each loop to its expression on random and
 * hostile Markdown):
 * <ol>
 *   <li>a reference definition line, {@code (?m)^ {0,3}\[[^\]]+\]:\s*\S+.*$}, goes;</li>
 *   <li>a link or image, {@code !?\[([^\]]*)\]\([^)]*\)}, becomes its text;</li>
 *   <li>a reference link, {@code !?\[([^\]]*)\]\[[^\]]*\]}, becomes its text;</li>
 *   <li>an HTML tag, {@code </?[A-Za-z][^>]*>}, becomes a space;</li>
 *   <li>a fence line, {@code (?m)^\s*(```|~~~).*$}, goes (with the blank lines before it);</li>
 *   <li>a heading, quote or list marker at a line's start, {@code ^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+}, and a
 *       run of {@code * _ ` |}, each become a space.</li>
 * </ol>
 * As in Java's expressions, {@code \s} is {@code [ \t\n\x0B\f\r]} (so it crosses lines), {@code .} stops at a
 * line terminator ({@code \n \r \u0085 \u2028 \u2029}), and a line starts at the text's start or after a
 * terminator (not between {@code \r} and {@code \n}, nor at the text's end). Each pass but the last runs only
 * where the text holds what it needs to match, and copies nothing when it matches nothing.
 */
final class MarkdownText {
    private MarkdownText() {
    }

    static String plain(String markdown) {
        String s = markdown;
        if (s.contains("]:")) s = definitions(s);
        if (s.contains("](")) s = links(s, '(', ')');
        if (s.contains("][")) s = links(s, '[', ']');
        if (s.indexOf('<') >= 0) s = tags(s);
        if (s.contains("```") || s.contains("~~~")) s = fences(s);
        return markup(s);
    }

    /** Java's {@code \s}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** What {@code .} does not match. */
    private static boolean terminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Where {@code (?m)^} matches. */
    private static boolean lineStart(String s, int i) {
        if (i >= s.length()) return false;
        if (i == 0) return true;
        char before = s.charAt(i - 1);
        return terminator(before) && !(before == '\r' && s.charAt(i) == '\n');
    }

    /** Reference definitions removed: {@code (?m)^ {0,3}\[[^\]]+\]:\s*\S+.*$} by "". */
    static String definitions(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (!lineStart(s, i)) continue;
            int j = i;
            while (j - i < 3 && j < n && s.charAt(j) == ' ') j++;
            if (j >= n || s.charAt(j) != '[') continue;
            int close = s.indexOf(']', j + 1);
            if (close < 0) break; // no later line can close its label either
            if (close == j + 1 || close + 1 >= n || s.charAt(close + 1) != ':') continue;
            int k = close + 2;
            while (k < n && space(s.charAt(k))) k++;
            if (k == n) break; // nothing but white space follows: no later line has its target either
            while (k < n && !space(s.charAt(k))) k++;
            while (k < n && !terminator(s.charAt(k))) k++;
            if (out == null) out = new StringBuilder(n);
            out.append(s, copied, i);
            copied = k;
            i = k - 1;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /**
     * Links replaced by their text: {@code !?\[([^\]]*)\]\([^)]*\)} by "$1" when {@code open} is '(' (and
     * {@code close} ')'), the reference links {@code !?\[([^\]]*)\]\[[^\]]*\]} when they are '[' and ']'.
     */
    static String links(String s, char open, char close) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        // From one '[' to the next: a match starts at one, or at the '!' just before it (which the expression
        // tries first, and which matches exactly when the '[' does).
        for (int from = s.indexOf('['); from >= 0; from = s.indexOf('[', from + 1)) {
            int textEnd = s.indexOf(']', from + 1);
            if (textEnd < 0) break; // no ']' after here: nothing later matches either
            if (textEnd + 1 >= n || s.charAt(textEnd + 1) != open) continue;
            int end = s.indexOf(close, textEnd + 2);
            if (end < 0) break; // no closing character after here: nothing later matches either
            int i = from > copied && s.charAt(from - 1) == '!' ? from - 1 : from;
            if (out == null) out = new StringBuilder(n);
            out.append(s, copied, i).append(s, from + 1, textEnd);
            copied = end + 1;
            from = end;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** HTML tags replaced by a space: {@code </?[A-Za-z][^>]*>} by " ". */
    static String tags(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) != '<') continue;
            int j = i + 1;
            if (j < n && s.charAt(j) == '/') j++;
            if (j >= n || !letter(s.charAt(j))) continue;
            int end = s.indexOf('>', j + 1);
            if (end < 0) break; // no '>' after here: nothing later matches either
            if (out == null) out = new StringBuilder(n);
            out.append(s, copied, i).append(' ');
            copied = end + 1;
            i = end;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Fence lines removed: {@code (?m)^\s*(```|~~~).*$} by "". */
    static String fences(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (!lineStart(s, i)) continue;
            int j = i;
            while (j < n && space(s.charAt(j))) j++;
            if (!s.startsWith("```", j) && !s.startsWith("~~~", j)) {
                // Every line starting in this run of white space reaches the same character: skip them.
                i = Math.max(i, j - 1);
                continue;
            }
            int k = j + 3;
            while (k < n && !terminator(s.charAt(k))) k++;
            if (out == null) out = new StringBuilder(n);
            out.append(s, copied, i);
            copied = k;
            i = k - 1;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** Markers and emphasis replaced by a space: {@code (?m)^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+|[*_`|]+} by " ". */
    static String markup(String s) {
        int n = s.length();
        char[] a = s.toCharArray();
        // Every match is replaced by one character, so the text never grows.
        char[] out = new char[n];
        int o = 0;
        int i = 0;
        // Whether i may start a line: the text's start, or just after a line terminator (lineStart decides).
        boolean start = true;
        while (i < n) {
            if (start && lineStart(s, i)) {
                int end = marker(s, i);
                if (end >= 0) {
                    out[o++] = ' ';
                    i = end;
                    start = terminator(a[end - 1]); // the marker's white space may end a line
                    continue;
                }
            }
            char c = a[i];
            if (emphasis(c)) {
                out[o++] = ' ';
                do {
                    i++;
                } while (i < n && emphasis(a[i]));
                start = false;
                continue;
            }
            out[o++] = c;
            start = terminator(c);
            i++;
        }
        return new String(out, 0, o);
    }

    private static boolean emphasis(char c) {
        return c == '*' || c == '_' || c == '`' || c == '|';
    }

    /** The end of {@code \s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+} matched at {@code i}, or -1. */
    private static int marker(String s, int i) {
        int n = s.length();
        int j = i;
        while (j - i < 3 && j < n && space(s.charAt(j))) j++;
        if (j >= n) return -1;
        char c = s.charAt(j);
        if (c == '#') {
            int h = j;
            while (h < n && s.charAt(h) == '#') h++;
            if (h - j > 6) return -1;
            j = h;
        } else if (c == '>' || c == '-' || c == '*' || c == '+') {
            j++;
        } else if (c >= '0' && c <= '9') {
            while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
            if (j >= n || s.charAt(j) != '.' && s.charAt(j) != ')') return -1;
            j++;
        } else {
            return -1;
        }
        if (j >= n || !space(s.charAt(j))) return -1;
        while (j < n && space(s.charAt(j))) j++;
        return j;
    }
}
