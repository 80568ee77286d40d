package accord.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A git repository for tests, made with the {@code git} command and isolated from the machine's own
 * configuration: every commit has a fixed author, committer and date, so its hash is the same on
 * every run.
 */
public final class GitRepo {
    private final Path dir;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    /** Makes {@code dir} (which may hold files already) a repository on branch main. */
    public static GitRepo init(Path dir) {
        GitRepo repo = new GitRepo(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repo.git(null, null, "init", "-q", "-b", "main");
        return repo;
    }

    public Path dir() {
        return dir;
    }

    /** Writes {@code files} (TestPortal's inline format) into the work tree, without committing. */
    public GitRepo write(String files) {
        TestPortal.write(dir, files);
        return this;
    }

    /** Stages everything and commits it as {@code author} at {@code date} (ISO 8601 with offset) with {@code message}. */
    public String commit(String author, String date, String message) {
        git(null, null, "add", "-A", ".");
        git(author, date, "commit", "-q", "--allow-empty", "-m", message);
        return git(null, null, "rev-parse", "HEAD").strip();
    }

    public GitRepo move(String from, String to) {
        git(null, null, "mv", from, to);
        return this;
    }

    public GitRepo delete(String path) {
        git(null, null, "rm", "-q", path);
        return this;
    }

    /** Runs git in the repository with a clean configuration; returns its output. Fails the test when git does. */
    public String git(String author, String date, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        String name = author == null ? "Test" : author;
        String email = name.replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT) + "@example.org";
        env.put("GIT_AUTHOR_NAME", name);
        env.put("GIT_AUTHOR_EMAIL", email);
        env.put("GIT_COMMITTER_NAME", name);
        env.put("GIT_COMMITTER_EMAIL", email);
        if (date != null) {
            env.put("GIT_AUTHOR_DATE", date);
            env.put("GIT_COMMITTER_DATE", date);
        }
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
