package accord.render;

import accord.config.SiteConfig;
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

    /** A row of the "What changed" page. */
    public record ChangeRowView(String date, String iso, String href, String title, String singular, String what,
                                String author, String hash, String commitUrl, String subject) {
    }

    /** The "What changed" page: its rows, its pages, the feed's address and why the history is not known, if so. */
    public record ChangesView(List<ChangeRowView> rows, PaginationView pagination, int total, String feed, String notice) {
    }

    /**
     * One entry of the change log. ADDED and AMENDED come from git; SUPERSEDED and WITHDRAWN are the
     * lifecycle's (issue 10, item 3), which passes its entries to {@link #log} as {@code more}: this
     * class sorts, paginates and shows them with the rest, naming the kind in {@link #what}.
     */
    public record ChangeEntry(Kind kind, Record record, Commit commit, String note) {
        public enum Kind { ADDED, AMENDED, SUPERSEDED, WITHDRAWN }
    }

    private final PageRenderer renderer;
    private final Site site;
    private final History history;
    private List<ChangeEntry> log;

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
        java.util.Set<String> deps = new java.util.LinkedHashSet<>();
        deps.add(Deps.history());
        // Records' titles show only when the history is known; otherwise the pages say why they are empty.
        if (history.known()) site.collections().forEach(c -> deps.add(Deps.collection(c.name())));
        int size = site.config().pageSize();
        int pages = Math.max(1, (log(site, history, LifecycleNotices.changes(site, history)).size() + size - 1) / size);
        List<PageEntry> entries = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            entries.add(new PageEntry(Routes.file(changes(n)), PageEntry.Kind.CHANGES, "", n, deps));
        }
        entries.add(new PageEntry(feed(), PageEntry.Kind.CHANGES_FEED, "", 1, deps));
        return entries;
    }

    /**
     * Every published record's commits, newest first (ties: by commit, then record): the commit that
     * added its file is ADDED, every later one AMENDED (a rename among them); a deletion followed by the
     * file's return shows only the return. {@code more} adds the lifecycle's entries.
     */
    public static List<ChangeEntry> log(Site site, History history, List<ChangeEntry> more) {
        List<ChangeEntry> entries = new ArrayList<>(more);
        // A lifecycle entry stands for its commit: that commit is not listed again as an amendment.
        java.util.Set<String> told = new java.util.HashSet<>();
        more.forEach(e -> told.add(e.record().id() + " " + e.commit().hash()));
        if (history.known()) {
            for (Record r : site.records().values()) {
                for (FileChange c : history.changes(r.source().path())) {
                    if (c.kind() == FileChange.Kind.DELETED || told.contains(r.id() + " " + c.commit().hash())) continue;
                    ChangeEntry.Kind kind = c.kind() == FileChange.Kind.ADDED ? ChangeEntry.Kind.ADDED : ChangeEntry.Kind.AMENDED;
                    entries.add(new ChangeEntry(kind, r, c.commit(), c.kind() == FileChange.Kind.RENAMED
                            ? "moved from " + c.previousPath() : ""));
                }
            }
        }
        entries.sort(Comparator.comparing((ChangeEntry e) -> e.commit().date().toInstant()).reversed()
                .thenComparing(e -> e.commit().hash()).thenComparing(e -> e.record().id().toString()));
        return entries;
    }

    private List<ChangeEntry> log() {
        if (log == null) log = log(site, history, LifecycleNotices.changes(site, history));
        return log;
    }

    // ---- a record's page ----

    HistoryView of(Record r) {
        return of(r, "");
    }

    /** A record page's history in {@code lang} (empty: the default language): its notices and words in the theme's words. */
    HistoryView of(Record r, String lang) {
        String path = r.source().path();
        String edit = site.config().repository().map(repo -> repo.url() + "/edit/" + segments(repo.branch()) + "/"
                + segments(history.prefix() + path)).orElse("");
        if (!history.known()) return new HistoryView(unknown(lang), "", "", "", "", List.of(), edit, path);
        List<FileChange> changes = history.changes(path);
        Optional<History.Uncommitted> dirty = history.uncommitted(path);
        String notice = "";
        if (dirty.isPresent() && dirty.get() == History.Uncommitted.NEW) {
            notice = renderer.word(lang, "history_not_committed", "This record is not committed yet, so it has no history.");
            changes = List.of();
        } else if (dirty.isPresent()) {
            notice = renderer.word(lang, "history_uncommitted",
                    "This page shows changes that are not committed yet; the history below ends at the last commit.");
        } else if (changes.isEmpty()) {
            notice = renderer.word(lang, "history_no_commit", "No commit of this record was found.");
        }
        List<ChangeView> views = new ArrayList<>();
        for (FileChange c : changes) {
            String what = switch (c.kind()) {
                case ADDED -> renderer.word(lang, "history_added", "Added");
                case MODIFIED -> renderer.word(lang, "history_changed", "Changed");
                case RENAMED -> renderer.word(lang, "history_moved", "Moved from {path}").replace("{path}", c.previousPath());
                case DELETED -> renderer.word(lang, "history_deleted", "Deleted");
            };
            views.add(new ChangeView("change-" + c.commit().shortHash(), day(c.commit().date()), iso(c.commit().date()), what,
                    clean(c.commit().author()), c.commit().shortHash(), commitUrl(c.commit()), clean(c.commit().subject())));
        }
        String last = views.isEmpty() || dirty.isPresent() ? "" : views.get(0).date();
        String lastIso = last.isEmpty() ? "" : views.get(0).iso();
        String first = views.isEmpty() ? "" : views.get(views.size() - 1).date();
        String firstIso = views.isEmpty() ? "" : views.get(views.size() - 1).iso();
        return new HistoryView(notice, last, lastIso, first, firstIso, views, edit, path);
    }

    /** The date of the record's last commit, as the sitemap's {@code lastmod}; empty when it is not known or not committed. */
    String lastModified(Record r) {
        // What of(r) gives as lastChangedIso, without making every change's view: the newest commit, unless the
        // file has uncommitted changes or the history is not known.
        String path = r.source().path();
        if (!history.known() || history.uncommitted(path).isPresent()) return "";
        List<FileChange> changes = history.changes(path);
        return changes.isEmpty() ? "" : iso(changes.get(0).commit().date());
    }

    private String unknown() {
        return unknown("");
    }

    private String unknown(String lang) {
        String why = switch (history.state()) {
            case SHALLOW -> renderer.word(lang, "history_shallow",
                    "the site was built from a shallow clone of its repository, which lacks the older commits");
            case FAILED -> renderer.word(lang, "history_failed", "git could not read the repository the site was built from");
            default -> renderer.word(lang, "history_outside_git", "this copy of the site was built outside a git checkout");
        };
        return renderer.word(lang, "history_not_shown", "The history of this record is not shown: {why}.").replace("{why}", why);
    }

    // ---- the change log ----

    Optional<String> page(PageEntry entry, Problems problems, List<TemplateFailure> failures) {
        List<ChangeEntry> all = log();
        int size = site.config().pageSize();
        int total = Math.max(1, (all.size() + size - 1) / size);
        int n = entry.number();
        String title = n == 1 ? "What changed" : "What changed (page " + n + " of " + total + ")";
        Map<String, Object> model = renderer.model(entry.path(), new PageView(title, "changes", entry.path(),
                site.config().baseUrl() + changes(n), "Records added, amended, superseded and withdrawn in " + site.config().title()
                        + ", newest first."));
        String root = Routes.root(entry.path());
        List<ChangeRowView> rows = new ArrayList<>();
        for (ChangeEntry e : all.subList(Math.min(all.size(), (n - 1) * size), Math.min(all.size(), n * size))) {
            Commit c = e.commit();
            rows.add(new ChangeRowView(day(c.date()), iso(c.date()), Routes.record(e.record().id()) + "#change-" + c.shortHash(),
                    e.record().title(), e.record().collection().singular(), what(e), clean(c.author()), c.shortHash(),
                    commitUrl(c), clean(c.subject())));
        }
        model.put("changes", new ChangesView(rows, new PaginationView(n, total, n > 1 ? changes(n - 1) : "",
                n < total ? changes(n + 1) : ""), all.size(), feed(), history.known() ? "" : unknown()
                .replace("of this record", "of the records")));
        return renderer.render("changes.ftlh", model, entry.path(), "changes.ftlh", problems, failures);
    }

    static String what(ChangeEntry e) {
        String word = switch (e.kind()) {
            case ADDED -> "Added";
            case AMENDED -> "Amended";
            case SUPERSEDED -> "Superseded";
            case WITHDRAWN -> "Withdrawn";
        };
        return e.note().isEmpty() ? word : word + " (" + e.note() + ")";
    }

    /** The Atom feed of the latest {@value Feeds#FEED_SIZE} changes. */
    String atom() {
        List<ChangeEntry> all = log();
        SiteConfig c = site.config();
        String base = c.baseUrl();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        sb.append("  <title>").append(Feeds.xml("What changed · " + c.title())).append("</title>\n");
        sb.append("  <id>").append(Feeds.xml(base + changes(1))).append("</id>\n");
        sb.append("  <link rel=\"alternate\" href=\"").append(Feeds.xml(base + changes(1))).append("\"/>\n");
        sb.append("  <link rel=\"self\" href=\"").append(Feeds.xml(base + feed())).append("\"/>\n");
        // Atom needs a date even when there is none to give: the epoch, as the site's own feed does.
        sb.append("  <updated>").append(all.isEmpty() ? "1970-01-01T00:00:00Z" : iso(all.get(0).commit().date()))
                .append("</updated>\n");
        for (ChangeEntry e : all.subList(0, Math.min(Feeds.FEED_SIZE, all.size()))) {
            String url = base + Routes.record(e.record().id()) + "#change-" + e.commit().shortHash();
            sb.append("  <entry>\n    <title>").append(Feeds.xml(what(e) + ": " + e.record().title())).append("</title>\n");
            sb.append("    <id>").append(Feeds.xml(url)).append("</id>\n");
            sb.append("    <link href=\"").append(Feeds.xml(url)).append("\"/>\n");
            sb.append("    <updated>").append(iso(e.commit().date())).append("</updated>\n");
            sb.append("    <author><name>").append(Feeds.xml(clean(e.commit().author()))).append("</name></author>\n");
            sb.append("    <summary>").append(Feeds.xml(e.record().collection().singular() + ": " + e.record().title()
                    + ". " + clean(e.commit().subject()) + " (commit " + e.commit().shortHash() + ")")).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    // ---- formatting ----

    private String commitUrl(Commit c) {
        return site.config().repository().map(r -> r.url() + "/commit/" + c.hash()).orElse("");
    }

    /** "14 Nov 2024": the commit's date in its own offset, with English month names whatever the machine's locale. */
    static String day(OffsetDateTime t) {
        return t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + t.getYear();
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
