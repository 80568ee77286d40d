package accord.render;

import accord.config.SiteConfig;
import accord.content.RecordId;
import accord.markdown.MarkdownRenderer;
import accord.model.Record;
import accord.model.Site;
import accord.render.Views.CollectionView;
import accord.render.Views.LanguageView;
import accord.render.Views.NavView;
import accord.render.Views.SiteView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A portal's languages as pages see them: for each language the site in it ({@link Site#inLanguage}), its record
 * views, its {@link SiteView} (the page's {@code lang}, section names in it) and its {@link Ui}; and for a record,
 * the language switcher: every language of the portal, with where the record is in it and whether it exists.
 */
final class LanguageVersions {
    private final Site site;
    private final UiStrings strings;
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, RecordViews> views = new LinkedHashMap<>();
    private final Map<String, SiteView> siteViews = new LinkedHashMap<>();
    private final Map<String, Ui> uis = new LinkedHashMap<>();

    LanguageVersions(Site site, PagePlan plan, UiStrings strings, MarkdownRenderer markdown, SiteView defaultView,
                     RecordViews defaultViews) {
        this.site = site;
        this.strings = strings;
        SiteConfig c = site.config();
        for (String lang : c.languages()) {
            boolean isDefault = lang.equals(c.language());
            Site local = site.inLanguage(lang);
            sites.put(lang, local);
            views.put(lang, isDefault ? defaultViews : new RecordViews(local, site, markdown, lang, strings));
            Set<String> translated = new HashSet<>();
            site.translations().forEach((id, byLang) -> {
                if (byLang.containsKey(lang)) translated.add(Routes.record(id));
            });
            // The site pages that exist in the language, by the default language's href ("" the home page).
            String prefix = lang + "/";
            for (PageEntry e : plan.entries().values()) {
                if (!isDefault && lang.equals(e.language()) && e.kind() != PageEntry.Kind.RECORD && e.path().startsWith(prefix)) {
                    translated.add(Routes.clean(e.path().substring(prefix.length())));
                }
            }
            Ui ui = new Ui(lang, c.language(), strings.of(lang), translated);
            uis.put(lang, ui);
            siteViews.put(lang, isDefault ? defaultView : siteView(defaultView, local, lang, ui));
        }
    }

    /** The default language's site view with the page's language, the sections' names in it and its pages' hrefs in it. */
    private static SiteView siteView(SiteView d, Site local, String lang, Ui ui) {
        Map<String, CollectionView> byHref = new LinkedHashMap<>();
        List<CollectionView> collections = new ArrayList<>();
        String fallback = local.config().language();
        for (CollectionView cv : d.collections()) {
            var def = local.schema().expect(cv.name());
            CollectionView local1 = new CollectionView(cv.name(), def.title(), def.singular(), ui.href(cv.href()),
                    local.collection(cv.name()).size(), def.titleLanguage(lang, fallback), def.singularLanguage(lang, fallback));
            byHref.put(cv.href(), local1);
            collections.add(local1);
        }
        // A section takes site.yml's title in the language (title_es) where it gives one; else a section named after a
        // collection takes the collection's title in the language, and another keeps site.yml's words.
        SiteConfig c = local.config();
        List<NavView> nav = new ArrayList<>();
        for (int i = 0; i < d.nav().size(); i++) {
            NavView n = d.nav().get(i);
            SiteConfig.Said own = c.navigation().isEmpty() ? null : c.navigation().get(i).title(lang, fallback);
            nav.add(own != null && own.lang().equals(lang) ? new NavView(own.text(), ui.href(n.href()), lang)
                    : byHref.containsKey(n.href())
                    ? new NavView(byHref.get(n.href()).title(), ui.href(n.href()), byHref.get(n.href()).titleLang())
                    : new NavView(n.title(), ui.href(n.href()), n.lang()));
        }
        SiteConfig.Said title = c.text("title", lang);
        SiteConfig.Said publisher = c.text("publisher", lang);
        return new SiteView(title.text(), c.text("description", lang).text(), lang, d.baseUrl(), nav, collections,
                publisher.text(), title.lang(), publisher.lang(), d.about(),
                d.timeline().isEmpty() ? "" : ui.href(d.timeline()), d.search().isEmpty() ? "" : ui.href(d.search()));
    }

    Site site(String lang) {
        return sites.getOrDefault(lang, site);
    }

    RecordViews views(String lang) {
        return views.get(lang(lang));
    }

    SiteView siteView(String lang) {
        return siteViews.get(lang(lang));
    }

    Ui ui(String lang) {
        return uis.get(lang(lang));
    }

    Map<String, Object> strings(String lang) {
        return strings.of(lang(lang));
    }

    /** The theme's words for {@code key} in {@code lang}, else {@code fallback} (a portal's own file may lack a key). */
    String word(String lang, String key, String fallback) {
        return strings(lang).get(key) instanceof String s ? s : fallback;
    }

    private String lang(String lang) {
        return lang.isEmpty() ? site.config().language() : lang;
    }

    /** {@code lang}'s name in itself ({@link UiStrings#languageName}). */
    String languageName(String lang) {
        return strings.languageName(lang(lang));
    }

    /** Whether the portal has more than one language (only then do pages show a switcher). */
    boolean many() {
        return site.config().languages().size() > 1;
    }

    /**
     * The switcher of {@code id}'s pages: every language, in site.yml's order, with its name in itself
     * ({@link UiStrings#languageName}), the root-relative href of the record in it, whether the record is
     * translated into it, and whether it is the page's own.
     */
    List<LanguageView> switcher(RecordId id, String current) {
        Deps.note(Deps.record(id));
        List<LanguageView> list = new ArrayList<>();
        for (String lang : site.config().languages()) {
            boolean exists = site.find(id, lang).isPresent();
            list.add(new LanguageView(lang, strings.languageName(lang),
                    Routes.record(id, lang, site.config().language()), exists, lang.equals(lang(current))));
        }
        return list;
    }

    /**
     * The switcher of a site page (a list, the home page, …) whose default-language file is {@code defaultPath}: every
     * language, each with the page's version in it (they all exist), the page's own marked current.
     */
    List<LanguageView> pageSwitcher(String defaultPath, String current) {
        List<LanguageView> list = new ArrayList<>();
        String href = Routes.clean(defaultPath);
        for (String lang : site.config().languages()) {
            boolean isDefault = lang.equals(site.config().language());
            list.add(new LanguageView(lang, strings.languageName(lang), isDefault ? href : lang + "/" + href, true,
                    lang.equals(lang(current))));
        }
        return list;
    }

    /** The record of {@code id} in {@code lang}, if it is written in it. */
    java.util.Optional<Record> find(RecordId id, String lang) {
        return site.find(id, lang(lang));
    }
}
