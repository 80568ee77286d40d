package accord.build;

import accord.archive.Fixity;
import accord.archive.Redirects;
import accord.archive.UrlManifest;
import accord.check.LinkChecker;
import accord.check.LinkChecker.PageLinks;
import accord.config.ConfigReader;
import accord.config.SiteConfig;
import accord.content.ContentReader;
import accord.content.ContentReader.FileRead;
import accord.content.RecordId;
import accord.content.TranslationFiles;
import accord.content.YamlNode;
import accord.markdown.MarkdownRenderer;
import accord.model.Record;
import accord.model.Site;
import accord.model.SiteBuilder;
import accord.model.Translations;
import accord.output.OutputSink;
import accord.problem.Problem;
import accord.problem.Problems;
import accord.problem.Severity;
import accord.problem.SourcePosition;
import accord.render.Deps;
import accord.render.PageEntry;
import accord.render.PagePlan;
import accord.render.PageRenderer;
import accord.render.PageResult;
import accord.render.PageResult.TemplateFailure;
import accord.render.Routes;
import accord.render.Templates;
import accord.render.Ui;
import accord.render.Views.PartView;
import accord.search.ResultDate;
import accord.search.SearchIndex;
import accord.schema.Schema;
import accord.schema.SchemaReader;
import accord.schema.SchemaValidator;
import accord.schema.ValidatedRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;

/**
 * A portal kept in memory between builds: the engines, every record file as read and validated
 * (each with its own problems), the model, the page plan, and for every page what it was made
 * from. {@link #update} takes the files that changed (paths relative to the portal's root), works
 * out which pages they touch, renders only those, checks every link, and streams the pages to an
 * {@link OutputSink}; a full build is the first update, which renders everything.
 *
 * <p>The invariant, which the tests hold it to: after any sequence of updates the output and the
 * problems are those of a fresh full build of the same files.
 */
public final class BuildSession implements AutoCloseable {
    private static final String SCHEMA = "content/schema.yml";
    private static final String SETTINGS = "content/site.yml";

    private final BuildOptions options;
    private final Path root;
    private final ForkJoinPool pool;
    private final ContentReader reader;

    private Schema schema;
    private SiteConfig config;
    private accord.render.UiStrings uiStrings;
    private List<Problem> settingsProblems = List.of();
    private CompletableFuture<Templates> templates;
    private CompletableFuture<MarkdownRenderer> markdown;
    private Boolean markdownRawHtml;
    /** Each record's part of the collection-wide data files; made again on a change of schema or settings. */
    private accord.export.RecordParts dataParts = accord.export.RecordParts.none();
    private Map<String, byte[]> assets = Map.of();
    private List<Problem> assetProblems = List.of();

    private final TreeMap<String, FileState> files = new TreeMap<>();
    /** The records' calendar UIDs, citation keys and CSL-JSON ids, from the same lasting names as the feeds' ids. */
    private volatile accord.export.RecordKeys recordKeys;
    private List<Problem> listingProblems = List.of();
    private Site site;
    private List<Problem> modelProblems = List.of();
    /** Whether the last whole run of {@link SiteBuilder#build} found no problem (see {@link #replaced}). */
    private boolean builtClean;
    private PagePlan plan = new PagePlan(Map.of());
    private SearchIndex searchIndex;
    /** The portal's history from git: read when a full build starts, refreshed at each update (see {@link #refreshHistory}). */
    private accord.history.History history = accord.history.History.none();
    /** The commit {@link #history} says the records were built from ({@link DataFiles#source}), made once an update. */
    private accord.export.RecordKeys.Source historySource = accord.export.RecordKeys.Source.NONE;
    /** Issue 10 (archivists): manifest.json, kept across updates, and the redirects of the current model. */
    private final Fixity fixity = new Fixity();
    private List<Redirects.Redirect> redirects = List.of();
    private List<accord.archive.Tombstones.Tombstone> tombstones = List.of();

    private final Map<String, Set<String>> depsByPage = new HashMap<>();
    /**
     * For each input, the pages made from it; and {@link #linkedFrom}: the reverse of {@link #depsByPage} and
     * {@link #links}, which only an update reads. Made from them when an update first asks ({@link #reverse()}), and
     * kept up to date from then on: a one-off build never makes them (a tenth of a 10,000-record build's memory). A
     * {@link #live} session keeps them from the start.
     */
    private final Map<String, Set<String>> pagesByDep = new HashMap<>();
    private boolean reverseKept;
    /**
     * A live session ({@link #live}) keeps its search index between updates; any other lets it go once its files are
     * written, and indexes every record again if it is updated after all.
     */
    private boolean live;
    /** Set by {@link #once}: the session builds once; {@link #updates} counts to refuse a second. */
    private boolean once;
    private int updates;
    /** The search index files the current update wrote while the index was made (a session that is not live). */
    private final Set<String> searchWritten = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, List<Problem>> pageProblems = new HashMap<>();
    private final Map<String, List<TemplateFailure>> pageFailures = new HashMap<>();
    private final Map<String, PageLinks> links = new HashMap<>();
    /** For each output file, the pages linking to it: whom a change to it concerns. */
    private final Map<String, Set<String>> linkedFrom = new HashMap<>();
    private final Map<String, List<Problem>> linkProblems = new HashMap<>();
    /** The problems of the links site.yml puts on every page, and what they reported (left out of each page's check). */
    private List<Problem> settingLinkProblems = List.of();
    private Set<String> settingLinksReported = Set.of();
    /** Whether the last update skipped the link check (rendering failed), so the next checks every page. */
    private boolean linksStale = true;
    private final Set<String> pending = new HashSet<>();
    private Set<String> onDisk = Set.of();
    private boolean loaded;
    /** Whether the last update showed the saved records' pages before building the model again (for tests). */
    boolean shownBeforeModel;
    /** The pages this update published before its model was built again (the saved records' and those that show them). */
    private final Set<String> shownEarly = new HashSet<>();
    /** Whether updates may do that (tests turn it off to reach the other way of showing them first). */
    boolean showBeforeModel = true;

    /**
     * A record file as read and, when it could be read, validated. Not the document as read: its front matter's
     * syntax tree (every scalar with its position) is only for validation, and kept for every record it was a
     * third of a 10,000-record build's live memory.
     */
    private record FileState(boolean unreadable, Optional<ValidatedRecord> validated, List<Problem> problems) {
    }

    /** What one update did: its problems (all of them, not only the new ones), the pages, and the files written and removed. */
    public record Update(BuildResult result, Set<String> written, Set<String> deleted) {
    }

    /** A session that holds records' bodies within {@link accord.content.BodyMemory#standard()}'s limit. */
    public BuildSession(BuildOptions options) {
        this(options, accord.content.BodyMemory.standard());
    }

    /**
     * A session that holds records' bodies in memory as far as {@code bodies} allows, and reads the others again from
     * their files when it needs them.
     */
    public BuildSession(BuildOptions options, accord.content.BodyMemory bodies) {
        this.options = options;
        this.root = options.source().toAbsolutePath().normalize();
        this.pool = new ForkJoinPool(options.parallelism());
        this.reader = new ContentReader(root, bodies);
    }

    /**
     * A session for one build and no update (the command line's {@code build} and {@code check}): it keeps nothing that
     * only an update needs (what each page is made from, the search index's digests), which at 100,000 records is
     * 80 MB of a build that has to fit in 1 GiB. A second update is refused.
     */
    public static BuildSession once(BuildOptions options) {
        BuildSession session = new BuildSession(options);
        session.once = true;
        return session;
    }

    /**
     * A session for a live preview, which updates on every save: it holds every body (between a save and its
     * update, a body read again from its file would be the newer one), and keeps what each page is made from and
     * linked from ready for the first save from its first build on.
     */
    public static BuildSession live(BuildOptions options) {
        BuildSession session = new BuildSession(options, accord.content.BodyMemory.unlimited());
        session.reverseKept = true;
        session.live = true;
        return session;
    }

    /** Stops the session's threads, waiting (a little) for work under way: its pages may still be being written. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The model the last update built (empty before the first, or when the settings stopped it), for reports. */
    public Optional<Site> site() {
        return Optional.ofNullable(site);
    }

    /** Builds everything into {@code sink}: the same call as an update of every file. */
    public Update build(OutputSink sink) throws IOException {
        loaded = false;
        return update(List.of(), sink);
    }

    /**
     * Takes in the changes to {@code changed} (paths relative to the portal's root, such as
     * {@code content/sessions/x.md} or {@code templates/layout.ftlh}, whether changed, added or
     * deleted) and renders what they touch into {@code sink}. With errors, nothing is committed;
     * the pages rendered are rendered again at the next update.
     */
    public Update update(Collection<String> changed, OutputSink sink) throws IOException {
        return update(changed, sink, null);
    }

    /**
     * {@link #update(Collection, OutputSink)}, showing the saved records' own pages first: they render before the
     * rest and, when they, the records, the settings and the model have no errors (nor had the last update), their
     * links hold and each keeps the ids it had (so no link elsewhere can break because of it), the sink publishes
     * them at once and {@code published} gets their paths, while the lists, data files and index render. The output
     * at the end is the same. Only a page that fails on its own can still stop the update after that: the published
     * pages stay (they had no problem) and are rendered again at the next update. Null: no early pages.
     */
    public Update update(Collection<String> changed, OutputSink sink, java.util.function.Consumer<Set<String>> published)
            throws IOException {
        if (once && updates++ > 0) throw new IllegalStateException("a session made for one build cannot be updated; open another");
        try {
            return updateOnce(changed, sink, published);
        } catch (IOException | RuntimeException | Error e) {
            // Stopped half way (a file changed under it, a disk full, out of memory): what the session holds is partly
            // the new state and the output the old one, so the next update builds everything, and nothing of this
            // one is published. A file that could not be read (a body read again) is an IOException wherever it was.
            loaded = false;
            settle();
            Throwable thrown = e instanceof UncheckedIOException u ? u.getCause() : e;
            try {
                sink.abort();
            } catch (IOException | RuntimeException failed) {
                if (failed != thrown) thrown.addSuppressed(failed);
            }
            if (thrown instanceof IOException io) throw io;
            if (thrown instanceof RuntimeException r) throw r;
            throw (Error) thrown;
        }
    }

    /**
     * Waits for the pages still rendering when one of them failed: the failure reaches the caller while the others'
     * tasks run on, and an output aborted under them would be written into as it is deleted.
     */
    private void settle() {
        pool.awaitQuiescence(1, java.util.concurrent.TimeUnit.MINUTES);
    }

    private Update updateOnce(Collection<String> changed, OutputSink sink, java.util.function.Consumer<Set<String>> published)
            throws IOException {
        Timings timings = new Timings();
        sink = fixity.wrap(sink);
        boolean global = !loaded || changed.stream().anyMatch(BuildSession::isGlobal);
        boolean relist = global || changed.stream().anyMatch(p -> p.startsWith("content/") && recordFile(p).isEmpty());
        // A one-off build makes each record's data-file parts as it needs them and keeps none (they would be a
        // tenth of its memory); a live session keeps them from its first update on, so a save puts the
        // collection-wide files together from parts instead of writing every record again.
        if (global || loaded && !dataParts.keeps()) {
            dataParts = loaded ? accord.export.RecordParts.kept() : accord.export.RecordParts.none();
        }
        if (global) {
            Optional<List<Problem>> fatal = loadSettings();
            if (fatal.isPresent()) {
                loaded = false;
                sink.abort();
                return new Update(new BuildResult(fatal.get(), 0, 0, timings.laps()), Set.of(), Set.of());
            }
        }
        CompletableFuture<accord.history.History> historyRead = refreshHistory(global, changed);
        if (global || changed.stream().anyMatch(p -> p.startsWith("templates/assets/"))) collectAssets();
        timings.lap("config");

        Set<RecordId> before = site == null ? Set.of() : Set.copyOf(site.records().keySet());
        Set<String> translatedBefore = translated(site);
        Set<String> toRead = new TreeSet<>();
        if (relist) {
            Problems listing = new Problems();
            List<String> all = reader.recordFiles(listing);
            listingProblems = listing.sorted();
            toRead.addAll(global ? all : changed.stream().filter(p -> recordFile(p).isPresent()).toList());
            for (String p : all) if (!files.containsKey(p)) toRead.add(p);
            Set<String> present = new HashSet<>(all);
            for (String p : files.keySet()) if (!present.contains(p)) toRead.add(p);
        } else {
            changed.stream().filter(p -> recordFile(p).isPresent()).forEach(toRead::add);
        }
        Map<String, FileState> read = read(toRead);
        toRead.forEach(p -> {
            FileState s = read.get(p);
            FileState was = s == null ? files.remove(p) : files.put(p, s);
            if (was != null) was.validated().ifPresent(v -> reader.release(v.source()));
        });
        timings.lap("read");
        // An edit that leaves the model's shape alone is shown before the model is built again (see showSavedFirst).
        shownEarly.clear();
        boolean shownFirst = !global && published != null && showBeforeModel && showSavedFirst(toRead, sink, published, historyRead);
        shownBeforeModel = shownFirst;

        Problems model = new Problems();
        List<ValidatedRecord> validated = new ArrayList<>();
        List<ValidatedRecord> translations = new ArrayList<>();
        Set<RecordId> unreadable = new HashSet<>();
        files.forEach((p, s) -> {
            boolean translation = TranslationFiles.language(p).isPresent();
            s.validated().ifPresent(translation ? translations::add : validated::add);
            if (s.unreadable() && !translation) recordFile(p).ifPresent(unreadable::add);
        });
        Optional<Site> quick = global ? Optional.empty() : replaced(toRead);
        if (quick.isEmpty()) {
            Problems built = new Problems();
            quick = Optional.of(SiteBuilder.build(schema, config, validated, unreadable, options.drafts(), built));
            builtClean = built.sorted().isEmpty();
            built.sorted().forEach(model::add);
        }
        site = withTranslations(quick.get(), validated, translations, model);
        checkFeatured(model);
        accord.lifecycle.LifecycleCheck.check(site, model); // issue 10: replacements that exist, no circles
        modelProblems = model.sorted();
        Site current = site;
        Set<String> searchChanged = updateSearch(current, global, toRead, sink);
        accord.history.History nextHistory = join(historyRead);
        Set<String> historyKeys = historyKeys(nextHistory, DataFiles.source(nextHistory));
        PagePlan newPlan = PagePlan.of(site, assets.keySet()).with(DataFiles.plan(site)).withLanguageVersions(site)
                .with(searchEntries(searchIndex), accord.render.HistoryPages.plan(site, history));
        newPlan = archive(newPlan, model);
        // The index's files are written and the plan has their paths; a session for one build needs no more of it.
        if (once) searchIndex = null;
        timings.lap("model");

        Set<String> keys = global ? new HashSet<>() : changedKeys(toRead, before, translatedBefore);
        keys.addAll(historyKeys);
        accord.model.LastingNames lastingNames = accord.render.FirstAddresses.of(site, history);
        recordKeys = accord.export.RecordKeys.of(site, lastingNames, DataFiles.revisions(site, history), historySource);
        fixity.source(historySource.json()); // the manifest names the commit too
        keys.addAll(recordKeysChanged(recordKeys));
        List<PageEntry> toRender = global ? newPlan.list() : affected(newPlan, keys, toRead, changed);
        if (!global) toRender.addAll(searchEntries(searchChanged, toRender, newPlan));
        // What came and went: one pass over each plan (63,000 files at 10,000 records).
        Set<String> gone = new TreeSet<>();
        for (String p : plan.entries().keySet()) if (!newPlan.entries().containsKey(p)) gone.add(p);
        Set<String> appeared = new HashSet<>();
        for (String p : newPlan.entries().keySet()) if (!plan.entries().containsKey(p)) appeared.add(p);
        // The sitemap lists every page: one that came or went without a record's doing (a page of the change log that
        // a tombstone added) changes it too.
        if (!global && (gone.stream().anyMatch(BuildSession::sitemapPage) || appeared.stream().anyMatch(BuildSession::sitemapPage))) {
            newPlan.entries().values().stream().filter(e -> e.kind() == PageEntry.Kind.SITEMAP && !toRender.contains(e))
                    .forEach(toRender::add);
        }
        gone.forEach(this::forget);
        boolean onDiskWasPlan = onDisk == plan.entries().keySet();
        plan = newPlan;
        // A session that updates is a live one: from its second update on, Markdown renderings are kept
        // for reuse, since the pages around each save show the same bodies again and again.
        if (loaded) join(markdown).keepRenderings();
        PageRenderer renderer = new PageRenderer(site, newPlan, join(templates), join(markdown), history, uiStrings,
                accord.archive.Tombstones.removals(tombstones));
        renderer.lastingNames(lastingNames);
        List<Rendered> results = global || published == null ? renderSearchFirst(toRender, renderer, sink)
                : renderSavedFirst(toRender, renderer, sink, toRead, published, shownFirst);
        // Which pages' ids an update changed: only a link with a fragment into such a page needs checking again.
        Set<String> idsChanged = new HashSet<>();
        for (Rendered r : results) {
            PageLinks old = links.get(r.path());
            Set<String> was = old == null ? Set.of() : old.ids();
            Set<String> now = r.links() == null ? Set.of() : r.links().ids();
            if (!was.equals(now)) idsChanged.add(r.path());
        }
        results.forEach(this::remember);
        Set<String> written = PathSet.of(results.stream().map(Rendered::path).toList());
        results = null; // remembered: at 100,000 records, 611,000 objects the check and the commit do not need
        searchWritten.clear();
        timings.lap("render");

        // The links are checked whatever rendering reported: a body's broken link is found while its page renders,
        // and skipping the check then held back every broken #fragment (which only the check can find) until the
        // other errors were fixed. A page that failed to render has no ids or links here, and the check reports no
        // link to it (its file is in the plan, and an id is looked for only on a page that rendered). What failed
        // leaves the links stale: the next update checks all of them again.
        boolean renderFailed = !pageFailures.isEmpty()
                || pageProblems.values().stream().flatMap(List::stream).anyMatch(p -> p.severity() == Severity.ERROR);
        // The links site.yml puts on every page (navigation): each checked once, at its line in site.yml; the pages'
        // links to what they name are then left out of their checks.
        Problems settingLinks = new Problems();
        Set<String> reportedBefore = settingLinksReported;
        settingLinksReported = LinkChecker.checkSettings(config.navigation().stream()
                .map(n -> new LinkChecker.SettingLink(n.at(), "navigation[" + n.index() + "].href", n.href())).toList(),
                plan.entries().keySet(), links, schema.collections().keySet().stream().findFirst().map(Routes::list)
                        .orElse(Routes.search()), settingLinks);
        settingLinkProblems = settingLinks.sorted();
        Set<String> recheck;
        if (global || linksStale || !settingLinksReported.equals(reportedBefore)) {
            recheck = links.keySet();
        } else {
            // A page rendered again has its own links checked; a link elsewhere can only change its verdict
            // when its target came or went, or (with a fragment) when the target's ids changed. Re-rendering
            // the home page, which every page links to, so leaves the other pages alone.
            recheck = new HashSet<>(written);
            Set<String> targets = new HashSet<>(gone);
            targets.addAll(appeared);
            targets.addAll(idsChanged);
            reverse();
            for (String t : targets) recheck.addAll(linkedFrom.getOrDefault(t, Set.of()));
        }
        checkLinks(recheck);
        linksStale = renderFailed;
        timings.lap("check");

        List<Problem> problems = problems();
        boolean ok = problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        Set<String> deleted = new TreeSet<>();
        // What the site had and the plan has no more: what went from the plan, when the site was the last plan's.
        if (onDiskWasPlan) deleted.addAll(gone);
        else for (String p : onDisk) if (!plan.entries().containsKey(p)) deleted.add(p);
        if (ok) {
            for (String d : deleted) sink.delete(d);
            sink.commit();
            onDisk = plan.entries().keySet();
            pending.clear();
        } else {
            sink.abort();
            // The index files this update wrote are thrown away, and a session that is not live keeps no index to
            // write them from again: the next update makes every file anew.
            if (!live) searchIndex = null;
            pending.addAll(written);
            written = Set.of();
            deleted = Set.of();
        }
        timings.lap("write");
        loaded = true;
        int pages = (int) plan.entries().values().stream().filter(PageEntry::isHtml).count();
        return new Update(new BuildResult(problems, pages, plan.entries().size(), timings.laps(), history.note().stream().toList()),
                written, deleted);
    }

    // ---- history ----

    /**
     * The history to build with, read on a thread of its own while the records are read: whole for a full
     * build; for an update that touches content/, refreshed (read whole again only when the commit checked
     * out moved, otherwise only the uncommitted files); otherwise the one held. A commit made while serve
     * runs, with no file saved, is therefore picked up at the next save.
     */
    private CompletableFuture<accord.history.History> refreshHistory(boolean global, Collection<String> changed) {
        if (!global && changed.stream().noneMatch(p -> p.startsWith("content/"))) return CompletableFuture.completedFuture(history);
        accord.history.GitHistory git = new accord.history.GitHistory(root, options.git());
        accord.history.History previous = history;
        return CompletableFuture.supplyAsync(() -> global ? git.read() : git.refresh(previous),
                accord.history.GitHistory::thread);
    }

    /**
     * Each record's names in its data files (key and CSL-JSON id) at the last build, to tell which a history or a
     * record elsewhere changed; none kept by a session for one build.
     */
    private Map<accord.content.RecordId, String> recordNames = Map.of();

    /**
     * The dependency keys of the records whose data files' names {@code now} changes (a rename's commit, a record made
     * or removed at another's first address), and of their collections; takes {@code now}'s names as the last build's.
     */
    private Set<String> recordKeysChanged(accord.export.RecordKeys now) {
        if (once) return Set.of(); // a session for one build has no next build to compare with
        Map<accord.content.RecordId, String> names = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (var r : site.records().values()) {
            String name = now.key(r) + "\0" + now.id(r);
            names.put(r.id(), name);
            String was = recordNames.get(r.id());
            if (was != null && !was.equals(name)) {
                keys.add(Deps.recordKey(r.id()));
                keys.add(Deps.recordKeys(r.id().collection()));
            }
        }
        recordNames = names;
        return keys;
    }

    /**
     * Takes {@code next} as the history, and {@code nextSource} as the commit it says the records were built from; the
     * keys of the records whose history it changed, and the change log's.
     */
    private Set<String> historyKeys(accord.history.History next, accord.export.RecordKeys.Source nextSource) {
        accord.history.History previous = history;
        accord.export.RecordKeys.Source previousSource = historySource;
        history = next;
        historySource = nextSource;
        Set<String> keys = new HashSet<>();
        // Each page of a record shows its file's history with the past its redirect_from joins (a deleted old file's,
        // which a commit can change without touching the record's file), and a translation's page its own file's
        // (content/x/y.ru.md), under the record's key: a commit that touched only one of them changed what a page says.
        for (var r : site.records().values()) {
            if (!accord.render.HistoryPages.sameFor(site, r, previous, next)) keys.add(Deps.history(r.id()));
        }
        // The data package names the commit checked out and whether content/ has changes not committed (urls.txt's
        // too): a change to either is a change to the history even where no record's is.
        if (!keys.isEmpty() || previous.state() != next.state() || !previousSource.equals(nextSource)) {
            keys.add(Deps.history());
        }
        return keys;
    }

    /** Whether the sitemap could list the file at {@code path} (a page, {@code …index.html}). */
    private static boolean sitemapPage(String path) {
        return path.endsWith("index.html");
    }

    /** The archivists' part of the plan (redirect pages, {@code _redirects}), and the check against content/urls.txt. */
    private PagePlan archive(PagePlan newPlan, Problems model) {
        List<Redirects.Redirect> moved = Redirects.collect(site, newPlan.entries().keySet(), model);
        PagePlan withRedirects = newPlan.with(Redirects.pages(moved));
        // A removal cannot predate the record's first commit, where git's history says when that was (read once, when a
        // line asks).
        accord.history.History known = history;
        java.util.concurrent.atomic.AtomicReference<Map<String, accord.history.FileChange>> first =
                new java.util.concurrent.atomic.AtomicReference<>();
        String manifest = UrlManifest.text(root, null).orElse(null);
        tombstones = accord.archive.Tombstones.collect(manifest, withRedirects, site, model,
                file -> Optional.ofNullable(first.updateAndGet(m -> m != null ? m : known.firstByName()).get(file))
                        .map(c -> c.commit().date().toLocalDate()));
        PagePlan all = withRedirects.with(accord.archive.Tombstones.plan(withRedirects, tombstones));
        all = accord.render.HistoryPages.withRemovals(all, site, history, accord.archive.Tombstones.removals(tombstones));
        // A listed page made from the records that they no longer fill (a year of the timeline, a list's later page) leads
        // on to the page that took its place: an address kept, not an error (a tombstone line, read above, comes first).
        List<Redirects.Redirect> listings = UrlManifest.listings(manifest, all, site);
        List<Redirects.Redirect> every = new ArrayList<>(moved);
        every.addAll(listings);
        every.sort(java.util.Comparator.comparing(Redirects.Redirect::path));
        redirects = List.copyOf(every);
        all = all.with(Redirects.pages(listings), Redirects.hostFile(site, redirects).map(List::of).orElse(List.of()));
        UrlManifest.check(root, all, site, model);
        modelProblems = model.sorted();
        return all;
    }

    /** The manifest's tombstone lines ({@code gone ...}) that hold, as written: {@code urls --update} keeps them. */
    public List<String> tombstoneLines() {
        return accord.archive.Tombstones.lines(tombstones);
    }

    /** The addresses the current plan publishes, as {@code content/urls.txt} lists them. */
    public java.util.SortedSet<String> publishedUrls() {
        return UrlManifest.published(plan);
    }

    // ---- settings ----

    private static boolean isGlobal(String path) {
        return path.equals(SCHEMA) || path.equals(SETTINGS) || path.equals("templates")
                || path.startsWith("templates/") && !path.startsWith("templates/assets/");
    }

    /** Reads the schema and the settings and readies the engines; the problems that stop a build come back. */
    private Optional<List<Problem>> loadSettings() {
        Problems problems = new Problems();
        Optional<YamlNode> schemaYaml = reader.readYamlFile("schema.yml", problems);
        if (schemaYaml.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(SourcePosition.of(SCHEMA),
                        "no schema (create content/schema.yml declaring the collections and their fields)");
            }
            return Optional.of(problems.sorted());
        }
        int errorsBefore = problems.errorCount();
        Schema newSchema = SchemaReader.read(schemaYaml.get(), OwnNames.reserved(), problems);
        if (newSchema.collections().isEmpty() && problems.errorCount() > errorsBefore) {
            // Without any collection every record would be reported as "no collection": the
            // schema's own errors say all there is to say.
            return Optional.of(problems.sorted());
        }
        int errorsBeforeSettings = problems.errorCount();
        java.util.Optional<accord.content.YamlNode> siteYaml = reader.readYamlFile("site.yml", problems);
        if (siteYaml.isEmpty() && problems.errorCount() > errorsBeforeSettings) {
            // site.yml is there but cannot be read (a YAML mistake): built with the default settings instead, every
            // translation would be in "no language of site.yml" and every published address of another language
            // missing (124 errors on the real portal). Its own error says all there is to say.
            return Optional.of(problems.sorted());
        }
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        newSchema.collections().values().forEach(c -> titles.put(c.name(), c.title()));
        SiteConfig newConfig = ConfigReader.read(siteYaml, titles, problems);
        OwnNames.checkLanguages(newSchema, newConfig, siteYaml, problems);
        if (options.baseUrl().isPresent()) newConfig = newConfig.withBaseUrl(options.baseUrl().get());
        else ConfigReader.warnIfPlaceholder(siteYaml, newConfig, problems); // feeds, calendars and citations would point there
        if (ConfigReader.baseUrlMistake(newConfig.baseUrl()).isPresent()) {
            // Every link a page makes starts with the base: the link check would blame each page and template for
            // it. site.yml's base_url has its error above (BuildOptions refuses an invalid --base-url).
            return Optional.of(problems.sorted());
        }
        Path templatesDir = root.resolve("templates");
        Templates.checkLinks(templatesDir, problems);
        uiStrings = accord.render.UiStrings.load(Optional.of(templatesDir), newConfig.languages(), problems);
        schema = newSchema;
        config = newConfig;
        reader.languages(config.languages());
        fixity.keep(ConfigReader.keep(siteYaml, new Problems())); // reported above, by ConfigReader.read
        settingsProblems = problems.sorted();
        // The engines are made while the records are read: on a cold JVM, loading FreeMarker and
        // flexmark costs as much as a small portal's whole build. Their problems, if any, appear
        // when they are used, not here.
        Set<String> collections = Set.copyOf(schema.collections().keySet());
        templates = CompletableFuture.supplyAsync(() -> {
            Templates t = new Templates(Optional.of(templatesDir));
            t.warmUp(collections);
            return t;
        }, pool);
        boolean rawHtml = config.rawHtml();
        if (markdownRawHtml == null || markdownRawHtml != rawHtml) {
            markdownRawHtml = rawHtml;
            markdown = CompletableFuture.supplyAsync(() -> {
                MarkdownRenderer m = new MarkdownRenderer(rawHtml);
                m.warmUp();
                return m;
            }, pool);
        }
        return Optional.empty();
    }

    private void collectAssets() {
        Problems problems = new Problems();
        Map<String, byte[]> collected = new TreeMap<>();
        ThemeAssets.collect(root.resolve("templates"), problems).forEach((p, f) -> collected.put(p, f.bytes()));
        assets = collected;
        assetProblems = problems.sorted();
    }

    /** Each of site.yml's featured lists must name a collection of the schema. */
    private void checkFeatured(Problems problems) {
        for (SiteConfig.Featured f : config.featured()) {
            if (schema.find(f.collection()).isEmpty()) {
                problems.error(f.position(), "featured: no collection '" + f.collection() + "'"
                        + accord.text.Suggestions.hint(f.collection(), schema.collections().keySet(),
                        " (name one of: " + String.join(", ", schema.collections().keySet()) + ")"));
            }
        }
    }

    // ---- records ----

    /** The site with its translations attached (a separate step from the model, see {@link Translations}). */
    private static Site withTranslations(Site site, List<ValidatedRecord> records, List<ValidatedRecord> translations,
                                         Problems problems) {
        if (translations.isEmpty()) return site;
        Set<RecordId> all = new HashSet<>();
        records.forEach(r -> all.add(r.id()));
        return site.withTranslations(Translations.attach(site, translations, all, problems));
    }

    /** {@code content/<collection>/<slug>.md}'s id, for any file of a collection folder. */
    private static Optional<RecordId> recordFile(String path) {
        String[] parts = path.split("/");
        if (parts.length != 3 || !parts[0].equals("content")) return Optional.empty();
        return Optional.of(new RecordId(parts[1], TranslationFiles.slug(parts[2])));
    }

    /**
     * The model with the records read from {@code paths} put in place of their earlier versions, when that is what
     * building it whole would give ({@link SiteBuilder#replace}: each stays published, refers to the same records from
     * the same places and keeps its place in its list), and the last whole build found no problem, so none can have
     * moved (a reference's problem names its line). Empty otherwise: a file added, deleted or unreadable, a
     * translation, or any other change. At 10,000 records building the model whole was a third of an update's time.
     * Translations are attached again by the caller, as after a whole build.
     */
    private Optional<Site> replaced(Set<String> paths) {
        if (site == null || !builtClean || paths.isEmpty()) return Optional.empty();
        List<ValidatedRecord> saved = new ArrayList<>();
        for (String p : paths) {
            FileState f = files.get(p);
            if (f == null || f.validated().isEmpty() || recordFile(p).isEmpty() || TranslationFiles.language(p).isPresent()) {
                return Optional.empty();
            }
            saved.add(f.validated().get());
        }
        return SiteBuilder.replace(site, saved, options.drafts());
    }

    /** Reads and validates {@code paths} in parallel; a file that is not there (any more) has no entry. */
    private Map<String, FileState> read(Set<String> paths) {
        List<String> list = List.copyOf(paths);
        List<Map.Entry<String, FileState>> states = invoke(() -> Balanced.map(list, p -> {
            FileRead r = reader.readFile(p);
            if (r.document().isEmpty() && r.problems().isEmpty() && !r.unreadable()) return null;
            Problems problems = new Problems();
            SchemaValidator validator = new SchemaValidator(schema, problems, options.drafts());
            Optional<ValidatedRecord> v = r.document().flatMap(d -> TranslationFiles.language(p).isPresent()
                    ? validator.validateTranslation(d) : validator.validate(d));
            List<Problem> all = new ArrayList<>(r.problems());
            all.addAll(problems.sorted());
            return Map.entry(p, new FileState(r.unreadable(), v, all));
        }).stream().filter(e -> e != null).toList());
        Map<String, FileState> result = new HashMap<>();
        states.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** Every translation of the site, as {@code collection/slug@lang}. */
    private static Set<String> translated(Site site) {
        Set<String> keys = new HashSet<>();
        if (site != null) site.translations().forEach((id, byLang) -> byLang.keySet().forEach(l -> keys.add(id + "@" + l)));
        return keys;
    }

    /** The dependency keys a change to these record files sets off. */
    private Set<String> changedKeys(Set<String> readPaths, Set<RecordId> publishedBefore, Set<String> translatedBefore) {
        Set<String> keys = new HashSet<>();
        // A translation that comes or goes renumbers the search documents, as a record that comes or goes does.
        Set<String> translatedNow = translated(site);
        for (String p : readPaths) {
            Optional<String> lang = TranslationFiles.language(p);
            Optional<RecordId> id = recordFile(p);
            if (lang.isPresent() && id.isPresent()
                    && translatedBefore.contains(id.get() + "@" + lang.get()) != translatedNow.contains(id.get() + "@" + lang.get())) {
                keys.add(Deps.membership(id.get().collection()));
            }
        }
        for (String p : readPaths) {
            Optional<RecordId> id = recordFile(p);
            if (id.isEmpty()) continue;
            keys.add(Deps.record(id.get()));
            keys.add(Deps.collection(id.get().collection()));
            if (publishedBefore.contains(id.get()) != site.records().containsKey(id.get())) {
                keys.add(Deps.membership(id.get().collection()));
            }
        }
        return keys;
    }

    /**
     * The pages to render again: those whose inputs, as their last rendering found them, include a
     * changed key; the pages of the changed records and of the records they now refer to or are
     * referred to by; other pages whose inputs in the new plan include a changed key; pages new to
     * the plan; changed assets; and those rendered by an update that failed.
     */
    private List<PageEntry> affected(PagePlan newPlan, Set<String> keys, Set<String> readPaths, Collection<String> changed) {
        Set<String> paths = new HashSet<>(pending);
        reverse();
        for (String k : keys) paths.addAll(pagesByDep.getOrDefault(k, Set.of()));
        for (String p : readPaths) recordFile(p).flatMap(site::find).ifPresent(r -> addRelatedPages(site, r, paths));
        for (String c : changed) {
            if (c.startsWith("templates/")) paths.add(c.substring("templates/".length()));
        }
        List<PageEntry> result = new ArrayList<>();
        for (PageEntry e : newPlan.entries().values()) {
            // A page new to the plan, or whose entry changed (a list page's slice of records, a year's records).
            boolean hit = paths.contains(e.path()) || !e.equals(plan.entries().get(e.path()));
            if (!hit) {
                for (String d : e.deps()) {
                    if (keys.contains(d)) {
                        hit = true;
                        break;
                    }
                }
            }
            if (hit) result.add(e);
        }
        return result;
    }

    // ---- search ----

    /**
     * A record's date in its result row in a language: in that language's words, with its basis apart, in the language
     * it was written in, as the record's pages show them.
     */
    private BiFunction<Record, String, ResultDate> resultDates(SiteConfig config) {
        BiFunction<Record, String, String> dates = Ui.recordDates(config, uiStrings);
        BiFunction<Record, String, PartView> bases = Ui.recordDateBases(config);
        return (r, lang) -> {
            String date = dates.apply(r, lang);
            if (date.isEmpty()) return ResultDate.NONE;
            PartView basis = bases.apply(r, lang);
            return new ResultDate(r.date().orElseThrow().iso(), date, basis.text(), basis.lang());
        };
    }

    /**
     * Brings the index up to date with the records read (all of them on a global change) and returns the index
     * files whose text changed: the index tracks what each record contributes, so its files need no dependency
     * keys of their own.
     */
    private Set<String> updateSearch(Site current, boolean global, Set<String> readPaths, OutputSink sink) {
        boolean fresh = global || searchIndex == null;
        if (fresh) searchIndex = SearchIndex.empty((r, lang) -> Routes.record(r.id(), lang, current.config().language()),
                resultDates(current.config()));
        searchWritten.clear();
        if (!live) {
            // Written as they are made and the index let go (SearchIndex#update with a writer): the model is in memory
            // too, and a session that is not live is not likely to be updated.
            return invoke(() -> searchIndex.update(current, Optional.empty(), (path, bytes, sha256) -> {
                try {
                    sink.write(path, bytes, sha256);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                searchWritten.add(path);
            }));
        }
        Optional<Collection<RecordId>> records = fresh ? Optional.empty()
                : Optional.of(readPaths.stream().map(BuildSession::recordFile).flatMap(Optional::stream).toList());
        return invoke(() -> searchIndex.update(current, records));
    }

    private List<PageEntry> searchEntries(SearchIndex index) {
        List<PageEntry> entries = new ArrayList<>();
        for (String path : index.files().keySet()) entries.add(new PageEntry(path, PageEntry.Kind.SEARCH, path, 1, Set.of()));
        return entries;
    }

    /** The plan's entries for the changed index files that {@code already} does not hold. */
    private static List<PageEntry> searchEntries(Set<String> changed, List<PageEntry> already, PagePlan plan) {
        Set<String> have = new HashSet<>();
        for (PageEntry e : already) have.add(e.path());
        List<PageEntry> out = new ArrayList<>();
        for (String p : changed) if (!have.contains(p)) out.add(plan.entries().get(p));
        return out;
    }

    // ---- pages ----

    /** What rendering one entry left behind, without its text: that went to the sink. */
    private record Rendered(String path, Set<String> deps, List<Problem> problems, List<TemplateFailure> failures,
                            PageLinks links) {
    }

    private List<Rendered> render(List<PageEntry> entries, PageRenderer renderer, OutputSink sink) {
        return invoke(() -> Balanced.map(entries, e -> renderOne(e, renderer, sink)));
    }

    /**
     * Writes the search index's files first, so that their bytes (100 MB at 100,000 records) are not held while the
     * pages render (a live session's: any other wrote them as it made them, see {@link #updateSearch}).
     */
    private List<Rendered> renderSearchFirst(List<PageEntry> entries, PageRenderer renderer, OutputSink sink) {
        List<PageEntry> index = new ArrayList<>();
        List<PageEntry> rest = new ArrayList<>();
        for (PageEntry e : entries) (e.kind() == PageEntry.Kind.SEARCH ? index : rest).add(e);
        List<Rendered> results = new ArrayList<>(render(index, renderer, sink));
        results.addAll(render(rest, renderer, sink));
        return results;
    }

    /**
     * The saved records' own pages, rendered and published before the model is built again, when the edit leaves
     * its shape alone: only records that were published before are saved (no translation, none new or deleted),
     * each stays published, refers to the same records from the same places and keeps its place in its list
     * ({@link SiteBuilder#replace}); then the model is the old one with those records replaced (and their
     * translations attached again), and the plan is the old one. At 10,000 records building the model again takes
     * most of a second; this takes milliseconds. The conditions of {@link #renderSavedFirst} hold as well. Then, from
     * the same model, the other pages that show the saved records (published next, when they hold too). The full
     * update that follows renders the pages again, to the same bytes (BuildSessionModelTest checks it).
     */
    private boolean showSavedFirst(Set<String> readPaths, OutputSink sink, java.util.function.Consumer<Set<String>> published,
                                   CompletableFuture<accord.history.History> historyRead) throws IOException {
        if (site == null || !loaded || readPaths.isEmpty() || !cleanBeforeRendering()) return false;
        List<ValidatedRecord> saved = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String p : readPaths) {
            FileState f = files.get(p);
            Optional<RecordId> id = recordFile(p);
            if (f == null || f.validated().isEmpty() || id.isEmpty() || TranslationFiles.language(p).isPresent()) return false;
            saved.add(f.validated().get());
            ids.add(id.get().toString());
        }
        Optional<Site> quick = SiteBuilder.replace(site, saved, options.drafts());
        if (quick.isEmpty()) return false;
        Site now = quick.get();
        // What else the model stage reads from a record: its old addresses (redirect pages and the URL manifest are
        // checked against the whole plan, so they must be as they were) and its lifecycle (checked here, as then).
        for (ValidatedRecord v : saved) {
            if (!oldAddresses(site.expect(v.id())).equals(oldAddresses(now.expect(v.id())))) return false;
        }
        Problems lifecycle = new Problems();
        accord.lifecycle.LifecycleCheck.check(now, lifecycle);
        if (!lifecycle.sorted().isEmpty()) return false;
        if (!site.translations().isEmpty()) {
            Map<RecordId, Map<String, accord.model.Record>> translations = new TreeMap<>(site.translations());
            List<ValidatedRecord> again = new ArrayList<>();
            files.forEach((p, f) -> {
                if (TranslationFiles.language(p).isPresent() && recordFile(p).map(id -> ids.contains(id.toString())).orElse(false)) {
                    f.validated().ifPresent(again::add);
                }
            });
            Problems problems = new Problems();
            Map<RecordId, Map<String, accord.model.Record>> attached = Translations.attach(now, again, Set.copyOf(site.records().keySet()), problems);
            if (!problems.sorted().isEmpty()) return false;
            for (ValidatedRecord v : saved) translations.remove(v.id());
            translations.putAll(attached);
            now = now.withTranslations(translations);
        }
        // Each record's page in every language, looked up rather than found among the plan's tens of thousands of files.
        List<PageEntry> first = new ArrayList<>();
        for (ValidatedRecord v : saved) {
            for (String lang : config.languages()) {
                PageEntry e = plan.entries().get(Routes.file(Routes.record(v.id(), lang, config.language())));
                if (e != null && e.kind() == PageEntry.Kind.RECORD && e.subject().equals(v.id().toString())) first.add(e);
            }
        }
        if (first.isEmpty()) return false;
        // Then the other pages that show the saved records (their lists, the pages that refer to them), as the update
        // will find them (what each page read when it was last rendered), from the same model: at 10,000 records the
        // model takes a third of a second, these pages milliseconds. They render beside the saved records' own pages
        // (one page keeps one core busy) and are published after them.
        Set<String> keys = new HashSet<>();
        for (ValidatedRecord v : saved) {
            keys.add(Deps.record(v.id()));
            keys.add(Deps.collection(v.id().collection()));
        }
        Set<String> paths = new TreeSet<>();
        reverse();
        for (String k : keys) paths.addAll(pagesByDep.getOrDefault(k, Set.of()));
        Site model = now;
        for (ValidatedRecord v : saved) model.find(v.id()).ifPresent(r -> addRelatedPages(model, r, paths));
        for (PageEntry e : first) paths.remove(e.path());
        List<PageEntry> others = new ArrayList<>();
        for (String p : paths) {
            PageEntry e = plan.entries().get(p);
            if (e != null && e.isHtml()) others.add(e);
        }
        PageRenderer renderer = new PageRenderer(now, plan, join(templates), join(markdown), join(historyRead), uiStrings);
        // Held until they pass: pages that are not published must not reach the sink from this model.
        Map<String, byte[]> more = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.Future<List<Rendered>> ahead = pool.submit(() -> Balanced.map(others, e -> renderOne(e, renderer, OutputSink.holding(more))));
        Map<String, byte[]> held = new java.util.concurrent.ConcurrentHashMap<>();
        List<Rendered> results = render(first, renderer, OutputSink.holding(held));
        boolean shown = showable(results) && show(results, held, sink, published);
        List<Rendered> next = finish(ahead);
        if (shown && !next.isEmpty() && showable(next)) show(next, more, sink, published);
        return shown;
    }

    /** Adds the page of {@code r} and those of the records it refers to or that refer to it. */
    private static void addRelatedPages(Site site, accord.model.Record r, Set<String> paths) {
        paths.add(Routes.file(Routes.record(r.id())));
        PagePlan.related(site, r).forEach(id -> paths.add(Routes.file(Routes.record(id))));
    }

    /** Writes the {@code held} bytes of {@code pages} to {@code sink} and publishes them; remembers them as shown early. */
    private boolean show(List<Rendered> pages, Map<String, byte[]> held, OutputSink sink,
                         java.util.function.Consumer<Set<String>> published) throws IOException {
        for (Map.Entry<String, byte[]> e : new TreeMap<>(held).entrySet()) sink.write(e.getKey(), e.getValue());
        if (!publish(pages, sink, published)) return false;
        pages.forEach(r -> shownEarly.add(r.path()));
        return true;
    }

    /** Whether pages rendered ahead of the rest of an update may be shown now: clean, their ids as before, their links holding. */
    private boolean showable(List<Rendered> pages) {
        return pages.stream().allMatch(r -> clean(r) && sameIds(r)) && linksHold(pages);
    }

    /** Makes what {@code sink} was given visible and tells {@code published} which pages; false when the sink cannot. */
    private static boolean publish(List<Rendered> pages, OutputSink sink, java.util.function.Consumer<Set<String>> published)
            throws IOException {
        if (!sink.publish()) return false;
        Set<String> paths = new TreeSet<>();
        pages.forEach(r -> paths.add(r.path()));
        published.accept(paths);
        return true;
    }

    /** The addresses a record gives as its old ones (the {@code redirect_from} role), as written. */
    private static List<String> oldAddresses(accord.model.Record r) {
        List<String> texts = new ArrayList<>();
        r.role(accord.schema.Role.REDIRECT_FROM).ifPresent(v -> {
            if (v instanceof accord.schema.FieldValue.ListValue list) list.items().forEach(i -> texts.add(accord.schema.FieldValue.text(i)));
            else texts.add(accord.schema.FieldValue.text(v));
        });
        return texts;
    }

    /**
     * See {@link #update(Collection, OutputSink, java.util.function.Consumer)}: the saved records' own pages (unless
     * {@code shownFirst}: they were shown before the model was built), then the other pages a reader sees (lists and
     * the pages that show the saved records' titles), each group published as soon as it holds, and last the files no
     * one reads in a browser (data files, search index, feeds), which at 10,000 records are most of an update's time.
     */
    private List<Rendered> renderSavedFirst(List<PageEntry> entries, PageRenderer renderer, OutputSink sink,
                                            Set<String> readPaths, java.util.function.Consumer<Set<String>> published,
                                            boolean shownFirst) throws IOException {
        Set<String> saved = new HashSet<>();
        for (String p : readPaths) recordFile(p).ifPresent(id -> saved.add(id.toString()));
        List<PageEntry> first = new ArrayList<>();
        List<PageEntry> pages = new ArrayList<>();
        List<PageEntry> rest = new ArrayList<>();
        for (PageEntry e : entries) {
            boolean saves = e.kind() == PageEntry.Kind.RECORD && saved.contains(e.subject());
            (saves && !shownFirst ? first : e.isHtml() ? pages : rest).add(e);
        }
        if (!cleanBeforeRendering()) return render(entries, renderer, sink);
        List<Rendered> results = new ArrayList<>(render(first, renderer, sink));
        boolean shown = shownFirst || !first.isEmpty() && showable(results) && publish(results, sink, published);
        List<Rendered> more = render(pages, renderer, sink);
        results.addAll(more);
        // The pages shown before the model (the saved records' own among them) come again with the same bytes: not a second reload.
        List<Rendered> others = more.stream().filter(r -> !shownEarly.contains(r.path())).toList();
        if (shown && !others.isEmpty() && showable(more)) publish(others, sink, published);
        results.addAll(render(rest, renderer, sink));
        return results;
    }

    /** Whether nothing found so far in this update, nor left by the last one, is an error. */
    private boolean cleanBeforeRendering() {
        if (!pending.isEmpty() || !pageFailures.isEmpty()) return false;
        for (List<Problem> l : List.of(settingsProblems, assetProblems, listingProblems, modelProblems)) {
            if (hasError(l)) return false;
        }
        for (FileState f : files.values()) if (hasError(f.problems())) return false;
        for (List<Problem> l : pageProblems.values()) if (hasError(l)) return false;
        for (List<Problem> l : linkProblems.values()) if (hasError(l)) return false;
        return true;
    }

    private static boolean hasError(List<Problem> problems) {
        for (Problem p : problems) if (p.severity() == Severity.ERROR) return true;
        return false;
    }

    private static boolean clean(Rendered r) {
        return r.failures().isEmpty() && !hasError(r.problems());
    }

    /**
     * Whether {@code r} was a page before with the same ids: then no link elsewhere can break because of it, and an
     * update that publishes it first cannot be stopped by what it changed (only a page that fails on its own).
     */
    private boolean sameIds(Rendered r) {
        PageLinks old = links.get(r.path());
        return old != null && r.links() != null && old.ids().equals(r.links().ids());
    }

    /** Whether the links of {@code pages} hold against the new plan (and the ids the other pages have now). */
    private boolean linksHold(List<Rendered> pages) {
        Map<String, PageLinks> now = new HashMap<>(links);
        List<String> paths = new ArrayList<>();
        for (Rendered r : pages) {
            if (r.links() == null) continue;
            now.put(r.path(), r.links());
            paths.add(r.path());
        }
        Problems problems = new Problems();
        LinkChecker.check(now, plan.entries().keySet(), paths, problems);
        return !problems.hasErrors();
    }

    private Rendered renderOne(PageEntry e, PageRenderer renderer, OutputSink sink) {
        try {
            if (e.kind() == PageEntry.Kind.SEARCH) {
                if (!searchWritten.contains(e.path())) sink.write(e.path(), searchIndex.bytes(e.path()));
                return new Rendered(e.path(), e.deps(), List.of(), List.of(), null);
            }
            if (e.kind() == PageEntry.Kind.ASSET) {
                sink.write(e.path(), assets.get(e.path()));
                return new Rendered(e.path(), Set.of(), List.of(), List.of(), null);
            }
            if (e.kind() == PageEntry.Kind.DATA) {
                DataFiles.write(e, site, dataParts, recordKeys, DataFiles.words(uiStrings), sink);
                return new Rendered(e.path(), e.deps(), List.of(), List.of(), null);
            }
            PageResult r = e.kind() == PageEntry.Kind.TOMBSTONE
                    ? new PageResult(e, Optional.of(accord.archive.Tombstones.render(site, plan, e, tombstones, uiStrings)), UrlManifest.PATH,
                            e.deps(), List.of(), List.of())
                    : e.kind() == PageEntry.Kind.REDIRECT || e.kind() == PageEntry.Kind.REDIRECTS
                    ? new PageResult(e, Optional.of(Redirects.render(site, e, redirects, uiStrings)), Redirects.origin(site, e), e.deps(),
                            List.of(), List.of())
                    : renderer.render(e);
            PageLinks found = null;
            List<Problem> problems = r.problems();
            if (r.content().isPresent()) {
                String content = r.content().get();
                if (e.isHtml()) {
                    Problems ids = new Problems();
                    found = LinkChecker.collect(e.path(), r.origin(), content, basePath(config.baseUrl()), ids);
                    if (!ids.sorted().isEmpty()) {
                        problems = new ArrayList<>(problems);
                        problems.addAll(ids.sorted());
                    }
                }
                sink.write(e.path(), content.getBytes(StandardCharsets.UTF_8));
            }
            return new Rendered(e.path(), once ? Set.of() : Deps.shared(r.deps()), problems, r.templateFailures(), found);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** Checks the links of {@code paths} against the whole output, keeping each page's problems. */
    private void checkLinks(Set<String> paths) {
        Set<String> files = plan.entries().keySet();
        List<Map.Entry<String, List<Problem>>> found = invoke(() -> Balanced.map(List.copyOf(paths), p -> {
            Problems problems = new Problems();
            LinkChecker.check(links, files, List.of(p), problems, this::written, settingLinksReported);
            return Map.entry(p, problems.sorted());
        }));
        for (Map.Entry<String, List<Problem>> e : found) {
            if (e.getValue().isEmpty()) linkProblems.remove(e.getKey());
            else linkProblems.put(e.getKey(), e.getValue());
        }
    }

    /**
     * Where the body of the record file {@code origin} wrote the link its page has as {@code href}, found by the link's
     * fragment: the link check is the first to know that a fragment names no id, and by then the Markdown's positions
     * are gone. The body's first link destination that ends with that fragment, at its {@code [}; empty where none does.
     */
    private Optional<LinkChecker.Written> written(String origin, String href) {
        int hash = href.indexOf('#');
        FileState f = files.get(origin);
        if (hash < 0 || f == null || f.validated().isEmpty()) return Optional.empty();
        accord.content.SourceDocument source = f.validated().get().source();
        String body = source.body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\]\\(\\s*<?([^()\\s<>]*" + java.util.regex.Pattern.quote(href.substring(hash))
                + ")>?(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)").matcher(body);
        if (!m.find()) return Optional.empty();
        int open = body.lastIndexOf('[', m.start());
        int lineStart = body.lastIndexOf('\n', m.start()) + 1;
        int at = open >= lineStart ? open : m.start();
        int line = source.bodyLine();
        for (int i = 0; i < at; i++) if (body.charAt(i) == '\n') line++;
        return Optional.of(new LinkChecker.Written(new accord.problem.SourcePosition(origin, line, at - lineStart + 1), m.group(1)));
    }

    private void remember(Rendered r) {
        forget(r.path());
        if (!once) depsByPage.put(r.path(), r.deps());
        if (!r.problems().isEmpty()) pageProblems.put(r.path(), r.problems());
        if (!r.failures().isEmpty()) pageFailures.put(r.path(), r.failures());
        if (r.links() != null) links.put(r.path(), r.links());
        if (reverseKept) addReverse(r.path(), r.deps(), r.links());
    }

    /** Makes {@link #pagesByDep} and {@link #linkedFrom} from the pages remembered, unless they are kept already. */
    private void reverse() {
        if (reverseKept) return;
        depsByPage.forEach((page, deps) -> addReverse(page, deps, null));
        links.forEach((page, l) -> addReverse(page, Set.of(), l));
        reverseKept = true;
    }

    private void addReverse(String page, Set<String> deps, PageLinks pageLinks) {
        for (String d : deps) pagesByDep.computeIfAbsent(d, k -> new HashSet<>()).add(page);
        if (pageLinks != null) for (String t : pageLinks.targets()) linkedFrom.computeIfAbsent(t, k -> new HashSet<>()).add(page);
    }

    private void forget(String path) {
        Set<String> old = depsByPage.remove(path);
        if (old != null && reverseKept) {
            for (String d : old) {
                Set<String> pages = pagesByDep.get(d);
                if (pages != null) {
                    pages.remove(path);
                    if (pages.isEmpty()) pagesByDep.remove(d);
                }
            }
        }
        pageProblems.remove(path);
        pageFailures.remove(path);
        linkProblems.remove(path);
        PageLinks oldLinks = links.remove(path);
        if (oldLinks != null && reverseKept) {
            for (String t : oldLinks.targets()) {
                Set<String> from = linkedFrom.get(t);
                if (from != null) {
                    from.remove(path);
                    if (from.isEmpty()) linkedFrom.remove(t);
                }
            }
        }
    }

    /** Every problem the portal has now, whichever update found it. */
    private List<Problem> problems() {
        Problems all = new Problems();
        settingsProblems.forEach(all::add);
        assetProblems.forEach(all::add);
        listingProblems.forEach(all::add);
        files.values().forEach(s -> s.problems().forEach(all::add));
        modelProblems.forEach(all::add);
        pageProblems.values().forEach(l -> l.forEach(all::add));
        // One template bug breaks every page that uses it: report it once, naming the first record it broke.
        Map<List<Object>, String> failures = new LinkedHashMap<>();
        pageFailures.values().forEach(l -> l.forEach(f -> failures.merge(List.of(f.at(), f.message()), f.origin(),
                (a, b) -> a.compareTo(b) <= 0 ? a : b)));
        failures.forEach((k, origin) -> all.error((SourcePosition) k.get(0),
                "template error while rendering " + origin + ": " + k.get(1)));
        settingLinkProblems.forEach(all::add);
        linkProblems.values().forEach(l -> l.forEach(all::add));
        return all.sorted();
    }

    private <T> T invoke(java.util.concurrent.Callable<T> work) {
        return finish(pool.submit(work));
    }

    /** The result of work submitted to the pool, its failure thrown as {@link #invoke} throws it. */
    private static <T> T finish(java.util.concurrent.Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    static String basePath(String baseUrl) {
        if (baseUrl.startsWith("/")) return baseUrl;
        String path = java.net.URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
