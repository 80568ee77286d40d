package accord.markdown;

import java.util.List;
import java.util.Objects;

/** HTML made from Markdown, and the links it contains. */
public record RenderedMarkdown(String html, List<LinkRef> links) {
    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        links = List.copyOf(links);
    }

    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of());
}
