package accord.render;

import accord.content.RecordId;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys that name what a page is made from. A page depends on {@code record:<collection>/<slug>}
 * when it shows anything of that record (or links to its file, even while it is missing), on
 * {@code collection:<name>} when any change to a record of that collection may change it (a list
 * page), and on {@code membership:<name>} when only records coming or going matter (a count, the
 * sitemap). Settings, the schema and templates are not keys: a change to them re-renders every page.
 *
 * <p>While a page renders, {@link #note} adds keys found along the way (the records its Markdown
 * links to, a count a template reads) to the page being rendered on this thread.
 */
public final class Deps {
    private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

    private Deps() {
    }

    public static String record(RecordId id) {
        return "record:" + id;
    }

    public static String collection(String name) {
        return "collection:" + name;
    }

    public static String membership(String name) {
        return "membership:" + name;
    }

    /**
     * The names one record's data files give it ({@link accord.export.RecordKeys}: its calendar UID, BibTeX key and
     * CSL-JSON id), which its history and other records' can change: a session marks it when they do.
     */
    public static String recordKey(RecordId id) {
        return "key:" + id;
    }

    /** The same for any record of {@code collection}: the calendar of every event names them all. */
    public static String recordKeys(String collection) {
        return "keys:" + collection;
    }

    /** What git's history says of one record's file: its page shows it. */
    public static String history(RecordId id) {
        return "history:" + id;
    }

    /** Any change to the history of any record: the change feed and the "What changed" pages show it. */
    public static String history() {
        return "history:*";
    }

    /**
     * {@code keys} as a session keeps them: one copy of each key string for all pages. A page's keys are made while it
     * renders, and a record referenced by 900 pages had 900 copies of its key (at 10,000 records 160,000 strings, 11 MB,
     * for 20,000 distinct keys).
     */
    public static Set<String> shared(Set<String> keys) {
        String[] one = new String[keys.size()];
        int i = 0;
        for (String k : keys) one[i++] = k.intern();
        return Set.of(one);
    }

    /** Records {@code key} for the page rendering on this thread, if any. */
    static void note(String key) {
        Set<String> s = CURRENT.get();
        if (s != null) s.add(key);
    }

    /** Runs {@code work} and returns the keys noted while it ran. */
    static Set<String> during(Runnable work) {
        Set<String> previous = CURRENT.get();
        Set<String> keys = new HashSet<>();
        CURRENT.set(keys);
        try {
            work.run();
        } finally {
            CURRENT.set(previous);
        }
        return keys;
    }
}
