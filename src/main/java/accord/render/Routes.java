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

    /**
     * A record's page in {@code lang}: the default language's at {@code <collection>/<slug>/}, another's at
     * {@code <lang>/<collection>/<slug>/} (whether or not the record is translated: then the page says so).
     */
    public static String record(RecordId id, String lang, String defaultLanguage) {
        return lang.isEmpty() || lang.equals(defaultLanguage) ? record(id) : lang + "/" + record(id);
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

    /** The clean URL of an output file, the inverse of {@link #file}: {@code a/b/index.html} is {@code a/b/}. */
    public static String clean(String file) {
        if (file.equals("index.html")) return "";
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /** The prefix that leads from the page written to {@code outputPath} back to the site root. */
    public static String root(String outputPath) {
        int depth = (int) outputPath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The page a missing address shows. */
    public static String notFound() {
        return "404.html";
    }

    /** The search page. */
    public static String search() {
        return "search/";
    }

    public static String sitemap() {
        return "sitemap.xml";
    }

    public static String robots() {
        return "robots.txt";
    }

    public static String about() {
        return "about/";
    }

    /** The timeline's index ({@code year} 0) or one year of it. */
    public static String timeline(int year) {
        return year == 0 ? "timeline/" : "timeline/" + year + "/";
    }

    /** The page that explains the data files. */
    public static String data() {
        return "data/";
    }

    /** A collection's data file, {@code data/sessions.json} or {@code data/sessions.csv}. */
    public static String dataCollection(String collection, String extension) {
        return "data/" + collection + "." + extension;
    }

    /** A record's own data file, such as {@code data/sessions/x.json} or {@code data/sessions/x.bib}. */
    public static String dataRecord(RecordId id, String extension) {
        return "data/" + id.collection() + "/" + id.slug() + "." + extension;
    }

    /** Every record of the portal in one file. */
    public static String dataPortal() {
        return "data/portal.json";
    }

    /** The calendar (iCalendar) of every dated event. */
    public static String dataCalendar() {
        return "data/calendar.ics";
    }

    /** The Frictionless Data package describing the CSV files; at the root, where tools look for it. */
    public static String dataPackage() {
        return "datapackage.json";
    }

    /** The Atom feed of a collection, {@code sessions/feed.xml}, or ({@code collection} empty) of the whole site, {@code feed.xml}. */
    public static String feed(String collection) {
        return collection.isEmpty() ? "feed.xml" : collection + "/feed.xml";
    }
}
