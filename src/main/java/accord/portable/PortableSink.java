package accord.portable;

import accord.archive.Fixity;
import accord.output.OutputSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A build's output made into the offline edition on its way to {@code sink}: every HTML page passes through
 * {@link FileLinks#rewrite(String, String, String)}, the files only a web server or a crawler reads are left out (the
 * 404 pages: a disk has no server to show them, and their links start from the web root; robots.txt; _redirects), and {@code manifest.json} lists the files as this sink wrote them, and names the commit and site.yml's
 * {@code keep:} as the build's manifest does, so {@code accord verify} passes on the copy. Everything else goes
 * through unchanged.
 */
public final class PortableSink implements OutputSink {
    private final OutputSink sink;
    private final List<String> kept;
    /** Files only a web server or a crawler reads (the 404 page in each language, robots.txt, _redirects), left out. */
    private final Set<String> leftOut;
    /** The path of the site's address ({@code /portal/}, or {@code /}), which an address from the web root starts with. */
    private final String basePath;
    private final Map<String, Fixity.Entry> written = new ConcurrentHashMap<>();

    /** The offline edition of a site in one language without {@code keep:}. */
    public PortableSink(OutputSink sink) {
        this(sink, List.of(), Set.of("404.html"), "/");
    }

    /**
     * The offline edition on its way to {@code sink}: {@code kept} are site.yml's {@code keep:} names, which its
     * manifest names as a build's does; {@code leftOut} the files only a web server or a crawler reads; {@code basePath} the
     * path of the site's address ({@code /portal/}), so that a page's addresses from the web root inside the site
     * become relative ones.
     */
    public PortableSink(OutputSink sink, List<String> kept, Set<String> leftOut, String basePath) {
        this.sink = sink;
        this.kept = List.copyOf(kept);
        this.leftOut = Set.copyOf(leftOut);
        this.basePath = basePath;
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        if (leftOut.contains(path)) return;
        if (path.equals(Fixity.FILE)) {
            // The build's manifest lists the pages as rendered; this one lists them as written here, and names the
            // same commit.
            bytes = Fixity.renderFrom(new String(bytes, StandardCharsets.UTF_8), new TreeMap<>(written), kept)
                    .getBytes(StandardCharsets.UTF_8);
            sink.write(path, bytes);
            return;
        }
        if (path.endsWith(".html")) {
            String html = new String(bytes, StandardCharsets.UTF_8);
            String rewritten = FileLinks.rewrite(html, path, basePath);
            if (!rewritten.equals(html)) bytes = rewritten.getBytes(StandardCharsets.UTF_8);
        }
        sink.write(path, bytes);
        written.put(path, new Fixity.Entry(bytes.length, accord.text.Sha256.of(bytes)));
    }

    /**
     * A file made while it is written (the open data's large files) goes on to {@code sink} as it comes, as in a
     * build: none is HTML, so nothing in it changes, and collecting it first would hold tens of MB at once.
     */
    @Override
    public void write(String path, java.util.function.Consumer<java.io.OutputStream> content) throws IOException {
        if (leftOut.contains(path) || path.equals(Fixity.FILE) || path.endsWith(".html")) {
            OutputSink.super.write(path, content);
            return;
        }
        written.put(path, Fixity.streamed(sink, path, content));
    }

    @Override
    public void delete(String path) throws IOException {
        written.remove(path);
        sink.delete(path);
    }

    @Override
    public void commit() throws IOException {
        sink.commit();
    }

    @Override
    public void abort() throws IOException {
        sink.abort();
    }
}
