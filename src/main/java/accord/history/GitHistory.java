package accord.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a portal's history with the {@code git} command: one {@code git log} for the whole portal (never one
 * process per file), plus small calls (where the repository is, the commit checked out, and {@code git status}
 * for uncommitted changes).
 *
 * <p>How the log is read, cheapest first, each giving what {@link #reference} gives (the one {@code git log
 * -- content} the history was first read with): the log read last time, kept with the commit it was read at
 * ({@link HistoryCache}), when that is still the commit checked out; that log with the commits made since in
 * front, when they are a straight line from it (no merge); otherwise the whole log. A log of
 * {@value #COMMITS_PER_PROCESS} commits or more without a merge is made by {@link TreeLog} ({@link Way#TREES}: git
 * lists the commits and their trees are compared in Java, read from the pack files in place) in a process of its own
 * ({@link TreeLogProcess}); a shorter log, and one where that gives way, is read from git without limiting it to
 * {@code content/} (git then compares each commit's trees once, not twice: about half the time) and kept when
 * {@link GitLogParser#unsafeWhole} finds nothing that a limited log would show otherwise; else, and for a history
 * with merges, it is read again limited to {@code content/}.
 *
 * <p>git runs with its output in the C locale, without the pager, colours, optional locks (so a build
 * never blocks an editor's own git command) or a file-system monitor (whose hook a repository's
 * configuration could name), and with the {@code GIT_DIR}-style variables of a calling hook removed, so
 * the repository is the one holding the portal.
 */
public final class GitHistory {
    private final Path root;
    private final String git;
    private final Way way;
    private final boolean cache;
    /** How many git processes may read one log at once, and the fewest commits each must have to be worth starting. */
    private final int processes;
    private final int perProcess;

    /**
     * How a log of commits without a merge is read (one with a merge is always read as {@link #LIMITED}): each way
     * gives what the one before it gives, faster.
     */
    enum Way {
        /** One {@code git log -- content}: the long way, which the others must equal. */
        LIMITED,
        /** {@code git log} of the whole repository, read by one git process per core over runs of commits. */
        WHOLE,
        /**
         * The commits listed by git and their trees compared in Java ({@link TreeLog}), in a process of its own when
         * there are {@code perProcess} commits or more; otherwise, or where that fails, {@link #WHOLE}.
         */
        TREES
    }

    /** Reads the history of the portal at {@code root} with the {@code git} found on the PATH. */
    public GitHistory(Path root) {
        this(root, "git");
    }

    /** With {@code git} naming the executable (a test can name one that does not exist). */
    public GitHistory(Path root, String git) {
        this(root, git, DEFAULT, true);
    }

    /**
     * How a build reads a log of commits without a merge: the tree log, in a niced process with the first JIT tier,
     * which gives the same history (the tests and bench/history check it) for about half the CPU of git's log; in the
     * build's own JVM it was no faster (bench/README.md#history).
     */
    static final Way DEFAULT = Way.TREES;

    private GitHistory(Path root, String git, Way way, boolean cache) {
        this(root, git, way, cache, Math.min(MOST_PROCESSES, Runtime.getRuntime().availableProcessors()), COMMITS_PER_PROCESS);
    }

    private GitHistory(Path root, String git, Way way, boolean cache, int processes, int perProcess) {
        this.root = root.toAbsolutePath().normalize();
        this.git = git;
        this.way = way;
        this.cache = cache;
        this.processes = processes;
        this.perProcess = perProcess;
    }

    /**
     * The fast read without the cache, its log read by {@code processes} git processes however few the commits (one
     * each at least): for tests, which compare it with the long way on small histories.
     */
    static GitHistory inParts(Path root, int processes) {
        return inParts(root, processes, Way.WHOLE);
    }

    /** {@code way} without the cache, in {@code processes} parts (git processes or threads) however few the commits. */
    static GitHistory inParts(Path root, int processes, Way way) {
        return new GitHistory(root, "git", way, false, processes, 1);
    }

    /**
     * The long way, which the fast read must equal: one {@code git log -- content} over the whole history, no
     * cache. For tests and the benchmark.
     */
    public static GitHistory reference(Path root) {
        return new GitHistory(root, "git", Way.LIMITED, false);
    }

    /** The fast read without the cache: what a build pays on a fresh clone. For tests and the benchmark. */
    public static GitHistory uncached(Path root) {
        return new GitHistory(root, "git", DEFAULT, false);
    }

    /** The log of the whole repository, read by one git process per core, no cache. For the benchmark. */
    public static GitHistory wholeLog(Path root) {
        return new GitHistory(root, "git", Way.WHOLE, false);
    }

    /**
     * The tree log ({@link TreeLog}) in a process of its own however few the commits, no cache, in one thread per core.
     * For tests and the benchmark.
     */
    public static GitHistory treeLog(Path root) {
        return treeLog(root, "git");
    }

    /** {@link #treeLog(Path)} with {@code git} naming the executable. */
    static GitHistory treeLog(Path root, String git) {
        return new GitHistory(root, git, Way.TREES, false, Math.min(MOST_PROCESSES, Runtime.getRuntime().availableProcessors()), 1);
    }

    /** The whole history, or a history that says why it is not known. Never throws for git's sake. */
    public History read() {
        Run where = run("rev-parse", "--show-toplevel", "--show-prefix", "--is-shallow-repository", "--absolute-git-dir");
        if (where.missing()) return History.unknown(History.State.NOT_GIT, "git is not installed");
        if (where.code() != 0) {
            String why = firstLine(where.err());
            if (why.contains("not a git repository")) {
                return History.unknown(History.State.NOT_GIT, "the portal is not in a git checkout");
            }
            return History.unknown(History.State.FAILED, why);
        }
        String[] lines = where.out().split("\n", -1);
        String prefix = lines.length > 1 ? lines[1] : "";
        if (lines.length > 2 && lines[2].strip().equals("true")) {
            return History.unknown(History.State.SHALLOW, "shallow clone");
        }
        String head = head();
        Map<String, List<FileChange>> files = Map.of();
        if (!head.isEmpty()) {
            Optional<HistoryCache> store = cache && lines.length > 3 && !lines[3].isBlank()
                    ? Optional.of(new HistoryCache(Path.of(lines[3].strip()), prefix)) : Optional.empty();
            Run log = log(head, prefix, store);
            if (log.code() != 0) return History.unknown(History.State.FAILED, firstLine(log.err()));
            try {
                files = GitLogParser.parse(log.out(), prefix);
            } catch (IllegalArgumentException e) {
                return History.unknown(History.State.FAILED, e.getMessage());
            }
        }
        String headDate = head.isEmpty() ? "" : commitDate(head);
        Run status = status();
        if (status.code() != 0) return History.unknown(History.State.FAILED, firstLine(status.err()));
        return available(head, headDate, prefix, files, parseStatus(status.out(), prefix));
    }

    /**
     * The committer date of {@code commit}, ISO 8601 with the committer's offset, as {@link Commit#date} holds it (and
     * written as the open data write those: {@code Z} for UTC); empty when git cannot say. A quick question, at the
     * build's own priority.
     */
    private String commitDate(String commit) {
        Run r = run("show", "-s", "--no-color", "--format=%cI", commit);
        if (r.code() != 0) return "";
        try {
            return java.time.OffsetDateTime.parse(r.out().strip()).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
    }

    /**
     * The log up to {@code head}, in {@link GitLogParser#FORMAT}: from the cache when it holds {@code head}; the
     * cached log with the commits since in front when they follow it in a straight line; otherwise all of it.
     * A log read from git is saved in the cache for the next build.
     */
    private Run log(String head, String prefix, Optional<HistoryCache> store) {
        Optional<HistoryCache.Entry> cached = store.flatMap(HistoryCache::load);
        if (cached.isPresent() && cached.get().head().equals(head)) return new Run(0, cached.get().log(), "", false);
        Run read;
        if (cached.isPresent() && followsInALine(cached.get().head(), head)) {
            read = commits(cached.get().head() + ".." + head, prefix, true);
            if (read.code() == 0) read = new Run(0, read.out() + cached.get().log(), "", false);
        } else {
            read = commits(head, prefix, merges(head) == 0);
        }
        Run log = read;
        if (log.code() == 0) store.ifPresent(s -> s.save(new HistoryCache.Entry(head, log.out())));
        return log;
    }

    /** Fewer commits than this per git process, and one process reads the log sooner than several. */
    static final int COMMITS_PER_PROCESS = 2_000;
    /** At most this many git processes read one log. */
    private static final int MOST_PROCESSES = 8;

    /**
     * The log of {@code range} for the whole repository, as one {@code git log --date-order} gives it, read by as many
     * git processes as the machine has cores. Nearly all of a log's cost is git comparing each commit's trees with
     * its parent's, commit by commit, so the commits are listed first ({@code git rev-list}, which reads no trees: a
     * tenth of a second for 20,000 commits), cut into runs of consecutive commits, and each run's log is read by a
     * process of its own ({@code --no-walk=unsorted --stdin}: exactly those commits, in that order, each compared with
     * its first parent as the whole log compares it). The runs' logs, put end to end, are the whole log byte for byte
     * ({@code GitHistoryTest} checks it).
     */
    private Run wholeLog(String range) {
        List<String> format = List.of("-z", "--name-status", "-M", "--no-color", "--encoding=UTF-8",
                "--format=" + GitLogParser.FORMAT);
        if (processes > 1) {
            Run revs = run("rev-list", "--date-order", range);
            if (revs.code() != 0) return revs;
            List<String> commits = revs.out().lines().filter(l -> !l.isBlank()).toList();
            int parts = Math.min(processes, commits.size() / perProcess);
            if (parts > 1) return inParts(commits, parts, format);
        }
        List<String> args = new ArrayList<>(List.of("log", "--date-order"));
        args.addAll(format);
        args.add(range);
        return run(true, null, args.toArray(String[]::new));
    }

    /** The log of {@code commits} (newest first) read in {@code parts} runs of consecutive commits at once, put end to end. */
    private Run inParts(List<String> commits, int parts, List<String> format) {
        List<String> args = new ArrayList<>(List.of("log", "--no-walk=unsorted", "--stdin"));
        args.addAll(format);
        List<CompletableFuture<Run>> runs = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            List<String> part = commits.subList(commits.size() * i / parts, commits.size() * (i + 1) / parts);
            byte[] input = (String.join("\n", part) + "\n").getBytes(StandardCharsets.US_ASCII);
            runs.add(CompletableFuture.supplyAsync(() -> run(true, input, args.toArray(String[]::new)), GitHistory::thread));
        }
        StringBuilder out = new StringBuilder();
        for (CompletableFuture<Run> f : runs) {
            Run r = f.join();
            if (r.code() != 0) return r;
            out.append(r.out());
        }
        return new Run(0, out.toString(), "", false);
    }

    /**
     * The log {@link TreeLog} makes of {@code range} for the portal at {@code prefix} in the repository, or empty where
     * it leaves the log to git: for tests, which check it is what the fast read uses.
     */
    Optional<String> treeLog(String prefix, String range) {
        return treeLog(prefix, range, objects());
    }

    /** The same, reading packs from {@code objects} (null: every object through git). */
    private Optional<String> treeLog(String prefix, String range, Path objects) {
        return new TreeLog(treeGit(), prefix, objects, processes, perProcess).read(range);
    }

    /** Whether {@code range} holds {@code count} commits or more (git stops counting there). */
    private boolean atLeast(String range, int count) {
        Run r = run("rev-list", "--count", "--max-count=" + count, range);
        return r.code() == 0 && r.out().strip().equals(Integer.toString(count));
    }

    /**
     * The tree log of {@code range} made by a Java process of its own ({@link TreeLogProcess}), at the lowest priority
     * like git's log, and with the first JIT tier only; or empty where that process gives way (then git reads the log).
     * A process of its own, because in the build's JVM the tree log ran at the build's priority, competing with it for
     * the cores, and its comparison loop went to the optimising compiler (seconds of a compiler thread, at the build's
     * priority too); on its own, niced and with the first tier, it takes about half the CPU of git's log
     * (bench/README.md#history).
     */
    private Optional<String> treeLogProcess(String prefix, String range) {
        Path objects = objects();
        List<String> command = new ArrayList<>();
        if (NICE != null) command.addAll(List.of(NICE, "-n", "19"));
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                TreeLogProcess.class.getName(), root.toString(), git, prefix, range, objects == null ? "" : objects.toString(),
                Integer.toString(processes), Integer.toString(perProcess)));
        // Its input is a pipe this process never writes to, open until it ends: see TreeLogProcess.
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        Run r = finish(p, null);
        return r.code() == 0 ? Optional.of(r.out()) : Optional.empty();
    }

    /** The tree log made in this process: what {@link TreeLogProcess} runs. */
    static Optional<String> treeLogHere(Path root, String git, String prefix, String range, Path objects, int threads,
            int perThread) {
        return new GitHistory(root, git, Way.TREES, false, threads, perThread).treeLog(prefix, range, objects);
    }

    /** git for {@link TreeLog}: its output or an exception, and a long-lived process (its errors discarded). */
    private TreeLog.Git treeGit() {
        return new TreeLog.Git() {
            @Override
            public String output(byte[] input, String... args) throws IOException {
                Run r = run(input, args);
                if (r.code() != 0) throw new IOException("git " + args[0] + ": " + firstLine(r.err()));
                return r.out();
            }

            @Override
            public Process start(String... args) throws IOException {
                return builder(false, args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            }
        };
    }

    /** The repository's object folder, where its packs are, or null when git does not say. */
    private Path objects() {
        Run r = run("rev-parse", "--path-format=absolute", "--git-path", "objects");
        String dir = r.out().strip();
        return r.code() == 0 && !dir.isEmpty() && dir.indexOf('\n') < 0 ? Path.of(dir) : null;
    }

    /** Whether {@code head} descends from {@code from} through commits that are none of them a merge. */
    private boolean followsInALine(String from, String head) {
        return run("merge-base", "--is-ancestor", from, head).code() == 0 && merges(from + ".." + head) == 0;
    }

    /** How many merge commits {@code range} holds, or -1 when git cannot say. Reads commits only, no trees: cheap. */
    private long merges(String range) {
        Run r = run("rev-list", "--count", "--min-parents=2", range);
        try {
            return r.code() == 0 ? Long.parseLong(r.out().strip()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The log of {@code range}: when it holds no merge ({@code linear}), made by comparing trees ({@link TreeLog}),
     * or where that gives way read for the whole repository and kept when that equals the log limited to content/;
     * otherwise read limited to content/.
     */
    private Run commits(String range, String prefix, boolean linear) {
        if (way == Way.TREES && linear && atLeast(range, perProcess)) {
            Optional<String> log = treeLogProcess(prefix, range);
            if (log.isPresent()) return new Run(0, log.get(), "", false);
        }
        if (way != Way.LIMITED && linear) {
            Run whole = wholeLog(range);
            if (whole.code() != 0 || GitLogParser.unsafeWhole(whole.out(), prefix).isEmpty()) return whole;
        }
        if (linear) {
            return run(true, null, "log", "-z", "--name-status", "-M", "--date-order", "--no-color", "--encoding=UTF-8",
                    "--format=" + GitLogParser.FORMAT, range, "--", "content");
        }
        // With merges: every commit that touched content/ (--full-history: a branch's commits stay even where a merge
        // kept the other side's text), each with its parents as the log shows them (--parents), so the parser follows
        // each line of the history on its own; a merge compared with its first parent (what it brought to that line:
        // renames made on a branch, where its files' names changed); then each merge's combined diff with every
        // parent's blob and path, which says which files the merge itself wrote and what they were called on each side.
        Run log = run(true, null, "log", "-z", "--name-status", "-M", "--date-order", "--full-history", "--parents",
                "--diff-merges=first-parent", "--no-color", "--encoding=UTF-8", "--format=" + GitLogParser.FORMAT, range,
                "--", "content");
        if (log.code() != 0) return log;
        Run merges = run(true, null, "log", "-z", "--cc", "--raw", "--no-abbrev", "--combined-all-paths", "-M", "--full-history",
                "--min-parents=2", "--no-color", "--format=" + GitLogParser.MERGES_FORMAT, range, "--", "content");
        if (merges.code() != 0) return merges;
        return new Run(0, log.out() + GitLogParser.MERGES + merges.out(), "", false);
    }

    /**
     * The history again after the work tree may have changed: read whole when the commit checked out
     * moved (or the last read found none), otherwise {@code previous} with the uncommitted files read anew.
     */
    public History refresh(History previous) {
        if (!previous.known() || !head().equals(previous.head())) return read();
        Run status = status();
        if (status.code() != 0) return History.unknown(History.State.FAILED, firstLine(status.err()));
        return available(previous.head(), previous.headDate(), previous.prefix(), previous.files(),
                parseStatus(status.out(), previous.prefix()));
    }

    /**
     * A known history: the committed {@code files} and the work tree's {@code status}. A new file where a file with a
     * history was (deleted, then restored) has changes not committed to that history. A staged rename whose old name
     * has a history carries it to the new name (the file has changes not committed: the move); one whose old name has
     * none (it came from outside content/, say) is a file not committed yet.
     */
    private static History available(String head, String headDate, String prefix, Map<String, List<FileChange>> files,
            Status status) {
        Map<String, History.Uncommitted> dirty = new HashMap<>(status.files());
        // A file new to the work tree at a path with a history (a deleted record restored, not committed yet) goes on
        // with that history, as it will once committed: its page and the change log both show it, with the notice.
        dirty.replaceAll((path, u) -> u == History.Uncommitted.NEW && files.containsKey(path) ? History.Uncommitted.MODIFIED : u);
        Map<String, String> moved = new HashMap<>();
        status.moved().forEach((to, from) -> {
            if (files.containsKey(from)) moved.put(to, from);
            else dirty.put(to, History.Uncommitted.NEW);
        });
        return new History(History.State.AVAILABLE, "", head, headDate, prefix, files, dirty, moved);
    }

    /** The work tree as {@code git status} tells it: each file not as committed, and each staged rename (new path to old). */
    record Status(Map<String, History.Uncommitted> files, Map<String, String> moved) {
    }

    /** The work tree's status under content/, renames in the index paired whatever the user's git configuration says. */
    private Run status() {
        return run("-c", "status.renames=true", "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "content");
    }

    /** The commit checked out, or empty when there is none (no repository, no commit yet). A cheap call. */
    public String head() {
        Run r = run("rev-parse", "-q", "--verify", "HEAD");
        return r.code() == 0 ? r.out().strip() : "";
    }

    /**
     * {@code git status --porcelain=v1 -z}: entries {@code XY path}, and for a rename or copy in the index
     * the old path as one more token. Paths there are relative to the repository's top. A staged rename is a
     * change to a file with a history (its old name's), not a new file; a copy is a new file.
     */
    static Status parseStatus(String out, String prefix) {
        Map<String, History.Uncommitted> result = new HashMap<>();
        Map<String, String> moved = new HashMap<>();
        String[] tokens = out.split("\0");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.length() < 4) continue;
            char x = t.charAt(0);
            char y = t.charAt(1);
            String path = relative(t.substring(3), prefix);
            // A rename or copy, in the index (X) or in the work tree (Y, for a file added with git add -N): the old name follows.
            boolean renamed = x == 'R' || y == 'R';
            String from = renamed || x == 'C' || y == 'C' ? relative(tokens[++i], prefix) : "";
            boolean added = x == '?' || x == 'A' || x == 'R' || x == 'C' || y == 'A';
            if (added && y == 'D') continue; // put in the index, then deleted from the work tree: no file
            if (renamed) moved.put(path, from);
            boolean fresh = added && !renamed;
            result.put(path, fresh ? History.Uncommitted.NEW : History.Uncommitted.MODIFIED);
        }
        return new Status(result, moved);
    }

    private static String relative(String path, String prefix) {
        return !prefix.isEmpty() && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private record Run(int code, String out, String err, boolean missing) {
    }

    private Run run(String... args) {
        return run(null, args);
    }

    /** Runs git with {@code input} (null: nothing) on its standard input. */
    private Run run(byte[] input, String... args) {
        return run(false, input, args);
    }

    /**
     * nice(1), which runs the long reads of the log at the lowest priority, or null where there is none (Windows):
     * the build's own threads then come first and git takes what they leave. A build reads the history while it
     * reads and models the records, on every core, so git at the same priority slowed that work by as much as it
     * took; at the lowest it runs in the moments the build leaves a core idle (measured in bench/README.md).
     */
    private static final String NICE = java.util.stream.Stream.of("/usr/bin/nice", "/bin/nice")
            .filter(p -> java.nio.file.Files.isExecutable(Path.of(p))).findFirst().orElse(null);

    /** Standard input for a process given none: the null device. */
    private static final ProcessBuilder.Redirect NO_INPUT = ProcessBuilder.Redirect.from(
            new java.io.File("/dev/null").exists() ? new java.io.File("/dev/null") : new java.io.File("NUL"));

    /** Runs git, at the lowest priority when {@code background} (a long read of the log) and nice(1) is there. */
    private Run run(boolean background, byte[] input, String... args) {
        ProcessBuilder pb = builder(background, args);
        if (input == null) pb.redirectInput(NO_INPUT);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Run(-1, "", e.getMessage() == null ? "" : e.getMessage(), true);
        }
        return finish(p, input);
    }

    /**
     * git with {@code args}, in the portal's root, with the settings and environment the class comment gives; at the
     * lowest priority when {@code background}.
     */
    private ProcessBuilder builder(boolean background, String... args) {
        List<String> command = new ArrayList<>();
        if (background && NICE != null) command.addAll(List.of(NICE, "-n", "19"));
        command.addAll(List.of(git, "-C", root.toString(), "-c", "core.fsmonitor=false",
                "-c", "core.quotepath=off", "-c", "log.showSignature=false", "--no-pager"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        for (String v : List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR",
                "GIT_NAMESPACE", "GIT_CEILING_DIRECTORIES")) {
            env.remove(v);
        }
        env.put("LC_ALL", "C");
        env.put("LANGUAGE", "C");
        env.put("GIT_OPTIONAL_LOCKS", "0");
        env.put("GIT_TERMINAL_PROMPT", "0");
        return pb;
    }

    private Run finish(Process p, byte[] input) {
        // stderr is drained on a thread of its own, so neither pipe can fill and stall git.
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()), GitHistory::thread);
        if (input != null) {
            // Written on a thread of its own too: git may start writing before it has read all of it.
            thread(() -> {
                try (var in = p.getOutputStream()) {
                    in.write(input);
                } catch (IOException e) {
                    // git ended early: its exit code and message say why
                }
            });
        }
        byte[] out = drain(p.getInputStream());
        try {
            int code = p.waitFor();
            return new Run(code, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8), false);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Run(-1, "", "interrupted", false);
        }
    }

    /** Runs {@code task} on a new daemon thread: never on a shared pool, whose threads may all be waiting for git. */
    public static void thread(Runnable task) {
        Thread t = new Thread(task, "accord-git");
        t.setDaemon(true);
        t.start();
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = (nl < 0 ? t : t.substring(0, nl)).strip();
        if (line.startsWith("fatal: ")) line = line.substring("fatal: ".length());
        return line.isEmpty() ? "git failed" : line;
    }
}
