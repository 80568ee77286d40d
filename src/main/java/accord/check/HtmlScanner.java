package accord.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * Reads the start tags of a page as it is made, once, without building a document: every
 * {@code id}, and every {@code href} and {@code src} that a browser would follow. Comments,
 * declarations and the raw text of {@code script}, {@code style}, {@code textarea} and {@code title}
 * are skipped, as an HTML parser would skip them. Attribute values have their character references
 * decoded (jsoup's decoder), so {@code a?b&amp;c} is the link {@code a?b&c}.
 */
public final class HtmlScanner {
    private static final List<String> RAW_TEXT = List.of("script", "style", "textarea", "title");

    private HtmlScanner() {
    }

    /** What a page holds: its ids (in order, repeats kept) and the links it follows. */
    public record Found(List<String> ids, List<String> links) {
    }

    public static Found scan(String html) {
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>();
        read(html, new Visitor() {
            private String tag;

            @Override
            public void startTag(String name) {
                tag = name;
            }

            @Override
            public void attribute(String name, String value, int valueStart, int valueEnd) {
                if (name.equals("id")) ids.add(value);
                else if (name.equals("href") && followsHref(tag)) links.add(value);
                else if (name.equals("src") && followsSrc(tag)) links.add(value);
            }
        });
        return new Found(ids, links);
    }

    /** What {@link #read} reports of a page: each start tag, then each of its attributes, in order. */
    public interface Visitor {
        /** A start tag, its name in lower case. */
        void startTag(String name);

        /**
         * One attribute of the last start tag: its name in lower case, its value decoded ({@code ""} when it has
         * none), and where the value is written in the page, quotes included ({@code -1, -1} when it has none).
         */
        void attribute(String name, String value, int valueStart, int valueEnd);

        /** The start tag's attributes are all read. */
        default void endTag() {
        }
    }

    /** Reads the start tags of {@code html} and their attributes, skipping what an HTML parser skips. */
    public static void read(String html, Visitor visitor) {
        int i = 0;
        int n = html.length();
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            char c = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (c == '!' || c == '?' || c == '/') {
                int end = html.indexOf('>', lt);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (!isLetter(c)) {
                i = lt + 1;
                continue;
            }
            int p = lt + 1;
            while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '>' && html.charAt(p) != '/') p++;
            String tag = html.substring(lt + 1, p).toLowerCase(Locale.ROOT);
            visitor.startTag(tag);
            i = attributes(html, p, visitor);
            visitor.endTag();
            if (RAW_TEXT.contains(tag)) {
                int end = indexOfIgnoreCase(html, "</" + tag, i);
                i = end < 0 ? n : end;
            }
        }
    }

    /** Reads the attributes from {@code p} to the end of the tag; returns the index after its {@code >}. */
    private static int attributes(String html, int p, Visitor visit) {
        int n = html.length();
        while (p < n) {
            while (p < n && (isSpace(html.charAt(p)) || html.charAt(p) == '/')) p++;
            if (p >= n) return n;
            if (html.charAt(p) == '>') return p + 1;
            int start = p;
            while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '=' && html.charAt(p) != '>'
                    && !(html.charAt(p) == '/' && p > start)) {
                p++;
            }
            String name = html.substring(start, p).toLowerCase(Locale.ROOT);
            while (p < n && isSpace(html.charAt(p))) p++;
            if (p < n && html.charAt(p) == '=') {
                p++;
                while (p < n && isSpace(html.charAt(p))) p++;
                int valueStart = p;
                String raw;
                if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
                    char quote = html.charAt(p);
                    int end = html.indexOf(quote, p + 1);
                    if (end < 0) end = n;
                    raw = html.substring(p + 1, end);
                    p = Math.min(n, end + 1);
                } else {
                    int v = p;
                    while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '>') p++;
                    raw = html.substring(v, p);
                }
                visit.attribute(name, decode(raw), valueStart, p);
            } else if (!name.isEmpty()) {
                visit.attribute(name, "", -1, -1);
            }
        }
        return n;
    }

    /**
     * {@code raw} with its character references decoded, as jsoup decodes an attribute's. The five that the
     * templates' escaping writes ({@code &amp; &lt; &gt; &quot; &#39;}) are decoded here; a value with any other
     * goes to jsoup, whose decoder loads its tables of 2,000 named references first: a tenth of a second in a cold
     * JVM, which a small portal's build then spends only where a page holds one.
     */
    static String decode(String raw) {
        int amp = raw.indexOf('&');
        if (amp < 0) return raw;
        StringBuilder out = new StringBuilder(raw.length());
        int from = 0;
        while (amp >= 0) {
            char c;
            int length;
            if (raw.startsWith("&amp;", amp)) {
                c = '&';
                length = 5;
            } else if (raw.startsWith("&lt;", amp)) {
                c = '<';
                length = 4;
            } else if (raw.startsWith("&gt;", amp)) {
                c = '>';
                length = 4;
            } else if (raw.startsWith("&quot;", amp)) {
                c = '"';
                length = 6;
            } else if (raw.startsWith("&#39;", amp)) {
                c = '\'';
                length = 5;
            } else {
                return Parser.unescapeEntities(raw, true);
            }
            out.append(raw, from, amp).append(c);
            from = amp + length;
            amp = raw.indexOf('&', from);
        }
        return out.append(raw, from, raw.length()).toString();
    }

    private static boolean followsHref(String tag) {
        return tag.equals("a") || tag.equals("link") || tag.equals("area");
    }

    private static boolean followsSrc(String tag) {
        return tag.equals("img") || tag.equals("script") || tag.equals("source") || tag.equals("iframe");
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i <= s.length() - what.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }
}
