package accord.history;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One commit as the history shows it: its full hash, when it was committed (the committer date, in
 * the committer's own offset from UTC, as git stores it), who wrote it (the author's name, through
 * the repository's {@code .mailmap}) and its subject line.
 *
 * <p>Why the committer date: it is when the change entered the repository's history, the record a
 * reader can check; an author date survives rebases and cherry-picks, so a change written in March
 * but merged in May would be listed as March, before changes that were published earlier.
 */
public record Commit(String hash, OffsetDateTime date, String author, String subject) {
    /** How many hex digits of the hash are shown: fixed, so every clone of one commit builds the same bytes. */
    public static final int SHORT = 10;

    public Commit {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
    }

    public String shortHash() {
        return hash.length() <= SHORT ? hash : hash.substring(0, SHORT);
    }
}
