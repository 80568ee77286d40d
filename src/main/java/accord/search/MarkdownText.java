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

    /**
     * Each expression runs only where the text holds what it needs to match (a definition's {@code ]:}, a
     * link's {@code ](} or {@code ][}, a tag's {@code <}, a fence): most bodies have few of them, and a scan
     * for a character is many times cheaper than a regular expression trying every position.
     */
    static String plain(String markdown) {
        String s = markdown;
        if (s.contains("]:")) s = DEFINITION.matcher(s).replaceAll("");
        if (s.contains("](")) s = LINK.matcher(s).replaceAll("$1");
        if (s.contains("][")) s = REF_LINK.matcher(s).replaceAll("$1");
        if (s.indexOf('<') >= 0) s = TAG.matcher(s).replaceAll(" ");
        if (s.contains("```") || s.contains("~~~")) s = FENCE.matcher(s).replaceAll("");
        return MARKUP.matcher(s).replaceAll(" ");
    }
}
