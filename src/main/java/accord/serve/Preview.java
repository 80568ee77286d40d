package accord.serve;

import accord.build.BuildOptions;
import accord.build.BuildSession;
import accord.build.BuildSession.Update;
import accord.output.OutputSink;
import accord.output.SiteWriter;
import accord.problem.Problem;
import accord.problem.ProblemPrinter;
import accord.report.QualityReport;
import accord.report.ReportPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code accord serve}: one {@link BuildSession} kept alive. It builds the portal once into {@code site/} inside a
 * temporary folder of its own (so the portal's {@code site/}, which {@code build} writes for publishing, is never
 * touched, and the preview can use the base URL {@code /}), serves it with {@link PreviewServer}, and for every burst
 * of saves under {@code content/} or {@code templates/} calls {@code update} with the changed files, so only the
 * pages they touch are written again. An update with errors commits nothing: the last good pages stay, and the pages
 * show the problems in an overlay until a save fixes them.
 */
public final class Preview implements AutoCloseable {
    /**
     * Quiet period that closes a burst of file events, and the longest a burst may be held back. An editor's save is
     * one to three events within a millisecond or two (a write, or a temporary file renamed over the record), so 30 ms
     * take it whole; a checkout's flood keeps the burst open, up to the longest. Every millisecond here is one the
     * editor waits for the page (the budget is 100 ms from the event to the page on disk at 10,000 records).
     */
    static final long QUIET_MILLIS = 30;
    static final long LONGEST_MILLIS = 400;

    /**
     * What one round did, for the terminal, tests and measurements: {@code published} the pages shown before the update
     * ended (the saved records' own pages, then the other pages the save changed) and {@code publishedNanos} when the
     * first of them were (0 when none were).
     */
    public record Round(long generation, Update update, long firstEventNanos, long doneNanos, boolean full,
                        Set<String> published, long publishedNanos) {
    }

    private final BuildSession session;
    private final Path temp;
    private final Path site;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final Thread loop;
    private final PrintWriter log;
    private volatile PreviewServer.State state;
    /** The report page of the last build, made when first asked for (most rounds never need it). */
    private volatile Supplier<String> reportPage;
    private volatile Consumer<Round> listener = r -> { };
    private volatile boolean closed;
    private volatile boolean updating;

    private Preview(Path root, boolean drafts, int port, PrintWriter log) throws IOException {
        Path source = root.toAbsolutePath().normalize();
        this.log = log;
        this.temp = Files.createTempDirectory("accord-serve-");
        this.site = temp.resolve("site");
        BuildOptions options = new BuildOptions(source, site, drafts, Optional.of("/"), true);
        this.session = BuildSession.live(options);
        // Watch first, so that a save during the first build is not missed.
        this.watcher = new SourceWatcher(source, List.of("content", "templates"), QUIET_MILLIS, LONGEST_MILLIS);
        Update first = session.build(SiteWriter.stage(site));
        if (!first.result().ok()) {
            // Nothing to serve yet: an empty site, and the overlay saying why.
            SiteWriter.stage(site).commit();
        }
        state = new PreviewServer.State(1, first.result().problems());
        reportPage = reportOf(session);
        report(first, 0, true);
        try {
            this.server = new PreviewServer(site, port, () -> state, () -> reportPage.get());
        } catch (java.net.BindException e) {
            // Taken during the first build: leave nothing behind.
            watcher.close();
            session.close();
            SiteWriter.deleteTree(temp);
            throw portInUse(port);
        }
        this.loop = new Thread(this::run, "accord-serve-watch");
        loop.setDaemon(true);
        loop.start();
    }

    /** Builds {@code root} and starts serving it on 127.0.0.1 at {@code port} (0: any free port). */
    public static Preview start(Path root, boolean drafts, int port, PrintWriter log) throws IOException {
        if (port != 0) {
            // Before the first build, which takes seconds, and before anything is made that would have to be removed.
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
            } catch (java.net.BindException e) {
                throw portInUse(port);
            }
        }
        return new Preview(root, drafts, port, log);
    }

    /** What an editor who already has a preview running in another window needs to read. */
    static java.net.BindException portInUse(int port) {
        return new java.net.BindException("port " + port + " of 127.0.0.1 is in use, perhaps by another accord serve (stop"
                + " that one with Ctrl-C, or give another port: --port 8001, or --port 0 for any free one)");
    }

    public String url() {
        return server.url();
    }

    public Path siteFolder() {
        return site;
    }

    /** Problems of the portal as it is on disk now. */
    public List<Problem> problems() {
        return state.problems();
    }

    /** Called after every round, on the watcher's thread. */
    public void onRound(Consumer<Round> listener) {
        this.listener = listener;
    }

    private void run() {
        while (!closed) {
            Optional<SourceWatcher.Batch> batch;
            try {
                batch = watcher.next();
            } catch (InterruptedException e) {
                return;
            }
            if (batch.isEmpty() || closed) return;
            SourceWatcher.Batch b = batch.get();
            try {
                apply(b);
            } catch (IOException | RuntimeException e) {
                log.println("accord: error: " + accord.problem.Failure.describe(e)
                        + " (the preview keeps the last good pages; save again to retry)");
                log.flush();
            }
        }
    }

    /** Whether an update is under way (its pages may be partly written: the saved record's own come first). */
    public boolean updating() {
        return updating;
    }

    private void apply(SourceWatcher.Batch b) throws IOException {
        updating = true;
        try {
            applyNow(b);
        } finally {
            updating = false;
        }
    }

    private void applyNow(SourceWatcher.Batch b) throws IOException {
        long start = System.nanoTime();
        OutputSink sink = SiteWriter.inPlace(site);
        Set<String> published = new java.util.TreeSet<>();
        long[] publishedAt = {0};
        // The saved records' own pages come first: the browser showing one reloads while the lists, data files and
        // search index are still being rendered; the lists and other pages come next, before the data files.
        Update u = b.overflow() ? session.build(sink) : session.update(b.paths(), sink, paths -> {
            published.addAll(paths);
            // The saved records' own pages are published first, the other pages they change next: the first is when the edit showed.
            if (publishedAt[0] == 0) publishedAt[0] = System.nanoTime();
            PreviewServer.State now = state;
            state = new PreviewServer.State(now.generation() + 1, now.problems());
            server.publish(now.generation() + 1, pages(paths));
        });
        long done = System.nanoTime();
        PreviewServer.State before = state;
        Set<String> written = new java.util.TreeSet<>(u.written());
        written.removeAll(published);
        boolean problemsChanged = !before.problems().equals(u.result().problems());
        boolean changed = !written.isEmpty() || !u.deleted().isEmpty() || problemsChanged;
        long generation = changed ? before.generation() + 1 : before.generation();
        state = new PreviewServer.State(generation, u.result().problems());
        reportPage = reportOf(session);
        if (changed) {
            // Only the pages whose file changed reload; every page does when the overlay or a style sheet or script changed.
            Set<String> files = new java.util.TreeSet<>(written);
            files.addAll(u.deleted());
            boolean all = problemsChanged || files.stream().anyMatch(f -> !f.endsWith(".html") && f.startsWith("assets/"));
            server.publish(generation, all ? null : pages(files));
        }
        report(u, (done - start) / 1_000_000, false);
        listener.accept(new Round(generation, u, b.firstEventNanos(), done, b.overflow(), Set.copyOf(published), publishedAt[0]));
    }

    /** The addresses of the HTML pages among {@code files} ({@code speakers/x/index.html} is {@code /speakers/x/}). */
    static Set<String> pages(Set<String> files) {
        Set<String> pages = new java.util.TreeSet<>();
        for (String f : files) {
            if (!f.endsWith(".html")) continue;
            pages.add("/" + (f.endsWith("index.html") && (f.length() == 10 || f.charAt(f.length() - 11) == '/')
                    ? f.substring(0, f.length() - "index.html".length()) : f));
        }
        return pages;
    }

    /** The data-quality report page of the model {@code session} holds now, worked out once, on first request. */
    private static Supplier<String> reportOf(BuildSession session) {
        var model = session.site();
        return new Supplier<>() {
            private String page;

            @Override
            public synchronized String get() {
                if (page == null) {
                    page = model.map(QualityReport::of).map(ReportPage::of).orElse(ReportPage.unavailable());
                }
                return page;
            }
        };
    }

    private void report(Update u, long millis, boolean first) {
        ProblemPrinter.print(u.result().problems(), log);
        if (!u.result().ok()) {
            log.println(first ? "nothing to show yet: fix the errors above and save" : "not updated: the preview keeps the last good pages");
        } else if (first) {
            log.printf("built %d pages%n", u.result().pages());
        } else {
            log.printf("updated %d files, removed %d, in %d ms%n", u.written().size(), u.deleted().size(), millis);
        }
        log.flush();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        // Closing the watcher ends the loop once the update under way (if any) is done; interrupting it instead would
        // abandon that update's rendering threads, still writing into the folder about to be deleted.
        watcher.close();
        try {
            loop.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        session.close();
        if (Files.exists(temp)) SiteWriter.deleteTree(temp);
    }
}
