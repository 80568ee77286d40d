package accord.content;

import accord.problem.Problems;
import accord.text.BidiControls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A record's Markdown body: held in memory, or, when the build's memory for bodies is spent ({@link BodyMemory}),
 * read again from its file each time it is asked for. The bodies are most of what a build keeps for each record
 * (a 100,000-record portal's come to 600 MB), and each is wanted only a few times: its page, its search entry and
 * its data files. A body read again is the same text: the file must have the length and checksum it had when the
 * build first read it, or the build stops, naming the file, rather than publish a page that mixes two versions.
 */
public final class Body {
    private final String text;
    private final Path file;
    private final String path;
    private final long length;
    private final int checksum;
    private final boolean stripped;
    private final long held;
    private final boolean bidi;

    private Body(String text, Path file, String path, long length, int checksum, boolean stripped, long held, boolean bidi) {
        this.text = text;
        this.file = file;
        this.path = path;
        this.length = length;
        this.checksum = checksum;
        this.stripped = stripped;
        this.held = held;
        this.bidi = bidi;
    }

    /** A body held in memory (one that is not in a file, or a test's). */
    public static Body of(String text) {
        return new Body(java.util.Objects.requireNonNull(text, "text"), null, null, 0, 0, false, 0, true);
    }

    /**
     * The body of {@code file} (shown as {@code path}), whose whole content was {@code bytes}: held when {@code memory}
     * grants its size, otherwise to be read again from the file.
     */
    static Body of(String text, Path file, String path, byte[] bytes, BodyMemory memory) {
        long size = footprint(text);
        if (memory.take(size)) return new Body(text, file, path, bytes.length, 0, false, size, true);
        return new Body(null, file, path, bytes.length, checksum(bytes), false, 0, BidiControls.find(text).isPresent());
    }

    /**
     * The bytes {@code text} takes on the heap: a string of Latin-1 characters only keeps one byte for each, any other
     * two for each (the JVM's compact strings), and both an object and an array around them.
     */
    static long footprint(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) > 0xFF) return 2L * length + 48;
        }
        return length + 48L;
    }

    /** The Markdown text. Read again from the file when not held; a file changed since stops the build (see the class). */
    public String text() {
        return text != null ? text : reread();
    }

    /** Whether the text is held in memory (not read again when asked for). */
    public boolean held() {
        return text != null;
    }

    /**
     * Whether the text may hold a bidirectional control character: false when it was read without one and is not
     * held, so the validation that looks for them need not read it again.
     */
    public boolean mayHoldBidiControls() {
        return bidi;
    }

    /** This body without its bidirectional control characters ({@link BidiControls#strip}). */
    public Body stripped() {
        if (text != null) return new Body(BidiControls.strip(text), file, path, length, checksum, true, held, false);
        return new Body(null, file, path, length, checksum, true, 0, false);
    }

    /** Gives the memory this body holds back to {@code memory}, when the build lets go of it. */
    void release(BodyMemory memory) {
        if (held > 0) memory.give(held);
    }

    private String reread() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw changed();
        }
        if (bytes.length != length || checksum(bytes) != checksum) throw changed();
        Problems ignored = new Problems();
        Optional<String> body = TextDecoder.decode(bytes, path, ignored)
                .flatMap(t -> FrontMatterSplitter.split(t, path, ignored))
                .map(FrontMatterSplitter.Split::body);
        if (body.isEmpty()) throw changed();
        return stripped ? BidiControls.strip(body.get()) : body.get();
    }

    private UncheckedIOException changed() {
        String message = path + ": changed on disk while the build was reading it (build again)";
        return new UncheckedIOException(message, new IOException(message));
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /** Equal when the texts are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Body b && text().equals(b.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return held() ? "Body[" + text.length() + " chars]" : "Body[in " + path + "]";
    }
}
