package accord.render;

import accord.config.SiteConfig;
import accord.content.RecordId;
import accord.markdown.LinkResolver;
import accord.markdown.MarkdownRenderer;
import accord.markdown.RenderedMarkdown;
import accord.model.DraftNotice;
import accord.model.Record;
import accord.model.Site;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.render.PageResult.TemplateFailure;
import accord.render.Views.*;
import accord.schema.CollectionDef;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders one entry of a {@link PagePlan} at a time: a record page (the collection's template, or
 * {@code record.ftlh}), a page of a collection's list, the home page, the 404 page, the Atom feed,
 * the sitemap or robots.txt. Safe to call from many threads at once; each call returns its own
 * problems, so nothing is shared between pages but the model and the engines.
 */
public final class PageRenderer {
    private final Site site;
    private final PagePlan plan;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final Map<String, RecordId> bySourcePath = new HashMap<>();
    private final Set<String> unreadablePaths = new HashSet<>();
    /** The files of the drafts this build leaves out, and their ids, so that a link to one says so. */
    private final Map<String, RecordId> draftPaths = new HashMap<>();
    /** The record files that are gone, by the records that list them as old addresses; made on the first broken link. */
    private volatile Map<String, LinkResolver.Moved> movedFiles;
    private final SiteView siteView;
    private final RecordViews recordViews;
    private final ThemePages themePages;
    private final HistoryPages historyPages;
    private final accord.history.History history;
    /**
     * The records' lasting names, for the feeds' ids and the data files' keys, made when the first is needed (they need
     * every record's history).
     */
    private volatile accord.model.LastingNames lastingNames;
    private volatile FeedIds feedIds;

    private final LanguageVersions languages;
    /** The theme's words per language (the feeds' are the default language's). */
    private final UiStrings strings;
    private final java.util.concurrent.ConcurrentMap<String, ThemePages> localThemePages = new java.util.concurrent.ConcurrentHashMap<>();

    /** A renderer with the bundled theme's words ({@code templates/i18n/}) for the portal's languages. */
    public PageRenderer(Site site, PagePlan plan, Templates templates, MarkdownRenderer markdown) {
        this(site, plan, templates, markdown, accord.history.History.none(),
                UiStrings.load(Optional.empty(), site.config().languages(), new Problems()));
    }

    /** With the portal's history from git, which record pages and the change log show, and the theme's words per language. */
    public PageRenderer(Site site, PagePlan plan, Templates templates, MarkdownRenderer markdown,
                        accord.history.History history, UiStrings strings) {
        this.site = site;
        this.plan = plan;
        this.templates = templates;
        this.markdown = markdown;
        this.hasCaveats = site.schema().collections().values().stream().anyMatch(c -> c.roleField(accord.schema.Role.CAVEATS).isPresent());
        site.records().values().forEach(r -> bySourcePath.put(r.source().path(), r.id()));
        site.unreadable().forEach(id -> unreadablePaths.add(sourcePath(id)));
        site.drafts().forEach(id -> draftPaths.put(sourcePath(id), id));
        SiteConfig c = site.config();
        List<CollectionView> collections = site.collections().stream().map(this::collectionView).toList();
        List<NavView> nav = c.navigation().isEmpty()
                ? collections.stream().map(cv -> new NavView(cv.title(), cv.href(), cv.titleLang())).toList()
                : c.navigation().stream().map(n -> new NavView(n.title(), n.href(), c.language())).toList();
        siteView = new SiteView(c.title(), c.description(), c.language(), c.baseUrl(), nav, collections, c.publisher(), c.language(),
                c.language(),
                plan.entries().containsKey(Routes.file(Routes.about())) ? Routes.about() : "",
                plan.entries().containsKey(Routes.file(Routes.timeline(0))) ? Routes.timeline(0) : "",
                // The search box shows once the plan holds a search page (search/index.html reads ?q=).
                plan.entries().containsKey("search/index.html") ? "search/" : "");
        recordViews = new RecordViews(site, markdown, strings);
        themePages = new ThemePages(this, site, markdown, recordViews);
        historyPages = new HistoryPages(this, site, history);
        this.history = history;
        languages = new LanguageVersions(site, plan, strings, markdown, siteView, recordViews);
        this.strings = strings;
    }

    /** With the pages removed on purpose (tombstones), which the change log lists among the changes (issue 10). */
    public PageRenderer(Site site, PagePlan plan, Templates templates, MarkdownRenderer markdown,
                        accord.history.History history, UiStrings strings, List<HistoryPages.Removal> removed) {
        this(site, plan, templates, markdown, history, strings);
        historyPages.removed(removed);
    }

    private static String sourcePath(RecordId id) {
        return accord.content.TranslationFiles.path(id, "");
    }

    private CollectionView collectionView(CollectionDef def) {
        return new CollectionView(def.name(), def.title(), def.singular(), Routes.list(def.name()),
                site.collection(def.name()).size(), site.config().language(), site.config().language());
    }

    /** Renders {@code entry}; assets are copied by the build, not rendered. */
    public PageResult render(PageEntry entry) {
        Problems problems = new Problems();
        List<TemplateFailure> failures = new ArrayList<>();
        String[] origin = {"content/site.yml"};
        @SuppressWarnings({"unchecked", "rawtypes"}) Optional<String>[] content = new Optional[] {Optional.empty()};
        Set<String> found = Deps.during(() -> {
            switch (entry.kind()) {
                case HOME -> content[0] = home(entry, problems, failures);
                case LIST -> {
                    origin[0] = "content/schema.yml";
                    content[0] = list(entry, problems, failures);
                }
                case RECORD -> {
                    RecordId id = recordId(entry.subject());
                    Optional<Record> r = languages.find(id, entry.language());
                    origin[0] = r.orElse(site.expect(id)).source().path();
                    content[0] = r.isPresent() ? record(r.get(), entry.path(), entry.language(), problems, failures)
                            : notTranslated(site.expect(id), entry, problems, failures);
                }
                case NOT_FOUND -> {
                    origin[0] = "404.ftlh";
                    content[0] = notFound(entry, problems, failures);
                }
                case ABOUT -> content[0] = themePages.about(problems, failures);
                case TIMELINE -> content[0] = themePages(entry.language()).timeline(entry, problems, failures);
                case SEARCH_PAGE -> {
                    origin[0] = "search.ftlh";
                    content[0] = searchPage(entry, problems, failures);
                }
                case SEARCH -> throw new IllegalArgumentException("the search index is made by accord.search: " + entry.path());
                case FEED -> {
                    // An entry's id is the record's first address in the history, and its updated the record's last
                    // commit, so the feed changes with the history.
                    Deps.note(Deps.history());
                    content[0] = Optional.of(Feeds.atom(site, entry.subject(), feedIds(), historyPages::lastModified, strings, languages.ui("")));
                }
                case CHANGES -> {
                    origin[0] = "changes.ftlh";
                    content[0] = historyPages.page(entry, problems, failures);
                }
                case CHANGES_FEED -> content[0] = Optional.of(historyPages.atom());
                case SITEMAP -> {
                    // lastmod: a record page's last commit, so the sitemap changes with the history.
                    Deps.note(Deps.history());
                    content[0] = Optional.of(Feeds.sitemap(site, plan, e -> e.kind() == PageEntry.Kind.RECORD
                            ? historyPages.lastModified(site.expect(recordId(e.subject()))) : ""));
                }
                case ROBOTS -> content[0] = Optional.of("User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl()
                        + "sitemap.xml\n");
                case ASSET -> throw new IllegalArgumentException("assets are copied, not rendered: " + entry.path());
                case DATA -> throw new IllegalArgumentException("data files are made by the export stage: " + entry.path());
                case DATA_PAGE -> {
                    origin[0] = "data.ftlh";
                    content[0] = dataPage(entry, problems, failures);
                }
            }
        });
        Set<String> deps = new HashSet<>(entry.deps());
        deps.addAll(found);
        if (entry.kind() == PageEntry.Kind.RECORD) {
            RecordId id = recordId(entry.subject());
            deps.add(Deps.record(id));
            deps.add(Deps.history(id));
            PagePlan.related(site, site.expect(id)).forEach(r -> deps.add(Deps.record(r)));
        }
        return new PageResult(entry, content[0], origin[0], deps, problems.sorted(), failures);
    }

    /** Takes {@code names} (made by the session from this renderer's site and history) rather than making them again. */
    public void lastingNames(accord.model.LastingNames names) {
        lastingNames = names;
    }

    private accord.model.LastingNames lastingNames() {
        accord.model.LastingNames names = lastingNames;
        if (names == null) {
            synchronized (this) {
                names = lastingNames;
                if (names == null) lastingNames = names = FirstAddresses.of(site, history);
            }
        }
        return names;
    }

    private FeedIds feedIds() {
        FeedIds ids = feedIds;
        if (ids == null) feedIds = ids = new FeedIds(lastingNames());
        return ids;
    }

    private static RecordId recordId(String subject) {
        int slash = subject.indexOf('/');
        return new RecordId(subject.substring(0, slash), subject.substring(slash + 1));
    }

    // ---- pages ----

    private Optional<String> home(PageEntry entry, Problems problems, List<TemplateFailure> failures) {
        String path = entry.path();
        String lang = entry.language();
        SiteConfig c = site.config();
        Map<String, Object> model = model(path, new PageView(c.text("title", lang).text(), "home", path,
                c.baseUrl() + Routes.clean(path), c.text("description", lang).text()), lang);
        SiteConfig.Said said = c.text("intro", lang);
        RenderedMarkdown intro = markdown.renderEmbedded(said.text(), said.at(), linkResolver(Routes.root(path), lang), problems);
        model.put("intro", markup(intro.html()));
        model.put("introLang", said.lang());
        List<FeaturedView> featured = new ArrayList<>();
        Map<String, Integer> lists = new HashMap<>();
        for (SiteConfig.Featured f : site.config().featured()) {
            Optional<CollectionDef> def = site.schema().find(f.collection());
            if (def.isEmpty()) continue; // reported by the build
            Site local = languages.site(lang);
            CollectionDef localDef = local.schema().expect(f.collection());
            SiteConfig.Said title = f.title(lang, c.language());
            featured.add(new FeaturedView(f.title().isEmpty() ? localDef.title() : title.text(), !f.title().isEmpty(), title.lang(),
                    collectionView(def.get(), lang),
                    languages.views(lang).links(accord.lifecycle.Lifecycle.current(local.collection(f.collection())), f.limit()),
                    f.limit() != Integer.MAX_VALUE, featuredId(f.collection(), lists.merge(f.collection(), 1, Integer::sum))));
        }
        model.put("featured", featured);
        themePages(lang).addToHome(model, problems);
        return render("home.ftlh", model, path, "content/site.yml", problems, failures);
    }

    /** The id of a collection's {@code n}th list on the home page: the first keeps the collection's name alone. */
    private static String featuredId(String collection, int n) {
        return "featured-" + collection + (n == 1 ? "" : "-" + n);
    }

    private Optional<String> list(PageEntry entry, Problems problems, List<TemplateFailure> failures) {
        String lang = entry.language();
        Site local = languages.site(lang);
        CollectionDef def = local.schema().expect(entry.subject());
        List<Record> all = accord.lifecycle.Lifecycle.current(local.collection(def.name()));
        int size = site.config().pageSize();
        int total = Math.max(1, (all.size() + size - 1) / size);
        int n = entry.number();
        String href = Routes.clean(entry.path());
        String title = n == 1 ? def.title() : def.title() + " (" + pageOf(lang, n, total) + ")";
        Map<String, Object> model = model(entry.path(), new PageView(title, "list", entry.path(),
                site.config().baseUrl() + href, listDescription(def, all.size(), lang)), lang);
        String feed = Routes.feed(def.name());
        if (plan.entries().containsKey(feed)) {
            model.put("meta", PageMeta.page(site.config(), (PageView) model.get("page"), href, feed,
                    def.title() + " — " + site.config().title(), lang));
        }
        model.put("collection", collectionView(def, lang));
        // The superseded and withdrawn records, which leave the list, stay reachable from its first page.
        model.put("retired", n == 1 ? languages.views(lang).links(accord.lifecycle.Lifecycle.retired(local.collection(def.name())),
                Integer.MAX_VALUE) : List.of());
        model.put("items", languages.views(lang).links(all.subList(Math.min(all.size(), (n - 1) * size), Math.min(all.size(), n * size)),
                Integer.MAX_VALUE));
        model.put("pagination", new PaginationView(n, total, n > 1 ? Routes.list(def.name(), n - 1) : "",
                n < total ? Routes.list(def.name(), n + 1) : ""));
        themePages(lang).addToList(model, def, all.subList(Math.min(all.size(), (n - 1) * size), Math.min(all.size(), n * size)));
        return render("list.ftlh", model, entry.path(), "content/schema.yml", problems, failures);
    }

    private Optional<String> record(Record r, String path, String lang, Problems problems, List<TemplateFailure> failures) {
        String root = Routes.root(path);
        RecordView view = languages.views(lang).of(r, linkResolver(root, lang), problems);
        // A record with neither summary nor body is described by its kind, in the page's language (the default's too).
        String description = PageMeta.description(r, site.config().text("title", lang).text(), strings.word(lang, "record_description"));
        String href = Routes.record(r.id(), lang, site.config().language());
        Map<String, Object> model = model(path, new PageView(r.title(), "record", path, site.config().baseUrl() + href,
                description), lang);
        model.put("meta", PageMeta.record(site.config(), r, description, href, lang));
        if (languages.many()) model.put("languages", languages.switcher(r.id(), lang));
        model.put("record", view);
        LifecycleNotices.of(languages.site(lang), r, languages.views(lang)).ifPresent(n -> model.put("notice", n));
        String ics = Routes.dataRecord(r.id(), "ics");
        model.put("history", historyPages.of(r, lang));
        model.put("recordData", new RecordDataView(Routes.dataRecord(r.id(), "json"), Routes.dataRecord(r.id(), "bib"),
                Routes.dataRecord(r.id(), "ris"), Routes.dataRecord(r.id(), "csl.json"), plan.entries().containsKey(ics) ? ics : ""));
        String template = templates.recordTemplate(r.id().collection());
        return render(template, model, path, r.source().path(), problems, failures);
    }

    /**
     * A record's page in a language it is not written in: it says so, in that language, and links the versions
     * that exist (template {@code missing.ftlh}; kept out of search engines and the sitemap).
     */
    private Optional<String> notTranslated(Record r, PageEntry entry, Problems problems, List<TemplateFailure> failures) {
        String lang = entry.language();
        Map<String, Object> model = model(entry.path(), new PageView(r.title(), "missing", entry.path(),
                site.config().baseUrl() + Routes.record(r.id()), r.title()), lang);
        model.put("languages", languages.switcher(r.id(), lang));
        model.put("record", languages.views(lang).link(languages.site(lang).expect(r.id())));
        // A version removed: the page says so, with that version's history (the change log links to it).
        historyPages.removed(r, lang).ifPresent(v -> {
            model.put("removedNotice", v.notice());
            model.put("history", v.history());
        });
        return render("missing.ftlh", model, entry.path(), r.source().path(), problems, failures);
    }

    /** The page that explains the data files and links each one, with its schema.org Dataset. */
    private Optional<String> dataPage(PageEntry entry, Problems problems, List<TemplateFailure> failures) {
        SiteConfig c = site.config();
        String lang = entry.language();
        String url = c.baseUrl() + Routes.clean(entry.path());
        String title = languages.word(lang, "open_data", "Open data");
        Map<String, Object> model = model(entry.path(), new PageView(title, "data", entry.path(), url,
                languages.word(lang, "data_description", "Every record of {site} as JSON and CSV, with a Frictionless data package.")
                        .replace("{site}", c.text("title", lang).text())), lang);
        // The example of the CSV columns of other languages names one of the portal's: the page's, else the first.
        model.put("csvLanguage", c.otherLanguages().contains(lang) ? lang
                : c.otherLanguages().isEmpty() ? "" : c.otherLanguages().get(0));
        List<DataCollectionView> collections = new ArrayList<>();
        List<Object> downloads = new ArrayList<>();
        for (CollectionDef def : site.collections()) {
            Deps.note(Deps.membership(def.name()));
            CollectionDef localDef = languages.site(lang).schema().expect(def.name());
            collections.add(new DataCollectionView(def.name(), localDef.title(), localDef.singular(), site.collection(def.name()).size(),
                    Routes.dataCollection(def.name(), "json"), Routes.dataCollection(def.name(), "csv"),
                    localDef.titleLanguage(lang.isEmpty() ? c.language() : lang, c.language())));
            // The downloads are named in the page's words, as its links are (data.ftlh).
            downloads.add(download(strings.word(lang, "data_as_csv").replace("{collection}", localDef.title()), "text/csv",
                    c.baseUrl() + Routes.dataCollection(def.name(), "csv")));
            downloads.add(download(strings.word(lang, "data_as_json").replace("{collection}", localDef.title()),
                    "application/json", c.baseUrl() + Routes.dataCollection(def.name(), "json")));
        }
        downloads.add(download(strings.word(lang, "data_every_record"), "application/json", c.baseUrl() + Routes.dataPortal()));
        downloads.add(download(strings.word(lang, "data_package"), "application/json", c.baseUrl() + Routes.dataPackage()));
        // The calendar is offered only when it has an event: a portal of no events (or of none with a whole day) has an empty one.
        // It depends on the first event found (while it stays one, the answer holds whatever the others do), or, with
        // none, on every record that could become one (its date or lifecycle decides).
        // A record is in the calendar when the plan gives it a calendar file of its own (the data files' rule).
        java.util.function.Predicate<CollectionDef> eventful = def -> accord.schema.SchemaOrgTypes.isEvent(def.jsonLdType())
                && def.roleField(accord.schema.Role.DATE).isPresent();
        boolean events = false;
        for (CollectionDef def : site.collections()) {
            if (events || !eventful.test(def)) continue;
            Optional<Record> first = site.collection(def.name()).stream()
                    .filter(r -> plan.entries().containsKey(Routes.dataRecord(r.id(), "ics"))).findFirst();
            if (first.isPresent()) {
                Deps.note(Deps.record(first.get().id()));
                events = true;
            }
        }
        if (!events) site.collections().stream().filter(eventful).forEach(def -> Deps.note(Deps.collection(def.name())));
        if (events) downloads.add(download(strings.word(lang, "data_calendar"), "text/calendar", c.baseUrl() + Routes.dataCalendar()));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Dataset");
        ld.put("@id", url);
        String name = c.text("title", lang).text();
        ld.put("name", name);
        ld.put("description", c.description().isEmpty() ? strings.word(lang, "data_description").replace("{site}", name)
                : c.text("description", lang).text());
        ld.put("url", url);
        ld.put("inLanguage", lang.isEmpty() ? c.language() : lang);
        ld.put("isAccessibleForFree", Boolean.TRUE);
        c.licence().ifPresent(l -> ld.put("license", l.url().isEmpty() ? (l.title().isEmpty() ? l.name() : l.title()) : l.url()));
        ld.put("distribution", downloads);
        SiteConfig.Licence none = new SiteConfig.Licence("", "", "");
        SiteConfig.Licence l = c.licence().orElse(none);
        model.put("data", new DataSetView(collections, Routes.dataPortal(), Routes.dataPackage(), events ? Routes.dataCalendar() : "",
                l.name(), l.title(), l.url(),
                markup(accord.text.Json.inline(ld))));
        return render("data.ftlh", model, entry.path(), "content/site.yml", problems, failures);
    }

    /** A list page described by what it holds, not by its title again. */
    private String listDescription(CollectionDef def, int count, String lang) {
        Deps.note(Deps.membership(def.name()));
        // In the page's words, the default language's too ({collection_lower}: the title lower-cased as that language does).
        String title = def.title();
        return strings.word(lang, count == 1 ? "list_description_one" : "list_description")
                .replace("{count}", Integer.toString(count)).replace("{collection_lower}",
                        title.toLowerCase(java.util.Locale.forLanguageTag(lang.isEmpty() ? site.config().language() : lang)))
                .replace("{collection}", title).replace("{site}", site.config().text("title", lang).text());
    }

    /** "page 2 of 5" in {@code lang}. */
    private String pageOf(String lang, int n, int total) {
        return languages.word(lang, "page_of", "page {number} of {total}").replace("{number}", Integer.toString(n))
                .replace("{total}", Integer.toString(total));
    }

    /** A collection as the pages of {@code lang} name it, its list's href in that language. */
    private CollectionView collectionView(CollectionDef def, String lang) {
        if (lang.isEmpty()) return collectionView(def);
        for (CollectionView cv : languages.siteView(lang).collections()) {
            if (cv.name().equals(def.name())) return cv;
        }
        return collectionView(def);
    }

    /** The theme's pages (timeline, the home page's highlights, a list's columns) in {@code lang}. */
    private ThemePages themePages(String lang) {
        if (lang.isEmpty()) return themePages;
        return localThemePages.computeIfAbsent(lang, l -> new ThemePages(this, languages.site(l), markdown, languages.views(l), l));
    }

    private static Map<String, Object> download(String name, String format, String url) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@type", "DataDownload");
        d.put("name", name);
        d.put("encodingFormat", format);
        d.put("contentUrl", url);
        return d;
    }

    private Optional<String> notFound(PageEntry entry, Problems problems, List<TemplateFailure> failures) {
        String path = entry.path();
        String lang = entry.language();
        Map<String, Object> model = model(path, new PageView(languages.word(lang, "page_not_found", "Page not found"), "404", path,
                site.config().baseUrl() + path, site.config().text("title", lang).text()), lang);
        // Served at any depth, so its links start from the base URL's path, not from its own place; its
        // stylesheet is inlined, so the page is styled wherever it is served (a preview, another host).
        String base = site.config().baseUrl();
        model.put("root", base.startsWith("/") ? base
                : java.util.Optional.ofNullable(java.net.URI.create(base).getRawPath()).filter(p -> !p.isEmpty()).orElse("/"));
        return render("404.ftlh", model, path, "404.ftlh", problems, failures);
    }

    private Optional<String> searchPage(PageEntry entry, Problems problems, List<TemplateFailure> failures) {
        String path = entry.path();
        String lang = entry.language();
        Map<String, Object> model = model(path, new PageView(languages.word(lang, "search", "Search"), "search", path,
                site.config().baseUrl() + Routes.clean(path), languages.word(lang, "search_description", "Search {site}")
                .replace("{site}", site.config().text("title", lang).text())), lang);
        model.put("searchLanguages", site.config().languages());
        model.put("searchRetired", site.records().values().stream().filter(r -> !accord.lifecycle.Lifecycle.current(r)).count());
        // The topic and year filters, where the schema gives records topics and dates (the schema's, so that no record's
        // edit changes this page).
        model.put("searchTopics", site.collections().stream().anyMatch(c -> c.roleField(accord.schema.Role.TOPICS).isPresent()));
        model.put("searchYears", site.collections().stream().anyMatch(c -> c.roleField(accord.schema.Role.DATE).isPresent()));
        return render("search.ftlh", model, path, "search.ftlh", problems, failures);
    }

    Map<String, Object> model(String path, PageView page) {
        return model(path, page, "");
    }

    /**
     * A page's model in {@code lang} (empty: the default language): {@code site} speaks it, {@code t} holds the
     * theme's words in it, {@code ui} its dates, numbers and record links, {@code languages} the record's
     * switcher (empty on pages that are not a record's).
     */
    Map<String, Object> model(String path, PageView page, String lang) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", languages == null ? siteView : languages.siteView(lang));
        model.put("page", page);
        model.put("root", Routes.root(path));
        model.put("meta", PageMeta.page(site.config(), page, path.endsWith("index.html")
                ? path.substring(0, path.length() - "index.html".length()) : path, "", "", lang));
        model.put("t", languages == null ? Map.of() : languages.strings(lang));
        model.put("ui", languages == null ? null : languages.ui(lang));
        model.put("grades", gradesByLanguage.computeIfAbsent(lang.isEmpty() ? site.config().language() : lang, this::grades));
        model.put("hasCaveats", hasCaveats);
        // A site page of a portal in several languages lists its versions (a record's page puts its own switcher in).
        model.put("languages", languages != null && languages.many() && LanguagePages.KINDS.contains(kindOf(page))
                ? languages.pageSwitcher(lang.isEmpty() ? path : path.substring(lang.length() + 1), lang) : List.of());
        return model;
    }

    /** {@link #grades} by language: the schema's, the same for every page of a language, made once (pages render in parallel). */
    /** Whether the footer speaks of caveats: only where some collection has a field for them (the caveats role). */
    private final boolean hasCaveats;
    private final Map<String, Map<String, accord.render.Views.GradesView>> gradesByLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * By collection name, in schema order, how each collection whose sources have a quality (the {@code source_quality}
     * role) grades them, in {@code lang}: the footer speaks of grades only when some collection has them, and a record
     * page explains its collection's grades in the portal's words, never the theme's.
     */
    private Map<String, accord.render.Views.GradesView> grades(String lang) {
        Map<String, accord.render.Views.GradesView> grades = new LinkedHashMap<>();
        String fallback = site.config().language();
        for (var c : site.schema().collections().values()) {
            c.roleField(accord.schema.Role.SOURCES)
                    .flatMap(s -> accord.schema.Roles.objectFields(s.type()))
                    .flatMap(fs -> accord.schema.Roles.find(fs, accord.schema.Role.SOURCE_QUALITY))
                    .ifPresent(q -> {
                        List<String> values = q.type() instanceof accord.schema.FieldType.EnumType e && e.values().size() > 1
                                ? e.values() : List.of();
                        String explained = q.explain(lang).orElse("");
                        // The grades as readers see them: the enum's words in the page's language where the schema gives them.
                        accord.schema.Field local = q.inLanguage(lang);
                        String first = values.isEmpty() ? "" : values.get(0);
                        String last = values.isEmpty() ? "" : values.get(values.size() - 1);
                        grades.put(c.name(), new accord.render.Views.GradesView(first.isEmpty() ? "" : local.labelOf(first),
                                last.isEmpty() ? "" : local.labelOf(last), explained,
                                explained.isEmpty() || q.explainedIn(lang) ? lang : fallback,
                                local.labels().containsKey(first) ? q.labelLanguageOf(first, lang, fallback) : "",
                                local.labels().containsKey(last) ? q.labelLanguageOf(last, lang, fallback) : ""));
                    });
        }
        return java.util.Collections.unmodifiableMap(grades);
    }

    /** The theme's words for {@code key} in {@code lang} (empty: the default language), else {@code fallback}. */
    String word(String lang, String key, String fallback) {
        return languages.word(lang, key, fallback);
    }

    /** {@code lang}'s name in itself, as the language switcher shows it ({@link UiStrings#languageName}). */
    String languageName(String lang) {
        return languages.languageName(lang);
    }

    /** A date ({@code iso}, written in English as {@code text}) as {@code lang}'s pages write it ({@link Ui#date}). */
    String date(String lang, String iso, String text) {
        return languages.ui(lang).date(iso, text);
    }

    /** The plan's kind of a page, by its view's {@code kind} (ROBOTS for any page that has no language versions). */
    private static PageEntry.Kind kindOf(PageView page) {
        return switch (page.kind()) {
            case "home" -> PageEntry.Kind.HOME;
            case "list" -> PageEntry.Kind.LIST;
            case "timeline" -> PageEntry.Kind.TIMELINE;
            case "search" -> PageEntry.Kind.SEARCH_PAGE;
            case "404" -> PageEntry.Kind.NOT_FOUND;
            case "data" -> PageEntry.Kind.DATA_PAGE;
            default -> PageEntry.Kind.ROBOTS;
        };
    }

    /**
     * Resolves body links to record files. Every file a page links to is an input of the page, found
     * or not: the page must render again when that record appears or goes. A broken link's hint
     * names the nearest file of the folder, so the page then depends on which records it holds.
     */
    LinkResolver linkResolver(String root) {
        return linkResolver(root, "");
    }

    /** Body links of a page in {@code lang}: to the record's version in it where there is one. */
    LinkResolver linkResolver(String root, String lang) {
        Ui ui = languages == null ? null : languages.ui(lang);
        return new LinkResolver() {
            @Override
            public Optional<String> resolve(String sourcePath) {
                noteRecordFile(sourcePath);
                RecordId id = bySourcePath.get(sourcePath);
                if (id != null) return Optional.of(root + (ui == null ? Routes.record(id) : ui.href(Routes.record(id))));
                // A translation's own file (x.ru.md), as a git host links it: that language's page of the record, from
                // a page in any language.
                return accord.content.TranslationFiles.recordFile(sourcePath)
                        .filter(f -> !f.language().isEmpty() && site.records().containsKey(f.id())
                                && site.translations().getOrDefault(f.id(), Map.of()).containsKey(f.language()))
                        .map(f -> root + Routes.record(f.id(), f.language(), site.config().language()));
            }

            @Override
            public boolean unreadable(String sourcePath) {
                return unreadablePaths.contains(sourcePath);
            }

            @Override
            public Optional<String> draft(String sourcePath) {
                return Optional.ofNullable(draftPaths.get(sourcePath)).map(id -> DraftNotice.of(site.schema(), id, "link"));
            }

            @Override
            public java.util.Collection<String> knownPaths() {
                site.collections().forEach(c -> Deps.note(Deps.membership(c.name())));
                return bySourcePath.keySet();
            }

            @Override
            public Optional<LinkResolver.Moved> movedTo(String sourcePath) {
                // Any record may come to list the old address, or stop listing it.
                site.collections().forEach(c -> Deps.note(Deps.collection(c.name())));
                return Optional.ofNullable(movedFiles().get(sourcePath));
            }

            @Override
            public Object cacheKey() {
                // Links resolve to each language's versions, so one Markdown's rendering differs by language.
                return lang.isEmpty() ? root : root + "@" + lang;
            }
        };
    }

    private Map<String, LinkResolver.Moved> movedFiles() {
        Map<String, LinkResolver.Moved> moved = movedFiles;
        if (moved == null) {
            moved = new HashMap<>();
            for (Map.Entry<RecordId, RecordId> e : accord.model.FormerIds.of(site.records().values()).entrySet()) {
                accord.model.Record now = site.records().get(e.getValue());
                moved.put(sourcePath(e.getKey()), new LinkResolver.Moved(now.source().path(),
                        now.collection().roleField(accord.schema.Role.REDIRECT_FROM).orElseThrow().name()));
            }
            movedFiles = moved;
        }
        return moved;
    }

    /**
     * {@code content/<collection>/<slug>.md} names a record, whether or not it exists, and so does its translation's
     * {@code <slug>.<lang>.md} (a page that links to it renders again when the translation comes or goes).
     */
    private static void noteRecordFile(String sourcePath) {
        accord.content.TranslationFiles.recordFile(sourcePath).ifPresent(f -> Deps.note(Deps.record(f.id())));
    }

    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- FreeMarker ----

    Optional<String> render(String templateName, Map<String, Object> model, String path, String origin,
                                    Problems problems, List<TemplateFailure> failures) {
        try {
            Template template = templates.expect(templateName);
            PageWriter out = new PageWriter(16 * 1024);
            template.process(model, out);
            return Optional.of(out.toString());
        } catch (TemplateException e) {
            // A template it includes or imports has a syntax error: that template's line is the place to fix it.
            Optional<ParseException> syntax = TemplateErrors.syntax(e);
            if (syntax.isPresent()) {
                problems.error(TemplateErrors.at(syntax.get(), templateName), TemplateErrors.explain(syntax.get()));
                return Optional.empty();
            }
            String name = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            failures.add(new TemplateFailure(new SourcePosition("templates/" + name, line, line == 0 ? 0 : col), explain(e),
                    origin));
        } catch (IOException e) {
            // The template itself: a syntax error (ParseException, or FreeMarker's "earlier attempt" that wraps it),
            // missing, or unreadable.
            Optional<ParseException> syntax = TemplateErrors.syntax(e);
            if (syntax.isPresent()) {
                problems.error(TemplateErrors.at(syntax.get(), templateName), TemplateErrors.explain(syntax.get()));
            } else if (TemplateErrors.notFound(e)) {
                problems.error(SourcePosition.of("templates/" + templateName), "no template " + templateName
                        + " in templates/ or the theme (add it to templates/)");
            } else {
                problems.error(SourcePosition.of("templates/" + templateName), TemplateErrors.unreadable(e));
            }
        }
        return Optional.empty();
    }

    /**
     * Where a page is written: a {@link StringWriter} without the lock on every write (its {@code StringBuffer}
     * takes one for each of the thousands of pieces FreeMarker writes per page, and a page is only ever written by
     * one thread).
     */
    private static final class PageWriter extends java.io.Writer {
        private final StringBuilder text;

        PageWriter(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int off, int len) {
            text.append(s, off, off + len);
        }

        @Override
        public java.io.Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** FreeMarker's message, shortened to one line that says what to do. */
    static String explain(TemplateException e) {
        String message = e.getMessageWithoutStackTop() == null ? "" : e.getMessageWithoutStackTop();
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            return "'" + e.getBlamedExpressionString() + "' is null or missing"
                    + " (give it a default, as in ${x!''}, or test it with <#if x??>)";
        }
        if (message.contains("api_builtin_enabled")) {
            return "?api is not allowed (templates read the fields of the values Accord passes them)";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Instantiating (\\S+) is not allowed").matcher(message);
        if (m.find()) {
            return "?new is not allowed to create '" + m.group(1) + "' (templates cannot create Java objects; remove it)";
        }
        java.util.regex.Matcher include = java.util.regex.Pattern.compile(
                "Template (?:inclusion|importing) failed \\(for parameter value \"([^\"]*)\"\\)").matcher(message);
        if (include.find()) {
            if (!TemplateErrors.notFound(e)) {
                return "cannot include '" + include.group(1) + "': " + TemplateErrors.unreadable(e);
            }
            return "cannot include '" + include.group(1) + "': no such template inside templates/ or the theme"
                    + " (include a file from templates/, by a path inside it)";
        }
        return firstLine(message) + " (fix the template)";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
}
