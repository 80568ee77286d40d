package accord.search;

import accord.model.Record;
import accord.model.Site;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The facets the schema declares ({@code search: { facet: true }} on a collection's field) and the values a record
 * gives them. A facet is named by its field's name, across every collection that marks a field of that name; its
 * values are keyed so that a key is a file name and an address parameter: an enum's value, a reference's target
 * as {@code collection--slug}, any other value as itself where it is lower-case letters, digits, dots and hyphens
 * (starting and ending with a letter or digit, and no name Windows keeps for a device), else {@code _} and a 64-bit
 * hash of it. A value's label is a function of its key alone (the enum's label in the
 * first collection that declares it, the referenced record's title, the value itself), so every record that has
 * the value gives the same label; an enum of {@code true} and {@code false} without labels gets the label
 * {@code ""}, which the search page shows as yes or no in its own words.
 *
 * <p>A facet's name and its values' labels are also given in each other language of site.yml where the schema or a
 * translation writes them in it: the field's {@code label_<lang>}, an enum's {@code labels_<lang>}, the referenced
 * record's title in its translation into that language (where the translation gives a title of its own). A value
 * that is written as it is (a string, a number) has no other language.
 */
final class SchemaFacets {
    /** A facet with more values than this lists them in prefix files ({@code p/}) rather than in the manifest. */
    static final int LISTED = 50;
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?");

    private SchemaFacets() {
    }

    /**
     * A value's label in the default language, and by language (site.yml's others) where the schema or a translation
     * gives it in that language; where it does not, readers of that language see {@code label}.
     */
    record Label(String label, Map<String, String> translations) {
        Label {
            translations = Map.copyOf(translations);
        }

        /** The label readers of {@code lang} see. */
        String in(String lang) {
            return translations.getOrDefault(lang, label);
        }
    }

    /** The schema's facets by name, in the order of the collections and their fields, each with its first field's label. */
    static Map<String, String> declared(Site site) {
        Map<String, String> out = new LinkedHashMap<>();
        declaredFields(site).forEach((name, f) -> out.put(name, f.label()));
        return out;
    }

    /** The facets whose first field has a {@code label_<lang>}, each with that label. */
    static Map<String, String> declaredIn(Site site, String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        declaredFields(site).forEach((name, f) -> {
            if (f.labelLanguage(lang, site.config().language()).equals(lang)) out.put(name, f.inLanguage(lang).label());
        });
        return out;
    }

    private static Map<String, Field> declaredFields(Site site) {
        Map<String, Field> out = new LinkedHashMap<>();
        for (CollectionDef c : site.collections()) {
            for (Field f : c.fields().values()) {
                if (f.facet()) out.putIfAbsent(f.name(), f);
            }
        }
        return out;
    }

    /** Site.yml's languages but the default, in its order. */
    static List<String> otherLanguages(Site site) {
        return site.config().languages().stream().filter(l -> !l.equals(site.config().language())).toList();
    }

    /**
     * The title of {@code id} in its translation into {@code lang}, where it has one whose file gives a title of its
     * own (a translation without one shows the default language's).
     */
    static Optional<String> titleIn(Site site, accord.content.RecordId id, String lang) {
        return site.find(id, lang).filter(t -> t.role(accord.schema.Role.TITLE)
                .filter(v -> v instanceof FieldValue.StringValue s && !s.value().isBlank())
                .map(v -> v.position().file().equals(t.source().path())).orElse(false)).map(Record::title);
    }

    /** Calls {@code each} with the facet key ({@code v/<field>/<value key>}) and label of every facet value of {@code r}. */
    static void of(Site site, Record r, BiConsumer<String, Label> each) {
        for (Field f : r.collection().fields().values()) {
            if (!f.facet()) continue;
            FieldValue v = r.fields().get(f.name());
            if (v != null) value(site, f, v, each);
        }
    }

    /** The records a facet value's label depends on: the targets of a record's facet references. */
    static List<accord.content.RecordId> inputs(Record r) {
        List<accord.content.RecordId> out = new ArrayList<>();
        for (Field f : r.collection().fields().values()) {
            if (f.facet() && r.fields().get(f.name()) != null) refs(r.fields().get(f.name()), out);
        }
        return out;
    }

    private static void refs(FieldValue v, List<accord.content.RecordId> out) {
        if (v instanceof FieldValue.RefValue ref) out.add(ref.target());
        else if (v instanceof FieldValue.ListValue l) l.items().forEach(i -> refs(i, out));
    }

    private static void value(Site site, Field f, FieldValue v, BiConsumer<String, Label> each) {
        String prefix = "v/" + f.name() + "/";
        if (v instanceof FieldValue.ListValue l) {
            l.items().forEach(i -> value(site, f, i, each));
        } else if (v instanceof FieldValue.EnumValue e) {
            each.accept(prefix + key(e.value()), enumLabel(site, f, e.value()));
        } else if (v instanceof FieldValue.RefValue ref) {
            String title = site.find(ref.target()).map(Record::title).orElse(ref.target().toString());
            Map<String, String> translations = new LinkedHashMap<>();
            for (String lang : otherLanguages(site)) titleIn(site, ref.target(), lang).ifPresent(t -> translations.put(lang, t));
            each.accept(prefix + ref.target().collection() + "--" + ref.target().slug(), new Label(title, translations));
        } else {
            text(v).ifPresent(t -> each.accept(prefix + key(t), new Label(t, Map.of())));
        }
    }

    private static Optional<String> text(FieldValue v) {
        if (v instanceof FieldValue.StringValue s) return Optional.of(s.value().strip());
        if (v instanceof FieldValue.DateValue d) return Optional.of(d.date().toString());
        if (v instanceof FieldValue.DateTimeValue d) return Optional.of(d.original());
        if (v instanceof FieldValue.NumberValue n) return Optional.of(n.original());
        if (v instanceof FieldValue.UrlValue u) return Optional.of(u.url());
        return Optional.empty();
    }

    /** The label of an enum value: that of the first collection whose facet of this name has the value. */
    private static Label enumLabel(Site site, Field own, String value) {
        Field f = own;
        for (CollectionDef c : site.collections()) {
            Field g = c.fields().get(own.name());
            if (g != null && g.facet() && element(g.type()) instanceof FieldType.EnumType e && e.values().contains(value)) {
                f = g;
                break;
            }
        }
        if (!f.labels().containsKey(value) && element(f.type()) instanceof FieldType.EnumType e
                && List.of("true", "false").containsAll(e.values()) && (value.equals("true") || value.equals("false"))) {
            return new Label("", Map.of());
        }
        Map<String, String> translations = new LinkedHashMap<>();
        for (String lang : otherLanguages(site)) {
            if (f.labelLanguageOf(value, lang, site.config().language()).equals(lang)) translations.put(lang, f.inLanguage(lang).labelOf(value));
        }
        return new Label(f.labelOf(value), translations);
    }

    private static FieldType element(FieldType t) {
        while (t instanceof FieldType.ListType l) t = l.element();
        return t;
    }

    /** A value's key: itself where plain (and no device name, such as {@code con}), else {@code _} and the FNV-1a 64-bit hash of its UTF-16 units in hex. */
    static String key(String value) {
        if (PLAIN.matcher(value).matches() && !accord.text.Slugs.isDeviceName(value)) return value;
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        return "_" + String.format("%016x", h);
    }
}
