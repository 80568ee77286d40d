package accord.build;

import accord.render.HistoryPages;
import accord.render.Routes;
import accord.text.Slugs;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The names a collection may not take, because the site's own pages and files already stand there: a collection's
 * list is at {@code <name>/} and its data at {@code data/<name>.json}. A collection named {@code changes} had its
 * list planned where the change log is, and its records rendered with the change log's template (a record page
 * takes {@code <name>.ftlh} where the theme has one), which stopped the build with a template error. Each name comes from the address its output has ({@link Routes}, the change log,
 * the search index, the theme's files, the archive's files), so an output added there is refused here too.
 */
public final class OwnNames {
    private OwnNames() {
    }

    /** The reserved names, sorted: each top-level page, folder and file of the output (a file by its name without extension). */
    public static SortedSet<String> reserved() {
        List<String> topLevel = List.of(Routes.file(""), Routes.notFound(), Routes.search(), accord.search.SearchIndex.DIR,
                Routes.sitemap(), Routes.robots(), Routes.feed(""), Routes.about(), Routes.timeline(0), Routes.data(),
                Routes.dataPackage(), HistoryPages.changes(1), HistoryPages.feed(), ThemeAssets.DIR,
                accord.archive.Fixity.FILE, accord.archive.Redirects.FILE);
        SortedSet<String> names = new TreeSet<>();
        for (String path : topLevel) names.add(name(path));
        // data/portal.json, every record in one file, stands where a collection's data file would: data/<name>.json.
        names.add(name(Routes.dataPortal().substring(Routes.data().length())));
        names.removeIf(n -> !Slugs.isValid(n)); // _redirects: no collection can be named so anyway
        return names;
    }

    /**
     * A collection named like one of the portal's other languages would have its list at {@code <lang>/}, where that
     * language's home page is, and replace it without a word: an error at the collection's name, naming site.yml's
     * {@code languages} ({@code siteYaml}, as read).
     */
    static void checkLanguages(accord.schema.Schema schema, accord.config.SiteConfig config,
                               java.util.Optional<accord.content.YamlNode> siteYaml, accord.problem.Problems problems) {
        String where = siteYaml.filter(y -> y instanceof accord.content.YamlMap).flatMap(y -> ((accord.content.YamlMap) y)
                        .find("languages")).map(n -> accord.problem.SourcePosition.of(n.position().file(), n.position().line()))
                .map(Object::toString).orElse("content/site.yml");
        for (String lang : config.otherLanguages()) {
            schema.find(lang).ifPresent(c -> problems.error(c.position(), "collection name '" + lang + "' is one of the"
                    + " portal's languages (" + where + ": languages: " + String.join(", ", config.languages()) + "): its"
                    + " list would be written at " + lang + "/, over the home page in " + lang + " (rename the collection"
                    + " and its folder content/" + lang + "/)"));
        }
    }

    /** {@code a/b/} and {@code a.xml} are both {@code a}. */
    private static String name(String path) {
        String first = path.split("/", 2)[0];
        int dot = first.indexOf('.');
        return dot < 0 ? first : first.substring(0, dot);
    }
}
