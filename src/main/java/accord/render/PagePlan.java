package accord.render;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import accord.schema.CollectionDef;
import accord.schema.FieldValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every output file of a build, each with what it is made from. The plan is computed from the
 * model alone, before anything renders; {@link PageRenderer#render} makes one entry. Adding an
 * output kind is adding entries here and a case there.
 */
public record PagePlan(Map<String, PageEntry> entries) {
    public PagePlan {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static PagePlan of(Site site, Collection<String> assetPaths) {
        Map<String, PageEntry> entries = new LinkedHashMap<>();
        Set<String> everyCollection = new LinkedHashSet<>();
        Set<String> everyMembership = new LinkedHashSet<>();
        for (CollectionDef c : site.collections()) {
            everyCollection.add(Deps.collection(c.name()));
            everyMembership.add(Deps.membership(c.name()));
        }
        Set<String> homeDeps = new LinkedHashSet<>();
        site.config().featured().forEach(f -> homeDeps.add(Deps.collection(f.collection())));
        add(entries, new PageEntry("index.html", PageEntry.Kind.HOME, "", 1, homeDeps));
        int pageSize = site.config().pageSize();
        for (CollectionDef c : site.collections()) {
            int count = site.collection(c.name()).size();
            int pages = Math.max(1, (count + pageSize - 1) / pageSize);
            for (int n = 1; n <= pages; n++) {
                add(entries, new PageEntry(Routes.file(Routes.list(c.name(), n)), PageEntry.Kind.LIST, c.name(), n,
                        Set.of(Deps.collection(c.name()))));
            }
        }
        for (Record r : site.records().values()) {
            add(entries, new PageEntry(Routes.file(Routes.record(r.id())), PageEntry.Kind.RECORD, r.id().toString(), 1,
                    recordDeps(site, r)));
        }
        add(entries, new PageEntry("404.html", PageEntry.Kind.NOT_FOUND, "", 1, Set.of()));
        add(entries, new PageEntry("search/index.html", PageEntry.Kind.SEARCH_PAGE, "", 1, everyMembership));
        add(entries, new PageEntry("feed.xml", PageEntry.Kind.FEED, "", 1, everyCollection));
        add(entries, new PageEntry("sitemap.xml", PageEntry.Kind.SITEMAP, "", 1, everyMembership));
        add(entries, new PageEntry("robots.txt", PageEntry.Kind.ROBOTS, "", 1, Set.of()));
        for (String asset : assetPaths) {
            add(entries, new PageEntry(asset, PageEntry.Kind.ASSET, asset, 1, Set.of()));
        }
        return new PagePlan(entries);
    }

    /** An asset may not replace a page: the first entry for a path wins. */
    private static void add(Map<String, PageEntry> entries, PageEntry e) {
        entries.putIfAbsent(e.path(), e);
    }

    /** A record page shows the record, the records it refers to, and those that refer to it. */
    private static Set<String> recordDeps(Site site, Record r) {
        Set<String> deps = new LinkedHashSet<>();
        deps.add(Deps.record(r.id()));
        r.fields().values().forEach(v -> refs(v, deps));
        for (List<RecordId> group : site.backlinksOf(r.id()).values()) {
            for (RecordId from : group) deps.add(Deps.record(from));
        }
        return deps;
    }

    private static void refs(FieldValue v, Set<String> deps) {
        if (v instanceof FieldValue.RefValue ref) {
            deps.add(Deps.record(ref.target()));
        } else if (v instanceof FieldValue.ListValue l) {
            l.items().forEach(i -> refs(i, deps));
        } else if (v instanceof FieldValue.ObjectValue o) {
            o.fields().values().forEach(i -> refs(i, deps));
        }
    }

    /** This plan and {@code more}, which may not replace its entries (the search index's files). */
    public PagePlan with(Collection<PageEntry> more) {
        Map<String, PageEntry> all = new LinkedHashMap<>(entries);
        more.forEach(e -> add(all, e));
        return new PagePlan(all);
    }

    public List<PageEntry> list() {
        return new ArrayList<>(entries.values());
    }
}
