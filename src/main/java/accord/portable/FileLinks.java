package accord.portable;

import accord.check.HtmlScanner;
import java.util.ArrayList;
import java.util.List;

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
 * ({@code https:}, {@code mailto:}) or from a host ({@code //x}) are left alone: they leave the copy. An address from
 * the web root inside the site ({@code /portal/ru/} where the site is at {@code /portal/}, as a path-only
 * {@code base_url} makes them) is made relative to the page first, since on a disk the root is the disk's; one
 * outside the site, which no page of a build that passed its link check has, is left as it is.
 */
public final class FileLinks {
    private FileLinks() {
    }

    /** {@code html} with its links to folders naming their {@code index.html}; the same string when none does. */
    public static String rewrite(String html) {
        return rewrite(html, FileLinks::toFile);
    }

    /**
     * {@link #rewrite(String)} for the page at {@code pagePath} ({@code ru/sessions/index.html}) of a site at
     * {@code basePath} ({@code /portal/}, or {@code /}): an address from the web root inside the site is made relative
     * to the page first ({@code /portal/ru/} becomes {@code ../../ru/index.html}).
     */
    public static String rewrite(String html, String pagePath, String basePath) {
        return rewrite(html, url -> toFile(relative(url, pagePath, basePath)));
    }

    private static String rewrite(String html, java.util.function.UnaryOperator<String> toFile) {
        List<Value> changes = new ArrayList<>();
        HtmlScanner.read(html, new HtmlScanner.Visitor() {
            private Tag tag;

            @Override
            public void startTag(String name) {
                tag = new Tag(name, toFile);
            }

            @Override
            public void attribute(String name, String value, int valueStart, int valueEnd) {
                if (valueStart >= 0) tag.attribute(name, valueStart, valueEnd, value);
            }

            @Override
            public void endTag() {
                changes.addAll(tag.changes());
            }
        });
        if (changes.isEmpty()) return html;
        StringBuilder out = new StringBuilder(html.length() + 256);
        int copied = 0;
        for (Value v : changes) {
            out.append(html, copied, v.start).append(v.replacement);
            copied = v.end;
        }
        return out.append(html, copied, html.length()).toString();
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

    /**
     * {@code url}, when it is an address from the web root inside the site at {@code basePath}, as an address relative
     * to the page at {@code pagePath}: {@code /portal/ru/} from {@code sessions/x/index.html} is {@code ../../ru/}, and
     * {@code /portal/} from {@code index.html} is {@code ./}. Any other address is returned as it is.
     */
    static String relative(String url, String pagePath, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/") || url.startsWith("//") || !url.startsWith(basePath)) {
            return url;
        }
        String rest = url.substring(basePath.length());
        String up = "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
        if (up.isEmpty() && (rest.isEmpty() || rest.startsWith("?") || rest.startsWith("#"))) up = "./";
        return up + rest;
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
        final java.util.function.UnaryOperator<String> toFile;
        final java.util.List<Value> changes = new java.util.ArrayList<>(2);
        boolean refresh;
        int contentStart = -1;
        int contentEnd;
        String content;

        Tag(String name, java.util.function.UnaryOperator<String> toFile) {
            this.name = name;
            this.toFile = toFile;
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
                String to = toFile.apply(value);
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
                String to = refreshTo(content, toFile);
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
        return refreshTo(content, FileLinks::toFile);
    }

    private static String refreshTo(String content, java.util.function.UnaryOperator<String> toFile) {
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
            return content.substring(0, semi + 1) + rest.substring(0, v) + quote + toFile.apply(url.substring(1, url.length() - 1)) + quote;
        }
        return content.substring(0, semi + 1) + rest.substring(0, v) + toFile.apply(url);
    }

    private static String quoted(String value) {
        return "\"" + accord.text.Html.escape(value) + "\"";
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
