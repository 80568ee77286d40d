package accord.serve;

import accord.problem.Problem;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Serves a built site on the loopback only, with clean URLs ({@code sessions/x/} is {@code sessions/x/index.html}).
 * Every request must name the loopback in its Host header (a page elsewhere cannot reach the preview through a DNS
 * name rebound to 127.0.0.1), only GET and HEAD are answered, and a path outside the site is a 404. HTML pages get
 * the reload script and, while there are errors, the problem overlay ({@link Injector}); {@value #EVENTS} is the
 * server-sent event stream that tells pages a newer build is on disk.
 */
final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__accord/events";
    /** The data-quality report of the portal as last built: a page of the preview only, never a file of the site. */
    static final String REPORT = "/__accord/report";
    private static final int MAX_EVENT_CLIENTS = 64;
    private static final long PING_SECONDS = 15;

    /** What the pages are served with: the build they come from, and the portal's problems now. */
    record State(long generation, List<Problem> problems) {
        State {
            problems = List.copyOf(problems);
        }
    }

    private final Path site;
    private final Supplier<State> state;
    private final Supplier<String> report;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Set<BlockingQueue<Reload>> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    PreviewServer(Path site, int port, Supplier<State> state, Supplier<String> report) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.state = state;
        this.report = report;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "accord-serve-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /**
     * Tells every open page that build {@code generation} is on disk, and which pages it changed (their addresses, such
     * as {@code /speakers/x/}): a page not among them stays as it is. Null: every page reloads.
     */
    void publish(long generation, Set<String> pages) {
        Reload r = new Reload(generation, pages == null ? null : Set.copyOf(pages));
        for (BlockingQueue<Reload> q : clients) q.offer(r);
    }

    /** One {@code reload} event: a generation and the pages it changed (null: all). */
    private record Reload(long generation, Set<String> pages) {
        /** This event and a newer one as one: the newer generation, and the pages of both. */
        Reload and(Reload newer) {
            if (pages == null || newer.pages == null) return new Reload(newer.generation, null);
            Set<String> both = new java.util.TreeSet<>(pages);
            both.addAll(newer.pages);
            return new Reload(newer.generation, both);
        }

        /** {@code data: 12} (every page), or {@code data: 12 ["/a/","/b/"]}: one line, so the event holds whatever a path holds. */
        String event() {
            StringBuilder sb = new StringBuilder("event: reload\ndata: ").append(generation);
            if (pages != null) {
                sb.append(' ').append('[');
                boolean first = true;
                for (String p : new java.util.TreeSet<>(pages)) {
                    if (!first) sb.append(',');
                    first = false;
                    accord.text.Json.quote(sb, p);
                }
                sb.append(']');
            }
            return sb.append("\n\n").toString();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            List<String> hosts = ex.getRequestHeaders().get("Host");
            if (hosts == null || hosts.size() != 1 || !RequestPaths.isLoopbackHost(hosts.get(0), port())) {
                text(ex, 403, "accord serve answers only requests for 127.0.0.1 or localhost\n");
                return;
            }
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                text(ex, 405, "only GET and HEAD\n");
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (EVENTS.equals(raw)) {
                events(ex);
                return;
            }
            if (REPORT.equals(raw) || (REPORT + "/").equals(raw)) {
                send(ex, 200, "report.html", report.get().getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            var rel = RequestPaths.siteRelative(raw);
            if (rel.isEmpty()) {
                notFound(ex, head);
                return;
            }
            String path = rel.get();
            Path file = path.isEmpty() || path.endsWith("/") ? site.resolve(path).resolve("index.html") : site.resolve(path);
            if (!file.normalize().startsWith(site)) {
                notFound(ex, head);
                return;
            }

            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                // sessions/x is the folder sessions/x/: send the browser there, so relative links resolve.
                ex.getResponseHeaders().set("Location", raw + "/");
                text(ex, 301, "moved to " + raw + "/\n");
                return;
            }
            byte[] body;
            try {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    notFound(ex, head, path);
                    return;
                }
                body = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                notFound(ex, head, path);
                return;
            }
            send(ex, 200, file.getFileName().toString(), body, head);
        }
    }

    private void notFound(HttpExchange ex, boolean head) throws IOException {
        notFound(ex, head, "");
    }

    /**
     * The 404 page nearest to {@code path} (a site-relative path inside the site): {@code ru/404.html} for
     * {@code ru/no/such/}, as the hosts that the language versions are written for serve it; else the site's own.
     */
    private void notFound(HttpExchange ex, boolean head, String path) throws IOException {
        Path page = site.resolve("404.html");
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            Path nearer = site.resolve(path.substring(0, slash + 1) + "404.html").normalize();
            if (nearer.startsWith(site) && Files.isRegularFile(nearer, LinkOption.NOFOLLOW_LINKS)) {
                page = nearer;
                break;
            }
        }
        byte[] body;
        try {
            body = Files.readAllBytes(page);
        } catch (IOException e) {
            // No site yet (the first build failed): a bare page, so the overlay can say why.
            body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title></head>\n<body><h1>Nothing to show yet</h1></body></html>\n"
                    .getBytes(StandardCharsets.UTF_8);
        }
        send(ex, 404, "404.html", body, head);
    }

    private void send(HttpExchange ex, int status, String name, byte[] body, boolean head) throws IOException {
        String type = ContentTypes.of(name);
        if (ContentTypes.isHtml(name)) {
            State s = state.get();
            // Every build writes 404.html; without it, no build has succeeded yet (see notFound).
            body = Injector.inject(new String(body, StandardCharsets.UTF_8), s.generation(), s.problems(),
                    Files.isRegularFile(site.resolve("404.html"), LinkOption.NOFOLLOW_LINKS))
                    .getBytes(StandardCharsets.UTF_8);
        }
        ex.getResponseHeaders().set("Content-Type", type);
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void text(HttpExchange ex, int status, String message) throws IOException {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (ex.getRequestMethod().equals("HEAD")) {
            // No body, and its length as a header: the JDK's server warns on the terminal when given one for HEAD.
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * The event stream: a {@code reload} event carrying the current build's generation at once, then one for every
     * newer build. Only pages of the preview itself may listen: a request from another origin is refused.
     */
    private void events(HttpExchange ex) throws IOException {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String fetchSite = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        boolean sameOrigin = (origin == null || originIsOurs(origin))
                && (fetchSite == null || fetchSite.equals("same-origin") || fetchSite.equals("none"));
        if (!sameOrigin) {
            text(ex, 403, "the event stream is for the preview's own pages\n");
            return;
        }
        if (clients.size() >= MAX_EVENT_CLIENTS) {
            text(ex, 503, "too many open pages\n");
            return;
        }
        BlockingQueue<Reload> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            write(out, "retry: 300\n\n");
            write(out, new Reload(state.get().generation(), null).event());
            while (!closed) {
                Reload r = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
                if (closed) break;
                if (r == null) {
                    write(out, ": ping\n\n");
                    continue;
                }
                // A flood of builds is one reload: the newest generation, for the pages any of them changed.
                Reload newer;
                while ((newer = queue.poll()) != null) r = r.and(newer);
                write(out, r.event());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page went away.
        } finally {
            clients.remove(queue);
        }
    }

    private boolean originIsOurs(String origin) {
        String o = origin.toLowerCase(java.util.Locale.ROOT);
        String suffix = ":" + port();
        return o.equals("http://127.0.0.1" + suffix) || o.equals("http://localhost" + suffix) || o.equals("http://[::1]" + suffix);
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<Reload> q : clients) q.offer(new Reload(-1, null));
        server.stop(0);
        threads.shutdownNow();
    }
}
