package accord.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the portal's root ({@code content/} and optional {@code templates/} inside it),
 * the output folder, whether drafts are published, a base URL that overrides site.yml, and whether
 * to write at all ({@code check} does not).
 */
public record BuildOptions(Path source, Path output, boolean drafts, Optional<String> baseUrl, boolean write) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }
}
