package accord.render;

import accord.model.Site;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The site's own pages in the portal's other languages: for each language besides the default, a version of every
 * home, list (each page of it), timeline, search, data and 404 page, at {@code <lang>/} followed by the default
 * page's path, with the same inputs and the language among them ({@link PageEntry#language()}). A record's pages in
 * the other languages are planned by {@link PagePlan#of} itself.
 *
 * <p>Not in other languages: the about page (site.yml's {@code about} is written in one language), "What changed"
 * and its feed (a list of commit subjects, written once, in the language of the commits), the feeds and the sitemap
 * (one of each for the whole site; the sitemap lists every language's pages).
 */
final class LanguagePages {
    /** The kinds of page that exist in every language. */
    static final Set<PageEntry.Kind> KINDS = EnumSet.of(PageEntry.Kind.HOME, PageEntry.Kind.LIST, PageEntry.Kind.TIMELINE,
            PageEntry.Kind.SEARCH_PAGE, PageEntry.Kind.NOT_FOUND, PageEntry.Kind.DATA_PAGE);

    private LanguagePages() {
    }

    /** The other languages' versions of the default-language site pages of {@code plan}, language by language. */
    static List<PageEntry> of(Site site, PagePlan plan) {
        List<PageEntry> entries = new ArrayList<>();
        for (String lang : site.config().otherLanguages()) {
            for (PageEntry e : plan.entries().values()) {
                if (!KINDS.contains(e.kind()) || !e.language().isEmpty()) continue;
                entries.add(new PageEntry(path(lang, e.path()), e.kind(), e.subject(), e.number(), e.deps(), lang));
            }
        }
        return entries;
    }

    /** Where the page at {@code path} in the default language is in {@code lang}. */
    static String path(String lang, String path) {
        return lang + "/" + path;
    }
}
