package accord.check;

import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.render.RenderedPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Parses every HTML page once, then checks every internal link against the whole output: the
 * target file must exist and a {@code #fragment} must name an id on the target page. A broken
 * link names the page and the record or template it came from.
 */
public final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.\\-]*:");
    // Parsed once: jsoup would otherwise parse each selector again for every page.
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator WITH_HREF = QueryParser.parse("a[href], link[href], area[href]");
    private static final Evaluator WITH_SRC = QueryParser.parse("img[src], script[src], source[src], iframe[src]");

    private record PageLinks(RenderedPage page, Set<String> ids, List<String> links) {
    }

    private LinkChecker() {
    }

    /** Parses a tiny page, so a cold JVM loads jsoup off the critical path. */
    public static void warmUp() {
        Jsoup.parse("<!DOCTYPE html><html><body><p id=a><a href=b>c</a><img src=d alt=e></p></body></html>")
                .select(WITH_HREF);
    }

    /**
     * @param pages     the rendered pages
     * @param otherFiles paths of the other files written (assets), relative to the output root
     * @param basePath  the path part of the base URL ("/" or "/portal/"), which some pages (404) use
     */
    public static void check(List<RenderedPage> pages, Collection<String> otherFiles, String basePath, Problems problems) {
        List<PageLinks> parsed = pages.parallelStream().filter(RenderedPage::isHtml).map(p -> parse(p, problems)).toList();
        Set<String> files = new HashSet<>(otherFiles);
        pages.forEach(p -> files.add(p.outputPath()));
        Map<String, Set<String>> idsByPage = new HashMap<>();
        parsed.forEach(p -> idsByPage.put(p.page().outputPath(), p.ids()));
        // Read-only lookups from here on; problems are sorted when printed, so order does not matter.
        parsed.parallelStream().forEach(p -> {
            for (String link : p.links()) {
                checkLink(p.page(), link, files, idsByPage, basePath, problems);
            }
        });
    }

    private static PageLinks parse(RenderedPage page, Problems problems) {
        Document doc = Jsoup.parse(page.content());
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select(WITH_ID)) {
            if (!ids.add(e.id())) {
                problems.error(SourcePosition.of(page.origin()), "page " + page.outputPath() + " has the id '" + e.id()
                        + "' twice (rename a heading, or the template element that uses it)");
            }
        }
        List<String> links = new ArrayList<>();
        for (Element e : doc.select(WITH_HREF)) links.add(e.attr("href"));
        for (Element e : doc.select(WITH_SRC)) links.add(e.attr("src"));
        return new PageLinks(page, ids, links);
    }

    private static void checkLink(RenderedPage page, String href, Set<String> files, Map<String, Set<String>> ids,
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
            target = page.outputPath();
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                report(page, href, "it is outside the site's base path " + basePath, problems);
                return;
            }
            target = normalise("", path.substring(basePath.length()));
        } else {
            int slash = page.outputPath().lastIndexOf('/');
            target = normalise(slash < 0 ? "" : page.outputPath().substring(0, slash + 1), path);
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
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
            report(page, href, "there is no id '" + fragment + "' on " + target, problems);
        }
    }

    private static void report(RenderedPage page, String href, String why, Problems problems) {
        problems.error(SourcePosition.of(page.origin()), "page " + page.outputPath() + " links to '" + href
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
