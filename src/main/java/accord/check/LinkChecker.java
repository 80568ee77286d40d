package accord.check;

import accord.problem.Problems;
import accord.problem.SourcePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /** A page's ids and links, and the record or template it came from. */
    public record PageLinks(String path, String origin, Set<String> ids, List<String> links) {
    }

    private LinkChecker() {
    }

    /** Collects {@code html}'s ids and links; an id used twice is reported here, once per page. */
    public static PageLinks collect(String path, String origin, String html, Problems problems) {
        HtmlScanner.Found found = HtmlScanner.scan(html);
        Set<String> ids = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String id : found.ids()) {
            if (!ids.add(id) && reported.add(id)) {
                problems.error(SourcePosition.of(origin), "page " + path + " has the id '" + id
                        + "' twice (rename a heading, or the template element that uses it)");
            }
        }
        return new PageLinks(path, origin, Set.copyOf(ids), List.copyOf(found.links()));
    }

    /**
     * @param pages    every HTML page's links, by output path
     * @param files    every file of the output, relative to its root
     * @param basePath the path part of the base URL ("/" or "/portal/"), which some pages (404) use
     */
    public static void check(Map<String, PageLinks> pages, Collection<String> files, String basePath, Problems problems) {
        Set<String> all = files instanceof Set<String> s ? s : new HashSet<>(files);
        pages.values().parallelStream().forEach(p -> {
            for (String link : p.links()) checkLink(p, link, all, pages, basePath, problems);
        });
    }

    private static void checkLink(PageLinks page, String href, Set<String> files, Map<String, PageLinks> pages,
                                  String basePath, Problems problems) {
        if (SCHEME.matcher(href).find() || href.startsWith("//")) return;
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
            target = page.path();
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                report(page, href, "it is outside the site's base path " + basePath, problems);
                return;
            }
            target = normalise("", path.substring(basePath.length()));
        } else {
            int slash = page.path().lastIndexOf('/');
            target = normalise(slash < 0 ? "" : page.path().substring(0, slash + 1), path);
        }
        if (target == null) {
            report(page, href, "it leads outside the site", problems);
            return;
        }
        if (target.isEmpty() || target.endsWith("/")) target = target + "index.html";
        if (!files.contains(target)) {
            report(page, href, "there is no " + target, problems);
            return;
        }
        PageLinks targetPage = pages.get(target);
        if (fragment != null && !fragment.isEmpty() && targetPage != null && !targetPage.ids().contains(fragment)) {
            report(page, href, "there is no id '" + fragment + "' on " + target, problems);
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
