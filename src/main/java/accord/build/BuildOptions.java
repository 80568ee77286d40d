package accord.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the portal's root ({@code content/} and optional {@code templates/} inside it),
 * the output folder, whether drafts are published, a base URL that overrides site.yml, whether
 * to write at all ({@code check} does not), how many threads render (0: one per core), and the git command
 * that reads the history.
 */
public record BuildOptions(Path source, Path output, boolean drafts, Optional<String> baseUrl, boolean write, int threads,
                           String git) {
    public BuildOptions {
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl.flatMap(accord.config.ConfigReader::baseUrlMistake).ifPresent(m -> {
            throw new IllegalArgumentException("--base-url: " + m);
        });
        if (threads < 0) throw new IllegalArgumentException("threads must be 0 (one per core) or more: " + threads);
    }

    public BuildOptions(Path source, Path output, boolean drafts, Optional<String> baseUrl, boolean write) {
        this(source, output, drafts, baseUrl, write, 0);
    }

    public BuildOptions(Path source, Path output, boolean drafts, Optional<String> baseUrl, boolean write, int threads) {
        this(source, output, drafts, baseUrl, write, threads, "git");
    }

    /** With {@code git} as the command that reads the history (a test names one that is not there). */
    public BuildOptions withGit(String command) {
        return new BuildOptions(source, output, drafts, baseUrl, write, threads, command);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(source, output, drafts, baseUrl, write, n, git);
    }

    /** The number of threads to render with. */
    int parallelism() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
