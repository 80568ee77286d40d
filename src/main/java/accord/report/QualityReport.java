package accord.report;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import accord.problem.SourcePosition;
import accord.render.Routes;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.schema.Role;
import accord.schema.Roles;
import accord.text.Folding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an editor should look at next, per collection, worked out from the model alone. The findings are advice, not
 * problems: a portal with findings still builds.
 *
 * <ul>
 *   <li><b>unreferenced</b>: no other record refers to it in a field (a look-alike pointer, the {@code disambiguation}
 *       role, does not count; nor do links in Markdown bodies);</li>
 *   <li><b>duplicates</b>: two or more records of the collection whose title or alias names are the same once folded
 *       (case, diacritics, punctuation and spacing ignored), unless each of them names the others as look-alikes;</li>
 *   <li><b>withoutSources</b>: the collection has a {@code sources} role and the record gives none;</li>
 *   <li><b>weakSourcesOnly</b>: every source's {@code source_quality} is the weakest grade, which is the last value
 *       of that field's enum (the schema lists grades strongest first);</li>
 *   <li><b>emptyFields</b>: fields the schema expects (required, or named by the collection's {@code header},
 *       {@code summary} or {@code order}) that the record leaves empty, unless a caveat about that field says why;</li>
 *   <li><b>caveats</b>: every caveat, since a caveat stays open until an editor resolves it and deletes it.</li>
 * </ul>
 *
 * <p>In a portal of several languages, each collection also lists its <b>missing translations</b>: every record with
 * the languages of site.yml it is not translated into. They are not counted among the findings, since a portal may
 * well translate only its central records; the list says what is left to translate. So are the <b>schema words</b>
 * with no translation ({@link #schemaTranslations}), which pages in that language show in the default language's.
 */
public record QualityReport(int records, List<CollectionFindings> collections, List<SchemaTranslations> schemaTranslations) {
    public QualityReport {
        collections = List.copyOf(collections);
        schemaTranslations = List.copyOf(schemaTranslations);
    }

    /** The report of a portal in one language: no schema word needs a translation. */
    public QualityReport(int records, List<CollectionFindings> collections) {
        this(records, collections, List.of());
    }

    /**
     * A word the schema gives readers that has no translation into {@code language}: where it is in schema.yml (the
     * line of the collection or field that holds it), which that is ({@code place}: "collection events", "field kind",
     * "field quotes.speaker" inside an object), the key that would translate it ({@code singular_ru}, {@code label_ru},
     * {@code backlink_ru}, {@code labels_ru}), the enum {@code value} whose label it is (empty for other words) and the
     * {@code word} pages in that language show instead.
     */
    public record MissingWord(SourcePosition at, String place, String key, String value, String word) {
        public MissingWord {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(word, "word");
        }
    }

    /**
     * For one of the portal's other languages, how many words the schema gives readers ({@code words}: each
     * collection's title and singular, each field's label and backlink heading, each enum value's label) and those of
     * them it does not translate into it, in schema.yml's order.
     */
    public record SchemaTranslations(String language, int words, List<MissingWord> missing) {
        public SchemaTranslations {
            Objects.requireNonNull(language, "language");
            missing = List.copyOf(missing);
        }
    }

    /** A record as the report names it: its id, title, source file and the address of its page. */
    public record RecordRef(RecordId id, String title, String file, String href) {
        public RecordRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(href, "href");
        }
    }

    /** Records sharing {@code name} (as first written) once folded. */
    public record Duplicate(String name, List<RecordRef> records) {
        public Duplicate {
            records = List.copyOf(records);
        }
    }

    /**
     * An expected field left empty, and where it would go: the field's line when the front matter has it without a
     * value, otherwise the line of the front matter's closing {@code ---}, before which it would be added.
     */
    public record EmptyField(String name, SourcePosition at) {
        public EmptyField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Expected fields one record leaves empty, in schema order. */
    public record EmptyFields(RecordRef record, List<EmptyField> fields) {
        public EmptyFields {
            fields = List.copyOf(fields);
        }

        /** The fields' names, in schema order. */
        public List<String> names() {
            return fields.stream().map(EmptyField::name).toList();
        }

        /** The fields' names by where they would go, in the file's order (most often one place: the closing line). */
        public Map<SourcePosition, List<String>> byPosition() {
            Map<SourcePosition, List<String>> out = new java.util.TreeMap<>();
            for (EmptyField f : fields) out.computeIfAbsent(f.at(), k -> new ArrayList<>()).add(f.name());
            return java.util.Collections.unmodifiableMap(out);
        }
    }

    /** A record and the languages (site.yml's order) it has no translation into. */
    public record MissingTranslations(RecordRef record, List<String> languages) {
        public MissingTranslations {
            languages = List.copyOf(languages);
        }
    }

    /** A caveat: where it is, the field it concerns (empty for the record as a whole), its status label and text. */
    public record Caveat(RecordRef record, SourcePosition at, String field, String status, String text) {
    }

    /**
     * One collection's findings. {@code sourcesChecked} is false when the collection has no {@code sources} role, and
     * {@code weakestGrade} is empty when its sources have no graded {@code source_quality} enum: then those lists are
     * empty because nothing could be checked.
     */
    public record CollectionFindings(String name, String title, int records, List<RecordRef> unreferenced,
                                     List<Duplicate> duplicates, boolean sourcesChecked, List<RecordRef> withoutSources,
                                     Optional<String> weakestGrade, List<RecordRef> weakSourcesOnly,
                                     List<EmptyFields> emptyFields, List<Caveat> caveats,
                                     List<MissingTranslations> missingTranslations) {
        /** The findings of a portal in one language (no translation is missing). */
        public CollectionFindings(String name, String title, int records, List<RecordRef> unreferenced,
                                  List<Duplicate> duplicates, boolean sourcesChecked, List<RecordRef> withoutSources,
                                  Optional<String> weakestGrade, List<RecordRef> weakSourcesOnly,
                                  List<EmptyFields> emptyFields, List<Caveat> caveats) {
            this(name, title, records, unreferenced, duplicates, sourcesChecked, withoutSources, weakestGrade, weakSourcesOnly,
                    emptyFields, caveats, List.of());
        }

        public CollectionFindings {
            missingTranslations = List.copyOf(missingTranslations);
            unreferenced = List.copyOf(unreferenced);
            duplicates = List.copyOf(duplicates);
            withoutSources = List.copyOf(withoutSources);
            weakSourcesOnly = List.copyOf(weakSourcesOnly);
            emptyFields = List.copyOf(emptyFields);
            caveats = List.copyOf(caveats);
        }

        /** How many findings in all. */
        public int count() {
            return unreferenced.size() + duplicates.size() + withoutSources.size() + weakSourcesOnly.size()
                    + emptyFields.size() + caveats.size();
        }
    }

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The report on {@code site}'s published records, collections in schema order, records in list order. */
    public static QualityReport of(Site site) {
        Set<RecordId> referenced = referenced(site);
        List<CollectionFindings> out = new ArrayList<>();
        for (CollectionDef c : site.collections()) {
            List<Record> records = site.collection(c.name());
            List<RecordRef> unreferenced = new ArrayList<>();
            List<RecordRef> withoutSources = new ArrayList<>();
            List<RecordRef> weakOnly = new ArrayList<>();
            List<EmptyFields> empty = new ArrayList<>();
            List<Caveat> caveats = new ArrayList<>();
            Optional<Field> sources = c.roleField(Role.SOURCES);
            Optional<String> weakest = sources.flatMap(QualityReport::weakestGrade);
            for (Record r : records) {
                RecordRef ref = ref(r);
                if (!referenced.contains(r.id())) unreferenced.add(ref);
                if (sources.isPresent()) {
                    List<FieldValue> items = items(r.fields().get(sources.get().name()));
                    if (items.isEmpty()) {
                        withoutSources.add(ref);
                    } else if (weakest.isPresent()) {
                        String grade = Roles.objectFields(sources.get().type())
                                .flatMap(f -> Roles.find(f, Role.SOURCE_QUALITY)).map(Field::name).orElseThrow();
                        boolean allWeak = items.stream().allMatch(i -> i instanceof FieldValue.ObjectValue o
                                && o.fields().get(grade) != null && FieldValue.text(o.fields().get(grade)).equals(weakest.get()));
                        if (allWeak) weakOnly.add(ref);
                    }
                }
                List<Caveat> own = caveats(r, ref);
                caveats.addAll(own);
                Set<String> explained = new HashSet<>();
                own.forEach(cv -> explained.add(cv.field()));
                List<EmptyField> missing = new ArrayList<>();
                for (Field f : expected(c)) {
                    FieldValue v = r.fields().get(f.name());
                    if (items(v).isEmpty() && !explained.contains(f.name())) missing.add(new EmptyField(f.name(), emptyAt(r, v)));
                }
                if (!missing.isEmpty()) empty.add(new EmptyFields(ref, missing));
            }
            out.add(new CollectionFindings(c.name(), c.title(), records.size(), unreferenced, duplicates(records),
                    sources.isPresent(), withoutSources, weakest, weakOnly, empty, caveats, missingTranslations(site, records)));
        }
        return new QualityReport(site.records().size(), out, schemaTranslations(site));
    }

    /**
     * Per language of site.yml other than the default, the schema's words for readers that have no translation into it
     * (no {@code title_ru}, {@code singular_ru}, {@code label_ru}, {@code backlink_ru}, or {@code labels_ru} for a value
     * that {@code labels} words): its pages show those in the default language. A field of {@code common}, which every
     * collection holds, is counted once; an enum value that {@code labels} does not word is shown as written in every
     * language, and is not counted.
     */
    private static List<SchemaTranslations> schemaTranslations(Site site) {
        String fallback = site.config().language();
        List<SchemaTranslations> out = new ArrayList<>();
        for (String lang : site.config().otherLanguages()) {
            List<MissingWord> missing = new ArrayList<>();
            int[] words = {0};
            Set<SourcePosition> seen = new HashSet<>();
            for (CollectionDef c : site.collections()) {
                String place = "collection " + c.name();
                words[0] += 2;
                if (!c.titleLanguage(lang, fallback).equals(lang)) missing.add(new MissingWord(c.position(), place, "title_" + lang, "", c.title()));
                if (!c.singularLanguage(lang, fallback).equals(lang)) {
                    missing.add(new MissingWord(c.position(), place, "singular_" + lang, "", c.singular()));
                }
                for (Field f : c.fields().values()) fieldWords(f, f.name(), lang, fallback, seen, words, missing);
            }
            missing.sort(java.util.Comparator.comparing(MissingWord::at));
            out.add(new SchemaTranslations(lang, words[0], missing));
        }
        return out;
    }

    /** The words of {@code f} (named {@code path} inside its record) and of the fields of its objects, counted and checked. */
    private static void fieldWords(Field f, String path, String lang, String fallback, Set<SourcePosition> seen, int[] words,
                                   List<MissingWord> missing) {
        if (!seen.add(f.position())) return;
        String place = "field " + path;
        words[0]++;
        if (!f.labelLanguage(lang, fallback).equals(lang)) missing.add(new MissingWord(f.position(), place, "label_" + lang, "", f.label()));
        if (f.backlink().isPresent()) {
            words[0]++;
            if (!f.backlinkLanguage(lang, fallback).equals(lang)) {
                missing.add(new MissingWord(f.position(), place, "backlink_" + lang, "", f.backlink().get()));
            }
        }
        FieldType t = f.type();
        while (t instanceof FieldType.ListType l) t = l.element();
        if (t instanceof FieldType.EnumType e) {
            for (String v : e.values()) {
                if (!f.labels().containsKey(v)) continue;
                words[0]++;
                if (!f.labelLanguageOf(v, lang, fallback).equals(lang)) {
                    missing.add(new MissingWord(f.position(), place, "labels_" + lang, v, f.labels().get(v)));
                }
            }
        }
        if (t instanceof FieldType.ObjectType o) {
            for (Field g : o.fields().values()) fieldWords(g, path + "." + g.name(), lang, fallback, seen, words, missing);
        }
    }

    /** Each record of {@code records} that lacks a translation into one of the portal's other languages, with those languages. */
    private static List<MissingTranslations> missingTranslations(Site site, List<Record> records) {
        List<MissingTranslations> out = new ArrayList<>();
        for (Record r : records) {
            List<String> missing = site.config().otherLanguages().stream().filter(l -> site.find(r.id(), l).isEmpty()).toList();
            if (!missing.isEmpty()) out.add(new MissingTranslations(ref(r), missing));
        }
        return out;
    }

    /**
     * Where an empty field {@code v} (null when the front matter leaves it out) would be filled in: its own line, or
     * the line of the closing {@code ---}, the line before the body.
     */
    private static SourcePosition emptyAt(Record r, FieldValue v) {
        String file = r.source().path();
        if (v != null && v.position().file().equals(file) && v.position().line() > 0) return SourcePosition.of(file, v.position().line());
        return SourcePosition.of(file, r.source().bodyLine() - 1);
    }

    private static RecordRef ref(Record r) {
        return new RecordRef(r.id(), r.title(), r.source().path(), Routes.record(r.id()));
    }

    /** Every record another record refers to in a field other than its look-alikes. */
    private static Set<RecordId> referenced(Site site) {
        Set<RecordId> ids = new HashSet<>();
        for (Record r : site.records().values()) {
            r.fields().forEach((name, value) -> {
                Optional<Field> f = r.collection().find(name);
                if (f.isPresent() && f.get().hasRole(Role.DISAMBIGUATION)) return;
                collectRefs(value, ids, r.id());
            });
        }
        return ids;
    }

    private static void collectRefs(FieldValue v, Set<RecordId> ids, RecordId self) {
        if (v instanceof FieldValue.RefValue ref) {
            if (!ref.target().equals(self)) ids.add(ref.target());
        } else if (v instanceof FieldValue.ListValue l) {
            l.items().forEach(i -> collectRefs(i, ids, self));
        } else if (v instanceof FieldValue.ObjectValue o) {
            o.fields().values().forEach(i -> collectRefs(i, ids, self));
        }
    }

    /** A value as a list of items: a list's items, a single value alone, nothing for an absent or blank value. */
    private static List<FieldValue> items(FieldValue v) {
        if (v == null) return List.of();
        if (v instanceof FieldValue.ListValue l) return l.items();
        if (v instanceof FieldValue.ObjectValue) return List.of(v);
        return FieldValue.text(v).isBlank() ? List.of() : List.of(v);
    }

    /** The last value of the sources' {@code source_quality} enum, when it has one with two values or more. */
    private static Optional<String> weakestGrade(Field sources) {
        return Roles.objectFields(sources.type()).flatMap(f -> Roles.find(f, Role.SOURCE_QUALITY))
                .filter(q -> q.type() instanceof FieldType.EnumType e && e.values().size() > 1)
                .map(q -> {
                    List<String> values = ((FieldType.EnumType) q.type()).values();
                    return values.get(values.size() - 1);
                });
    }

    /** The fields a record of {@code c} should fill: required, or shown in its header, summary or list order. */
    private static List<Field> expected(CollectionDef c) {
        Set<String> names = new LinkedHashSet<>();
        for (Field f : c.fields().values()) if (f.required()) names.add(f.name());
        names.addAll(c.header());
        c.summaryField().ifPresent(names::add);
        names.add(c.orderField());
        List<Field> fields = new ArrayList<>();
        for (Field f : c.fields().values()) {
            if (!names.contains(f.name()) || f.hasRole(Role.TITLE) || f.hasRole(Role.DRAFT)) continue;
            fields.add(f);
        }
        return fields;
    }

    private static List<Caveat> caveats(Record r, RecordRef ref) {
        Optional<Field> field = r.collection().roleField(Role.CAVEATS);
        if (field.isEmpty()) return List.of();
        Map<String, Field> inner = Roles.objectFields(field.get().type()).orElse(Map.of());
        Optional<Field> about = Roles.find(inner, Role.CAVEAT_FIELD);
        Optional<Field> status = Roles.find(inner, Role.CAVEAT_STATUS);
        Optional<Field> text = Roles.find(inner, Role.CAVEAT_TEXT);
        List<Caveat> out = new ArrayList<>();
        for (FieldValue item : items(r.fields().get(field.get().name()))) {
            if (!(item instanceof FieldValue.ObjectValue o)) continue;
            String a = about.map(f -> o.fields().get(f.name())).map(FieldValue::text).orElse("").strip();
            String s = status.flatMap(f -> Optional.ofNullable(o.fields().get(f.name())).map(v -> f.labelOf(FieldValue.text(v))))
                    .orElse("");
            String t = text.map(f -> o.fields().get(f.name())).map(FieldValue::text).orElse("").strip();
            out.add(new Caveat(ref, o.position(), a, s, t));
        }
        return out;
    }

    /** The names a record goes by: its title and its aliases' names. */
    private static List<String> names(Record r) {
        List<String> names = new ArrayList<>();
        names.add(r.title());
        Optional<Field> aliases = r.collection().roleField(Role.ALIASES);
        if (aliases.isEmpty()) return names;
        Optional<String> nameField = Roles.objectFields(aliases.get().type())
                .flatMap(f -> Roles.find(f, Role.ALIAS_NAME)).map(Field::name);
        for (FieldValue item : items(r.fields().get(aliases.get().name()))) {
            if (item instanceof FieldValue.ObjectValue o) {
                nameField.map(n -> o.fields().get(n)).map(FieldValue::text).ifPresent(names::add);
            } else {
                names.add(FieldValue.text(item));
            }
        }
        return names;
    }

    /** A name folded as search folds it, with punctuation and spacing made single spaces. */
    static String key(String name) {
        return NOT_A_WORD.matcher(Folding.fold(name)).replaceAll(" ").strip();
    }

    private static List<Duplicate> duplicates(List<Record> records) {
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        Map<String, Map<RecordId, Record>> byKey = new LinkedHashMap<>();
        // Titles first, so that a finding is named by a record's title where one shares the name.
        for (Record r : records) firstSpelling.putIfAbsent(key(r.title()), r.title().strip());
        for (Record r : records) {
            for (String n : names(r)) {
                String k = key(n);
                if (k.isEmpty()) continue;
                firstSpelling.putIfAbsent(k, n.strip());
                byKey.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(r.id(), r);
            }
        }
        // A title shared and an alias shared by the same records are one finding, named by the first.
        Set<Set<RecordId>> seen = new HashSet<>();
        List<Duplicate> out = new ArrayList<>();
        byKey.forEach((k, group) -> {
            if (group.size() < 2 || allLookAlikes(group.values())) return;
            if (!seen.add(Set.copyOf(group.keySet()))) return;
            out.add(new Duplicate(firstSpelling.get(k), group.values().stream().map(QualityReport::ref).toList()));
        });
        return out;
    }

    /** Whether every two records of {@code group} name each other (either way) as look-alikes. */
    private static boolean allLookAlikes(java.util.Collection<Record> group) {
        Map<RecordId, Set<RecordId>> named = new LinkedHashMap<>();
        for (Record r : group) {
            Set<RecordId> ids = new HashSet<>();
            r.role(Role.DISAMBIGUATION).ifPresent(v -> collectRefs(v, ids, r.id()));
            named.put(r.id(), ids);
        }
        List<RecordId> list = List.copyOf(named.keySet());
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                RecordId a = list.get(i);
                RecordId b = list.get(j);
                if (!named.get(a).contains(b) && !named.get(b).contains(a)) return false;
            }
        }
        return true;
    }
}
