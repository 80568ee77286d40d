package accord.history;

import java.util.Objects;

/**
 * What one commit did to one file: added, modified or renamed it (from {@code previousPath}, empty
 * otherwise), or deleted it. {@code path} is the file's name in that commit, relative to the
 * portal's root, such as {@code content/sessions/x.md}.
 */
public record FileChange(Commit commit, Kind kind, String path, String previousPath) {
    public enum Kind { ADDED, MODIFIED, RENAMED, DELETED }

    public FileChange {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(previousPath, "previousPath");
    }
}
