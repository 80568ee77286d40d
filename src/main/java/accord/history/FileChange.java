package accord.history;

import java.util.Objects;

/**
 * What one commit did to one file: added, modified or renamed it (from {@code previousPath}, empty
 * otherwise), or deleted it. {@code path} is the file's name in that commit, relative to the
 * portal's root, such as {@code content/sessions/x.md}. {@code arrived} is the commit of the first-parent line
 * (from the commit checked out) that brought it there: itself, or for a commit made on a branch, the merge that
 * brought the branch in (the oldest, when several did).
 */
public record FileChange(Commit commit, Kind kind, String path, String previousPath, Commit arrived) {
    public enum Kind { ADDED, MODIFIED, RENAMED, DELETED }

    public FileChange {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(previousPath, "previousPath");
        Objects.requireNonNull(arrived, "arrived");
    }

    /** A change made on the first-parent line: it arrived with its own commit. */
    public FileChange(Commit commit, Kind kind, String path, String previousPath) {
        this(commit, kind, path, previousPath, commit);
    }
}
