package accord.content;

import java.util.Objects;

/**
 * One record file as read: {@code path} relative to the source root (e.g.
 * {@code content/sessions/x.md}), its collection folder and slug, its front matter and its
 * Markdown body, which starts on line {@code bodyLine} of the file.
 */
public record SourceDocument(String path, String collection, String slug, YamlMap frontMatter, String body,
                             int bodyLine) {
    public RecordId id() {
        return new RecordId(collection, slug);
    }

    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        if (bodyLine < 1) throw new IllegalArgumentException("bodyLine must be 1 or more: " + bodyLine);
    }
}
