package accord.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the portal's root ({@code content/} and optional {@code templates/} inside it),
 * the output folder, whether drafts are published, a base URL that overrides site.yml, whether
 * to write at all ({@code check} does not), and how many threads render (0: one per core).
 */
public record BuildOptions(Path source, Path output, boolean drafts, Optional<String> baseUrl, boolean write, int threads) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (threads < 0) throw new IllegalArgumentException("threads must be 0 (one per core) or more: " + threads);
    }

    public BuildOptions(Path source, Path output, boolean drafts, Optional<String> baseUrl, boolean write) {
        this(source, output, drafts, baseUrl, write, 0);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(source, output, drafts, baseUrl, write, n);
    }

    /** The number of threads to render with. */
    int parallelism() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
