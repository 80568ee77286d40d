package accord.search;

import java.util.regex.Pattern;

/**
 * The words of a Markdown text, without its markup, for the index and the excerpts: link and image
 * targets, reference definitions, HTML tags, code fences and the characters that mark emphasis, headings,
 * quotes and tables go; the words stay. Search does not need the HTML, and reading the source keeps a
 * record's terms a function of the record alone.
 */
final class MarkdownText {
    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~).*$");
    private static final Pattern MARKUP = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+|[*_`|]+");

    private MarkdownText() {
    }

    static String plain(String markdown) {
        String s = DEFINITION.matcher(markdown).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = REF_LINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll(" ");
        s = FENCE.matcher(s).replaceAll("");
        s = MARKUP.matcher(s).replaceAll(" ");
        return s;
    }
}
