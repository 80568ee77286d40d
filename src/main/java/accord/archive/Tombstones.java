package accord.archive;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.render.HistoryPages;
import accord.render.PageEntry;
import accord.render.PagePlan;
import accord.render.Routes;
import accord.render.UiStrings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages for addresses that were published and are gone on purpose. The editor asks for one in the URL manifest,
 * {@code content/urls.txt}, where the address is listed, with a line
 *
 * <pre>gone /sessions/x/ 2026-11-30 merged into /sessions/y/</pre>
 *
 * <p>that is: {@code gone}, the address, the date it was removed, and why, in a sentence readers see. Every address of
 * the site written in the reason ({@code /sessions/y/}) becomes a link, and must be a page the site makes. The build
 * writes a page at the address saying "This page was removed on 30 November 2026 because: …" with those links, kept
 * out of search engines ({@code noindex}), the sitemap and {@code _redirects} (it is a page to read, not a move), and
 * listed in "What changed". The address must be a safe path inside the site, as a redirect's is, and not one the
 * site still makes.
 */
public final class Tombstones {
    private static final Pattern LINE = Pattern.compile("gone[ \\t]+(\\S+)[ \\t]+(\\S+)(?:[ \\t]+(.*))?");
    /** An address of the site inside the reason: a path from the root, up to the punctuation that ends a sentence. */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\w/])/[A-Za-z0-9._~/-]*?(?=[.,;:!?)]*(?:\\s|$))");
    private static final int LONGEST_REASON = 500;

    private Tombstones() {
    }

    /**
     * One tombstone: the file written, the address as the manifest writes it, when, why, and the line asking for it; its
     * {@code language} is empty for the address written, or the language of a record's page in another language, which
     * the line keeps too ({@link #collect}).
     */
    public record Tombstone(String path, String address, LocalDate date, String reason, String line, SourcePosition at,
                            String language) {
        public Tombstone(String path, String address, LocalDate date, String reason, String line, SourcePosition at) {
            this(path, address, date, reason, line, at, "");
        }
    }

    /** Whether a manifest line asks for a tombstone (the URL manifest leaves such lines to this class). */
    static boolean isTombstone(String line) {
        return line.startsWith("gone ") || line.startsWith("gone\t") || line.equals("gone");
    }

    /**
     * The tombstones the manifest under {@code root} asks for, valid ones only, by path; problems at their lines for the
     * others. {@code plan} is the site without tombstones: an address it makes needs no tombstone, and every address in a
     * reason must be one of its pages.
     */
    public static List<Tombstone> collect(String manifestText, PagePlan plan, Site site, Problems problems) {
        return collect(manifestText, plan, site, problems, file -> Optional.empty());
    }

    /**
     * {@link #collect(String, PagePlan, Site, Problems)}, where {@code firstCommitted} gives the day a record's file
     * ({@code content/<collection>/<slug>.md}) was first committed, in the committer's calendar as the record's History
     * shows it, or empty where git's history does not say: a tombstone for a record's address dated before that day is an
     * error, since the change log would list the page removed before the record was added.
     */
    public static List<Tombstone> collect(String manifestText, PagePlan plan, Site site, Problems problems,
                                          java.util.function.Function<String, Optional<LocalDate>> firstCommitted) {
        Map<String, Tombstone> byPath = new TreeMap<>();
        // The messages' example addresses are of the portal's own first collection.
        String own = Redirects.exampleCollection(site);
        String x = Redirects.example(own, "x");
        String y = Redirects.example(own, "y");
        if (manifestText == null) return List.of();
        List<String> lines = manifestText.lines().toList();
        Set<String> pages = plan.entries().keySet();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!isTombstone(line)) continue;
            SourcePosition at = new SourcePosition(UrlManifest.PATH, i + 1, 1);
            Matcher m = LINE.matcher(line);
            if (!m.matches() || m.group(3) == null || m.group(3).isBlank()) {
                problems.error(at, "a tombstone line is 'gone', the address, the date it was removed and why"
                        + " (write it as: gone " + x + " 2026-11-30 merged into " + y + ")");
                continue;
            }
            String written = m.group(1);
            String label = "gone " + Redirects.printable(written) + ": ";
            if (!written.startsWith("/")) {
                problems.error(at, label + "the address must be a path of the site from its root, such as " + x);
                continue;
            }
            Optional<String> path = Redirects.path(written, own, "gone: ", at, problems);
            if (path.isEmpty()) continue;
            LocalDate date;
            try {
                date = LocalDate.parse(m.group(2));
            } catch (DateTimeParseException e) {
                problems.error(at, label + "'" + Redirects.printable(m.group(2)) + "' is not a date (write the day it was"
                        + " removed as YYYY-MM-DD)");
                continue;
            }
            // The latest day anywhere on earth (UTC+14): a removal dated later has not happened yet, and its date
            // would lead the change feed ('updated') for years. Only the error reads the clock: an old commit built
            // later never meets it, and the output never holds today's date.
            if (date.isAfter(LocalDate.now(java.time.ZoneOffset.ofHours(14)))) {
                problems.error(at, label + m.group(2) + " is later than today (write the day the page was removed)");
                continue;
            }
            Optional<LocalDate> added = recordFile(path.get()).flatMap(firstCommitted);
            if (added.isPresent() && date.isBefore(added.get())) {
                problems.error(at, label + m.group(2) + " is before the record was added (write the day it was removed; it"
                        + " cannot be before " + added.get() + ", when the record was first committed)");
                continue;
            }
            String reason = m.group(3).strip();
            if (reason.codePointCount(0, reason.length()) > LONGEST_REASON) {
                problems.error(at, label + "the reason is longer than " + LONGEST_REASON + " characters (say it in a sentence)");
                continue;
            }
            if (pages.contains(path.get())) {
                problems.error(at, label + "the site still makes this page, so it needs no tombstone (remove this line)");
                continue;
            }
            if (byPath.containsKey(path.get())) {
                problems.error(at, label + "already has a tombstone at line " + byPath.get(path.get()).at().line()
                        + " (keep one of the two lines)");
                continue;
            }
            boolean ok = true;
            Matcher a = ADDRESS.matcher(reason);
            while (a.find()) {
                String target = target(a.group());
                if (!pages.contains(target) || !target.endsWith(".html")) {
                    problems.error(at, label + a.group() + " in the reason is not a page of this site (write the address of"
                            + " a page it publishes, such as " + y + ", or leave the address out)");
                    ok = false;
                }
            }
            if (ok) byPath.put(path.get(), new Tombstone(path.get(), written, date, reason, line, at));
        }
        languageVersions(plan, byPath);
        return List.copyOf(byPath.values());
    }

    /**
     * A line for a record's address ({@code /sessions/x/}, a collection's folder and a slug) keeps the record's address
     * in each of the site's other languages too ({@code /ru/sessions/x/}), with the same date and reason, unless the
     * site makes a page there or a line of its own asks for it: one line for one record removed, as one old slug in
     * {@code redirect_from} redirects every language.
     */
    private static void languageVersions(PagePlan plan, Map<String, Tombstone> byPath) {
        Set<String> languages = new java.util.TreeSet<>();
        Set<String> collections = new java.util.HashSet<>();
        for (PageEntry e : plan.entries().values()) {
            if (!e.language().isEmpty()) languages.add(e.language());
            if (e.kind() == PageEntry.Kind.LIST && e.language().isEmpty()) collections.add(e.subject());
        }
        for (Tombstone t : List.copyOf(byPath.values())) {
            String[] parts = t.path().split("/", -1);
            if (parts.length != 3 || !parts[2].equals("index.html") || !collections.contains(parts[0])) continue;
            for (String lang : languages) {
                String path = lang + "/" + t.path();
                if (plan.entries().containsKey(path) || byPath.containsKey(path)) continue;
                byPath.put(path, new Tombstone(path, "/" + Routes.clean(path), t.date(), t.reason(), t.line(), t.at(), lang));
            }
        }
    }

    /**
     * The file of the record whose page was at {@code path} (an output file, {@code <collection>/<slug>/index.html}):
     * {@code content/<collection>/<slug>.md}; empty for any other page.
     */
    private static Optional<String> recordFile(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length != 3 || !parts[2].equals("index.html") || parts[0].isEmpty() || parts[1].isEmpty()) return Optional.empty();
        return Optional.of(accord.content.TranslationFiles.path(new RecordId(parts[0], parts[1]), ""));
    }

    /** The manifest lines of {@code tombstones}, once each: what {@code accord urls --update} keeps. */
    public static List<String> lines(List<Tombstone> tombstones) {
        return tombstones.stream().filter(t -> t.language().isEmpty()).map(Tombstone::line).toList();
    }

    /** The output file an address of the site names: {@code /a/} and {@code /a} are {@code a/index.html}. */
    private static String target(String address) {
        String rel = address.substring(1);
        if (rel.isEmpty()) return "index.html";
        if (rel.endsWith("/")) return rel + "index.html";
        if (rel.endsWith(".html") || rel.substring(rel.lastIndexOf('/') + 1).contains(".")) return rel;
        return rel + "/index.html";
    }

    /**
     * A page per tombstone. Its subject is the manifest's line, read again at every build, so an edited line makes a new
     * entry; it depends on the records whose pages its reason links, whose titles it shows.
     */
    public static List<PageEntry> plan(PagePlan plan, List<Tombstone> tombstones) {
        List<PageEntry> entries = new ArrayList<>();
        for (Tombstone t : tombstones) {
            Set<String> deps = new java.util.TreeSet<>();
            Matcher a = ADDRESS.matcher(t.reason());
            while (a.find()) {
                PageEntry e = plan.entries().get(target(a.group()));
                if (e != null && e.kind() == PageEntry.Kind.RECORD) deps.add("record:" + e.subject());
            }
            entries.add(new PageEntry(t.path(), PageEntry.Kind.TOMBSTONE, t.line(), 1, deps));
        }
        return entries;
    }

    /** What the change log lists of each tombstone ("Removed" on its date, with its reason, linking its page). */
    public static List<HistoryPages.Removal> removals(List<Tombstone> tombstones) {
        // A record's pages in other languages go with the line that removed it: listed once.
        return tombstones.stream().filter(t -> t.language().isEmpty())
                .map(t -> new HistoryPages.Removal(t.path(), t.address(), t.date(), t.reason(), t.line())).toList();
    }

    /**
     * The tombstone page for {@code entry}: what was here, when it went, why, and the links onward, in the words of its
     * language (a record's page in another language gets that language's page, its reason marked as written in the
     * site's language, and its links to that language's pages where the site makes them).
     */
    public static String render(Site site, PagePlan plan, PageEntry entry, List<Tombstone> tombstones, UiStrings words) {
        Tombstone t = tombstones.stream().filter(x -> x.path().equals(entry.path())).findFirst().orElseThrow();
        String root = Routes.root(t.path());
        String own = site.config().language();
        String lang = t.language().isEmpty() ? own : t.language();
        StringBuilder reason = new StringBuilder();
        Matcher a = ADDRESS.matcher(t.reason());
        int from = 0;
        while (a.find()) {
            reason.append(escape(t.reason().substring(from, a.start())));
            String target = target(a.group());
            // The same page in the tombstone's language, where the site makes one.
            String there = lang.equals(own) || !plan.entries().containsKey(lang + "/" + target) ? target : lang + "/" + target;
            String href = root + Routes.clean(there);
            reason.append("<a href=\"").append(escape(href)).append("\">").append(escape(title(site, plan, target, a.group())))
                    .append("</a>");
            from = a.end();
        }
        reason.append(escape(t.reason().substring(from)));
        String why = lang.equals(own) ? reason.toString() : "<span lang=\"" + escape(own) + "\">" + reason + "</span>";
        String site0 = escape(site.config().title());
        String home = lang.equals(own) ? root : root + lang + "/";
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(lang) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(words.text(lang, "removed_title")) + " · " + site0 + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"stylesheet\" href=\"" + escape(root) + "assets/style.css\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<main id=\"main\" class=\"wrap\">\n"
                + "<p class=\"site-title\"><a href=\"" + escape(home.isEmpty() ? "./" : home) + "\">" + site0 + "</a></p>\n"
                + "<h1>" + escape(words.text(lang, "removed_heading")) + "</h1>\n"
                + "<div class=\"lifecycle-notice lifecycle-removed\" id=\"removed\" role=\"note\">\n"
                + "<p>" + fill(escape(words.text(lang, "removed_notice")), Map.of(
                        "{address}", "<code>" + escape(t.address()) + "</code>",
                        "{date}", "<time datetime=\"" + t.date() + "\">" + escape(accord.render.Ui.day(words, lang, t.date())) + "</time>",
                        "{reason}", why)) + "</p>\n"
                + "</div>\n"
                + "<p>" + fill(escape(words.text(lang, "removed_stays")), Map.of("{changes}", "<a href=\"" + escape(root)
                        + "changes/\"" + (lang.equals(own) ? "" : " hreflang=\"" + escape(own) + "\"") + ">"
                        + escape(words.text(lang, "removed_changes")) + "</a>")) + "</p>\n"
                + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }

    /** {@code text} (escaped) with each placeholder replaced by its HTML, in one pass, so a value is never read again. */
    static String fill(String text, Map<String, String> html) {
        StringBuilder sb = new StringBuilder(text.length() + 256);
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('{', at);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            String key = close < 0 ? null : text.substring(open, close + 1);
            if (key == null || !html.containsKey(key)) {
                int to = open < 0 ? text.length() : open + 1;
                sb.append(text, at, to);
                at = to;
                continue;
            }
            sb.append(text, at, open).append(html.get(key));
            at = close + 1;
        }
        return sb.toString();
    }

    /**
     * What a link to {@code target} reads: the record's title for a record's page, else the address; in the site's
     * language, as the reason around it is.
     */
    private static String title(Site site, PagePlan plan, String target, String address) {
        PageEntry e = plan.entries().get(target);
        if (e != null && e.kind() == PageEntry.Kind.RECORD && e.language().isEmpty()) {
            int slash = e.subject().indexOf('/');
            return site.find(new RecordId(e.subject().substring(0, slash), e.subject().substring(slash + 1)))
                    .map(Record::title).orElse(address);
        }
        return address;
    }

    private static String escape(String s) {
        return accord.text.Html.escape(s);
    }
}
