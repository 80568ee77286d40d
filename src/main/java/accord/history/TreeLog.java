package accord.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The log of a run of commits without a merge, in {@link GitLogParser#FORMAT}, exactly as {@code git log -z
 * --name-status -M -- content} would have it parsed, made without asking git to compare any tree: the commits are
 * listed by one {@code git log} that compares nothing (0.3 s for 20,000 commits), and each commit's {@code content/}
 * is compared with its parent's here, from the trees themselves ({@link GitObjects}).
 *
 * <p>Why it is fast: a commit that amends one record changes the root, {@code content/} and one collection's folder;
 * every other folder keeps its id and is skipped without being read. A changed folder is compared with its other
 * version by bytes ({@link Arrays#mismatch}), not entry by entry: only the entries around the first differing byte are
 * read, and where the two versions' remaining bytes are equal again the comparison stops. Each version of a folder is
 * read once and its entries' places carried over from the version it was compared with, so a folder of 2,000 records
 * is parsed in full once per run, not once per commit.
 *
 * <p>Renames: a commit that adds files under {@code content/} and deletes others is the only kind where {@code -M}
 * can pair them. When it is one file gone and one added with the same content (the same blob id, the same regular
 * file mode, not empty), that is git's exact rename, {@code R100}; any other such commit (rare: inexact renames,
 * several candidates) is asked of git itself, all of them in one {@code git diff-tree --stdin -M -- content}, so git's
 * similarity rules stay git's. A commit that changes nothing under {@code content/} is left out, as a log limited to
 * it leaves it out.
 *
 * <p>Where anything is not as expected (a merge, a parent that is not the next commit listed, an object that cannot
 * be read) {@link #read} gives nothing and {@link GitHistory} reads the log from git as before.
 */
final class TreeLog {
    /** Runs git and gives its standard output, or throws when it fails. */
    interface Git extends GitObjects.ProcessStarter {
        String output(byte[] input, String... args) throws IOException;
    }

    private static final String LIST_FORMAT = "%x1e%H%x00%T%x00%P%x00%cI%x00%aN%x00%s";
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    /** How many bytes of entry starts each run keeps for the next commits. */
    private static final long TREE_CACHE_BYTES = 8L << 20;

    private record Header(String hash, String tree, String parents, String date, String author, String subject) {
    }

    /** One change: a status ({@code A}, {@code D}, {@code M}, {@code T}, {@code R100}), the path, the old path of a rename. */
    private record Change(String status, String path, String from, byte[] id, int mode) {
    }

    private final Git git;
    private final String prefix;
    private final Path objects;
    private final int parts;
    private final int perPart;

    /**
     * For the portal at {@code prefix} in the repository (empty: its top), reading objects from {@code objects} (null:
     * all through git), in up to {@code parts} threads of at least {@code perPart} commits each.
     */
    TreeLog(Git git, String prefix, Path objects, int parts, int perPart) {
        this.git = git;
        this.prefix = prefix;
        this.objects = objects;
        this.parts = parts;
        this.perPart = perPart;
    }

    /** The log of {@code range}, newest first, or empty when it has to be read some other way. */
    Optional<String> read(String range) {
        try {
            return Optional.ofNullable(log(range));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String log(String range) throws IOException {
        List<Header> commits = list(git.output(null, "log", "--date-order", "-z", "--no-color", "--encoding=UTF-8",
                "--format=" + LIST_FORMAT, range));
        if (commits.isEmpty()) return "";
        for (int i = 0; i < commits.size(); i++) {
            String parents = commits.get(i).parents();
            if (parents.indexOf(' ') >= 0) return null; // a merge
            if (i + 1 < commits.size() && !parents.equals(commits.get(i + 1).hash())) return null;
        }
        int hashLength = commits.get(0).hash().length() / 2;
        int n = commits.size();
        int runs = Math.max(1, Math.min(parts, n / Math.max(1, perPart)));
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Change>[] changes = new List[n];
        List<CompletableFuture<Void>> work = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            int from = n * r / runs;
            int to = n * (r + 1) / runs;
            Runnable run = () -> {
                try (GitObjects reader = new GitObjects(objects, hashLength, git)) {
                    new Run(reader, prefix).compare(commits, from, to, changes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            work.add(runs == 1 ? CompletableFuture.runAsync(run, Runnable::run) : CompletableFuture.runAsync(run, GitHistory::thread));
        }
        for (CompletableFuture<Void> f : work) {
            try {
                f.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw e;
            }
        }
        askGitForRenames(commits, changes);
        StringBuilder out = new StringBuilder(n * 160);
        for (int i = 0; i < n; i++) {
            if (changes[i].isEmpty()) continue;
            Header h = commits.get(i);
            out.append('\u001e').append(h.hash()).append('\0').append(h.parents()).append('\0').append(h.date()).append('\0')
                    .append(h.author()).append('\0').append(h.subject()).append('\0');
            for (Change c : changes[i]) {
                out.append(c.status()).append('\0');
                if (!c.from().isEmpty()) out.append(c.from()).append('\0');
                out.append(c.path()).append('\0');
            }
        }
        return out.toString();
    }

    private static List<Header> list(String out) {
        List<Header> result = new ArrayList<>();
        String[] t = out.split("\0", -1);
        int i = 0;
        while (i < t.length) {
            String token = t[i].startsWith("\n") ? t[i].substring(1) : t[i];
            if (token.isEmpty()) {
                i++;
                continue;
            }
            if (token.charAt(0) != '\u001e' || i + 5 >= t.length) throw new IllegalArgumentException("unexpected git log output");
            result.add(new Header(token.substring(1), t[i + 1], t[i + 2], t[i + 3], t[i + 4], t[i + 5]));
            i += 6;
        }
        return result;
    }

    /**
     * Where a commit both adds and deletes files under content/ in a way that is not one exact rename, git's own
     * rename detection decides: one {@code git diff-tree} for all such commits.
     */
    private void askGitForRenames(List<Header> commits, List<Change>[] changes) throws IOException {
        Map<String, Integer> ask = new LinkedHashMap<>();
        for (int i = 0; i < changes.length; i++) {
            List<Change> c = changes[i];
            List<Change> added = c.stream().filter(x -> x.status().equals("A")).toList();
            List<Change> deleted = c.stream().filter(x -> x.status().equals("D")).toList();
            if (added.isEmpty() || deleted.isEmpty()) continue;
            if (added.size() == 1 && deleted.size() == 1 && exactRename(deleted.get(0), added.get(0))) {
                List<Change> renamed = new ArrayList<>();
                for (Change x : c) {
                    if (x == deleted.get(0)) continue;
                    renamed.add(x != added.get(0) ? x : new Change("R100", x.path(), deleted.get(0).path(), x.id(), x.mode()));
                }
                changes[i] = renamed;
            } else {
                ask.put(commits.get(i).hash(), i);
            }
        }
        if (ask.isEmpty()) return;
        byte[] input = (String.join("\n", ask.keySet()) + "\n").getBytes(StandardCharsets.US_ASCII);
        String out = git.output(input, "diff-tree", "--stdin", "-z", "-r", "-M", "--name-status", "--no-color", "--", "content");
        for (int i : ask.values()) changes[i] = new ArrayList<>();
        String[] t = out.split("\0", -1);
        List<Change> current = null;
        for (int k = 0; k < t.length; k++) {
            String token = t[k].startsWith("\n") ? t[k].substring(1) : t[k];
            if (token.isEmpty()) continue;
            Integer commit = ask.get(token);
            if (commit != null) {
                current = changes[commit];
                continue;
            }
            if (current == null) throw new IllegalArgumentException("unexpected git diff-tree output");
            char status = token.charAt(0);
            if (status == 'R' || status == 'C') {
                current.add(new Change(token, t[k + 2], t[k + 1], new byte[0], 0));
                k += 2;
            } else {
                current.add(new Change(token, t[k + 1], "", new byte[0], 0));
                k += 1;
            }
        }
    }

    /** What git's {@code -M} calls an exact rename of one file: the same blob, the same regular-file mode, not empty. */
    private static boolean exactRename(Change deleted, Change added) {
        return Arrays.equals(deleted.id(), added.id()) && deleted.mode() == added.mode()
                && (added.mode() & S_IFMT) == S_IFREG && !isEmptyBlob(added.id());
    }

    private static boolean isEmptyBlob(byte[] id) {
        String hex = HexFormat.of().formatHex(id);
        return hex.equals("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
                || hex.equals("473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813");
    }

    /** A tree's bytes (the first {@code length} of {@code data}) and where each of its entries starts. */
    private record Tree(byte[] data, int length, int[] starts) {
        int size() {
            return starts.length;
        }
    }

    /** One thread's walk over a run of commits, with its own object reader and tree cache. */
    private static final class Run {
        private final GitObjects objects;
        private final String prefix;
        private final int hashLength;
        /** Where each entry starts, in trees read lately, by id: a tree's bytes come from {@link GitObjects} each step. */
        private final Map<String, Starts> trees = new LinkedHashMap<>(64, 0.75f, true);
        /** Arrays of starts that left {@link #trees}, by length, for the next tree of that many entries. */
        private final Map<Integer, ArrayDeque<int[]>> spare = new HashMap<>();
        private long spareInts;
        /** The commit being compared: starts used in it are not reused before the next. */
        private long step;

        /** A tree's entry starts and the last step they were used in. */
        private static final class Starts {
            final int[] starts;
            long step;

            Starts(int[] starts, long step) {
                this.starts = starts;
                this.step = step;
            }
        }
        /** Room for the entry starts of the trees being compared, one array per depth below content/. */
        private final List<int[]> scratch = new ArrayList<>();
        private int depth;
        private long cached;

        Run(GitObjects objects, String prefix) {
            this.objects = objects;
            this.prefix = prefix;
            this.hashLength = objects.hashLength();
        }

        /** Fills {@code changes[from..to)}: each commit's changes under content/ against its parent. */
        void compare(List<Header> commits, int from, int to, List<Change>[] changes) throws IOException {
            for (int i = from; i < to; i++) {
                objects.step();
                step++;
                Header h = commits.get(i);
                String parentTree;
                if (i + 1 < commits.size()) parentTree = commits.get(i + 1).tree();
                else if (h.parents().isEmpty()) parentTree = null;
                else parentTree = treeOfCommit(h.parents());
                List<Change> out = new ArrayList<>();
                Entry now = content(h.tree());
                Entry before = parentTree == null ? null : content(parentTree);
                top(now, before, out);
                changes[i] = out;
            }
        }

        private String treeOfCommit(String commit) throws IOException {
            GitObjects.Obj o = objects.read(commit);
            if (o.type() != GitObjects.COMMIT) throw new IOException(commit + " is not a commit");
            String text = new String(o.data(), 0, Math.min(o.length(), 200), StandardCharsets.US_ASCII);
            if (!text.startsWith("tree ")) throw new IOException(commit + " has no tree");
            return text.substring(5, 5 + hashLength * 2);
        }

        /** One tree entry: mode, name and id. */
        private record Entry(int mode, String name, byte[] id) {
            boolean tree() {
                return (mode & S_IFMT) == S_IFDIR;
            }
        }

        /** The entry of {@code <prefix>content} in the root tree {@code root}, or null. */
        private Entry content(String root) throws IOException {
            byte[] id = HexFormat.of().parseHex(root);
            String[] path = (prefix + "content").split("/");
            Entry found = null;
            for (int k = 0; k < path.length; k++) {
                if (k > 0 && (found == null || !found.tree())) return null;
                Tree t = tree(k == 0 ? id : found.id());
                found = find(t, path[k]);
                if (found == null) return null;
            }
            return found;
        }

        private Entry find(Tree t, String name) {
            byte[] want = name.getBytes(StandardCharsets.UTF_8);
            for (int k = 0; k < t.size(); k++) {
                int at = t.starts()[k];
                int space = indexOf(t.data(), (byte) ' ', at, t.length());
                int nul = indexOf(t.data(), (byte) 0, space, t.length());
                if (Arrays.equals(t.data(), space + 1, nul, want, 0, want.length)) return entry(t.data(), at, t.length());
            }
            return null;
        }

        /** The changes between the content/ entries of a commit ({@code now}) and its parent ({@code before}). */
        private void top(Entry now, Entry before, List<Change> out) throws IOException {
            String path = prefix + "content";
            if (now == null && before == null) return;
            if (now != null && before != null && now.mode() == before.mode() && Arrays.equals(now.id(), before.id())) return;
            if (now != null && before != null && now.tree() && before.tree()) {
                diff(tree(now.id()), objects.read(before.id()), before.id(), path + "/", out);
                return;
            }
            if (now != null && before != null && !now.tree() && !before.tree()) {
                out.add(modified(path, now, before));
                return;
            }
            // Added, deleted, or a file where a folder was: the file's change comes first, as "content" sorts before "content/".
            if (before != null && !before.tree()) out.add(new Change("D", path, "", before.id(), before.mode()));
            if (now != null && !now.tree()) out.add(new Change("A", path, "", now.id(), now.mode()));
            if (before != null && before.tree()) all("D", before, path + "/", out);
            if (now != null && now.tree()) all("A", now, path + "/", out);
        }

        private static Change modified(String path, Entry now, Entry before) {
            String status = (now.mode() & S_IFMT) == (before.mode() & S_IFMT) ? "M" : "T";
            return new Change(status, path, "", now.id(), now.mode());
        }

        /** Every file under the folder {@code e} (at {@code dir}), as {@code status} ("A" or "D"), in git's order. */
        private void all(String status, Entry e, String dir, List<Change> out) throws IOException {
            Tree t = tree(e.id());
            for (int k = 0; k < t.size(); k++) {
                Entry c = entry(t.data(), t.starts()[k], t.length());
                if (c.tree()) all(status, c, dir + c.name() + "/", out);
                else out.add(new Change(status, dir + c.name(), "", c.id(), c.mode()));
            }
        }

        /**
         * Compares the folder {@code a} (the commit's version, parsed) with {@code b} (the parent's, as bytes) at
         * {@code dir}, adds the changes to {@code out} in git's order, and keeps {@code b} parsed for the next commit.
         * Runs of equal bytes are skipped whole: only the entries where the two differ are read.
         */
        private void diff(Tree a, GitObjects.Obj parent, byte[] bId, String dir, List<Change> out) throws IOException {
            if (parent.type() != GitObjects.TREE) throw new IOException(HexFormat.of().formatHex(bId) + " is not a tree");
            byte[] ad = a.data();
            int[] as = a.starts();
            int la = a.length();
            byte[] b = parent.data();
            int lb = parent.length();
            if (scratch.size() <= depth) scratch.add(new int[1024]);
            int[] bs = scratch.get(depth).length >= as.length + 4 ? scratch.get(depth) : new int[as.length + 4];
            int nb = 0;
            int ia = 0;
            int pb = 0;
            while (true) {
                int pa = ia < as.length ? as[ia] : la;
                int r = Arrays.mismatch(ad, pa, la, b, pb, lb);
                int shift = pb - pa;
                if (r < 0) {
                    if (nb + as.length - ia > bs.length) bs = Arrays.copyOf(bs, nb + as.length - ia);
                    for (int k = ia; k < as.length; k++) bs[nb++] = as[k] + shift;
                    break;
                }
                int j = containing(as, ia, pa + r, la);
                if (nb + j - ia + 1 > bs.length) bs = Arrays.copyOf(bs, Math.max(bs.length * 2, nb + j - ia + 1));
                for (int k = ia; k < j; k++) bs[nb++] = as[k] + shift;
                pb = (j < as.length ? as[j] : la) + shift;
                ia = j;
                if (nb + 1 > bs.length) bs = Arrays.copyOf(bs, bs.length * 2);
                // One entry on either side, or both: a method of its own, so the compiler keeps this loop small.
                long moved = step(ad, as, la, ia, b, pb, lb, dir, out);
                if ((moved & KEPT) != 0) bs[nb++] = pb;
                if ((moved & A_DONE) != 0) ia++;
                if ((moved & B_DONE) != 0) pb = next(b, pb, lb);
            }
            scratch.set(depth, bs);
            int[] kept = ints(nb);
            System.arraycopy(bs, 0, kept, 0, nb);
            keep(HexFormat.of().formatHex(bId), kept);
        }

        /** What {@link #step} did: its entry of the parent's tree is kept in it, each side's entry is done. */
        private static final long KEPT = 1;
        private static final long A_DONE = 2;
        private static final long B_DONE = 4;

        /**
         * Compares the commit's entry at {@code as[ia]} (none when {@code ia} is past the end) with the parent's at
         * {@code pb} (none when at {@code lb}), in git's order, and adds what changed to {@code out}.
         */
        private long step(byte[] ad, int[] as, int la, int ia, byte[] b, int pb, int lb, String dir, List<Change> out)
                throws IOException {
            int c;
            if (ia == as.length) c = 1;
            else if (pb == lb) c = -1;
            else c = compareNames(ad, as[ia], la, b, pb, lb);
            if (c < 0) {
                added(entry(ad, as[ia], la), dir, out);
                return A_DONE;
            }
            if (c > 0) {
                deleted(entry(b, pb, lb), dir, out);
                return KEPT | B_DONE;
            }
            Entry now = entry(ad, as[ia], la);
            Entry before = entry(b, pb, lb);
            if (now.tree()) {
                if (!Arrays.equals(now.id(), before.id())) folder(now, before, dir, out);
            } else if (now.mode() != before.mode() || !Arrays.equals(now.id(), before.id())) {
                out.add(modified(dir + now.name(), now, before));
            }
            return KEPT | A_DONE | B_DONE;
        }

        /** A folder in both versions with another id: compared one level down. */
        private void folder(Entry now, Entry before, String dir, List<Change> out) throws IOException {
            depth++;
            try {
                diff(tree(now.id()), objects.read(before.id()), before.id(), dir + now.name() + "/", out);
            } finally {
                depth--;
            }
        }

        private void added(Entry e, String dir, List<Change> out) throws IOException {
            if (e.tree()) all("A", e, dir + e.name() + "/", out);
            else out.add(new Change("A", dir + e.name(), "", e.id(), e.mode()));
        }

        private void deleted(Entry e, String dir, List<Change> out) throws IOException {
            if (e.tree()) all("D", e, dir + e.name() + "/", out);
            else out.add(new Change("D", dir + e.name(), "", e.id(), e.mode()));
        }

        /** The index (from {@code from}) of the entry holding byte {@code x}, or {@code starts.length} when x is the end. */
        private static int containing(int[] starts, int from, int x, int length) {
            if (x >= length) return starts.length;
            int lo = from;
            int hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= x) lo = mid;
                else hi = mid - 1;
            }
            return lo;
        }

        /** git's order of tree entries: by name, a folder's name read as if it ended in "/". */
        private static int compareNames(byte[] a, int at, int la, byte[] b, int bt, int lb) {
            int sa = indexOf(a, (byte) ' ', at, la);
            int sb = indexOf(b, (byte) ' ', bt, lb);
            boolean ta = isTree(a, at, sa);
            boolean tb = isTree(b, bt, sb);
            int ea = indexOf(a, (byte) 0, sa, la);
            int eb = indexOf(b, (byte) 0, sb, lb);
            int na = ea - sa - 1;
            int nbl = eb - sb - 1;
            int m = Arrays.mismatch(a, sa + 1, ea, b, sb + 1, eb);
            if (m < 0) return Boolean.compare(ta, tb);
            int ca = m < na ? a[sa + 1 + m] & 0xff : (ta ? '/' : 0);
            int cb = m < nbl ? b[sb + 1 + m] & 0xff : (tb ? '/' : 0);
            return Integer.compare(ca, cb);
        }

        private static boolean isTree(byte[] d, int at, int space) {
            return (mode(d, at, space) & S_IFMT) == S_IFDIR;
        }

        private static int mode(byte[] d, int at, int space) {
            int mode = 0;
            for (int i = at; i < space; i++) mode = mode * 8 + (d[i] - '0');
            return mode;
        }

        private Entry entry(byte[] d, int at, int length) {
            int space = indexOf(d, (byte) ' ', at, length);
            int nul = indexOf(d, (byte) 0, space, length);
            if (nul + 1 + hashLength > length) throw new IllegalArgumentException("not a tree");
            return new Entry(mode(d, at, space), new String(d, space + 1, nul - space - 1, StandardCharsets.UTF_8),
                    Arrays.copyOfRange(d, nul + 1, nul + 1 + hashLength));
        }

        private int next(byte[] d, int at, int length) {
            int end = indexOf(d, (byte) 0, at, length) + 1 + hashLength;
            if (end > length) throw new IllegalArgumentException("not a tree");
            return end;
        }

        private static int indexOf(byte[] d, byte what, int from, int length) {
            for (int i = from; i < length; i++) {
                if (d[i] == what) return i;
            }
            throw new IllegalArgumentException("not a tree");
        }

        /** The tree {@code id}, parsed: its bytes (valid for this step), its entries' starts kept or found in full. */
        private Tree tree(byte[] id) throws IOException {
            String key = HexFormat.of().formatHex(id);
            GitObjects.Obj o = objects.read(id);
            if (o.type() != GitObjects.TREE) throw new IOException(key + " is not a tree");
            byte[] d = o.data();
            int length = o.length();
            Starts known = trees.get(key);
            if (known != null) {
                known.step = step;
                return new Tree(d, length, known.starts);
            }
            int[] starts = new int[16];
            int n = 0;
            for (int at = 0; at < length; at = next(d, at, length)) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = at;
            }
            starts = Arrays.copyOf(starts, n);
            keep(key, starts);
            return new Tree(d, length, starts);
        }

        private void keep(String key, int[] starts) {
            Starts old = trees.put(key, new Starts(starts, step));
            if (old == null) cached += 4L * starts.length + 64;
            else cached += 4L * (starts.length - old.starts.length);
            var it = trees.values().iterator();
            while (cached > TREE_CACHE_BYTES && trees.size() > 1 && it.hasNext()) {
                Starts gone = it.next();
                cached -= 4L * gone.starts.length + 64;
                it.remove();
                if (gone.step == step) continue; // may be in use in this commit's comparison
                if (spareInts + gone.starts.length > TREE_CACHE_BYTES / 8) {
                    spare.clear();
                    spareInts = 0;
                }
                spare.computeIfAbsent(gone.starts.length, n -> new ArrayDeque<>()).push(gone.starts);
                spareInts += gone.starts.length;
            }
        }

        /** An array of {@code n} ints, spare or new; the caller writes every one. */
        private int[] ints(int n) {
            ArrayDeque<int[]> free = spare.get(n);
            if (free == null || free.isEmpty()) return new int[n];
            spareInts -= n;
            return free.pop();
        }
    }
}
