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
        if (!(entries instanceof Frozen)) {
            entries.forEach((path, e) -> {
                if (!path.equals(e.path())) throw new IllegalArgumentException("entry " + e.path() + " under " + path);
            });
            entries = Frozen.of(entries.values());
        }
    }

    /**
     * A plan's entries, read-only, in their order, each under its path: an array of the entries and an open-addressing
     * table of their places, about a third of a linked hash map's memory (at 100,000 records the plan has 611,000
     * entries, and lives to the end of the build). A plan made here takes what it filled as it is; {@link #with} makes
     * the next one from the arrays (an update makes the plan of 63,000 files at 10,000 records in seven steps).
     */
    private static final class Frozen extends java.util.AbstractMap<String, PageEntry> {
        private final PageEntry[] entries;
        /** Each entry's place plus one, at its path's hash (linear probing); 0 is a free slot. */
        private final int[] table;
        /** One view of the paths, so a caller can tell this plan's paths by identity. */
        private final Set<String> keys = new java.util.AbstractSet<>() {
            @Override
            public java.util.Iterator<String> iterator() {
                return each(PageEntry::path);
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public int size() {
                return entries.length;
            }
        };

        /** {@code in}'s entries in their order; of two with one path, the first. */
        static Frozen of(Collection<PageEntry> in) {
            int[] table = new int[Math.max(4, Integer.highestOneBit(Math.max(1, in.size()) * 2 - 1) << 1)];
            PageEntry[] kept = new PageEntry[in.size()];
            int n = 0;
            for (PageEntry e : in) {
                int slot = slot(table, e.path(), kept);
                if (table[slot] != 0) continue;
                kept[n++] = e;
                table[slot] = n;
            }
            return new Frozen(n == kept.length ? kept : java.util.Arrays.copyOf(kept, n), table);
        }

        private Frozen(PageEntry[] entries, int[] table) {
            this.entries = entries;
            this.table = table;
        }

        /** The slot of {@code path} in {@code table}: where it is, or the free slot where it would go. */
        private static int slot(int[] table, String path, PageEntry[] entries) {
            int mask = table.length - 1;
            int h = path.hashCode();
            int i = (h ^ h >>> 16) & mask;
            while (table[i] != 0 && !entries[table[i] - 1].path().equals(path)) i = (i + 1) & mask;
            return i;
        }

        @Override
        public PageEntry get(Object key) {
            if (!(key instanceof String path)) return null;
            int found = table[slot(table, path, entries)];
            return found == 0 ? null : entries[found - 1];
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return entries.length;
        }

        @Override
        public Set<String> keySet() {
            return keys;
        }

        @Override
        public Collection<PageEntry> values() {
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(entries));
        }

        @Override
        public Set<Entry<String, PageEntry>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<String, PageEntry>> iterator() {
                    return each(e -> new SimpleImmutableEntry<>(e.path(), e));
                }

                @Override
                public int size() {
                    return entries.length;
                }
            };
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super String, ? super PageEntry> action) {
            for (PageEntry e : entries) action.accept(e.path(), e);
        }

        /** What {@code f} makes of each entry, in order. */
        private <T> java.util.Iterator<T> each(java.util.function.Function<PageEntry, T> f) {
            return new java.util.Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < entries.length;
                }

                @Override
                public T next() {
                    if (next >= entries.length) throw new java.util.NoSuchElementException();
                    return f.apply(entries[next++]);
                }
            };
        }
    }


    public static PagePlan of(Site site, Collection<String> assetPaths) {
        LinkedHashMap<String, PageEntry> entries = new LinkedHashMap<>();
        Set<String> everyCollection = new LinkedHashSet<>();
        Set<String> everyMembership = new LinkedHashSet<>();
        for (CollectionDef c : site.collections()) {
            everyCollection.add(Deps.collection(c.name()));
            everyMembership.add(Deps.membership(c.name()));
        }
        Set<String> homeDeps = new LinkedHashSet<>();
        site.config().featured().forEach(f -> homeDeps.add(Deps.collection(f.collection())));
        homeDeps.addAll(timelineDeps(site)); // the home page shows the timeline's latest entries
        add(entries, new PageEntry(Routes.file(""), PageEntry.Kind.HOME, "", 1, homeDeps));
        int pageSize = site.config().pageSize();
        for (CollectionDef c : site.collections()) {
            // Superseded and withdrawn records leave the list; its first page keeps them reachable in a section of their own.
            List<Record> records = accord.lifecycle.Lifecycle.current(site.collection(c.name()));
            List<Record> retired = accord.lifecycle.Lifecycle.retired(site.collection(c.name()));
            int pages = Math.max(1, (records.size() + pageSize - 1) / pageSize);
            for (int n = 1; n <= pages; n++) {
                // A list page shows the collection's count and its own slice of records: it changes when a
                // record comes or goes, or when one of its records changes. A record moving to another
                // page changes the slices, and with them the entries, which renders both pages again.
                Set<String> deps = new LinkedHashSet<>();
                deps.add(Deps.membership(c.name()));
                for (Record r : records.subList((n - 1) * pageSize, Math.min(records.size(), n * pageSize))) {
                    deps.add(Deps.record(r.id()));
                }
                if (n == 1) retired.forEach(r -> deps.add(Deps.record(r.id())));
                add(entries, new PageEntry(Routes.file(Routes.list(c.name(), n)), PageEntry.Kind.LIST, c.name(), n, deps));
            }
        }
        for (Record r : site.records().values()) {
            // A record page's inputs are its relations in the model: see related(), used when it renders.
            add(entries, new PageEntry(Routes.file(Routes.record(r.id())), PageEntry.Kind.RECORD, r.id().toString(), 1,
                    Set.of()));
        }
        // The record in each other language: its translation, or a page saying it is not available in it.
        for (String lang : site.config().otherLanguages()) {
            for (Record r : site.records().values()) {
                add(entries, new PageEntry(Routes.file(Routes.record(r.id(), lang, site.config().language())),
                        PageEntry.Kind.RECORD, r.id().toString(), 1, Set.of(), lang));
            }
        }
        addThemePages(site, entries);
        add(entries, new PageEntry(Routes.notFound(), PageEntry.Kind.NOT_FOUND, "", 1, Set.of()));
        // The search page tells its script how many records are superseded or withdrawn: any record's lifecycle changes it.
        Set<String> searchDeps = new LinkedHashSet<>(everyMembership);
        for (CollectionDef c : site.collections()) {
            if (c.roleField(accord.schema.Role.LIFECYCLE).isPresent()) searchDeps.add(Deps.collection(c.name()));
        }
        add(entries, new PageEntry(Routes.file(Routes.search()), PageEntry.Kind.SEARCH_PAGE, "", 1, searchDeps));
        add(entries, new PageEntry(Routes.feed(""), PageEntry.Kind.FEED, "", 1, everyCollection));
        // A feed per collection whose records have a date (the date role), linked from its list pages.
        site.collections().stream().filter(c -> c.roleField(accord.schema.Role.DATE).isPresent()).forEach(c -> add(entries,
                new PageEntry(Routes.feed(c.name()), PageEntry.Kind.FEED, c.name(), 1, Set.of(Deps.collection(c.name())))));
        add(entries, new PageEntry(Routes.sitemap(), PageEntry.Kind.SITEMAP, "", 1, everyMembership));
        add(entries, new PageEntry(Routes.robots(), PageEntry.Kind.ROBOTS, "", 1, Set.of()));
        for (String asset : assetPaths) {
            add(entries, new PageEntry(asset, PageEntry.Kind.ASSET, asset, 1, Set.of()));
        }
        return new PagePlan(Frozen.of(entries.values()));
    }

    /**
     * The about page (when site.yml has {@code about}) and the timeline: an index of years and a page per
     * year of the records that have a date (the {@code date} role).
     */
    private static void addThemePages(Site site, Map<String, PageEntry> entries) {
        if (!site.config().about().isEmpty()) {
            add(entries, new PageEntry(Routes.file(Routes.about()), PageEntry.Kind.ABOUT, "", 1, Set.of()));
        }
        // The index counts each year's records; a year's page lists its records. Each depends on the
        // records it shows (and their coming and going), so one record's edit renders its year again, not every year.
        Set<String> memberships = new LinkedHashSet<>();
        for (CollectionDef c : site.collections()) {
            if (c.roleField(accord.schema.Role.DATE).isPresent()) memberships.add(Deps.membership(c.name()));
        }
        java.util.SortedMap<Integer, Set<String>> byYear = new java.util.TreeMap<>();
        Set<String> index = new LinkedHashSet<>(memberships);
        for (Record r : site.records().values()) {
            if (accord.lifecycle.Lifecycle.state(r) == accord.lifecycle.Lifecycle.State.WITHDRAWN) continue; // see ThemePages.dated
            r.date().ifPresent(d -> {
                String key = Deps.record(r.id());
                index.add(key);
                byYear.computeIfAbsent(d.year(), y -> new LinkedHashSet<>(memberships)).add(key);
            });
        }
        if (byYear.isEmpty()) return;
        add(entries, new PageEntry(Routes.file(Routes.timeline(0)), PageEntry.Kind.TIMELINE, "", 0, index));
        // Every year's page lists the years and their counts too: they are its subject, so that a record joining or leaving
        // another year (a withdrawal, a new date), which none of its own records' keys says, changes its entry and renders
        // it again.
        StringBuilder years = new StringBuilder();
        byYear.forEach((year, deps) -> years.append(years.isEmpty() ? "" : " ").append(year).append(':')
                .append(deps.stream().filter(d -> !memberships.contains(d)).count()));
        byYear.forEach((year, deps) -> add(entries,
                new PageEntry(Routes.file(Routes.timeline(year)), PageEntry.Kind.TIMELINE, years.toString(), year, deps)));
    }

    static Set<String> timelineDeps(Site site) {
        Set<String> deps = new LinkedHashSet<>();
        for (CollectionDef c : site.collections()) {
            if (c.roleField(accord.schema.Role.DATE).isPresent()) deps.add(Deps.collection(c.name()));
        }
        return deps;
    }

    /** This plan with {@code more} entries after its own (data files, the search index); an existing path keeps its entry. */
    @SafeVarargs
    public final PagePlan with(Collection<PageEntry>... more) {
        List<PageEntry> all = new ArrayList<>(entries.values());
        for (Collection<PageEntry> m : more) all.addAll(m);
        if (all.size() == entries.size()) return this;
        return new PagePlan(Frozen.of(all));
    }

    /**
     * This plan with the site's own pages (home, lists, timeline, search, data, 404) in each of the portal's other
     * languages, at {@code <lang>/…} ({@link LanguagePages}); a portal in one language gets this plan itself.
     */
    public PagePlan withLanguageVersions(Site site) {
        return site.config().otherLanguages().isEmpty() ? this : with(LanguagePages.of(site, this));
    }

    /** An asset may not replace a page: the first entry for a path wins. */
    private static void add(Map<String, PageEntry> entries, PageEntry e) {
        entries.putIfAbsent(e.path(), e);
    }

    /**
     * The records a record's page shows besides itself: those it refers to (found or not, so the page
     * renders again when one appears) and those that refer to it. Its page depends on each of them,
     * and each of their pages on it.
     */
    public static Set<RecordId> related(Site site, Record r) {
        Set<RecordId> ids = new LinkedHashSet<>(RecordPage.referenced(r));
        for (List<RecordId> group : site.backlinksOf(r.id()).values()) ids.addAll(group);
        return ids;
    }

    public List<PageEntry> list() {
        return new ArrayList<>(entries.values());
    }
}
