package accord.check;

import accord.problem.Problems;
import accord.problem.SourcePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every internal link of the output against the output itself: the target file must exist,
 * and a {@code #fragment} must name an id on the target page. Works on the ids and links collected
 * while each page was rendered ({@link HtmlScanner}); no page is parsed again. A broken link names
 * the page and the record or template it came from.
 */
public final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.\\-]*:");

    /**
     * A page's ids and links within the site, and the record or template it came from. The links are kept as written
     * ({@code hrefs}, one copy of each string for all pages) and resolved against the page's place and the site's
     * {@code basePath} when asked: a session keeps every page's links for as long as it lives, and a link resolved
     * and kept took five objects.
     */
    public record PageLinks(String path, String origin, Set<String> ids, List<String> hrefs, String basePath) {
        /** Each link, resolved. */
        public List<Link> links() {
            List<Link> links = new ArrayList<>(hrefs.size());
            for (String href : hrefs) links.add(resolve(path, href, basePath));
            return links;
        }

        /** The pages this page links to (files of the output), for knowing whom a change to them concerns. */
        public Set<String> targets() {
            Set<String> t = new HashSet<>();
            for (Link l : links()) if (l.target() != null) t.add(l.target());
            return t;
        }
    }

    /**
     * A link as written ({@code href}) and what it leads to: a file of the output and perhaps a
     * fragment, or, when {@code target} is null, why it leads nowhere ({@code outside}); an external
     * link is not kept.
     */
    public record Link(String href, String target, String fragment, String outside) {
    }

    /**
     * Where a page's source wrote a link, for a problem that names its line: the file's {@code origin} and the link as
     * the page has it ({@code href}) give the link as the editor wrote it and its place; empty where it is not known
     * (a template's link, or a source that wrote none such).
     */
    @FunctionalInterface
    public interface Sources {
        Optional<Written> find(String origin, String href);

        Sources NONE = (origin, href) -> Optional.empty();
    }

    /** A link as its source file wrote it ({@code ../sessions/x.md#part}) and where. */
    public record Written(SourcePosition at, String link) {
    }

    /**
     * A link a setting puts on every page (site.yml's navigation): {@code href} relative to the site root, written at
     * {@code at} as the setting {@code setting} ({@code navigation[6].href}).
     */
    public record SettingLink(SourcePosition at, String setting, String href) {
    }

    private LinkChecker() {
    }

    /**
     * Checks the links that settings put on every page, each once, at the setting: a typo in one navigation link was
     * reported on every page, blaming each record and template, and never named site.yml's line. Returns what it
     * reported (the target, or the target and {@code #fragment}), for {@link #check} to leave out of each page's
     * links. {@code pages} gives the ids of the pages rendered so far; {@code example} is the address of one of this
     * site's pages that a message about a link to no page shows, such as a collection's list.
     */
    public static Set<String> checkSettings(List<SettingLink> links, Set<String> files, Map<String, PageLinks> pages,
                                            String example, Problems problems) {
        Set<String> reported = new HashSet<>();
        for (SettingLink s : links) {
            Link link = resolve("index.html", s.href(), "/");
            if (link == null || link.target() == null) continue; // ConfigReader refuses what leads off the site
            if (!files.contains(link.target())) {
                String written = s.href().replaceFirst("[?#].*$", "");
                List<String> hrefs = new ArrayList<>();
                for (String f : files) {
                    if (f.endsWith(".html")) hrefs.add(f.equals("index.html") ? "" : f.endsWith("/index.html")
                            ? f.substring(0, f.length() - "index.html".length()) : f);
                }
                problems.error(s.at(), s.setting() + ": no page '" + s.href() + "'" + accord.text.Suggestions.nearest(written, hrefs)
                        .filter(h -> !h.isEmpty()).map(h -> " (did you mean '" + h + "'?)")
                        .orElse(" (write the address of a page of this site, relative to its root, such as " + example + ")"));
                reported.add(link.target());
                continue;
            }
            String fragment = link.fragment();
            PageLinks target = pages.get(link.target());
            if (fragment != null && !fragment.isEmpty() && target != null && !target.ids().contains(fragment)) {
                problems.error(s.at(), s.setting() + ": page '" + s.href().replaceFirst("[?#].*$", "") + "' has no id '" + fragment + "'"
                        + accord.text.Suggestions.nearest(fragment, target.ids()).map(id -> " (did you mean '#" + id + "'?)")
                        .orElse(" (link to an id that page has, or leave out '#" + fragment + "')"));
                reported.add(link.target() + "#" + fragment);
            }
        }
        return reported;
    }

    /**
     * Collects {@code html}'s ids and links, resolving each link against the page's place and the
     * site's base path ("/" or "/portal/"); an id used twice is reported here, once per page.
     */
    public static PageLinks collect(String path, String origin, String html, String basePath, Problems problems) {
        HtmlScanner.Found found = HtmlScanner.scan(html);
        Set<String> ids = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String id : found.ids()) {
            if (!ids.add(shared(id)) && reported.add(id)) {
                problems.error(SourcePosition.of(origin), "page " + path + " has the id '" + id
                        + "' twice (rename a heading, or the template element that uses it)");
            }
        }
        List<String> hrefs = new ArrayList<>();
        for (String href : found.links()) {
            if (resolve(path, href, basePath) != null) hrefs.add(shared(href));
        }
        return new PageLinks(path, origin, Set.copyOf(ids), List.copyOf(hrefs), shared(basePath));
    }

    /**
     * Checks the links of {@code which} pages against the output.
     *
     * @param pages every HTML page's links, by output path
     * @param files every file of the output, relative to its root
     */
    public static void check(Map<String, PageLinks> pages, Set<String> files, Collection<String> which, Problems problems) {
        check(pages, files, which, problems, Sources.NONE);
    }

    /** {@link #check}, naming the line a source wrote a link on where {@code sources} knows it. */
    public static void check(Map<String, PageLinks> pages, Set<String> files, Collection<String> which, Problems problems,
                             Sources sources) {
        check(pages, files, which, problems, sources, Set.of());
    }

    /** {@link #check}, leaving out the links to {@code reported}, which {@link #checkSettings} reported once already. */
    public static void check(Map<String, PageLinks> pages, Set<String> files, Collection<String> which, Problems problems,
                             Sources sources, Set<String> reported) {
        which.parallelStream().map(pages::get).filter(p -> p != null).forEach(p -> {
            for (Link link : p.links()) {
                if (link.target() != null && (reported.contains(link.target())
                        || link.fragment() != null && reported.contains(link.target() + "#" + link.fragment()))) {
                    continue;
                }
                checkLink(p, link, files, pages, problems, sources);
            }
        });
    }

    /**
     * One copy of a string that many pages hold: every page's menu, footer and lists link to the same few
     * pages with the same hrefs, and most ids recur from page to page. A session keeps every page's links for as
     * long as it lives.
     */
    private static String shared(String s) {
        return s == null ? null : s.intern();
    }

    /** Resolves {@code href} on the page at {@code pagePath}; null for a link to another site. */
    static Link resolve(String pagePath, String href, String basePath) {
        if (SCHEME.matcher(href).find() || href.startsWith("//")) return null;
        String path = href;
        String fragment = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        String target;
        if (path.isEmpty()) {
            target = pagePath;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) return new Link(href, null, fragment, "it is outside the site's base path " + basePath);
            target = normalise("", path.substring(basePath.length()));
        } else {
            int slash = pagePath.lastIndexOf('/');
            target = normalise(slash < 0 ? "" : pagePath.substring(0, slash + 1), path);
        }
        if (target == null) return new Link(href, null, fragment, "it leads outside the site");
        if (target.isEmpty() || target.endsWith("/")) target = target + "index.html";
        return new Link(href, target, fragment, null);
    }

    private static void checkLink(PageLinks page, Link link, Set<String> files, Map<String, PageLinks> pages, Problems problems,
                                  Sources sources) {
        if (link.target() == null) {
            report(page, link.href(), link.outside(), problems);
            return;
        }
        if (!files.contains(link.target())) {
            report(page, link.href(), "there is no " + link.target(), problems);
            return;
        }
        PageLinks targetPage = pages.get(link.target());
        String fragment = link.fragment();
        if (fragment != null && !fragment.isEmpty() && targetPage != null && !targetPage.ids().contains(fragment)) {
            Optional<Written> written = sources.find(page.origin(), link.href());
            if (written.isEmpty()) {
                report(page, link.href(), "there is no id '" + fragment + "' on " + link.target(), problems);
                return;
            }
            // A record's own link (the link check is the first to know a page's ids): at its line, as the editor wrote it.
            problems.error(written.get().at(), "broken link '" + written.get().link() + "': " + link.target()
                    + " has no id '" + fragment + "'" + accord.text.Suggestions.nearest(fragment, targetPage.ids())
                    .map(id -> " (did you mean '#" + id + "'?)").orElse(" (link to an id that page has, or leave out '#"
                            + fragment + "')"));
        }
    }

    private static void report(PageLinks page, String href, String why, Problems problems) {
        problems.error(SourcePosition.of(page.origin()), "page " + page.path() + " links to '" + href
                + "', but " + why + " (fix the link in " + page.origin() + ")");
    }

    /** Joins {@code dir} and {@code relative}, resolving . and ..; null if it climbs above the root. */
    static String normalise(String dir, String relative) {
        List<String> parts = new ArrayList<>();
        for (String p : (dir + relative).split("/", -1)) {
            if (p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        // Keep a trailing empty part so "a/b/" stays a folder.
        String joined = String.join("/", parts);
        return joined.startsWith("/") ? joined.substring(1) : joined;
    }
}
