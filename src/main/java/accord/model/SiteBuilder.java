package accord.model;

import accord.config.SiteConfig;
import accord.content.RecordId;
import accord.problem.Problems;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.schema.Schema;
import accord.schema.ValidatedRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link Site}: drops drafts (unless asked not to), checks every reference in one pass,
 * then computes backlinks in a second pass, once for the whole portal.
 */
public final class SiteBuilder {
    private SiteBuilder() {
    }

    /**
     * Builds the site. A reference to one of {@code unreadable} (records whose file could not be
     * read, an error already) is not reported again.
     */
    public static Site build(Schema schema, SiteConfig config, List<ValidatedRecord> validated, Set<RecordId> unreadable,
                             boolean drafts, Problems problems) {
        Map<RecordId, Record> all = new TreeMap<>();
        for (ValidatedRecord v : validated) {
            all.put(v.id(), new Record(v.source(), v.collection(), v.fields()));
        }
        // Ordered for iteration; looked up through hash maps, since every reference is looked up twice.
        Map<RecordId, Record> published = new TreeMap<>();
        all.forEach((id, r) -> {
            if (drafts || !r.draft()) published.put(id, r);
        });

        Map<RecordId, Record> allById = new java.util.HashMap<>(all);
        Map<RecordId, Record> publishedById = new java.util.HashMap<>(published);
        // Pass 1: every reference must point at a published record of the right collection.
        RefSuggestions suggestions = new RefSuggestions(allById);
        for (Record r : published.values()) {
            walk(r.collection().fields(), r.fields(), null, (field, path, ref) ->
                    checkRef(schema, ref, path, field, allById, publishedById, unreadable, suggestions, problems));
        }
        // A field that refers into its own collection must not loop (a record its own parent, A → B → A).
        RefCycles.report(published.values(), problems);

        // List order per collection.
        Map<String, List<Record>> grouped = new java.util.HashMap<>();
        for (Record r : published.values()) grouped.computeIfAbsent(r.id().collection(), k -> new ArrayList<>()).add(r);
        Map<String, List<Record>> byCollection = new LinkedHashMap<>();
        for (CollectionDef c : schema.collections().values()) {
            List<Record> list = grouped.getOrDefault(c.name(), new ArrayList<>());
            RecordOrder.sort(list, c);
            byCollection.put(c.name(), List.copyOf(list));
        }

        // Pass 2: backlinks, walking records in list order so each group is in list order too.
        // Hashed while collecting (30,000 references at 10,000 records), sorted once below; labels made once per field.
        Map<RecordId, Map<String, Set<RecordId>>> index = new java.util.HashMap<>();
        Map<CollectionDef, Map<Field, String>> labels = new java.util.IdentityHashMap<>();
        for (List<Record> records : byCollection.values()) {
            for (Record r : records) {
                walk(r.collection().fields(), r.fields(), null, (field, path, ref) -> {
                    if (!publishedById.containsKey(ref.target()) || ref.target().equals(r.id())) return;
                    String label = labels.computeIfAbsent(r.collection(), c -> new java.util.IdentityHashMap<>()).computeIfAbsent(
                            field, r.collection()::backlinkHeading);
                    index.computeIfAbsent(ref.target(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(label, k -> new LinkedHashSet<>()).add(r.id());
                });
            }
        }
        Map<RecordId, Map<String, List<RecordId>>> backlinks = new TreeMap<>();
        index.forEach((id, groups) -> {
            Map<String, List<RecordId>> g = new LinkedHashMap<>();
            groups.forEach((label, ids) -> g.put(label, List.copyOf(ids)));
            backlinks.put(id, java.util.Collections.unmodifiableMap(g));
        });
        Set<RecordId> leftOut = new java.util.HashSet<>(all.keySet());
        leftOut.removeAll(published.keySet());
        return new Site(schema, config, published, byCollection, backlinks, unreadable, leftOut);
    }

    /**
     * {@code site} with {@code changed} records in place of their earlier versions, when that is all a full build
     * would change in the model: each was published and stays so, refers to the same records from the same places
     * (so backlinks and reference problems stay as they were) and keeps its place in its collection's order. Empty
     * otherwise, and the caller builds the whole model. Translations are not carried over: the caller attaches them.
     */
    public static java.util.Optional<Site> replace(Site site, List<ValidatedRecord> changed, boolean drafts) {
        Map<RecordId, Record> records = new LinkedHashMap<>(site.records());
        Map<String, List<Record>> byCollection = new LinkedHashMap<>(site.byCollection());
        for (ValidatedRecord v : changed) {
            Record old = records.get(v.id());
            Record r = new Record(v.source(), v.collection(), v.fields());
            if (old == null || !old.collection().equals(r.collection()) || !drafts && r.draft()
                    || !references(old).equals(references(r))) {
                return java.util.Optional.empty();
            }
            List<Record> list = new ArrayList<>(byCollection.get(v.id().collection()));
            int at = -1;
            for (int i = 0; i < list.size() && at < 0; i++) if (list.get(i) == old) at = i;
            if (at < 0 || !RecordOrder.staysAt(list, at, r, r.collection())) return java.util.Optional.empty();
            list.set(at, r);
            byCollection.put(v.id().collection(), List.copyOf(list));
            records.put(v.id(), r);
        }
        return java.util.Optional.of(new Site(site.schema(), site.config(), records, byCollection, site.backlinks(),
                site.unreadable(), site.drafts()));
    }

    /** Where {@code r} refers to which record, in order ({@code speakers[1]=speakers/x}). */
    private static List<String> references(Record r) {
        List<String> refs = new ArrayList<>();
        walk(r.collection().fields(), r.fields(), null, (field, path, ref) -> refs.add(path + "=" + ref.target()));
        return refs;
    }

    private static void checkRef(Schema schema, FieldValue.RefValue ref, FieldPath path, Field field, Map<RecordId, Record> all,
                                 Map<RecordId, Record> published, Set<RecordId> unreadable, RefSuggestions suggest,
                                 Problems problems) {
        RecordId target = ref.target();
        if (published.containsKey(target) || unreadable.contains(target)) return;
        if (all.containsKey(target)) {
            problems.error(ref.position(), path + ": " + DraftNotice.of(schema, target, "reference"));
            return;
        }
        FieldType type = field.type();
        boolean any = type instanceof FieldType.RefType r && r.anyCollection()
                || type instanceof FieldType.ListType l && l.element() instanceof FieldType.RefType r2 && r2.anyCollection();
        // ref(event) where the schema has no collection 'event': schema.yml's error says so once, at the field; each
        // record that uses the field is not wrong, and telling every one of them would send the editor to the records.
        if (!any && schema.find(target.collection()).isEmpty()) return;
        String wrong = any ? target.toString() : target.slug();
        // A former id of a record (its redirect_from lists it): name that record, however unlike its slug is.
        java.util.Optional<Record> moved = suggest.movedTo(target)
                .filter(r -> any || r.id().collection().equals(target.collection()));
        if (moved.isPresent()) {
            RecordId now = moved.get().id();
            String written = any ? now.toString() : now.slug();
            problems.error(ref.position(), path + ": no " + kind(schema, target.collection()) + " '" + wrong + "': it moved to '"
                    + written + "', whose " + moved.get().collection().roleField(accord.schema.Role.REDIRECT_FROM).orElseThrow().name()
                    + " lists the old address (refer to '" + written + "')");
            return;
        }
        List<String> sameCollection = suggest.slugs(target.collection());
        List<RecordId> elsewhere = suggest.withSlug(target.slug());
        if (!elsewhere.isEmpty() && !any) {
            RecordId other = elsewhere.get(0);
            problems.error(ref.position(), path + ": '" + target.slug() + "' is " + article(kind(schema, other.collection()))
                    + ", not " + article(kind(schema, target.collection()))
                    + suggest.hintForOtherKind(target.collection(), target.slug(), () -> sameCollection,
                    " (refer to a record in content/" + target.collection() + "/)"));
            return;
        }
        if (any && schema.find(target.collection()).isEmpty()) {
            // A ref(*) names its collection: one the schema does not declare can hold no record, so creating the
            // file would not help. Name the collections it can be (the nearest one, when it looks like a slip).
            problems.error(ref.position(), path + ": '" + wrong + "': no collection '" + target.collection() + "' in the schema"
                    + accord.text.Suggestions.hint(target.collection(), schema.collections().keySet(),
                    " (write collection/slug with one of: " + String.join(", ", schema.collections().keySet())
                            + removable(field, path).map(r -> "; or " + r).orElse("") + ")"));
            return;
        }
        problems.error(ref.position(), path + ": no " + kind(schema, target.collection()) + " '" + wrong + "'"
                + suggest.hint(any ? "*" : target.collection(), wrong, () -> any ? suggest.allIds() : sameCollection,
                " (create content/" + target.collection() + "/" + target.slug() + ".md" + removal(field, path) + ")"));
    }

    /**
     * How the editor can do without a reference to a record that does not exist (it may have been deleted on
     * purpose): ", fix the slug, or remove it from the list" for an item of a list that may lose it, ", fix the
     * slug, or remove the field" for a field that may be left out, and ", or fix the slug" where removing it
     * would only trade this error for a missing required value.
     */
    private static String removal(Field field, FieldPath path) {
        return removable(field, path).map(r -> ", fix the slug, or " + r).orElse(", or fix the slug");
    }

    /** How a reference can be removed without breaking its record: from its list, or as a field; empty where it cannot. */
    private static java.util.Optional<String> removable(Field field, FieldPath path) {
        if (path.index() >= 0 && (!field.required() || path.listSize() > 1)) return java.util.Optional.of("remove it from the list");
        if (path.index() < 0 && !field.required()) return java.util.Optional.of("remove the field");
        return java.util.Optional.empty();
    }

    /**
     * What a record of {@code collection} is called in a message: the schema's {@code singular}, as prose writes it
     * ({@link CollectionDef#singularInProse}); "record" for a collection the schema does not declare (a {@code ref(*)}
     * may name one).
     */
    private static String kind(Schema schema, String collection) {
        return schema.find(collection).map(CollectionDef::singularInProse).filter(s -> !s.isEmpty()).orElse("record");
    }

    /**
     * {@code noun} with "a" or "an", by how it is said: an initialism by its first letter's name ("an NGO", "a UN
     * body"), a word by its first sound as far as its spelling tells ("an event", "a university", "an hour").
     */
    static String article(String noun) {
        String word = noun.strip();
        if (word.isEmpty()) return "a " + noun;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        boolean an;
        if (CollectionDef.startsWithInitialism(word)) {
            an = "AEFHILMNORSX".indexOf(word.charAt(0)) >= 0;
        } else if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("usu") || lower.startsWith("eu")
                || lower.startsWith("one")) {
            an = false;
        } else if (lower.startsWith("hour") || lower.startsWith("honest") || lower.startsWith("honour")
                || lower.startsWith("honor") || lower.startsWith("heir")) {
            an = true;
        } else {
            an = "aeiou".indexOf(lower.charAt(0)) >= 0;
        }
        return (an ? "an " : "a ") + noun;
    }

    interface RefVisitor {
        void visit(Field field, FieldPath path, FieldValue.RefValue ref);
    }

    /**
     * Where a value sits in a record ({@code speakers[1]}, {@code quotes[0].speaker}), and for an item, how many
     * the list has. Built as a chain and spelled out only when a message needs it, since most references are fine.
     */
    record FieldPath(FieldPath parent, String name, int index, int listSize) {
        /** A field ({@code index} -1) or an item of a list whose size does not matter. */
        FieldPath(FieldPath parent, String name, int index) {
            this(parent, name, index, -1);
        }

        FieldPath field(String child) {
            return new FieldPath(this, child, -1);
        }

        /**
         * Item {@code i}, its index as written in the file ({@link FieldValue.ListValue#writtenIndex}), of a list of
         * {@code size} valid items (the items left out as wrong do not count: removing this one would leave the others).
         */
        FieldPath item(int i, int size) {
            return new FieldPath(this, null, i, size);
        }

        @Override
        public String toString() {
            String head = parent == null ? "" : parent.toString();
            if (name == null) return head + "[" + index + "]";
            return head.isEmpty() ? name : head + "." + name;
        }
    }

    /** Calls {@code visitor} for every reference in {@code values}, with the field that declared it. */
    static void walk(Map<String, Field> fields, Map<String, FieldValue> values, FieldPath prefix, RefVisitor visitor) {
        values.forEach((name, value) -> {
            Field field = fields.get(name);
            if (field != null && canRefer(field.type())) walkValue(field, value, prefix == null ? new FieldPath(null, name, -1) : prefix.field(name), visitor);
        });
    }

    /** Whether a value of {@code type} can hold a reference: most fields (text, sources) cannot, and are not walked. */
    static boolean canRefer(FieldType type) {
        if (type instanceof FieldType.RefType) return true;
        if (type instanceof FieldType.ListType l) return canRefer(l.element());
        if (type instanceof FieldType.ObjectType o) {
            for (Field f : o.fields().values()) if (canRefer(f.type())) return true;
        }
        return false;
    }

    private static void walkValue(Field field, FieldValue value, FieldPath path, RefVisitor visitor) {
        if (value instanceof FieldValue.RefValue ref) {
            visitor.visit(field, path, ref);
        } else if (value instanceof FieldValue.ListValue list) {
            for (int i = 0; i < list.items().size(); i++) {
                walkValue(field, list.items().get(i), path.item(list.writtenIndex(i), list.items().size()), visitor);
            }
        } else if (value instanceof FieldValue.ObjectValue obj) {
            FieldType t = field.type();
            while (t instanceof FieldType.ListType l) t = l.element();
            if (t instanceof FieldType.ObjectType ot) walk(ot.fields(), obj.fields(), path, visitor);
        }
    }
}
