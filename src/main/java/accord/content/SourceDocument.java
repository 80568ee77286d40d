package accord.content;

import java.util.Objects;

/**
 * One record file as read: {@code path} relative to the source root (e.g.
 * {@code content/sessions/x.md}), its collection folder and slug, its front matter and its
 * Markdown body ({@code markdown}, held or read again from the file: {@link Body}), which starts on line
 * {@code bodyLine} of the file.
 */
public record SourceDocument(String path, String collection, String slug, YamlMap frontMatter, Body markdown,
                             int bodyLine, RecordId id) {
    /** The body {@code accord new} writes into a new record, for the editor to write over. */
    /**
     * The body {@code accord new} writes for the editor to replace (followed, where the collection has a field of the
     * sources role, by a sentence naming it); a published record that still holds it is warned of. Scaffolds written
     * before that sentence was the collection's own begin with it too.
     */
    public static final String PLACEHOLDER_BODY = "Write the record here, in your own words.";

    /**
     * The line of the file where the body, {@code text} (this document's {@link #body()}, as the caller already has
     * it: a body not held is read again from its file), still holds {@link #PLACEHOLDER_BODY}, if it does.
     */
    public java.util.OptionalInt placeholderLine(String text) {
        int at = text.indexOf(PLACEHOLDER_BODY);
        if (at < 0) return java.util.OptionalInt.empty();
        int line = bodyLine;
        for (int i = 0; i < at; i++) if (text.charAt(i) == '\n') line++;
        return java.util.OptionalInt.of(line);
    }

    public SourceDocument(String path, String collection, String slug, YamlMap frontMatter, String body, int bodyLine) {
        this(path, collection, slug, frontMatter, Body.of(body), bodyLine);
    }

    public SourceDocument(String path, String collection, String slug, YamlMap frontMatter, Body markdown, int bodyLine) {
        this(path, collection, slug, frontMatter, markdown, bodyLine, RecordId.shared(collection, slug));
    }

    /** The Markdown body's text. */
    public String body() {
        return markdown.text();
    }

    /** The same document with another body (the same text, cleaned). */
    public SourceDocument withBody(Body other) {
        return new SourceDocument(path, collection, slug, frontMatter, other, bodyLine, id);
    }

    /**
     * The same document without its front matter's syntax tree, which only validation reads: a
     * build session keeps every record for as long as it lives, and the tree is a quarter of it.
     */
    public SourceDocument withoutFrontMatter() {
        return new SourceDocument(path, collection, slug, new YamlMap(java.util.Map.of(), frontMatter.position()), markdown,
                bodyLine, id);
    }

    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(markdown, "markdown");
        if (!id.equals(new RecordId(collection, slug))) throw new IllegalArgumentException("id must be collection/slug: " + id);
        if (bodyLine < 1) throw new IllegalArgumentException("bodyLine must be 1 or more: " + bodyLine);
    }
}
