package accord.render;

import accord.config.SiteConfig;
import accord.model.Record;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.schema.PartialDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a page's {@code <head>} tells machines about it, beyond its title: the meta description, and, from
 * {@code templates/meta.ftlh}, the canonical address, OpenGraph and Twitter card tags and, on record pages, the
 * {@code citation_*} (Google Scholar, Zotero) and Dublin Core tags.
 *
 * <p>Addresses are absolute only when site.yml's {@code base_url} is an http(s) address; with a path such as
 * {@code /} (the default) they are left out rather than invented. A record's description is its collection's
 * {@code summary} field when that is text, then the first sentences of its body as plain text, never its title
 * again. Its date is the {@code date} role's value as written, and is left out when a {@code date_basis} says it
 * is known only indirectly, since these tags cannot carry the qualifier.
 */
public final class PageMeta {
    /** How long a description may grow from the body before it stops at a sentence (or word) end. */
    static final int DESCRIPTION_LENGTH = 200;

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)|!?\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]*)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern MARKS = Pattern.compile("[*_`~]+|\\\\(?=[\\p{Punct}])");
    private static final Pattern BLOCK_START = Pattern.compile("^ {0,3}(#{1,6}\\s|>|```|~~~|\\||<|\\[[^\\]]+\\]:|[-*_]{3,}\\s*$)");
    private static final Pattern LIST_MARK = Pattern.compile("^ {0,3}([-*+]|\\d{1,9}[.)])\\s+");

    /**
     * The values {@code meta.ftlh} reads: {@code description}; {@code url}, the page's absolute address (empty
     * without an absolute base URL); {@code type}, OpenGraph's ({@code article} for a record, else {@code website});
     * {@code title}; {@code siteName}; {@code publisher} (site.yml's, else the site's title); {@code language};
     * {@code date}, the record's date as written (empty when it has none or its basis qualifies it);
     * {@code citation}, whether the page is a record to cite; {@code feed} and {@code feedTitle}, the
     * root-relative href of the page's own collection feed (empty: none).
     */
    public record MetaView(String description, String url, String type, String title, String siteName, String publisher,
                           String language, String date, boolean citation, String feed, String feedTitle) {
    }

    private PageMeta() {
    }


    /** The head of any page in {@code lang} (empty: the default language): the site's name is the one that language reads. */
    static MetaView page(SiteConfig c, Views.PageView page, String href, String feed, String feedTitle, String lang) {
        return new MetaView(page.description(), c.absolute(href).orElse(""), "website", page.title(), c.text("title", lang).text(),
                c.citedPublisher(), c.language(), "", false, feed, feedTitle);
    }

    /**
     * The head of a record's page in {@code lang} (empty: the default language), at the root-relative {@code href}: a
     * translation's page is its own canonical address and says its own language, as its hreflang alternates do (a
     * canonical address naming the default language's page would have search engines drop the translation, and
     * citations made from it carry the other page's address and language).
     */
    static MetaView record(SiteConfig c, Record r, String description, String href, String lang) {
        String date = r.citedDate().map(PartialDate::iso).orElse("");
        return new MetaView(description, c.absolute(href).orElse(""), "article", r.title(), c.text("title", lang).text(),
                c.citedPublisher(), lang.isEmpty() ? c.language() : lang, date, true, "", "");
    }


    /**
     * A record described in a sentence or two: its summary field when that holds text (a string or Markdown,
     * not a date or a code), then its body's first paragraph, cut at a sentence end near
     * {@link #DESCRIPTION_LENGTH}; when neither says more than the title, what the record is and where, in the words
     * {@code recordIn} (the theme's {@code record_description}, "{singular} record in {site}.", in the language of the
     * page or feed the description is in).
     */
    public static String description(Record r, String siteTitle, String recordIn) {
        StringBuilder sb = new StringBuilder();
        Optional<Field> summary = r.collection().summaryField().flatMap(r.collection()::find)
                .filter(f -> f.type() instanceof FieldType.StringType || f.type() instanceof FieldType.TextType);
        summary.flatMap(f -> r.find(f.name())).map(PageMeta::valueText).map(PageMeta::oneLine)
                .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase(r.title().strip())).ifPresent(s -> sb.append(sentence(s)));
        if (sb.length() < DESCRIPTION_LENGTH / 2) {
            String body = firstSentences(r.source().body(), DESCRIPTION_LENGTH - sb.length());
            if (!body.isEmpty() && !body.equalsIgnoreCase(r.title().strip())) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(body);
            }
        }
        if (sb.length() == 0) return recordIn.replace("{singular}", r.collection().singular()).replace("{site}", siteTitle);
        return sb.toString();
    }

    private static String valueText(FieldValue v) {
        return v instanceof FieldValue.TextValue t ? plain(t.markdown()) : FieldValue.text(v);
    }

    /** Ends with a full stop unless it already ends a sentence. */
    private static String sentence(String s) {
        char last = s.charAt(s.length() - 1);
        return ".!?…".indexOf(last) >= 0 ? s : s + ".";
    }

    /**
     * The first paragraph of a Markdown text as plain text (headings, quotes, code, tables and HTML blocks
     * skipped; link targets, emphasis marks and tags removed), up to {@code max} characters: whole sentences when
     * the first fits, else whole words and an ellipsis.
     */
    static String firstSentences(String markdown, int max) {
        StringBuilder para = new StringBuilder();
        boolean fenced = false;
        // Line by line from the top (a line ends where the regex \R would end it), stopping after the first paragraph: a body's
        // other lines are never split out.
        int at = 0;
        int n = markdown.length();
        while (at <= n) {
            int end = at;
            while (end < n && !lineBreak(markdown.charAt(end))) end++;
            String line = markdown.substring(at, end);
            at = end < n && markdown.charAt(end) == '\r' && end + 1 < n && markdown.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fenced = !fenced;
                if (para.length() > 0) break;
                continue;
            }
            if (fenced) continue;
            if (t.isEmpty()) {
                if (para.length() > 0) break;
                continue;
            }
            if (para.length() == 0 && BLOCK_START.matcher(line).find()) continue;
            if (para.length() > 0 && BLOCK_START.matcher(line).find()) break;
            para.append(para.length() > 0 ? " " : "").append(LIST_MARK.matcher(line).replaceFirst(""));
        }
        String text = oneLine(plain(para.toString()));
        if (text.length() <= max) return text;
        int end = -1;
        for (int i = 0; i < max; i++) {
            char ch = text.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' ') end = i + 1;
        }
        if (end > max / 3) return text.substring(0, end);
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > 0 ? space : max - 1).replaceAll("[\\s,;:]+$", "") + "…";
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Markdown inline markup removed: links keep their text, autolinks their address, tags and marks go. */
    static String plain(String markdown) {
        String s = LINK.matcher(markdown).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) != null ? m.group(1) : m.group(2)));
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll("");
        s = MARKS.matcher(s).replaceAll("");
        return s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    }

    private static final Pattern BREAKS = Pattern.compile("[\\s\\u2028\\u2029\\u0085\\p{Cc}]+");

    /** One line of text: every run of whitespace (line ends, U+2028 included) and control characters as one space. */
    static String oneLine(String s) {
        return BREAKS.matcher(s).replaceAll(" ").strip();
    }
}
