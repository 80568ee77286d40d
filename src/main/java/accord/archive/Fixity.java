package accord.archive;

import accord.output.OutputSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code manifest.json}: every file of the output (but itself) with its size and SHA-256, sorted by path, so a
 * copy deposited anywhere can be checked ({@link Verify}), the commit the site was built from where git's history is
 * there ({@code accord_source}, as {@code datapackage.json} gives it), and the names of site.yml's {@code keep:}, which
 * the build carries over without making them. One instance lives as long as a build session and
 * follows its updates: {@link #wrap} notes what an update writes and deletes, and at commit writes the manifest
 * of the whole output; an aborted update changes nothing.
 */
public final class Fixity {
    public static final String FILE = "manifest.json";
    /** The name of the line that gives the commit the site was built from. */
    static final String SOURCE = "accord_source";

    /**
     * One file's size and SHA-256 digest, kept as its 32 bytes (the hex text took three times the memory: at 100,000
     * records, 611,000 files).
     */
    public record Entry(long size, byte[] digest) {
        public Entry {
            if (digest.length != 32) throw new IllegalArgumentException("a SHA-256 digest is 32 bytes, not " + digest.length);
        }

        /** From the digest as lower-case hex, as the manifest gives it. */
        public static Entry of(long size, String sha256) {
            return new Entry(size, HexFormat.of().parseHex(sha256));
        }

        /** The digest as lower-case hex. */
        public String sha256() {
            return HexFormat.of().formatHex(digest);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && e.size == size && java.util.Arrays.equals(e.digest, digest);
        }

        @Override
        public int hashCode() {
            return 31 * Long.hashCode(size) + java.util.Arrays.hashCode(digest);
        }

        @Override
        public String toString() {
            return "Entry[size=" + size + ", sha256=" + sha256() + "]";
        }
    }

    private TreeMap<String, Entry> committed = new TreeMap<>();
    /**
     * Each file's line of the manifest as last written, kept from a session's second commit on (a live session's
     * updates): a save changes a few dozen of 63,000 lines, and writing each line again was a tenth of an update.
     */
    private final Map<String, Line> lines = new java.util.HashMap<>();
    private int commits;
    /** site.yml's {@code keep:} names, as the last settings read gave them: the manifest names them, unchecked. */
    private volatile java.util.List<String> kept = java.util.List.of();
    /** The line naming the commit the site was built from ({@link #source}), or empty without git's history. */
    private volatile String source = "";

    private record Line(Entry entry, String text) {
    }

    /**
     * The names site.yml's {@code keep:} gives (files such as {@code CNAME} that Accord did not make and carries into
     * each new site as they are): the manifest names them on a line of their own, so {@link Verify} expects them and
     * leaves them unchecked, rather than calling them extra. Sorted there; none gives no line, as before.
     */
    public void keep(java.util.List<String> names) {
        kept = java.util.List.copyOf(new java.util.TreeSet<>(names));
    }

    /**
     * The commit the site is built from, as the open data describe it ({@code commit}, {@code commit_date},
     * {@code records_changed}, {@code uncommitted}; see {@code RecordKeys.Source#json}): the manifest names it on a line
     * of its own after the algorithm's, so a deposited copy can be matched to its commit. Empty (no history) gives no
     * line, as before. From the history alone, so the same commit gives the same bytes.
     */
    public void source(Map<String, Object> description) {
        source = sourceLine(description);
    }

    /** The sink that writes through {@code sink} and adds {@code manifest.json} at commit. */
    public OutputSink wrap(OutputSink sink) {
        Map<String, Entry> written = new ConcurrentHashMap<>();
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        return new OutputSink() {
            @Override
            public void write(String path, byte[] bytes) throws IOException {
                sink.write(path, bytes);
                written.put(path, new Entry(bytes.length, accord.text.Sha256.of(bytes)));
                deleted.remove(path);
            }

            @Override
            public void write(String path, byte[] bytes, byte[] sha256) throws IOException {
                sink.write(path, bytes);
                written.put(path, new Entry(bytes.length, sha256));
                deleted.remove(path);
            }

            /** Passed on as it comes, its size and digest taken on the way (the open data's large files). */
            @Override
            public void write(String path, java.util.function.Consumer<java.io.OutputStream> content) throws IOException {
                written.put(path, streamed(sink, path, content));
                deleted.remove(path);
            }

            @Override
            public void delete(String path) throws IOException {
                sink.delete(path);
                deleted.add(path);
                written.remove(path);
            }

            @Override
            public void commit() throws IOException {
                TreeMap<String, Entry> next = new TreeMap<>(committed);
                deleted.forEach(next::remove);
                // Moved, not copied: at the end of a full build of 100,000 records the two maps were 50 MB, at its peak.
                for (java.util.Iterator<Map.Entry<String, Entry>> i = written.entrySet().iterator(); i.hasNext(); ) {
                    Map.Entry<String, Entry> e = i.next();
                    next.put(e.getKey(), e.getValue());
                    i.remove();
                }
                boolean keep = commits > 0;
                java.util.function.BiFunction<String, Entry, String> lineOf = keep ? Fixity.this::cachedLine : Fixity::line;
                // Streamed: at 100,000 records the manifest is 90 MB of text, made when the build's memory peaks.
                sink.write(FILE, out -> {
                    try {
                        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                        render(next, source, kept, lineOf, w);
                        w.flush();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                sink.commit();
                commits++;
                committed = next;
                if (keep) deleted.forEach(lines::remove);
            }

            /** The files go out at once; the manifest lists them at commit (an update aborted after leaves them out until the next). */
            @Override
            public boolean publish() throws IOException {
                return sink.publish();
            }

            @Override
            public void abort() throws IOException {
                sink.abort();
            }
        };
    }

    /**
     * Writes {@code content} to {@code sink} at {@code path} as it is made, never held whole, and gives its size and
     * digest, taken on the way.
     */
    public static Entry streamed(OutputSink sink, String path, java.util.function.Consumer<java.io.OutputStream> content)
            throws IOException {
        MessageDigest sha = accord.text.Sha256.newDigest();
        long[] size = {0};
        sink.write(path, out -> content.accept(new java.io.FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                sha.update(b, off, len);
                size[0] += len;
                out.write(b, off, len);
            }
        }));
        return new Entry(size[0], sha.digest());
    }

    /** The manifest's text: one file a line, so two manifests diff line by line. */
    public static String render(Map<String, Entry> files) {
        return render(files, java.util.List.of());
    }

    /** {@link #render(Map)}, naming {@code kept} (site.yml's {@code keep:}, sorted) on a line after the algorithm's. */
    public static String render(Map<String, Entry> files, java.util.List<String> kept) {
        return render(files, Map.of(), kept);
    }

    /**
     * {@link #render(Map, java.util.List)}, naming the commit the site was built from ({@code source}, as
     * {@link #source} takes it; empty for none) on a line of its own after the algorithm's.
     */
    public static String render(Map<String, Entry> files, Map<String, Object> source, java.util.List<String> kept) {
        return text(files, sourceLine(source), kept);
    }

    private static String text(Map<String, Entry> files, String sourceLine, java.util.List<String> kept) {
        StringBuilder sb = new StringBuilder(64 + files.size() * 128);
        try {
            render(files, sourceLine, kept, Fixity::line, sb);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    private static void render(Map<String, Entry> files, String source, java.util.List<String> kept,
            java.util.function.BiFunction<String, Entry, String> line, Appendable out) throws IOException {
        Map<String, Entry> sorted = files instanceof TreeMap<String, Entry> t && t.comparator() == null ? files : new TreeMap<>(files);
        out.append("{\n  \"algorithm\": \"SHA-256\",\n");
        if (!source.isEmpty()) out.append(source).append('\n');
        if (!kept.isEmpty()) out.append(keptLine(kept)).append('\n');
        out.append("  \"files\": [");
        boolean first = true;
        for (Map.Entry<String, Entry> e : sorted.entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append(line.apply(e.getKey(), e.getValue()));
        }
        out.append(first ? "]\n}\n" : "\n  ]\n}\n");
    }

    /**
     * The manifest of {@code files} that names the commit {@code manifest} (another manifest's text: the build's, which
     * the offline edition lists again as it wrote the files) names, if it names one, and {@code kept}.
     */
    public static String renderFrom(String manifest, Map<String, Entry> files, java.util.List<String> kept) {
        String prefix = "  \"" + SOURCE + "\": ";
        return text(files, manifest.lines().limit(3).filter(l -> l.startsWith(prefix)).findFirst().orElse(""), kept);
    }

    /**
     * The line naming the commit the site was built from,
     * {@code   "accord_source": {"commit":"…","commit_date":"…","records_changed":"…"},}, without the line break; empty
     * for an empty {@code source}.
     */
    static String sourceLine(Map<String, Object> source) {
        return source.isEmpty() ? "" : "  \"" + SOURCE + "\": " + accord.text.Json.inline(source) + ",";
    }

    /** The line naming the kept files, {@code   "kept": [".nojekyll", "CNAME"],}, without the line break. */
    static String keptLine(java.util.List<String> kept) {
        StringBuilder sb = new StringBuilder("  \"kept\": [");
        for (String name : new java.util.TreeSet<>(kept)) {
            if (sb.charAt(sb.length() - 1) != '[') sb.append(", ");
            accord.text.Json.quote(sb, name);
        }
        return sb.append("],").toString();
    }

    /** One file's line of the manifest, without the line break. */
    private static String line(String path, Entry entry) {
        StringBuilder sb = new StringBuilder(path.length() + 110);
        sb.append("    {\"path\":");
        accord.text.Json.quote(sb, path);
        return sb.append(",\"size\":").append(entry.size()).append(",\"sha256\":\"").append(entry.sha256()).append("\"}").toString();
    }

    /** {@link #line}, kept for the next commit and taken from the last when the file is as it was. */
    private String cachedLine(String path, Entry entry) {
        Line known = lines.get(path);
        if (known == null || known.entry() != entry && !known.entry().equals(entry)) {
            known = new Line(entry, line(path, entry));
            lines.put(path, known);
        }
        return known.text();
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(accord.text.Sha256.of(bytes));
    }
}
