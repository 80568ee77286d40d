package accord.render;

import java.util.Objects;
import java.util.Set;

/**
 * One output file of the page plan: where it goes, what kind of page it is, what it is about
 * ({@code subject}: a record id such as {@code sessions/x}, a collection name, or an asset's path),
 * its number among a list's pages (a timeline page's year, 0 for the timeline's index; 1 otherwise), and the inputs it is known to be made from before
 * it is rendered ({@code deps}, as {@link Deps} keys), and its {@code language}: empty for the default language,
 * else a language of site.yml's {@code languages} (a record's page at {@code <lang>/<collection>/<slug>/}). Rendering may find more (the records a body
 * links to); the build session keeps both.
 */
public record PageEntry(String path, Kind kind, String subject, int number, Set<String> deps, String language) {
    /** DATA files (JSON, CSV, citations) are made by the build's export stage; DATA_PAGE is the page explaining them. */
    public enum Kind { RECORD, LIST, HOME, NOT_FOUND, FEED, SITEMAP, ROBOTS, ASSET, ABOUT, TIMELINE, DATA, DATA_PAGE,
        /** The search page, {@code search/index.html}. */
        SEARCH_PAGE,
        /** A file of the search index, made by {@code accord.search}, not rendered here. */
        SEARCH,
        /** A page of "What changed" (accord.history), {@code changes/} and {@code changes/page/n/}. */
        CHANGES,
        /** The Atom feed of changes, {@code changes.xml}. */
        CHANGES_FEED,
        /** A page at an old address that sends the reader to a record's page; made by {@code accord.archive}. */
        REDIRECT,
        /** {@code _redirects}, every old address for hosts that read one; made by {@code accord.archive}. */
        REDIRECTS,
        /** A page at a removed address saying when and why it went (a {@code gone} line of the URL manifest); made by {@code accord.archive}. */
        TOMBSTONE }

    /** An entry in the portal's default language. */
    public PageEntry(String path, Kind kind, String subject, int number, Set<String> deps) {
        this(path, kind, subject, number, deps, "");
    }

    public PageEntry {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        deps = Deps.shared(deps); // one copy of each key for the whole plan: a record's five data files name it alike
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
