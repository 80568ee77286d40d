package accord.markdown;

import accord.problem.SourcePosition;
import java.util.Objects;

/** A link found in Markdown: what was written, what it became, and where it was written. */
public record LinkRef(String written, String href, SourcePosition position) {
    public LinkRef {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(position, "position");
    }
}
