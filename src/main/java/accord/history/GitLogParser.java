package accord.history;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses the output of {@link #FORMAT} with {@code git log -z --name-status -M}, newest commit first,
 * into each file's changes, following renames: a file's history carries on under its older names.
 *
 * <p>The output is a run of NUL-terminated tokens. A commit starts with a token {@code \u001e<hash>},
 * then its parents (hashes separated by spaces), date, author and subject, each a token of its own (none of
 * them can hold a NUL); then come its changes, each a status token ({@code A}, {@code M}, {@code D},
 * {@code T}, {@code R100}, {@code C75}) and one path, or two for a rename or a copy. Tokens are taken by
 * count, never by content, so a subject or a name holding separators cannot shift what follows.
 *
 * <p>Only files under the portal's {@code content/} are kept, so the log may cover the whole repository (as
 * {@link GitHistory}'s fast read does): a change elsewhere is skipped, a rename into {@code content/} counts
 * as an addition and one out of it as a deletion, as a log limited to {@code content/} would show them.
 */
public final class GitLogParser {
    /** The {@code --format} the parser reads. */
    public static final String FORMAT = "%x1e%H%x00%P%x00%cI%x00%aN%x00%s";

    private GitLogParser() {
    }

    /**
     * Every file's changes, newest first, keyed by the file's latest name (its name at the newest commit
     * that touched it), relative to the portal's root: {@code prefix} (the portal's folder inside the
     * repository, such as {@code sites/cop29/}, or empty) is taken off each path.
     */
    public static Map<String, List<FileChange>> parse(String out, String prefix) {
        Map<String, List<FileChange>> byFile = new TreeMap<>();
        // For each name a file had at the point the walk has reached, the name it has now.
        Map<String, String> latest = new HashMap<>();
        int[] at = {0};
        Commit commit = null;
        while (at[0] < out.length()) {
            String token = next(out, at);
            if (token.startsWith("\n")) token = token.substring(1);
            if (token.isEmpty()) continue;
            if (token.charAt(0) == '\u001e') {
                String hash = token.substring(1);
                next(out, at); // the parents: only whether a commit is a merge matters, see unsafeWhole
                String date = next(out, at);
                String author = next(out, at);
                String subject = next(out, at);
                commit = new Commit(hash, parseDate(date), author, subject);
                continue;
            }
            if (commit == null) throw new IllegalArgumentException("git log output does not start with a commit");
            char status = token.charAt(0);
            if (status == 'R' || status == 'C') {
                String from = strip(next(out, at), prefix);
                String to = strip(next(out, at), prefix);
                boolean fromIn = inContent(from);
                boolean toIn = inContent(to);
                if (!toIn) {
                    if (fromIn && status == 'R') delete(byFile, latest, commit, from);
                    continue;
                }
                if (!fromIn) status = 'C'; // an addition to content/, as a log limited to it shows it
                String key = latest.getOrDefault(to, to);
                if (status == 'R') {
                    add(byFile, key, new FileChange(commit, FileChange.Kind.RENAMED, to, from));
                    latest.remove(to);
                    latest.put(from, key);
                } else {
                    add(byFile, key, new FileChange(commit, FileChange.Kind.ADDED, to, ""));
                    latest.remove(to);
                }
                continue;
            }
            String path = strip(next(out, at), prefix);
            if (!inContent(path)) continue;
            String key = latest.getOrDefault(path, path);
            switch (status) {
                case 'A' -> {
                    add(byFile, key, new FileChange(commit, FileChange.Kind.ADDED, path, ""));
                    latest.remove(path);
                }
                case 'D' -> delete(byFile, latest, commit, path);
                default -> add(byFile, key, new FileChange(commit, FileChange.Kind.MODIFIED, path, ""));
            }
        }
        byFile.replaceAll((k, v) -> List.copyOf(v));
        return byFile;
    }

    /**
     * Why a log of the whole repository ({@code out}, in {@link #FORMAT}) might not give what a log limited to
     * {@code content/} gives, or empty when it gives the same: a merge commit (a limited log simplifies the history
     * at merges), or a commit where rename detection could pair a file on one side of {@code content/}'s edge with
     * one on the other (a file gone on one side, and one added on the other), which a limited log never compares.
     */
    public static java.util.Optional<String> unsafeWhole(String out, String prefix) {
        int[] at = {0};
        // Per commit: 1 a file gone inside content/, 2 one added inside, 4 one gone outside, 8 one added outside.
        int seen = 0;
        while (at[0] < out.length()) {
            String token = next(out, at);
            if (token.startsWith("\n")) token = token.substring(1);
            if (token.isEmpty()) continue;
            if (token.charAt(0) == '\u001e') {
                if (next(out, at).indexOf(' ') >= 0) return java.util.Optional.of("a merge commit");
                next(out, at);
                next(out, at);
                next(out, at);
                seen = 0;
                continue;
            }
            char status = token.charAt(0);
            if (status == 'R' || status == 'C') {
                boolean fromIn = inContent(strip(next(out, at), prefix));
                boolean toIn = inContent(strip(next(out, at), prefix));
                if (status == 'R') seen |= fromIn ? 1 : 4;
                seen |= toIn ? 2 : 8;
            } else {
                boolean in = inContent(strip(next(out, at), prefix));
                if (status == 'D') seen |= in ? 1 : 4;
                else if (status == 'A') seen |= in ? 2 : 8;
            }
            if ((seen & 9) == 9 || (seen & 6) == 6) {
                return java.util.Optional.of("a commit where a file gone on one side of content/'s edge may be paired with one added on the other");
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether {@code path} (relative to the portal's root) is what {@code git log -- content} would list. */
    static boolean inContent(String path) {
        return path != null && (path.startsWith("content/") || path.equals("content"));
    }

    private static void delete(Map<String, List<FileChange>> byFile, Map<String, String> latest, Commit commit, String path) {
        add(byFile, latest.getOrDefault(path, path), new FileChange(commit, FileChange.Kind.DELETED, path, ""));
    }

    private static void add(Map<String, List<FileChange>> byFile, String key, FileChange change) {
        byFile.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
    }

    private static String next(String out, int[] at) {
        int end = out.indexOf('\0', at[0]);
        if (end < 0) end = out.length();
        String token = out.substring(at[0], end);
        at[0] = end + 1;
        return token;
    }

    /** {@code path} (relative to the repository's top) relative to the portal's root, or null when it lies outside the portal. */
    private static String strip(String path, String prefix) {
        if (prefix.isEmpty()) return path;
        return path.startsWith(prefix) ? path.substring(prefix.length()) : null;
    }

    private static OffsetDateTime parseDate(String iso) {
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("git log gave a date that is not ISO 8601: '" + iso + "'", e);
        }
    }
}
