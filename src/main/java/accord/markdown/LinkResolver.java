package accord.markdown;

import java.util.Optional;

/** Turns the source path of a linked record file into the href the page should use. */
@FunctionalInterface
public interface LinkResolver {
    /**
     * @param sourcePath the linked file relative to the source root, normalised, e.g.
     *                   {@code content/speakers/mikayil-jabbarov.md}
     * @return the href for the rendered page, or empty if no published record has that file
     */
    Optional<String> resolve(String sourcePath);

    /**
     * Whether {@code sourcePath} is a record file that exists but could not be read: its own error
     * already stops the build, so a link to it is dropped without a second error.
     */
    default boolean unreadable(String sourcePath) {
        return false;
    }

    /**
     * When {@code sourcePath} is the file of a draft this build leaves out, what the error about a link to it says
     * after the link ("'sessions/x' is a draft, so it is not published (publish it by …)"): the link names a record
     * that exists but is not published, which its error says rather than that there is no such record. The
     * resolver words it, since it knows the schema, so that a link reads like a reference or a highlight of a
     * draft. Empty by default.
     */
    default Optional<String> draft(String sourcePath) {
        return Optional.empty();
    }

    /** The source paths that {@link #resolve} knows, for "did you mean" hints; empty by default. */
    default java.util.Collection<String> knownPaths() {
        return java.util.List.of();
    }

    /**
     * Where the record of a missing file {@code sourcePath} went, when another record lists its old address (its
     * former slug): that record's file and the name of the field that lists it. Empty by default.
     */
    default Optional<Moved> movedTo(String sourcePath) {
        return Optional.empty();
    }

    /** A record's file now ({@code content/sessions/new.md}) and the field of it that lists the old address. */
    record Moved(String sourcePath, String field) {
    }

    /**
     * What, besides the linked files' state, decides this resolver's hrefs (such as the page's
     * root), so that a rendering can be reused for the same text and key; null (the default)
     * means a rendering through this resolver is never reused.
     */
    default Object cacheKey() {
        return null;
    }

    LinkResolver NONE = path -> Optional.empty();
}
