package accord.render;

import java.util.Objects;

/**
 * A rendered output file: its path inside the output folder, its text, and where it came from
 * (the record's source file, or the template), for messages about it.
 */
public record RenderedPage(String outputPath, String content, String origin) {
    public RenderedPage {
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
    }

    public boolean isHtml() {
        return outputPath.endsWith(".html");
    }
}
