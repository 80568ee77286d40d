package accord.history;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What git knows of a portal's files, read once: whether the history could be read at all
 * ({@code state}, with {@code detail} saying why not), the commit checked out ({@code head}, empty
 * when unknown) and its own committer date ({@code headDate}: ISO 8601 with the committer's offset, as git stores it;
 * empty when there is no commit), the portal's folder inside the repository ({@code prefix}, such as {@code sites/cop29/}, or
 * empty), each file's changes newest first, keyed by its path relative to the portal's root
 * ({@code content/sessions/x.md}), and the files under {@code content/} whose working copy differs
 * from the last commit, and the renames staged but not committed ({@code moved}: new path to old path; a
 * record moved with {@code git mv} keeps the history of its old name, as it will once committed).
 */
public record History(State state, String detail, String head, String headDate, String prefix, Map<String, List<FileChange>> files,
                      Map<String, Uncommitted> uncommitted, Map<String, String> moved) {
    /** Whether the history is known; only {@code AVAILABLE} shows any date. */
    public enum State {
        AVAILABLE,
        /** The portal is not inside a git checkout, or git is not installed. */
        NOT_GIT,
        /** A shallow clone: older commits are missing, so the first commit seen would be a false origin. */
        SHALLOW,
        /** git is there but failed (a repository it refuses to read, say); {@code detail} has its message. */
        FAILED
    }

    /** How a file's working copy differs from the last commit. */
    public enum Uncommitted {
        /** Changed (or deleted) since its last commit. */
        MODIFIED,
        /** Never committed (new, or only staged). */
        NEW
    }

    public History {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(headDate, "headDate");
        Objects.requireNonNull(prefix, "prefix");
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        uncommitted = Collections.unmodifiableMap(new TreeMap<>(uncommitted));
        moved = Collections.unmodifiableMap(new TreeMap<>(moved));
    }

    /** No history read yet: what a session holds before its first build. */
    public static History none() {
        return unknown(State.NOT_GIT, "the history has not been read");
    }

    /** A history that is not known, for {@code why} (a state other than AVAILABLE). */
    public static History unknown(State state, String detail) {
        return new History(state, detail, "", "", "", Map.of(), Map.of(), Map.of());
    }

    public boolean known() {
        return state == State.AVAILABLE;
    }

    /**
     * The changes to the file at {@code path}, newest first (for a file moved by a rename not committed yet, its
     * old name's); empty when it was never committed or the history is unknown.
     */
    public List<FileChange> changes(String path) {
        String from = moved.get(path);
        return files.getOrDefault(from != null ? from : path, List.of());
    }

    /**
     * For each name a committed file had under {@code content/} (at a commit that added, changed, moved or deleted it),
     * the oldest change of that file: its first commit, whatever it was called then. Where files of different lines had
     * one name in turn (a record deleted, another made at its address), the oldest of them. Empty when the history is not
     * known.
     */
    public Map<String, FileChange> firstByName() {
        Map<String, FileChange> first = new java.util.HashMap<>();
        if (!known()) return first;
        for (List<FileChange> changes : files.values()) {
            if (changes.isEmpty()) continue;
            FileChange oldest = changes.get(changes.size() - 1);
            for (FileChange c : changes) {
                for (String name : c.previousPath().isEmpty() ? List.of(c.path()) : List.of(c.path(), c.previousPath())) {
                    first.merge(name, oldest, (a, b) -> b.commit().date().isBefore(a.commit().date()) ? b : a);
                }
            }
        }
        return first;
    }

    public Optional<Uncommitted> uncommitted(String path) {
        return Optional.ofNullable(uncommitted.get(path));
    }

    /** Whether what a page shows of {@code path}'s history differs between this history and {@code other}. */
    public boolean sameFor(String path, History other) {
        return state == other.state && changes(path).equals(other.changes(path))
                && uncommitted(path).equals(other.uncommitted(path));
    }

    /**
     * The one line a build prints about the history, when there is something to say: that it is not known
     * and why, or how many files under content/ are not committed.
     */
    public Optional<String> note() {
        String none = "; record pages say their history is not known";
        switch (state) {
            case NOT_GIT -> {
                return Optional.of("history: " + detail + none + " (build from a git clone to show each record's changes)");
            }
            case SHALLOW -> {
                return Optional.of("history: this is a shallow clone, so older commits are missing" + none
                        + " (run git fetch --unshallow to show each record's changes)");
            }
            case FAILED -> {
                return Optional.of("history: git could not read the history: " + detail + none);
            }
            default -> {
                if (uncommitted.isEmpty()) return Optional.empty();
                long fresh = uncommitted.values().stream().filter(u -> u == Uncommitted.NEW).count();
                long changed = uncommitted.size() - fresh;
                StringBuilder sb = new StringBuilder("history: ");
                if (changed > 0) sb.append(changed).append(changed == 1 ? " file" : " files").append(" under content/ with uncommitted changes");
                if (changed > 0 && fresh > 0) sb.append(" and ");
                if (fresh > 0) sb.append(fresh).append(fresh == 1 ? " file" : " files").append(" not yet committed");
                sb.append("; their pages say so (commit them to date them)");
                return Optional.of(sb.toString());
            }
        }
    }
}
