package accord.bench;

import accord.history.GitHistory;
import accord.history.History;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The history benchmark (bench/history). {@code stream RECORDS COMMITS} writes a git fast-import stream
 * to standard output: a repository whose first commits add RECORDS record files under content/ (in
 * batches of 100), and whose other commits each amend one to three records, every 40th also renaming
 * one, by eight authors an hour apart. {@code time DIR RUNS} reads DIR's history RUNS times with
 * {@link GitHistory} and prints each time and the median.
 */
public final class HistoryBench {
    private static final String[] COLLECTIONS = {"sessions", "speakers", "declarations", "plans", "organizations"};

    private HistoryBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("stream")) {
            stream(Integer.parseInt(args[1]), Integer.parseInt(args[2]), System.out);
        } else if (args.length == 3 && args[0].equals("portal")) {
            portal(Path.of(args[1]), Integer.parseInt(args[2]), System.out);
        } else if (args.length == 3 && args[0].equals("time")) {
            time(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 4 && args[0].equals("read")) {
            read(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
        } else {
            System.err.println("usage: HistoryBench stream RECORDS COMMITS | portal DIR COMMITS | time DIR RUNS | read DIR reference|whole|trees|uncached|cached RUNS");
            System.exit(2);
        }
    }

    static void stream(int records, int commits, OutputStream raw) throws IOException {
        Random random = new Random(10);
        OutputStream out = new BufferedOutputStream(raw, 1 << 20);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < records; i++) names.add("content/" + COLLECTIONS[i % COLLECTIONS.length] + "/record-" + i + ".md");
        long time = 1_700_000_000L;
        int made = 0;
        int renames = 0;
        for (int c = 1; c <= commits; c++) {
            StringBuilder body = new StringBuilder();
            String subject;
            if (made < records) {
                int to = Math.min(records, made + 100);
                for (int i = made; i < to; i++) file(body, names.get(i), "first version of " + i);
                subject = "Add records " + made + " to " + (to - 1);
                made = to;
            } else {
                int n = 1 + random.nextInt(3);
                StringBuilder which = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    int i = random.nextInt(records);
                    file(body, names.get(i), "version " + c + " of " + i + "\n" + "a line of text ".repeat(20));
                    which.append(k == 0 ? "" : ", ").append(i);
                }
                subject = "Amend records " + which;
                if (c % 40 == 0) {
                    int i = random.nextInt(records);
                    String to = names.get(i).replace(".md", "-r" + (++renames) + ".md");
                    body.append("R ").append(names.get(i)).append(' ').append(to).append('\n');
                    names.set(i, to);
                    subject += "; rename record " + i;
                }
            }
            time += 3600;
            out.write(header(c, time, subject));
            out.write(body.toString().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        out.flush();
    }

    /**
     * A fast-import stream of {@code commits} commits for the portal at {@code dir} (bench/history-build): the first
     * adds every file under its content/; each later one amends one to three of its records (a sentence added at the
     * end of the body), by eight authors an hour apart. The last commit's records build as the portal does.
     */
    static void portal(Path dir, int commits, OutputStream raw) throws IOException {
        java.util.TreeMap<String, byte[]> files = new java.util.TreeMap<>();
        try (var walk = java.nio.file.Files.walk(dir.resolve("content"))) {
            for (Path p : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), java.nio.file.Files.readAllBytes(p));
            }
        }
        List<String> records = files.keySet().stream().filter(p -> p.endsWith(".md")).toList();
        Random random = new Random(7);
        OutputStream out = new BufferedOutputStream(raw, 1 << 20);
        for (int c = 0; c < commits; c++) {
            java.util.SortedSet<String> changed = new java.util.TreeSet<>();
            String subject;
            if (c == 0) {
                changed.addAll(files.keySet());
                subject = "Add the portal";
            } else {
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    String p = records.get(random.nextInt(records.size()));
                    String text = new String(files.get(p), StandardCharsets.UTF_8).stripTrailing();
                    files.put(p, (text + "\n\nAmended in change " + c + ".\n").getBytes(StandardCharsets.UTF_8));
                    changed.add(p);
                }
                subject = "Amend " + changed.size() + " record(s), change " + c;
            }
            out.write(header(c, 1_700_000_000L + 3600L * c, subject));
            for (String p : changed) {
                byte[] b = files.get(p);
                out.write(("M 100644 inline " + p + "\ndata " + b.length + "\n").getBytes(StandardCharsets.UTF_8));
                out.write(b);
                out.write('\n');
            }
            out.write('\n');
        }
        out.flush();
    }

    /** Commit {@code c}'s header on main, by one of eight authors (who also commits it) at {@code time}. */
    private static byte[] header(int c, long time, String subject) {
        String who = "Author " + (c % 8) + " <a" + (c % 8) + "@example.org> " + time + " +0000\n";
        StringBuilder head = new StringBuilder("commit refs/heads/main\n");
        head.append("author ").append(who).append("committer ").append(who);
        data(head, subject);
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void file(StringBuilder sb, String path, String content) {
        sb.append("M 100644 inline ").append(path).append('\n');
        data(sb, "---\ntitle: \"" + path + "\"\n---\n" + content + "\n");
    }

    private static void data(StringBuilder sb, String text) {
        sb.append("data ").append(text.getBytes(StandardCharsets.UTF_8).length).append('\n').append(text).append('\n');
    }

    /**
     * Times each way a build reads the history of {@code dir}, and checks that each gives what the long way gives:
     * the long way (one {@code git log -- content}, no cache: what builds did before), the fast read on a fresh
     * clone (a log of the whole repository, no cache), a first build (the same, writing the cache), a build at the
     * same commit (the cache alone, {@code runs} times), and a build after one more commit (the cache and a log of
     * that commit).
     */
    static void time(Path dir, int runs) throws IOException {
        Path cacheDir = Path.of(git(dir, "rev-parse", "--absolute-git-dir").strip()).resolve("accord-history");
        deleteCache(cacheDir);
        long start = System.nanoTime();
        History reference = GitHistory.reference(dir).read();
        report("the long way (git log -- content, no cache)", start, reference, reference);
        start = System.nanoTime();
        report("whole-repository log, no cache (a fresh clone)", start, GitHistory.wholeLog(dir).read(), reference);
        start = System.nanoTime();
        report("tree log, no cache", start, GitHistory.treeLog(dir).read(), reference);
        start = System.nanoTime();
        report("first build (fast read, cache written)", start, new GitHistory(dir).read(), reference);
        long[] ms = new long[runs];
        for (int r = 0; r < runs; r++) {
            start = System.nanoTime();
            History h = new GitHistory(dir).read();
            ms[r] = (System.nanoTime() - start) / 1_000_000;
            if (!h.equals(reference)) throw new IllegalStateException("the cached read differs from the long way");
        }
        Arrays.sort(ms);
        System.out.println("build at the same commit (cache): median " + ms[runs / 2] + " ms over " + runs + " runs, same as the long way");
        Path file; // the first record of the sessions (record-0.md in a stream's repository, session-1.md in a portal's)
        try (var list = java.nio.file.Files.list(dir.resolve("content/sessions"))) {
            file = list.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file) + "one more line\n");
        git(dir, "-c", "user.name=Bench", "-c", "user.email=bench@example.org", "commit", "-q", "-am", "One more commit");
        start = System.nanoTime();
        History next = new GitHistory(dir).read();
        long incremental = (System.nanoTime() - start) / 1_000_000;
        History nextReference = GitHistory.reference(dir).read();
        System.out.println("build after one more commit (cache + git log of it): " + incremental + " ms, same as the long way: "
                + next.equals(nextReference));
        long changes = reference.files().values().stream().mapToLong(List::size).sum();
        System.out.println("history: " + reference.state() + ", " + reference.files().size() + " files, " + changes + " file changes");
    }

    /**
     * Reads DIR's history RUNS times one way ({@code reference}, {@code whole}: the whole-repository log, {@code trees}:
     * the tree log, {@code uncached}: the default read with no cache, {@code cached}) and prints each
     * run's wall time and the CPU time of the JVM's threads (the tree log's threads, the collector and the compiler;
     * git's own is the process tree's: time the JVM).
     */
    static void read(Path dir, String how, int runs) {
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long cpu = process.getProcessCpuTime();
            History h = switch (how) {
                case "reference" -> GitHistory.reference(dir).read();
                case "uncached" -> GitHistory.uncached(dir).read();
                case "whole" -> GitHistory.wholeLog(dir).read();
                case "trees" -> GitHistory.treeLog(dir).read();
                default -> new GitHistory(dir).read();
            };
            System.out.println(how + " run " + (r + 1) + ": " + (System.nanoTime() - start) / 1_000_000 + " ms wall, "
                    + (process.getProcessCpuTime() - cpu) / 1_000_000 + " ms CPU in the JVM (all its threads, not git's); " + h.files().size() + " files");
        }
    }

    private static void report(String what, long start, History h, History reference) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(what + ": " + ms + " ms" + (h == reference ? "" : ", same as the long way: " + h.equals(reference)));
        if (!h.equals(reference)) throw new IllegalStateException(what + " differs from the long way");
    }

    private static void deleteCache(Path cacheDir) throws IOException {
        if (!java.nio.file.Files.isDirectory(cacheDir)) return;
        try (var files = java.nio.file.Files.list(cacheDir)) {
            for (Path f : files.toList()) java.nio.file.Files.delete(f);
        }
    }

    private static String git(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) throw new IOException("git " + String.join(" ", args) + " failed: " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }
}
