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
import java.util.concurrent.CompletableFuture;

/**
 * Reads a portal's history with the {@code git} command: one {@code git log} over every file under
 * {@code content/} for the whole portal (never one process per file), plus three small calls (where the
 * repository is, the commit checked out, and {@code git status} for uncommitted changes).
 *
 * <p>git runs with its output in the C locale, without the pager, colours, optional locks (so a build
 * never blocks an editor's own git command) or a file-system monitor (whose hook a repository's
 * configuration could name), and with the {@code GIT_DIR}-style variables of a calling hook removed, so
 * the repository is the one holding the portal.
 */
public final class GitHistory {
    private final Path root;
    private final String git;

    /** Reads the history of the portal at {@code root} with the {@code git} found on the PATH. */
    public GitHistory(Path root) {
        this(root, "git");
    }

    /** With {@code git} naming the executable (a test can name one that does not exist). */
    public GitHistory(Path root, String git) {
        this.root = root.toAbsolutePath().normalize();
        this.git = git;
    }

    /** The whole history, or a history that says why it is not known. Never throws for git's sake. */
    public History read() {
        Run where = run("rev-parse", "--show-toplevel", "--show-prefix", "--is-shallow-repository");
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
            Run log = run("log", "-z", "--name-status", "-M", "--date-order", "--no-color", "--encoding=UTF-8",
                    "--format=" + GitLogParser.FORMAT, head, "--", "content");
            if (log.code() != 0) return History.unknown(History.State.FAILED, firstLine(log.err()));
            try {
                files = GitLogParser.parse(log.out(), prefix);
            } catch (IllegalArgumentException e) {
                return History.unknown(History.State.FAILED, e.getMessage());
            }
        }
        Run status = run("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "content");
        if (status.code() != 0) return History.unknown(History.State.FAILED, firstLine(status.err()));
        return new History(History.State.AVAILABLE, "", head, prefix, files, parseStatus(status.out(), prefix));
    }

    /**
     * The history again after the work tree may have changed: read whole when the commit checked out
     * moved (or the last read found none), otherwise {@code previous} with the uncommitted files read anew.
     */
    public History refresh(History previous) {
        if (!previous.known() || !head().equals(previous.head())) return read();
        Run status = run("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "content");
        if (status.code() != 0) return History.unknown(History.State.FAILED, firstLine(status.err()));
        return new History(previous.state(), previous.detail(), previous.head(), previous.prefix(), previous.files(),
                parseStatus(status.out(), previous.prefix()));
    }

    /** The commit checked out, or empty when there is none (no repository, no commit yet). A cheap call. */
    public String head() {
        Run r = run("rev-parse", "-q", "--verify", "HEAD");
        return r.code() == 0 ? r.out().strip() : "";
    }

    /**
     * {@code git status --porcelain=v1 -z}: entries {@code XY path}, and for a rename or copy in the index
     * the old path as one more token. Paths there are relative to the repository's top.
     */
    static Map<String, History.Uncommitted> parseStatus(String out, String prefix) {
        Map<String, History.Uncommitted> result = new HashMap<>();
        String[] tokens = out.split("\0");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.length() < 4) continue;
            char x = t.charAt(0);
            char y = t.charAt(1);
            String path = t.substring(3);
            if (!prefix.isEmpty() && path.startsWith(prefix)) path = path.substring(prefix.length());
            if (x == 'R' || x == 'C') i++; // the old name follows
            boolean fresh = x == '?' || x == 'A' || x == 'R' || x == 'C';
            result.put(path, fresh ? History.Uncommitted.NEW : History.Uncommitted.MODIFIED);
            if (y == 'D' && fresh) result.remove(path);
        }
        return result;
    }

    private record Run(int code, String out, String err, boolean missing) {
    }

    private Run run(String... args) {
        List<String> command = new ArrayList<>(List.of(git, "-C", root.toString(), "-c", "core.fsmonitor=false",
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
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null").exists()
                ? new java.io.File("/dev/null") : new java.io.File("NUL")));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Run(-1, "", e.getMessage() == null ? "" : e.getMessage(), true);
        }
        // stderr is drained on a thread of its own, so neither pipe can fill and stall git.
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()), GitHistory::thread);
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
