package accord.output;

import java.io.IOException;

/**
 * Where rendered files go, one at a time, as they are made: nothing waits in memory for the end.
 * {@link #write} may be called from many threads. Nothing is visible at the output folder until
 * {@link #commit}; {@link #abort} leaves the folder as it was.
 */
public interface OutputSink {
    /** Writes {@code path} (relative, forward slashes, checked by {@link OutputFile}). */
    void write(String path, byte[] bytes) throws IOException;

    /**
     * Writes {@code path} as {@link #write(String, byte[])}, its SHA-256 digest already taken by the caller: a sink that
     * needs the digest (the manifest's, {@link accord.archive.Fixity}) uses it rather than taking it again. The search
     * index has the digest of each file it makes, and without the optimising JIT hashing costs a build of the real
     * portal a twentieth of its CPU.
     */
    default void write(String path, byte[] bytes, byte[] sha256) throws IOException {
        write(path, bytes);
    }

    /**
     * Writes {@code path} (as {@link #write(String, byte[])}) from bytes made while they are written: {@code content}
     * writes them to the stream it is given, in pieces, so a large file (the open data's {@code portal.json}) is never
     * held whole. It may throw {@link java.io.UncheckedIOException}. By default the bytes are collected and written at
     * once; a sink that can pass them on as they come overrides this.
     */
    default void write(String path, java.util.function.Consumer<java.io.OutputStream> content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        content.accept(bytes);
        write(path, bytes.toByteArray());
    }

    /** Removes {@code path} from the output at commit. */
    void delete(String path) throws IOException;

    void commit() throws IOException;

    /**
     * Makes the files written so far visible now, before the update ends (deletions wait for {@link #commit}), and
     * says whether it did: a live preview shows the page of the record just saved while the rest of the update
     * renders. A sink whose output must appear all at once (a build's staged folder) does nothing and returns
     * false. A later {@link #abort} does not take published files back.
     */
    default boolean publish() throws IOException {
        return false;
    }

    void abort() throws IOException;

    /** A sink that keeps nothing, for {@code check}. */
    OutputSink NONE = holding(null);

    /**
     * A sink that puts what is written into {@code files} (by path; may be written from many threads), or keeps nothing
     * when it is null; deletions, commit and abort do nothing.
     */
    static OutputSink holding(java.util.Map<String, byte[]> files) {
        return new OutputSink() {
            @Override
            public void write(String path, byte[] bytes) {
                new OutputFile(path, bytes);
                if (files != null) files.put(path, bytes);
            }

            @Override
            public void delete(String path) {
            }

            @Override
            public void commit() {
            }

            @Override
            public void abort() {
            }
        };
    }
}
