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
        int split = out.indexOf(MERGES);
        Map<String, List<Combined>> merges = split < 0 ? Map.of() : combined(out.substring(split + MERGES.length()), prefix);
        String log = split < 0 ? out : out.substring(0, split);
        Map<String, List<FileChange>> byFile = new TreeMap<>();
        // For each commit not reached yet, the names its files had there mapped to their names now (a name missing: the
        // same), handed down from its children: each line of the history has its own, so a rename on one branch never
        // renames a file of the same name on another.
        Map<String, Map<String, String>> names = new HashMap<>();
        // For each commit off the first-parent line, the commit of that line which brought it (the oldest, when several
        // did); those of the first-parent line itself.
        Map<String, Commit> arrivals = new HashMap<>();
        java.util.Set<String> firstLine = new java.util.HashSet<>();
        Map<String, String> latest = new HashMap<>();
        int[] at = {0};
        Commit commit = null;
        Commit arrived = null;
        List<Combined> wrote = null;
        String[] parents = {};
        boolean onLine = true;
        Map<String, String> atMerge = Map.of();
        while (at[0] <= log.length()) {
            String token = at[0] < log.length() ? next(log, at) : null;
            if (token != null && token.startsWith("\n")) token = token.substring(1);
            if (token != null && token.isEmpty()) continue;
            if (token == null || token.charAt(0) == '\u001e') {
                if (commit != null) handDown(commit, parents, onLine, arrived, latest, atMerge, wrote, names, arrivals, firstLine);
                if (token == null) break;
                String hash = token.substring(1);
                String ps = next(log, at);
                parents = ps.isBlank() ? new String[0] : ps.strip().split(" ");
                String date = next(log, at);
                String author = next(log, at);
                String subject = next(log, at);
                commit = new Commit(hash, parseDate(date), author, subject);
                Map<String, String> handed = names.remove(hash);
                // Not handed down (the newest commit, or a log whose commits are not all there): the line goes on.
                latest = handed != null ? handed : latest;
                onLine = firstLine.remove(hash) || !arrivals.containsKey(hash);
                Commit by = arrivals.remove(hash);
                arrived = onLine || by == null ? commit : by;
                wrote = parents.length > 1 ? merges.getOrDefault(hash, List.of()) : null;
                // The names at the merge, before its changes against its first parent: its other parents start from them.
                atMerge = wrote != null ? new HashMap<>(latest) : Map.of();
                continue;
            }
            if (commit == null) throw new IllegalArgumentException("git log output does not start with a commit");
            char status = token.charAt(0);
            if (status == 'R' || status == 'C') {
                String from = strip(next(log, at), prefix);
                String to = strip(next(log, at), prefix);
                boolean fromIn = inContent(from);
                boolean toIn = inContent(to);
                if (!toIn) {
                    if (fromIn && status == 'R') delete(byFile, latest, commit, arrived, from, wrote);
                    continue;
                }
                if (!fromIn) status = 'C'; // an addition to content/, as a log limited to it shows it
                String key = latest.getOrDefault(to, to);
                if (status == 'R') {
                    if (listed(wrote, to)) add(byFile, key, new FileChange(commit, FileChange.Kind.RENAMED, to, from, arrived));
                    latest.remove(to);
                    latest.put(from, key);
                } else {
                    if (listed(wrote, to)) add(byFile, key, new FileChange(commit, FileChange.Kind.ADDED, to, "", arrived));
                    latest.remove(to);
                }
                continue;
            }
            String path = strip(next(log, at), prefix);
            if (!inContent(path)) continue;
            String key = latest.getOrDefault(path, path);
            switch (status) {
                case 'A' -> {
                    if (listed(wrote, path)) add(byFile, key, new FileChange(commit, FileChange.Kind.ADDED, path, "", arrived));
                    latest.remove(path);
                }
                case 'D' -> delete(byFile, latest, commit, arrived, path, wrote);
                default -> {
                    if (listed(wrote, path)) add(byFile, key, new FileChange(commit, FileChange.Kind.MODIFIED, path, "", arrived));
                }
            }
        }
        byFile.replaceAll((k, v) -> List.copyOf(v));
        return byFile;
    }

    /**
     * Hands {@code commit}'s names down to its parents, with the first-parent line and each commit's arrival: the first
     * parent gets {@code latest} (the names once the commit's changes against it are undone); a merge's other parents get
     * the names at the merge with its renames against that parent undone ({@code wrote}: what the combined diff lists).
     */
    private static void handDown(Commit commit, String[] parents, boolean onLine, Commit arrived, Map<String, String> latest,
                                 Map<String, String> atMerge, List<Combined> wrote, Map<String, Map<String, String>> names, Map<String, Commit> arrivals,
                                 java.util.Set<String> firstLine) {
        for (int i = 0; i < parents.length; i++) {
            String p = parents[i];
            Map<String, String> m;
            if (i == 0) {
                m = latest;
            } else {
                m = new HashMap<>(atMerge);
                for (Combined c : wrote) {
                    if (i >= c.paths().length - 1) continue;
                    String there = c.paths()[i];
                    String here = c.paths()[c.paths().length - 1];
                    if (there == null || here == null || there.equals(here)) continue;
                    String key = m.getOrDefault(here, here);
                    m.remove(here);
                    m.put(there, key);
                }
            }
            // The first-parent line's own names win; otherwise the first child read (the newest) hands its names down.
            if (onLine && i == 0) {
                names.put(p, m);
                firstLine.add(p);
                arrivals.remove(p);
            } else {
                names.putIfAbsent(p, m);
                if (!firstLine.contains(p)) {
                    Commit by = onLine ? commit : arrived;
                    // Brought by the oldest commit of the first-parent line that reaches it.
                    arrivals.merge(p, by, (a, b) -> a.date().isAfter(b.date()) ? b : a);
                }
            }
        }
    }

    /** What a merge's combined diff lists for one file: its blob and path in each parent, then in the merge. */
    record Combined(String[] blobs, String[] paths) {
        /** Whether the merge's version differs from every parent's: text no parent had, written by the merge. */
        boolean wroteNew() {
            String result = blobs[blobs.length - 1];
            for (int i = 0; i < blobs.length - 1; i++) if (blobs[i].equals(result)) return false;
            return true;
        }
    }

    /**
     * Whether a change to {@code path} goes in the history: every change of a commit that is not a merge ({@code wrote}
     * null); a merge's only where the merge wrote text none of its parents had (a conflict resolved, two lines' edits
     * put together), since otherwise the commits of the branch that had that text are listed already.
     */
    private static boolean listed(List<Combined> wrote, String path) {
        if (wrote == null) return true;
        for (Combined c : wrote) {
            if (path.equals(c.paths()[c.paths().length - 1])) return c.wroteNew();
        }
        return false;
    }

    /** The mark between the log and the merges' combined diffs, as {@link GitHistory} writes them one after the other. */
    public static final String MERGES = "\0\u001dmerges\0";

    /** The format of the merges' log ({@code git log --cc --raw --combined-all-paths --no-abbrev -z}). */
    public static final String MERGES_FORMAT = "%x1e%H";

    /** Each merge's combined diff (raw, every parent's path), by the merge's hash; paths outside the portal are null. */
    static Map<String, List<Combined>> combined(String out, String prefix) {
        Map<String, List<Combined>> result = new HashMap<>();
        int[] at = {0};
        List<Combined> current = null;
        while (at[0] < out.length()) {
            String token = next(out, at);
            if (token.startsWith("\n")) token = token.substring(1);
            if (token.isEmpty()) continue;
            if (token.charAt(0) == '\u001e') {
                current = result.computeIfAbsent(token.substring(1).strip(), k -> new ArrayList<>());
                continue;
            }
            if (current == null || !token.startsWith("::")) throw new IllegalArgumentException("git log gave a merge's diff it cannot read");
            int n = 0;
            while (n < token.length() && token.charAt(n) == ':') n++;
            String[] fields = token.substring(n).trim().split(" +");
            // n parents: n+1 modes, n+1 blobs, one status.
            if (fields.length < 2 * (n + 1)) throw new IllegalArgumentException("git log gave a merge's diff it cannot read");
            String[] blobs = java.util.Arrays.copyOfRange(fields, n + 1, 2 * (n + 1));
            String[] paths = new String[n + 1];
            for (int i = 0; i <= n; i++) paths[i] = strip(next(out, at), prefix);
            current.add(new Combined(blobs, paths));
        }
        return result;
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

    private static void delete(Map<String, List<FileChange>> byFile, Map<String, String> latest, Commit commit, Commit arrived,
                               String path, List<Combined> wrote) {
        if (listed(wrote, path)) add(byFile, latest.getOrDefault(path, path), new FileChange(commit, FileChange.Kind.DELETED, path, "", arrived));
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
