package accord.build;

import accord.content.RecordId;
import accord.export.Calendar;
import accord.export.Citations;
import accord.export.DataJson;
import accord.export.DataPackage;
import accord.export.Links;
import accord.export.RecordKeys;
import accord.export.RecordParts;
import accord.output.OutputSink;
import accord.model.Record;
import accord.model.Site;
import accord.render.Deps;
import accord.render.PageEntry;
import accord.render.Routes;
import accord.render.UiStrings;
import accord.schema.CollectionDef;
import accord.text.Utf8Buffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;

/**
 * The export stage in the page plan: which data files a portal has, what each is made from, and
 * making one. A collection's JSON and CSV depend on every record of the collection and on their lasting ids
 * ({@link Deps#recordKeys}); a record's JSON,
 * citations and calendar entry (a dated event's) on the record alone (references are written as slugs and addresses, which do not
 * change with the record referred to), and its BibTeX key, CSL-JSON id and calendar UID also on which records there are
 * in the collections that could take the key ({@link RecordKeys#rivals}) and on the names themselves
 * ({@link Deps#recordKey}, on which its JSON, which gives its lasting id, depends too: the key is the record's lasting address, {@link accord.model.LastingNames}, which the history
 * can change), and a calendar file also on the record's history ({@link Deps#history(RecordId)}: its stamp is the
 * record's last commit, {@link #revisions}); the whole portal's JSON on every collection, the calendar on every collection it covers (with their
 * records' names, and those collections' rivals) and on the history; the data package on the schema and settings (whose change
 * rebuilds everything anyway) and on the history, since it names the commit the records were built from, as the whole
 * portal's JSON does too.
 */
public final class DataFiles {
    private static final Links LINKS = new Links() {
        @Override
        public String page(RecordId id) {
            return Routes.record(id);
        }

        @Override
        public String collectionCsv(String collection) {
            return Routes.dataCollection(collection, "csv");
        }
    };

    /** A record's own files, by extension, in the plan's order; the calendar file only for records it covers. */
    private static final Map<String, RecordFile> RECORD_FILES = new LinkedHashMap<>();
    private static final String CALENDAR = "ics";

    static {
        RECORD_FILES.put("json", (r, site, keys, words) -> DataJson.record(r, site, LINKS, keys));
        RECORD_FILES.put("bib", (r, site, keys, words) -> Citations.bibtex(r, site, LINKS, keys, words.citationNote()));
        RECORD_FILES.put("ris", (r, site, keys, words) -> Citations.ris(r, site, LINKS, keys, words.citationNote()));
        RECORD_FILES.put("csl.json", (r, site, keys, words) -> Citations.cslJson(r, site, LINKS, keys, words.citationNote()));
        RECORD_FILES.put(CALENDAR, (r, site, keys, words) -> Calendar.ics(site, r, LINKS, keys, words));
    }

    /** The files that name the record by its key ({@link RecordKeys}). */
    private static final Set<String> KEYED = Set.of("bib", "ris", "csl.json", CALENDAR);
    /** The file that gives the record's lasting id ({@link RecordKeys#id}), which other records cannot change. */
    private static final String LASTING = "json";

    private interface RecordFile {
        byte[] render(Record r, Site site, RecordKeys keys, Calendar.Words words);
    }

    private DataFiles() {
    }

    /** Every data file of {@code site}, with what each is made from. */
    public static List<PageEntry> plan(Site site) {
        List<PageEntry> entries = new ArrayList<>();
        Set<String> everyCollection = new LinkedHashSet<>();
        Set<String> everyMembership = new LinkedHashSet<>();
        for (CollectionDef c : site.collections()) {
            everyCollection.add(Deps.collection(c.name()));
            everyCollection.add(Deps.recordKeys(c.name())); // portal.json gives each record's lasting id
            everyMembership.add(Deps.membership(c.name()));
        }
        everyCollection.add(Deps.history()); // portal.json names the commit the records were built from, as the package does
        entries.add(new PageEntry(Routes.file(Routes.data()), PageEntry.Kind.DATA_PAGE, "", 1, everyMembership));
        // The package names the commit the records were built from (DataFiles.source): it changes with the history.
        entries.add(new PageEntry(Routes.dataPackage(), PageEntry.Kind.DATA, "package", 1, Set.of(Deps.history())));
        entries.add(new PageEntry(Routes.dataPortal(), PageEntry.Kind.DATA, "portal", 1, everyCollection));
        Set<String> calendarDeps = new LinkedHashSet<>();
        site.collections().stream().filter(Calendar::covers).forEach(c -> {
            calendarDeps.add(Deps.collection(c.name()));
            calendarDeps.add(Deps.recordKeys(c.name()));
            calendarDeps.add(Deps.history()); // each event's DTSTAMP is its record's last commit
            RecordKeys.rivals(c.name(), site).forEach(rival -> calendarDeps.add(Deps.membership(rival)));
        });
        entries.add(new PageEntry(Routes.dataCalendar(), PageEntry.Kind.DATA, "calendar", 1, calendarDeps));
        for (CollectionDef c : site.collections()) {
            // A record's lasting id is in its row: it changes with the history (Deps.recordKeys), not only with the record.
            Set<String> deps = Set.of(Deps.collection(c.name()), Deps.recordKeys(c.name()));
            entries.add(new PageEntry(Routes.dataCollection(c.name(), "json"), PageEntry.Kind.DATA, "json:" + c.name(), 1, deps));
            entries.add(new PageEntry(Routes.dataCollection(c.name(), "csv"), PageEntry.Kind.DATA, "csv:" + c.name(), 1, deps));
        }
        // A record's BibTeX key, CSL-JSON id and calendar UID can change when a record comes or goes in a collection
        // that could take its key (RecordKeys); one set of those dependencies per collection. They also change with the
        // history (the record's first address) and with other records made at that address: the session compares each
        // record's names with the last build's and marks the record's key (Deps.recordKey) where they changed.
        Map<String, Set<String>> keyed = new LinkedHashMap<>();
        for (Record r : site.records().values()) {
            // A record's own files have its id as their subject (the one string the model holds already: at 100,000
            // records a subject apiece was 40 MB) and are told apart by their extension.
            Set<String> deps = Set.of(Deps.record(r.id()));
            Set<String> named = Set.of(Deps.record(r.id()), Deps.recordKey(r.id()));
            Set<String> rivals = keyed.computeIfAbsent(r.id().collection(), c -> {
                Set<String> keys = new LinkedHashSet<>();
                RecordKeys.rivals(c, site).forEach(rival -> keys.add(Deps.membership(rival)));
                return keys;
            });
            Set<String> withKey = rivals.isEmpty() ? named : with(named, rivals);
            for (String extension : RECORD_FILES.keySet()) {
                if (extension.equals(CALENDAR)) {
                    if (Calendar.covers(r)) {
                        entries.add(new PageEntry(Routes.dataRecord(r.id(), extension), PageEntry.Kind.DATA, r.id().toString(), 1,
                                Set.copyOf(with(withKey, Set.of(Deps.history(r.id()))))));
                    }
                } else {
                    entries.add(new PageEntry(Routes.dataRecord(r.id(), extension), PageEntry.Kind.DATA, r.id().toString(), 1,
                            KEYED.contains(extension) ? withKey : extension.equals(LASTING) ? named : deps));
                }
            }
        }
        return entries;
    }

    private static Set<String> with(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * When each record was last revised, for {@link RecordKeys#of(Site, accord.model.LastingNames, Map)}: the commit time of
     * its file's last commit; none for a record whose file was never committed or changed since, nor without the history.
     */
    public static Map<RecordId, java.time.Instant> revisions(Site site, accord.history.History history) {
        if (!history.known()) return Map.of();
        Map<RecordId, java.time.Instant> out = new java.util.HashMap<>();
        for (Record r : site.records().values()) {
            String path = r.source().path();
            if (history.uncommitted(path).isPresent()) continue;
            List<accord.history.FileChange> changes = history.changes(path);
            if (!changes.isEmpty()) out.put(r.id(), changes.get(0).commit().date().toInstant());
        }
        return out;
    }

    /**
     * The commit {@code history} says the records were built from ({@link RecordKeys.Source}): the commit checked out and
     * its own date, the date of the newest commit that changed a file under content/, and whether content/ has changes not committed;
     * none without the history. From the history alone, so the same commit gives the same bytes.
     */
    public static RecordKeys.Source source(accord.history.History history) {
        if (!history.known() || history.head().isEmpty()) return RecordKeys.Source.NONE;
        java.time.OffsetDateTime newest = null;
        String newestHash = "";
        for (List<accord.history.FileChange> changes : history.files().values()) {
            if (changes.isEmpty()) continue;
            accord.history.Commit c = changes.get(0).commit();
            int order = newest == null ? 1 : c.date().toInstant().compareTo(newest.toInstant());
            if (order > 0 || order == 0 && c.hash().compareTo(newestHash) > 0) {
                newest = c.date();
                newestHash = c.hash();
            }
        }
        String changed = newest == null ? "" : newest.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new RecordKeys.Source(history.head(), history.headDate(), changed,
                !history.uncommitted().isEmpty() || !history.moved().isEmpty());
    }

    /**
     * Writes the file of a {@link PageEntry.Kind#DATA} entry of {@link #plan} to {@code sink}, made straight into UTF-8
     * bytes. The files of a collection or of the whole portal (tens of MB) are streamed to the sink as they are made;
     * a record's own files are small and go whole.
     */
    public static void write(PageEntry e, Site site, RecordParts parts, RecordKeys keys, Calendar.Words words, OutputSink sink)
            throws IOException {
        Optional<Consumer<Utf8Buffer>> whole = whole(e, site, parts, keys, words);
        if (whole.isEmpty()) {
            sink.write(e.path(), render(e, site, parts, keys, words));
            return;
        }
        sink.write(e.path(), stream -> {
            Utf8Buffer out = new Utf8Buffer(stream);
            whole.get().accept(out);
            out.flush();
        });
    }

    /** The same without git's history: every record's key from its address now. */
    public static void write(PageEntry e, Site site, RecordParts parts, OutputSink sink) throws IOException {
        write(e, site, parts, RecordKeys.current(site), words(site), sink);
    }

    /**
     * The calendar's words in the default language of {@code site}: the theme's ({@code templates/i18n/}, the portal's
     * own file where {@code strings} has it, else the bundled theme's).
     */
    public static Calendar.Words words(UiStrings strings) {
        String lang = strings.defaultLanguage();
        return new Calendar.Words(strings.word(lang, "calendar_record"), strings.word(lang, "calendar_record_in"),
                strings.word(lang, "calendar_date_basis"), strings.word(lang, "citation_note"));
    }

    /** The bundled theme's calendar words for {@code site}'s default language. */
    private static Calendar.Words words(Site site) {
        return words(UiStrings.load(Optional.empty(), site.config().languages(), new accord.problem.Problems()));
    }

    /** The bytes of a {@link PageEntry.Kind#DATA} entry of {@link #plan}, without git's history. */
    static byte[] render(PageEntry e, Site site, RecordParts parts) {
        return render(e, site, parts, RecordKeys.current(site), words(site));
    }

    /** The bytes of a {@link PageEntry.Kind#DATA} entry of {@link #plan}, with the records' {@code keys}. */
    static byte[] render(PageEntry e, Site site, RecordParts parts, RecordKeys keys, Calendar.Words words) {
        Optional<Consumer<Utf8Buffer>> whole = whole(e, site, parts, keys, words);
        if (whole.isPresent()) {
            Utf8Buffer out = new Utf8Buffer(1 << 16);
            whole.get().accept(out);
            return out.toByteArray();
        }
        String subject = e.subject();
        if (subject.equals("package")) return DataPackage.json(site, LINKS, keys.source()).getBytes(StandardCharsets.UTF_8);
        int slash = subject.indexOf('/');
        if (subject.indexOf(':') >= 0 || slash < 0) throw new IllegalArgumentException("not a data file: " + subject);
        // A record's own file, told by the extension its path has after the record's.
        RecordId id = new RecordId(subject.substring(0, slash), subject.substring(slash + 1));
        String stem = Routes.dataRecord(id, "");
        RecordFile file = e.path().startsWith(stem) ? RECORD_FILES.get(e.path().substring(stem.length())) : null;
        if (file == null) throw new IllegalArgumentException("not a data file: " + e.path());
        return file.render(site.expect(id), site, keys, words);
    }

    /** How to make a collection-wide file (of a collection, the portal, the calendar) into a buffer; empty for the others. */
    private static Optional<Consumer<Utf8Buffer>> whole(PageEntry e, Site site, RecordParts parts, RecordKeys keys,
                                                        Calendar.Words words) {
        String subject = e.subject();
        int colon = subject.indexOf(':');
        String kind = colon < 0 ? subject : subject.substring(0, colon);
        String arg = colon < 0 ? "" : subject.substring(colon + 1);
        return Optional.ofNullable(switch (kind) {
            case "portal" -> out -> DataJson.portal(site, LINKS, keys, parts, out);
            case "calendar" -> out -> Calendar.ics(site, LINKS, keys, parts, words, out);
            case "json" -> out -> DataJson.collection(arg, site, LINKS, keys, parts, out);
            case "csv" -> out -> DataPackage.csv(arg, site, LINKS, keys, parts, out);
            default -> null;
        });
    }
}
