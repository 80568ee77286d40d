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
    public static List<Tombstone> collect(String manifestText, PagePlan plan, Problems problems) {
        Map<String, Tombstone> byPath = new TreeMap<>();
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
                        + " (write it as: gone /sessions/x/ 2026-11-30 merged into /sessions/y/)");
                continue;
            }
            String written = m.group(1);
            String label = "gone " + Redirects.printable(written) + ": ";
            if (!written.startsWith("/")) {
                problems.error(at, label + "the address must be a path of the site from its root, such as /sessions/x/");
                continue;
            }
            Optional<String> path = Redirects.path(written, "", "gone: ", at, problems);
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
                            + " a page it publishes, such as /sessions/y/, or leave the address out)");
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

    /** The tombstone page for {@code entry}: what was here, when it went, why, and the links onward. */
    public static String render(Site site, PagePlan plan, PageEntry entry, List<Tombstone> tombstones) {
        Tombstone t = tombstones.stream().filter(x -> x.path().equals(entry.path())).findFirst().orElseThrow();
        String root = Routes.root(t.path());
        String day = t.date().getDayOfMonth() + " " + MONTHS[t.date().getMonthValue() - 1] + " " + t.date().getYear();
        StringBuilder reason = new StringBuilder();
        Matcher a = ADDRESS.matcher(t.reason());
        int from = 0;
        while (a.find()) {
            reason.append(escape(t.reason().substring(from, a.start())));
            String target = target(a.group());
            String href = root + Routes.clean(target);
            reason.append("<a href=\"").append(escape(href)).append("\">").append(escape(title(site, plan, target, a.group())))
                    .append("</a>");
            from = a.end();
        }
        reason.append(escape(t.reason().substring(from)));
        String site0 = escape(site.config().title());
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(site.config().language()) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Removed · " + site0 + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"stylesheet\" href=\"" + escape(root) + "assets/style.css\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<main id=\"main\" class=\"wrap\">\n"
                + "<p class=\"site-title\"><a href=\"" + escape(root.isEmpty() ? "./" : root) + "\">" + site0 + "</a></p>\n"
                + "<h1>This page was removed</h1>\n"
                + "<div class=\"lifecycle-notice lifecycle-removed\" id=\"removed\" role=\"note\">\n"
                + "<p>The page at <code>" + escape(t.address()) + "</code> was removed on <time datetime=\"" + t.date()
                + "\">" + day + "</time> because: " + reason + "</p>\n"
                + "</div>\n"
                + "<p>The address stays so that links and citations to it lead here. See <a href=\"" + escape(root)
                + "changes/\">what changed</a> on this site.</p>\n"
                + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }

    /** What a link to {@code target} reads: the record's title for a record's page, else the address. */
    private static String title(Site site, PagePlan plan, String target, String address) {
        PageEntry e = plan.entries().get(target);
        if (e != null && e.kind() == PageEntry.Kind.RECORD && e.language().isEmpty()) {
            int slash = e.subject().indexOf('/');
            return site.find(new RecordId(e.subject().substring(0, slash), e.subject().substring(slash + 1)))
                    .map(Record::title).orElse(address);
        }
        return address;
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private static String escape(String s) {
        return accord.text.Html.escape(s);
    }
}
