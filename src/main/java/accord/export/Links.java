package accord.export;

import accord.content.RecordId;

/** Where the build publishes things, as addresses relative to the site root (the build's URL scheme). */
public interface Links {
    /** A record's page, such as {@code sessions/x/}. */
    String page(RecordId id);

    /** A collection's CSV file, such as {@code data/sessions.csv}. */
    String collectionCsv(String collection);
}
