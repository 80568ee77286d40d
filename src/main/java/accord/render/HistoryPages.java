package accord.render;

import accord.config.SiteConfig;
import accord.content.RecordId;
import accord.content.TranslationFiles;
import accord.history.Commit;
import accord.history.FileChange;
import accord.history.History;
import accord.model.Record;
import accord.model.Site;
import accord.problem.Problems;
import accord.render.PageResult.TemplateFailure;
import accord.render.Views.PageView;
import accord.render.Views.PaginationView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What git's history shows on the site: a record page's "Last changed" line and History section, and
 * the change log, as the "What changed" pages ({@code changes/}, paginated by site.yml's
 * {@code page_size}) and an Atom feed ({@code changes.xml}), newest first.
 *
 * <p>Dates are shown as the committer's calendar read them (the date in the commit's own offset from
 * UTC), in English with fixed month names: no machine's time zone or locale reaches the output. Every
 * text from a commit (author, subject) is escaped by the templates or {@link Feeds#xml}, stripped of
 * control characters (which neither HTML nor XML may carry) and cut at {@value #LONGEST} characters.
 */
public final class HistoryPages {
    /** How many characters of a commit's subject or author are shown. */
    static final int LONGEST = 300;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** One change in a record's History section. {@code id} is the element's id, {@code change-<hash>}. */
    public record ChangeView(String id, String date, String iso, String what, String author, String hash, String commitUrl,
                             String subject) {
    }

    /**
     * A record page's history: {@code notice} says when it is not known or not complete; {@code lastChanged}
     * is empty unless the page shows the last commit's version; {@code editUrl} is empty without a repository.
     */
    public record HistoryView(String notice, String lastChanged, String lastChangedIso, String firstRecorded,
                              String firstRecordedIso, List<ChangeView> changes, String editUrl, String sourcePath) {
    }

    /**
     * A row of the "What changed" page. For a removed page ({@code removed}) {@code title} is its address,
     * {@code href} its tombstone page, {@code what} "Removed: <reason>", and {@code author}, {@code hash}, {@code commitUrl}
     * and {@code subject} are empty. For a commit to a record's translation, {@code language} is the translation's
     * language, {@code href} its page in that language, and what the change did is {@code what}, the language's name in
     * itself ({@code languageName}, to be marked with {@code language}) and {@code whatAfter}: "Amended (translation: ",
     * "Русский", ")". Otherwise those three are empty and {@code what} is the whole of it.
     */
    public record ChangeRowView(String date, String iso, String href, String title, String singular, String what,
                                String author, String hash, String commitUrl, String subject, boolean removed,
                                String language, String languageName, String whatAfter) {
    }

    /** The "What changed" page: its rows, its pages, the feed's address and why the history is not known, if so. */
    public record ChangesView(List<ChangeRowView> rows, PaginationView pagination, int total, String feed, String notice) {
    }

    /**
     * One entry of the change log. ADDED and AMENDED come from git; SUPERSEDED and WITHDRAWN are the
     * lifecycle's (issue 10, item 3), which passes its entries to {@link #log} as {@code more}: this
     * class sorts, paginates and shows them with the rest, naming the kind in {@link #what}.
     *
     * <p>{@code path} is the file the commit changed: the record's own ({@code content/x/y.md}, {@code language}
     * empty) or one of its translations ({@code content/x/y.ru.md}, {@code language} {@code ru}), which is listed as
     * an entry of its own, even when the same commit changed the record's own file too: each entry is one page's
     * History entry, and links there.
     */
    public record ChangeEntry(Kind kind, Record record, Commit commit, String note, String language, String path, Commit arrived)
            implements LogEntry {
        public enum Kind { ADDED, AMENDED, SUPERSEDED, WITHDRAWN, REMOVED }

        public ChangeEntry {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(record, "record");
            java.util.Objects.requireNonNull(commit, "commit");
            java.util.Objects.requireNonNull(note, "note");
            java.util.Objects.requireNonNull(language, "language");
            java.util.Objects.requireNonNull(path, "path");
            java.util.Objects.requireNonNull(arrived, "arrived");
        }

        /** A change to the record's own file, made on the first-parent line. */
        public ChangeEntry(Kind kind, Record record, Commit commit, String note) {
            this(kind, record, commit, note, "", record.source().path(), commit);
        }

        /**
         * When the change reached the branch built: its commit's date, or for a commit made on another branch, the date
         * of the merge that brought it ({@code arrived}) where that is later. The log is in that order, so a change merged
         * late from a branch begun long ago is among the newest, where a reader of the feed sees it; a merge dated before
         * the commits it brought (committers' clocks disagree) moves nothing down.
         */
        @Override
        public java.time.Instant when() {
            return reached(commit, arrived);
        }

        @Override
        public java.time.Instant made() {
            return commit.date().toInstant();
        }

        /** The day in UTC: commits of one day sort by their instant, after the removals of that day. */
        @Override
        public java.time.LocalDate day() {
            return java.time.LocalDate.ofInstant(when(), java.time.ZoneOffset.UTC);
        }

        @Override
        public int rank() {
            return 1;
        }

        /** By commit, then record; a record's own file before its translations, in the order of their languages' codes. */
        @Override
        public String tie() {
            return commit.hash() + "\0" + record.id() + (language.isEmpty() ? "" : "\0" + language);
        }
    }

    /**
     * A page removed on purpose: a tombstone (a {@code gone} line of the URL manifest, made by {@code accord.archive}),
     * listed in the change log as "Removed". {@code path} is the tombstone page's output file, {@code address} the address
     * as the manifest writes it, {@code date} the day written there, {@code reason} why, and {@code line} the manifest's
     * line, which the change log's plan entries depend on.
     *
     * <p>Its date is the day the editor wrote on the line, not a commit's: it is the date the tombstone page shows, it
     * is there with or without git, and the commit that deleted the record's file may be older or newer than the
     * decision it records. A day has no time of day, so the log lists it first among the changes of that day (days
     * counted in UTC), after those of later days: the day's decision is its latest news. The feed's {@code updated}
     * for it is the day's start in UTC, the one instant a day names; no time is made up.
     */
    public record Removal(String path, String address, java.time.LocalDate date, String reason, String line) implements LogEntry {
        public Removal {
            java.util.Objects.requireNonNull(path, "path");
            java.util.Objects.requireNonNull(address, "address");
            java.util.Objects.requireNonNull(date, "date");
            java.util.Objects.requireNonNull(reason, "reason");
            java.util.Objects.requireNonNull(line, "line");
        }

        @Override
        public java.time.Instant when() {
            return date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }

        @Override
        public java.time.LocalDate day() {
            return date;
        }

        /** First of its day. */
        @Override
        public int rank() {
            return 0;
        }

        @Override
        public String tie() {
            return path;
        }
    }

    /**
     * When a change reached the branch built: {@code commit}'s date, or the date of the merge that brought it
     * ({@code arrived}) where that is later. The change log and a record page's History are both in this order.
     */
    static java.time.Instant reached(Commit commit, Commit arrived) {
        java.time.Instant own = commit.date().toInstant();
        java.time.Instant in = arrived.date().toInstant();
        return in.isAfter(own) ? in : own;
    }

    /**
     * A record page's History in the change log's order ({@link #NEWEST_FIRST} for commits alone): latest to reach the
     * branch first; among the commits one merge brought, the newest made first; then by hash, a fixed order.
     */
    static final Comparator<FileChange> REACHED_FIRST = Comparator.comparing((FileChange c) -> reached(c.commit(), c.arrived()))
            .reversed().thenComparing(Comparator.comparing((FileChange c) -> c.commit().date().toInstant()).reversed())
            .thenComparing(c -> c.commit().hash());

    /** An entry of the change log, a commit to a record ({@link ChangeEntry}) or a removed page ({@link Removal}). */
    public sealed interface LogEntry permits ChangeEntry, Removal {
        /** The instant the entry names (a removal: its day's start in UTC). */
        java.time.Instant when();

        /** Its day in UTC: the log is newest day first. */
        java.time.LocalDate day();

        /** Within a day, lower first: removals (0) before commits (1). */
        int rank();

        /** The order among entries of the same day, rank and instant. */
        String tie();

        /** When it was made: for the commits a merge brought, which all arrived at once, newest first among them. */
        default java.time.Instant made() {
            return when();
        }
    }

    /**
     * Newest day first; within a day, removals, then commits newest first; then by {@link LogEntry#tie}: a fixed order,
     * so the same history makes the same bytes. Commits alone sort by their instant (a UTC day follows the instant).
     */
    private static final Comparator<LogEntry> NEWEST_FIRST = Comparator.comparing(LogEntry::day).reversed()
            .thenComparingInt(LogEntry::rank).thenComparing(Comparator.comparing(LogEntry::when).reversed())
            .thenComparing(Comparator.comparing(LogEntry::made).reversed())
            .thenComparing(LogEntry::tie);

    private final PageRenderer renderer;
    private final Site site;
    private final History history;
    private List<Removal> removed = List.of();
    private List<LogEntry> log;

    HistoryPages(PageRenderer renderer, Site site, History history) {
        this.renderer = renderer;
        this.site = site;
        this.history = history;
    }

    public static String changes(int n) {
        return n <= 1 ? "changes/" : "changes/page/" + n + "/";
    }

    public static String feed() {
        return "changes.xml";
    }

    /** The plan's entries for the change log: its pages and its feed, which depend on every history and every record's title. */
    public static List<PageEntry> plan(Site site, History history) {
        return plan(site, history, List.of());
    }

    /**
     * The change log's entries with the pages {@code removed} on purpose listed among the changes: they depend on the
     * manifest's lines too (an edited line makes other entries, which are rendered again).
     */
    public static List<PageEntry> plan(Site site, History history, List<Removal> removed) {
        java.util.Set<String> deps = new java.util.LinkedHashSet<>();
        deps.add(Deps.history());
        // Records' titles show only when the history is known; otherwise the pages say why they are empty.
        if (history.known()) site.collections().forEach(c -> deps.add(Deps.collection(c.name())));
        removed.forEach(r -> deps.add("removed:" + r.line()));
        int size = site.config().pageSize();
        int logged = log(site, history, LifecycleNotices.changes(site, history, t -> ""), removed, p -> "").size();
        int pages = Math.max(1, (logged + size - 1) / size);
        List<PageEntry> entries = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            entries.add(new PageEntry(Routes.file(changes(n)), PageEntry.Kind.CHANGES, "", n, deps));
        }
        entries.add(new PageEntry(feed(), PageEntry.Kind.CHANGES_FEED, "", 1, deps));
        return entries;
    }

    /**
     * {@code plan} with its change log planned again with the pages {@code removed} on purpose (none: {@code plan}
     * itself). Tombstones are known only once the rest of the plan is (they must not be pages it makes), so the
     * change log is planned first without them and replaced here.
     */
    public static PagePlan withRemovals(PagePlan plan, Site site, History history, List<Removal> removed) {
        if (removed.isEmpty()) return plan;
        Map<String, PageEntry> entries = new java.util.LinkedHashMap<>();
        plan.entries().forEach((path, e) -> {
            if (e.kind() != PageEntry.Kind.CHANGES && e.kind() != PageEntry.Kind.CHANGES_FEED) entries.put(path, e);
        });
        return new PagePlan(entries).with(plan(site, history, removed));
    }

    /** Gives the change log the pages removed on purpose, as {@link #withRemovals} planned it; before any page renders. */
    void removed(List<Removal> removed) {
        this.removed = List.copyOf(removed);
        this.log = null;
    }

    /**
     * Every published record's commits, newest first (ties: by commit, then record): the commit that
     * added its file is ADDED, every later one AMENDED (a rename among them); a deletion followed by the
     * file's return shows only the return. The commits to each of its published translations' files are listed
     * the same way, as entries of their own. {@code more} adds the lifecycle's entries; {@code moved} says a rename's
     * note from the file's earlier path.
     */
    public static List<LogEntry> log(Site site, History history, List<ChangeEntry> more, List<Removal> removed,
                                     java.util.function.UnaryOperator<String> moved) {
        List<LogEntry> entries = new ArrayList<>(more);
        entries.addAll(removed);
        // A lifecycle entry stands for its commit: that commit is not listed again as an amendment.
        java.util.Set<String> told = new java.util.HashSet<>();
        more.forEach(e -> told.add(e.record().id() + " " + e.commit().hash()));
        if (history.known()) {
            for (Record r : site.records().values()) {
                changes(entries, site, history, r, "", r.source().path(), told, moved);
                // A translation's commits are changes to a published page as much as the record's own.
                Map<String, Record> translations = site.translations().getOrDefault(r.id(), Map.of());
                for (String lang : new java.util.TreeSet<>(translations.keySet())) {
                    changes(entries, site, history, r, lang, translations.get(lang).source().path(), java.util.Set.of(), moved);
                }
                // A translation deleted: its commits stay, and its deletion is listed as the removal of that version.
                for (String lang : site.config().otherLanguages()) {
                    if (translations.containsKey(lang)) continue;
                    String path = translationPath(r, lang);
                    if (removedTranslation(site, history, r, lang).isEmpty()) continue;
                    changes(entries, site, history, r, lang, path, java.util.Set.of(), moved);
                    FileChange gone = history.changes(path).get(0);
                    entries.add(new ChangeEntry(ChangeEntry.Kind.REMOVED, r, gone.commit(), "", lang, path, gone.arrived()));
                }
            }
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    /** The entries of the commits to {@code path}, the file of {@code r} in {@code lang} (empty: its own), but those {@code told}. */
    private static void changes(List<LogEntry> entries, Site site, History history, Record r, String lang, String path,
                                java.util.Set<String> told, java.util.function.UnaryOperator<String> moved) {
        for (FileChange c : changes(site, history, r, path)) {
            if (c.kind() == FileChange.Kind.DELETED || told.contains(r.id() + " " + c.commit().hash())) continue;
            ChangeEntry.Kind kind = c.kind() == FileChange.Kind.ADDED ? ChangeEntry.Kind.ADDED : ChangeEntry.Kind.AMENDED;
            entries.add(new ChangeEntry(kind, r, c.commit(), c.kind() == FileChange.Kind.RENAMED
                    ? moved.apply(c.previousPath()) : "", lang, path, c.arrived()));
        }
    }

    private List<LogEntry> log() {
        List<LogEntry> l = log;
        if (l == null) log = l = log(site, history, LifecycleNotices.changes(site, history,
                t -> renderer.word("", "change_superseded_by", "by {title}").replace("{title}", t)), removed,
                p -> renderer.word("", "change_moved", "moved from {path}").replace("{path}", p));
        return l;
    }

    /**
     * The changes the pages of {@code r} show for its file at {@code path} (its own, or a translation's), newest first:
     * the file's own, then those of each earlier file its {@code redirect_from} names (the same language's file at the
     * old slug), where that file was deleted and no record has its address now. git pairs a deleted file with an added
     * one only when their texts are alike; an editor who renames a record and rewrites most of it says so with
     * {@code redirect_from}, which the lasting ids read too ({@link FirstAddresses}). Where one commit deleted the old
     * file and added this one, the two are one change: the file moved from the old name.
     */
    static List<FileChange> changes(Site site, History history, Record r, String path) {
        List<FileChange> own = history.changes(path);
        List<RecordId> olds = FirstAddresses.oldIds(r);
        if (olds.isEmpty() || !history.known()) return own;
        String lang = TranslationFiles.recordFile(path).map(TranslationFiles.RecordFile::language).orElse("");
        List<List<FileChange>> pasts = new ArrayList<>();
        for (RecordId old : olds) {
            String file = TranslationFiles.path(old, lang);
            if (file.equals(path) || site.records().containsKey(old)) continue;
            List<FileChange> past = history.changes(file);
            if (!past.isEmpty() && past.get(0).kind() == FileChange.Kind.DELETED) pasts.add(past);
        }
        if (pasts.isEmpty()) return own;
        pasts.sort(Comparator.comparing((List<FileChange> l) -> l.get(0).commit().date().toInstant()).reversed());
        List<FileChange> all = new ArrayList<>(own);
        java.util.Set<String> seen = new java.util.HashSet<>();
        own.forEach(c -> seen.add(c.commit().hash()));
        for (List<FileChange> past : pasts) {
            FileChange gone = past.get(0);
            FileChange last = all.isEmpty() ? null : all.get(all.size() - 1);
            int from = 0;
            if (last != null && last.kind() == FileChange.Kind.ADDED && last.commit().hash().equals(gone.commit().hash())) {
                all.set(all.size() - 1, new FileChange(last.commit(), FileChange.Kind.RENAMED, last.path(), gone.path(), last.arrived()));
                from = 1;
            }
            for (FileChange c : past.subList(from, past.size())) {
                if (seen.add(c.commit().hash())) all.add(c);
            }
        }
        return List.copyOf(all);
    }

    /**
     * Whether every page of {@code r} shows the same history under {@code a} as under {@code b}: its own file's and each
     * of its other languages' (a translation's, or a removed translation's), each with the past its {@code redirect_from}
     * joins ({@link #changes(Site, History, Record, String)}). A session asks it after reading the history again: a
     * commit that only deleted an old file the record's redirect_from names changes the record's History, not its file's.
     */
    public static boolean sameFor(Site site, Record r, History a, History b) {
        if (a.state() != b.state()) return false;
        List<String> paths = new ArrayList<>();
        paths.add(r.source().path());
        for (String lang : site.config().otherLanguages()) paths.add(translationPath(r, lang));
        for (String path : paths) {
            if (!a.uncommitted(path).equals(b.uncommitted(path))) return false;
            if (!changes(site, a, r, path).equals(changes(site, b, r, path))) return false;
        }
        return true;
    }

    /** The file of {@code r}'s translation into {@code lang}: {@code content/<collection>/<slug>.<lang>.md}. */
    static String translationPath(Record r, String lang) {
        return TranslationFiles.path(r.id(), lang);
    }

    /**
     * The history of {@code r}'s translation into {@code lang} when that translation was published and its file deleted
     * since (the newest change a deletion, and no file there now, committed or not); otherwise empty.
     */
    static List<FileChange> removedTranslation(Site site, History history, Record r, String lang) {
        if (!history.known() || site.translations().getOrDefault(r.id(), Map.of()).containsKey(lang)) return List.of();
        String path = translationPath(r, lang);
        if (history.uncommitted(path).isPresent()) return List.of();
        List<FileChange> changes = changes(site, history, r, path);
        return !changes.isEmpty() && changes.get(0).kind() == FileChange.Kind.DELETED ? changes : List.of();
    }

    /**
     * The history the page of {@code r} in {@code lang} shows where that language's version was removed (the page now
     * says the record is not available in it), so that the change log's entries for it lead somewhere; empty otherwise.
     */
    Optional<RemovedVersion> removed(Record r, String lang) {
        if (removedTranslation(site, history, r, lang).isEmpty()) return Optional.empty();
        HistoryView v = of(r, lang, translationPath(r, lang));
        String notice = renderer.word(lang, "translation_removed", "This record's version in {language} was removed; its history is below.")
                .replace("{language}", languageName(lang));
        return Optional.of(new RemovedVersion(notice,
                new HistoryView("", "", "", v.firstRecorded(), v.firstRecordedIso(), v.changes(), "", v.sourcePath())));
    }

    /** A removed language version: the page's notice ({@code notice}) and that version's history. */
    record RemovedVersion(String notice, HistoryView history) {
    }

    // ---- a record's page ----

    HistoryView of(Record r) {
        return of(r, "");
    }

    /** A record page's history in {@code lang} (empty: the default language): its notices and words in the theme's words. */
    HistoryView of(Record r, String lang) {
        return of(r, lang, r.source().path());
    }

    /** The history of the file at {@code path}, one of {@code r}'s, as its page in {@code lang} shows it. */
    private HistoryView of(Record r, String lang, String path) {
        String edit = site.config().repository().map(repo -> repo.url() + "/edit/" + segments(repo.branch()) + "/"
                + segments(history.prefix() + path)).orElse("");
        if (!history.known()) return new HistoryView(unknown(lang), "", "", "", "", List.of(), edit, path);
        // A translation's page: the record's redirect_from names its earlier addresses.
        List<FileChange> changes = changes(site, history, site.records().getOrDefault(r.id(), r), path);
        Optional<History.Uncommitted> dirty = history.uncommitted(path);
        String notice = "";
        if (dirty.isPresent() && dirty.get() == History.Uncommitted.NEW && changes.isEmpty()) {
            notice = renderer.word(lang, "history_not_committed", "This record is not committed yet, so it has no history.");
        } else if (dirty.isPresent()) {
            // Changes not committed, or a new file whose redirect_from names a deleted file's past: the page goes on with
            // that past, as it will once committed.
            notice = renderer.word(lang, "history_uncommitted",
                    "This page shows changes that are not committed yet; the history below ends at the last commit.");
        } else if (changes.isEmpty()) {
            notice = renderer.word(lang, "history_no_commit", "No commit of this record was found.");
        }
        List<ChangeView> views = new ArrayList<>();
        // In the change log's order, so the page and "What changed" list a record's commits alike: a commit a merge
        // brought from a branch is listed where the merge put it on the branch built, with its own date.
        List<FileChange> listed = new ArrayList<>(changes);
        listed.sort(REACHED_FIRST);
        for (FileChange c : listed) {
            String what = switch (c.kind()) {
                case ADDED -> renderer.word(lang, "history_added", "Added");
                case MODIFIED -> renderer.word(lang, "history_changed", "Changed");
                case RENAMED -> renderer.word(lang, "history_moved", "Moved from {path}").replace("{path}", c.previousPath());
                case DELETED -> renderer.word(lang, "history_deleted", "Deleted");
            };
            views.add(new ChangeView("change-" + c.commit().shortHash(), day(c.commit().date()), iso(c.commit().date()), what,
                    clean(c.commit().author()), c.commit().shortHash(), commitUrl(c.commit()), clean(c.commit().subject())));
        }
        // The last and first commits as git's log gives them (as dcterms, the sitemap and the data files date the record).
        String last = changes.isEmpty() || dirty.isPresent() ? "" : day(changes.get(0).commit().date());
        String lastIso = last.isEmpty() ? "" : iso(changes.get(0).commit().date());
        String first = changes.isEmpty() ? "" : day(changes.get(changes.size() - 1).commit().date());
        String firstIso = changes.isEmpty() ? "" : iso(changes.get(changes.size() - 1).commit().date());
        return new HistoryView(notice, last, lastIso, first, firstIso, views, edit, path);
    }

    /** The date of the record's last commit, as the sitemap's {@code lastmod}; empty when it is not known or not committed. */
    String lastModified(Record r) {
        // What of(r) gives as lastChangedIso, without making every change's view: the newest commit, unless the
        // file has uncommitted changes or the history is not known.
        String path = r.source().path();
        if (!history.known() || history.uncommitted(path).isPresent()) return "";
        List<FileChange> changes = changes(site, history, r, path);
        return changes.isEmpty() ? "" : iso(changes.get(0).commit().date());
    }

    private String unknown() {
        return unknown("");
    }

    private String unknown(String lang) {
        return renderer.word(lang, "history_not_shown", "The history of this record is not shown: {why}.").replace("{why}", why(lang));
    }

    /** Why the history is not known, in {@code lang}'s words. */
    private String why(String lang) {
        return switch (history.state()) {
            case SHALLOW -> renderer.word(lang, "history_shallow",
                    "the site was built from a shallow clone of its repository, which lacks the older commits");
            case FAILED -> renderer.word(lang, "history_failed", "git could not read the repository the site was built from");
            default -> renderer.word(lang, "history_outside_git", "this copy of the site was built outside a git checkout");
        };
    }

    // ---- the change log ----

    Optional<String> page(PageEntry entry, Problems problems, List<TemplateFailure> failures) {
        List<LogEntry> all = log();
        int size = site.config().pageSize();
        int total = Math.max(1, (all.size() + size - 1) / size);
        int n = entry.number();
        // In the default language: the change log has no other language version.
        String whatChanged = renderer.word("", "what_changed", "What changed");
        String title = n == 1 ? whatChanged : whatChanged + " (" + renderer.word("", "page_of", "page {number} of {total}")
                .replace("{number}", Integer.toString(n)).replace("{total}", Integer.toString(total)) + ")";
        Map<String, Object> model = renderer.model(entry.path(), new PageView(title, "changes", entry.path(),
                site.config().baseUrl() + changes(n), renderer.word("", "changes_description",
                        "Records added, amended, superseded, withdrawn and removed in {site}, newest first.")
                        .replace("{site}", site.config().title())));
        List<ChangeRowView> rows = new ArrayList<>();
        for (LogEntry l : all.subList(Math.min(all.size(), (n - 1) * size), Math.min(all.size(), n * size))) {
            if (l instanceof Removal r) {
                rows.add(new ChangeRowView(day(r.date()), r.date().toString(), Routes.clean(r.path()), r.address(), "",
                        renderer.word("", "change_removed", "Removed: {reason}").replace("{reason}", clean(r.reason())),
                        "", "", "", "", true, "", "", ""));
                continue;
            }
            ChangeEntry e = (ChangeEntry) l;
            Commit c = e.commit();
            String href = Routes.record(e.record().id(), e.language(), site.config().language()) + "#change-" + c.shortHash();
            String what = what(e);
            String after = "";
            if (!e.language().isEmpty()) {
                String[] around = translationWords(e);
                what = around[0];
                after = around[1];
            }
            rows.add(new ChangeRowView(day(c.date()), iso(c.date()), href, shown(e).title(), e.record().collection().singular(),
                    what, clean(c.author()), c.shortHash(), commitUrl(c), clean(c.subject()), false, e.language(),
                    e.language().isEmpty() ? "" : languageName(e.language()), after));
        }
        model.put("changes", new ChangesView(rows, new PaginationView(n, total, n > 1 ? changes(n - 1) : "",
                n < total ? changes(n + 1) : ""), all.size(), feed(), history.known() ? "" : renderer.word("", "changes_not_shown",
                "The history of the records is not shown: {why}.").replace("{why}", why(""))));
        return renderer.render("changes.ftlh", model, entry.path(), "changes.ftlh", problems, failures);
    }

    /**
     * What a change to a translation did, around the language's name: the default language's {@code change_translation}
     * ({@code {change} (translation: {language})}) with what it did for {@code {change}}, or where the change has a note
     * (a file moved) {@code change_translation_note} ({@code {change} (translation: {language}; {note})}), one pair of
     * brackets rather than "Amended (moved from …) (translation: …)"; cut at {@code {language}}.
     */
    private String[] translationWords(ChangeEntry e) {
        String words = e.note().isEmpty() ? renderer.word("", "change_translation", "{change} (translation: {language})")
                : renderer.word("", "change_translation_note", "{change} (translation: {language}; {note})");
        int at = words.indexOf("{language}");
        String before = at < 0 ? words + " " : words.substring(0, at);
        String after = at < 0 ? "" : words.substring(at + "{language}".length());
        return new String[] {fill(before, e), fill(after, e)};
    }

    /** {@code words} with what {@code e} did for {@code {change}}, then its note for {@code {note}}. */
    private String fill(String words, ChangeEntry e) {
        return words.replace("{change}", word(e)).replace("{note}", e.note());
    }

    /** The record as the change's page shows it: a translation's change, in that language (its own title). */
    private Record shown(ChangeEntry e) {
        if (e.language().isEmpty()) return e.record();
        return site.translations().getOrDefault(e.record().id(), Map.of()).getOrDefault(e.language(), e.record());
    }

    /** A language's name in itself, as the language switcher shows it ({@link UiStrings#languageName}). */
    private String languageName(String lang) {
        return renderer.languageName(lang);
    }

    /** What a change did as one text: for a translation's, with its language's name ({@link #translationWords}). */
    private String whatInFull(ChangeEntry e) {
        if (e.language().isEmpty()) return what(e);
        String[] around = translationWords(e);
        return around[0] + languageName(e.language()) + around[1];
    }

    /** What a change did, in the default language's words, with its note. */
    String what(ChangeEntry e) {
        return e.note().isEmpty() ? word(e) : word(e) + " (" + e.note() + ")";
    }

    /** What a change did, in the default language's word for it. */
    private String word(ChangeEntry e) {
        return switch (e.kind()) {
            case ADDED -> renderer.word("", "change_added", "Added");
            case AMENDED -> renderer.word("", "change_amended", "Amended");
            case SUPERSEDED -> renderer.word("", "change_superseded", "Superseded");
            case WITHDRAWN -> renderer.word("", "change_withdrawn", "Withdrawn");
            case REMOVED -> renderer.word("", "change_removed_version", "Removed");
        };
    }

    /** The Atom feed of the latest {@value Feeds#FEED_SIZE} changes. */
    String atom() {
        List<LogEntry> all = log();
        SiteConfig c = site.config();
        String base = c.baseUrl();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        sb.append("  <title>").append(Feeds.xml(renderer.word("", "what_changed", "What changed") + " · " + c.title())).append("</title>\n");
        // An id is an absolute IRI (RFC 4287): a urn where the base URL is only a path, as the site's own feed does.
        sb.append("  <id>").append(Feeds.xml(c.absolute(changes(1)).orElse("urn:accord:feed:changes"))).append("</id>\n");
        sb.append("  <link rel=\"alternate\" href=\"").append(Feeds.xml(base + changes(1))).append("\"/>\n");
        sb.append("  <link rel=\"self\" href=\"").append(Feeds.xml(base + feed())).append("\"/>\n");
        // Atom needs a date even when there is none to give: the epoch, as the site's own feed does.
        // The latest of the entries' (a removal listed first has its day's start, which a commit of that day follows).
        sb.append("  <updated>").append(all.isEmpty() ? "1970-01-01T00:00:00Z" : updated(all.subList(0, Math.min(Feeds.FEED_SIZE,
                all.size())).stream().max(Comparator.comparing(LogEntry::when)).orElseThrow())).append("</updated>\n");
        for (LogEntry l : all.subList(0, Math.min(Feeds.FEED_SIZE, all.size()))) {
            if (l instanceof Removal r) {
                // The tombstone page's notice has the id "removed": an entry's id names what it is about and stays put.
                String url = base + Routes.clean(r.path());
                sb.append("  <entry>\n    <title>").append(Feeds.xml(renderer.word("", "change_removed", "Removed: {reason}")
                        .replace("{reason}", r.address()))).append("</title>\n");
                sb.append("    <id>").append(Feeds.xml(c.absolute(Routes.clean(r.path()) + "#removed")
                        .orElse("urn:accord:removed:" + r.address()))).append("</id>\n");
                sb.append("    <link href=\"").append(Feeds.xml(url)).append("\"/>\n");
                sb.append("    <updated>").append(updated(r)).append("</updated>\n");
                // Atom asks for an author: the site's publisher, or the site, since no commit names one.
                sb.append("    <author><name>").append(Feeds.xml(c.citedPublisher()))
                        .append("</name></author>\n");
                sb.append("    <summary>").append(Feeds.xml(renderer.word("", "change_removed_summary",
                        "The page at {address} was removed on {date}: {reason}").replace("{address}", r.address())
                        .replace("{date}", renderer.date("", r.date().toString(), longDay(r.date()))).replace("{reason}", clean(r.reason()))))
                        .append("</summary>\n");
                sb.append("  </entry>\n");
                continue;
            }
            ChangeEntry e = (ChangeEntry) l;
            String url = base + Routes.record(e.record().id(), e.language(), c.language()) + "#change-" + e.commit().shortHash();
            // The id names the change for good (RFC 4287: it must not change): the page's address when the commit was
            // made, so a later rename moves the entry's link but not its id, and feed readers do not show it again. A
            // translation's page is at <lang>/<collection>/<slug>/, so its change and the record's own in the same commit
            // have different ids.
            String then = idAt(e);
            sb.append("  <entry>\n    <title>").append(Feeds.xml(whatInFull(e) + ": " + shown(e).title())).append("</title>\n");
            sb.append("    <id>").append(Feeds.xml(c.absolute(then + "#change-" + e.commit().shortHash())
                    .orElse("urn:accord:change:" + then.substring(0, then.length() - 1) + ":" + e.commit().shortHash())))
                    .append("</id>\n");
            sb.append("    <link href=\"").append(Feeds.xml(url)).append("\"/>\n");
            sb.append("    <updated>").append(iso(e.commit().date())).append("</updated>\n");
            sb.append("    <author><name>").append(Feeds.xml(clean(e.commit().author()))).append("</name></author>\n");
            sb.append("    <summary>").append(Feeds.xml(e.record().collection().singular() + ": " + shown(e).title()
                    + ". " + clean(e.commit().subject()) + " (" + renderer.word("", "commit", "commit") + " " + e.commit().shortHash()
                    + ")")).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    /**
     * The page's address as its file's path at {@code e}'s commit gave it: {@code <collection>/<slug>/} for
     * {@code content/<collection>/<slug>.md}, {@code <lang>/<collection>/<slug>/} for a translation's
     * {@code content/<collection>/<slug>.<lang>.md}.
     */
    private String idAt(ChangeEntry e) {
        for (FileChange fc : changes(site, history, e.record(), e.path())) {
            if (!fc.commit().hash().equals(e.commit().hash())) continue;
            Optional<TranslationFiles.RecordFile> then = TranslationFiles.recordFile(fc.path());
            if (then.isEmpty()) break;
            if (then.get().language().isEmpty() == e.language().isEmpty()) return address(then.get().id(), then.get().language());
        }
        return address(e.record().id(), e.language());
    }

    /** The address of {@code id}'s page in {@code lang} (empty: its own). */
    private static String address(RecordId id, String lang) {
        return (lang.isEmpty() ? "" : lang + "/") + Routes.record(id);
    }

    // ---- formatting ----

    private String commitUrl(Commit c) {
        return site.config().repository().map(r -> r.url() + "/commit/" + c.hash()).orElse("");
    }

    /** "14 Nov 2024": the commit's date in its own offset, with English month names whatever the machine's locale. */
    static String day(OffsetDateTime t) {
        return t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + t.getYear();
    }

    /** "14 Nov 2024" for a day with no time of day (a tombstone's). */
    static String day(java.time.LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** "14 November 2024", as the tombstone page says it. */
    private static String longDay(java.time.LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + d.getYear();
    }

    /** An entry's time as Atom writes it: a commit's date in its own offset; a removal's day at its start in UTC. */
    private static String updated(LogEntry l) {
        return l instanceof ChangeEntry e ? iso(e.commit().date()) : l.when().toString();
    }

    static String iso(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Text from a commit without control characters, cut at {@value #LONGEST} characters. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), LONGEST + 1));
        s.codePoints().forEach(cp -> {
            boolean control = cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0xfffe || cp == 0xffff
                    || (cp >= 0xd800 && cp <= 0xdfff);
            sb.appendCodePoint(control ? ' ' : cp);
        });
        String t = sb.toString().strip();
        if (t.codePointCount(0, t.length()) > LONGEST) t = t.substring(0, t.offsetByCodePoints(0, LONGEST)).strip() + "…";
        return t;
    }

    /** A path for a URL: each segment percent-encoded, the slashes kept. */
    private static String segments(String path) {
        StringBuilder sb = new StringBuilder();
        for (String part : path.split("/", -1)) {
            if (sb.length() > 0) sb.append('/');
            sb.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }
}
