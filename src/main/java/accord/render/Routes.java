package accord.render;

import accord.content.RecordId;

/**
 * The URL scheme. Hrefs here are relative to the site root and use clean URLs; a page turns them
 * into page-relative links by prefixing its {@link #root(String)}.
 */
public final class Routes {
    private Routes() {
    }

    public static String record(RecordId id) {
        return id.collection() + "/" + id.slug() + "/";
    }

    public static String list(String collection) {
        return collection + "/";
    }

    /** Page {@code n} of a collection's list: the first at {@code sessions/}, the others at {@code sessions/page/n/}. */
    public static String list(String collection, int n) {
        return n <= 1 ? list(collection) : collection + "/page/" + n + "/";
    }

    /** The file a clean URL is written to: {@code a/b/} is {@code a/b/index.html}. */
    public static String file(String href) {
        return href.isEmpty() || href.endsWith("/") ? href + "index.html" : href;
    }

    /** The prefix that leads from the page written to {@code outputPath} back to the site root. */
    public static String root(String outputPath) {
        int depth = (int) outputPath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    public static String about() {
        return "about/";
    }

    /** The timeline's index ({@code year} 0) or one year of it. */
    public static String timeline(int year) {
        return year == 0 ? "timeline/" : "timeline/" + year + "/";
    }
}
