package accord.portable;

import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * Rewrites one HTML page so that every relative link to a folder names the folder's {@code index.html}:
 * {@code ../sessions/} becomes {@code ../sessions/index.html}, {@code ../../} becomes {@code ../../index.html},
 * {@code search/?q=x#r} becomes {@code search/index.html?q=x#r}. Read from a disk, a browser shows a folder as a
 * file listing; a web server would have answered with its {@code index.html}.
 *
 * <p>What is read: the {@code href} of {@code a}, {@code area} and {@code link}, the {@code src} of the elements
 * that load one, a form's {@code action}, and the address in a {@code <meta http-equiv="refresh">}'s
 * {@code content}. The page is read as {@link accord.check.HtmlScanner} reads it (comments, declarations and
 * the raw text of {@code script}, {@code style}, {@code textarea} and {@code title} skipped), and only the
 * values that change are replaced: every other byte of the page stays as it was. Addresses with a scheme
 * ({@code https:}, {@code mailto:}), from a host ({@code //x}) or from the root ({@code /x}) are left alone:
 * the first two leave the copy, and the last has no meaning on a disk.
 */
public final class FileLinks {
    private static final String[] RAW_TEXT = {"script", "style", "textarea", "title"};

    private FileLinks() {
    }

    /** {@code html} with its links to folders naming their {@code index.html}; the same string when none does. */
    public static String rewrite(String html) {
        StringBuilder out = null;
        int copied = 0;
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
            Tag t = new Tag(tag);
            i = attributes(html, p, t);
            for (Value v : t.changes()) {
                if (out == null) out = new StringBuilder(html.length() + 256);
                out.append(html, copied, v.start).append(v.replacement);
                copied = v.end;
            }
            for (String raw : RAW_TEXT) {
                if (raw.equals(tag)) {
                    int end = indexOfIgnoreCase(html, "</" + tag, i);
                    i = end < 0 ? n : end;
                }
            }
        }
        if (out == null) return html;
        return out.append(html, copied, n).toString();
    }

    /**
     * {@code url} naming a file: a relative address whose path ends in {@code /}, or is {@code .} or {@code ..} or
     * ends in {@code /.} or {@code /..}, gets {@code index.html}; the query and fragment stay. Any other address
     * is returned as it is.
     */
    public static String toFile(String url) {
        if (url.isEmpty() || url.startsWith("/") || url.startsWith("\\") || hasScheme(url)) return url;
        int cut = url.length();
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q >= 0) cut = q;
        if (h >= 0 && h < cut) cut = h;
        String path = url.substring(0, cut);
        String rest = url.substring(cut);
        if (path.isEmpty()) return url;
        if (path.endsWith("/")) return path + "index.html" + rest;
        if (path.equals(".") || path.equals("..") || path.endsWith("/.") || path.endsWith("/..")) {
            return path + "/index.html" + rest;
        }
        return url;
    }

    private static boolean hasScheme(String url) {
        if (!isLetter(url.charAt(0))) return false;
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') return true;
            if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return false;
        }
        return false;
    }

    /** One attribute value as written: where it is in the page (quotes included) and its decoded text. */
    private record Value(int start, int end, String replacement) {
    }

    /** The attributes of one start tag that may need a new value. */
    private static final class Tag {
        final String name;
        final java.util.List<Value> changes = new java.util.ArrayList<>(2);
        boolean refresh;
        int contentStart = -1;
        int contentEnd;
        String content;

        Tag(String name) {
            this.name = name;
        }

        void attribute(String attr, int start, int end, String value) {
            boolean link = switch (attr) {
                case "href" -> name.equals("a") || name.equals("area") || name.equals("link");
                case "src" -> name.equals("img") || name.equals("script") || name.equals("source") || name.equals("iframe")
                        || name.equals("audio") || name.equals("video") || name.equals("track") || name.equals("embed");
                case "action" -> name.equals("form");
                default -> false;
            };
            if (link) {
                String to = toFile(value);
                if (!to.equals(value)) changes.add(new Value(start, end, quoted(to)));
            } else if (name.equals("meta") && attr.equals("http-equiv")) {
                refresh = value.strip().equalsIgnoreCase("refresh");
            } else if (name.equals("meta") && attr.equals("content")) {
                contentStart = start;
                contentEnd = end;
                content = value;
            }
        }

        java.util.List<Value> changes() {
            if (refresh && content != null) {
                String to = refreshTo(content);
                if (!to.equals(content)) {
                    changes.add(new Value(contentStart, contentEnd, quoted(to)));
                    changes.sort(java.util.Comparator.comparingInt(Value::start));
                }
            }
            return changes;
        }
    }

    /** A refresh's {@code content}, {@code 0; url=../x/}, with its address naming a file. */
    static String refreshTo(String content) {
        int semi = content.indexOf(';');
        if (semi < 0) return content;
        String rest = content.substring(semi + 1);
        int lead = 0;
        while (lead < rest.length() && isSpace(rest.charAt(lead))) lead++;
        if (!rest.regionMatches(true, lead, "url", 0, 3)) return content;
        int eq = lead + 3;
        while (eq < rest.length() && isSpace(rest.charAt(eq))) eq++;
        if (eq >= rest.length() || rest.charAt(eq) != '=') return content;
        int v = eq + 1;
        while (v < rest.length() && isSpace(rest.charAt(v))) v++;
        String url = rest.substring(v);
        char quote = url.isEmpty() ? 0 : url.charAt(0);
        if ((quote == '\'' || quote == '"') && url.length() > 1 && url.charAt(url.length() - 1) == quote) {
            return content.substring(0, semi + 1) + rest.substring(0, v) + quote + toFile(url.substring(1, url.length() - 1)) + quote;
        }
        return content.substring(0, semi + 1) + rest.substring(0, v) + toFile(url);
    }

    private static String quoted(String value) {
        return "\"" + accord.text.Html.escape(value) + "\"";
    }

    /** Reads the attributes from {@code p} to the end of the tag; returns the index after its {@code >}. */
    private static int attributes(String html, int p, Tag tag) {
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
                tag.attribute(name, valueStart, p, raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true));
            }
        }
        return n;
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
