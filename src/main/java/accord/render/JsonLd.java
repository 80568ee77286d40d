package accord.render;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.schema.Role;
import accord.schema.Roles;
import accord.schema.SchemaOrgTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org description of a record, as an ordered map for {@link Json}, made from the schema
 * alone: the collection's {@code jsonld} type, the title as {@code name}, the aliases as
 * {@code alternateName} (each with its language), every field the schema maps with {@code jsonld:}
 * under that property (several fields mapped to one property add up), references as nodes of the
 * referenced record's type ({@code @id}, {@code name}), objects of a field with {@code jsonld_type}
 * as nodes of that type, the inverse of every reference declared with {@code jsonld_inverse}, and the
 * sources as {@code citation}.
 *
 * <p>A record whose {@link Role#DATE_BASIS} field has a value says its date is known only indirectly
 * ("earliest report"). Its {@link Role#DATE} field is then not stated under its property (such as
 * {@code startDate}), which would assert it as the exact date; the date and its basis go into
 * {@code disambiguatingDescription} as words instead.
 *
 * <p>In a portal of several languages a record is one thing described in each of its languages: every version keeps
 * the {@code @id} of the default language's page, gives its own page as {@code url}, says its language in
 * {@code inLanguage} where schema.org defines that property (creative works and events, not people or organizations),
 * and lists the record's titles in every other language of the portal among its {@code alternateName}s, each with its
 * {@code @language}: a translation's page names the default language's title as the default page names the
 * translations'. {@code workTranslation} is not used: the versions are one record, not works of their own.
 */
final class JsonLd {
    private static final String ALTERNATE_NAME = "alternateName";
    private static final String QUALIFIED_DATE = "disambiguatingDescription";

    private JsonLd() {
    }

    /**
     * {@code r} as a page of its language describes it: {@code site} is the site as that language's readers see it
     * ({@link Site#inLanguage}), {@code whole} the portal's own, which holds every language's version of {@code r};
     * {@code strings} and {@code ui} give the words and dates of the page's language.
     */
    static Map<String, Object> of(Record r, Site site, Site whole, UiStrings strings, Ui ui) {
        String baseUrl = site.config().baseUrl();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", r.collection().jsonLdType());
        m.put("@id", baseUrl + Routes.record(r.id()));
        m.put("name", r.title());
        String lang = language(r, site);
        m.put("url", baseUrl + Routes.record(r.id(), lang, site.config().language()));
        boolean many = site.config().languages().size() > 1;
        if (many && hasLanguage(r.collection().jsonLdType())) m.put("inLanguage", lang);
        List<Object> names = new ArrayList<>();
        for (Field f : r.collection().fields().values()) {
            if (f.jsonLd().filter(ALTERNATE_NAME::equals).isPresent()) r.find(f.name()).flatMap(v -> json(v, f, site)).ifPresent(names::add);
        }
        r.role(Role.ALIASES).ifPresent(v -> aliases(r, v, names));
        if (many) otherTitles(r, whole, lang, names);
        if (!names.isEmpty()) m.put(ALTERNATE_NAME, flatten(names));
        Optional<String> basis = r.role(Role.DATE_BASIS).map(RecordViews::plain).filter(s -> !s.isBlank());
        Optional<Field> dateField = r.collection().roleField(Role.DATE);
        for (Field f : r.collection().fields().values()) {
            if (f.jsonLd().isEmpty() || f.jsonLd().get().equals(ALTERNATE_NAME)) continue;
            Optional<FieldValue> value = r.find(f.name());
            if (value.isEmpty()) continue;
            if (basis.isPresent() && dateField.isPresent() && dateField.get().name().equals(f.name())) {
                add(m, QUALIFIED_DATE, dateNotConfirmed(r, f, basis.get(), strings, ui));
                continue;
            }
            json(value.get(), f, site).ifPresent(v -> add(m, f.jsonLd().get(), v));
        }
        inverses(r, site, m);
        List<Object> citations = citations(r);
        if (!citations.isEmpty()) m.put("citation", citations);
        return m;
    }

    /**
     * A date its {@code basis} qualifies, in the words of {@code ui}'s language (the theme's {@code date_not_confirmed}:
     * "Date: October 2025 (programme announcement; not confirmed as the exact date)"), with the field's label.
     */
    static String dateNotConfirmed(Record r, Field f, String basis, UiStrings strings, Ui ui) {
        FieldValue v = r.fields().get(f.name());
        String date = v instanceof FieldValue.DateValue d ? ui.date(d.date().iso(), d.date().display()) : RecordViews.plain(v);
        return strings.word(ui.lang(), "date_not_confirmed").replace("{label}", f.label()).replace("{date}", date)
                .replace("{basis}", basis);
    }

    /** Adds {@code value} under {@code key}; a second value makes the property a list of both. */
    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> m, String key, Object value) {
        Object old = m.get(key);
        if (old == null) {
            m.put(key, value);
            return;
        }
        List<Object> all = new ArrayList<>();
        if (old instanceof List<?> l) all.addAll((List<Object>) l);
        else all.add(old);
        if (value instanceof List<?> l) all.addAll((List<Object>) l);
        else all.add(value);
        m.put(key, all);
    }

    /** What points here through a reference declared with {@code jsonld_inverse}, under that property. */
    private static void inverses(Record r, Site site, Map<String, Object> m) {
        Set<RecordId> from = new LinkedHashSet<>();
        site.backlinksOf(r.id()).values().forEach(from::addAll);
        for (RecordId id : from) {
            Record other = site.find(id).orElse(null);
            if (other == null) continue;
            for (Field f : other.collection().fields().values()) {
                if (f.jsonLdInverse().isEmpty()) continue;
                Optional<FieldValue> v = other.find(f.name());
                if (v.isPresent() && pointsAt(v.get(), r.id())) add(m, f.jsonLdInverse().get(), node(other, site));
            }
        }
    }

    private static boolean pointsAt(FieldValue v, RecordId target) {
        if (v instanceof FieldValue.RefValue ref) return ref.target().equals(target);
        if (v instanceof FieldValue.ListValue l) return l.items().stream().anyMatch(i -> pointsAt(i, target));
        return false;
    }

    /** A reference to another record: its type, address and name. */
    private static Map<String, Object> node(Record target, Site site) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("@type", target.collection().jsonLdType());
        n.put("@id", site.config().baseUrl() + Routes.record(target.id()));
        n.put("name", target.title());
        return n;
    }

    /** Whether records of schema.org {@code type} have {@code inLanguage}: creative works and events, and their kinds. */
    private static boolean hasLanguage(String type) {
        return SchemaOrgTypes.isCreativeWork(type) || SchemaOrgTypes.isEvent(type);
    }

    /** The language {@code r} is written in: the language of the translation it is, else the default language. */
    private static String language(Record r, Site site) {
        for (Map.Entry<String, Record> t : site.translations().getOrDefault(r.id(), Map.of()).entrySet()) {
            if (t.getValue().equals(r)) return t.getKey();
        }
        return site.config().language();
    }

    /**
     * The record's titles in its other languages (from {@code site}, the portal's own, which has every version), each
     * with its language, in site.yml's order, unless an alias already gives that name.
     */
    private static void otherTitles(Record r, Site site, String lang, List<Object> names) {
        Set<String> known = new java.util.HashSet<>();
        known.add(r.title());
        for (Object n : names) known.add(n instanceof Map<?, ?> m ? String.valueOf(m.get("@value")) : String.valueOf(n));
        for (String other : site.config().languages()) {
            if (other.equals(lang)) continue;
            Optional<Record> version = site.find(r.id(), other);
            version.filter(v -> known.add(v.title())).ifPresent(v -> {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("@value", v.title());
                n.put("@language", other);
                names.add(n);
            });
        }
    }

    private static void aliases(Record r, FieldValue v, List<Object> names) {
        if (!(v instanceof FieldValue.ListValue list)) return;
        Map<String, Field> fields = r.collection().roleField(Role.ALIASES).flatMap(f -> Roles.objectFields(f.type())).orElse(Map.of());
        String nameField = Roles.find(fields, Role.ALIAS_NAME).map(Field::name).orElse("");
        String langField = Roles.find(fields, Role.ALIAS_LANG).map(Field::name).orElse("");
        for (FieldValue item : list.items()) {
            if (item instanceof FieldValue.ObjectValue o) {
                FieldValue name = o.fields().get(nameField);
                if (name == null) continue;
                FieldValue lang = o.fields().get(langField);
                if (lang == null) {
                    names.add(RecordViews.plain(name));
                } else {
                    Map<String, Object> n = new LinkedHashMap<>();
                    n.put("@value", RecordViews.plain(name));
                    n.put("@language", RecordViews.plain(lang));
                    names.add(n);
                }
            } else {
                names.add(RecordViews.plain(item));
            }
        }
    }

    private static List<Object> citations(Record r) {
        List<Object> citations = new ArrayList<>();
        Optional<FieldValue> v = r.role(Role.SOURCES);
        if (v.isEmpty() || !(v.get() instanceof FieldValue.ListValue list)) return citations;
        Map<String, Field> fields = r.collection().roleField(Role.SOURCES).flatMap(f -> Roles.objectFields(f.type())).orElse(Map.of());
        for (FieldValue item : list.items()) {
            if (!(item instanceof FieldValue.ObjectValue o)) continue;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("@type", "CreativeWork");
            put(c, "name", fields, Role.SOURCE_TITLE, o);
            Roles.find(fields, Role.SOURCE_PUBLISHER).map(f -> o.fields().get(f.name())).ifPresent(p -> {
                Map<String, Object> publisher = new LinkedHashMap<>();
                publisher.put("@type", "Organization");
                publisher.put("name", RecordViews.plain(p));
                c.put("publisher", publisher);
            });
            put(c, "url", fields, Role.SOURCE_URL, o);
            Roles.find(fields, Role.SOURCE_DATE).map(f -> o.fields().get(f.name()))
                    .filter(d -> d instanceof FieldValue.DateValue)
                    .ifPresent(d -> c.put("datePublished", ((FieldValue.DateValue) d).date().iso()));
            citations.add(c);
        }
        return citations;
    }

    private static void put(Map<String, Object> c, String key, Map<String, Field> fields, Role role, FieldValue.ObjectValue o) {
        Roles.find(fields, role).map(f -> o.fields().get(f.name())).ifPresent(v -> c.put(key, RecordViews.plain(v)));
    }

    /**
     * A value as JSON-LD: dates in ISO form, references as nodes of the referenced record, lists as
     * arrays, objects as nodes of the field's {@code jsonld_type} (left out without one).
     */
    private static Optional<Object> json(FieldValue v, Field f, Site site) {
        if (v instanceof FieldValue.DateValue d) return Optional.of(d.date().iso());
        if (v instanceof FieldValue.DateTimeValue d) return Optional.of(d.original());
        if (v instanceof FieldValue.RefValue ref) return site.find(ref.target()).map(t -> node(t, site));
        if (v instanceof FieldValue.ListValue l) {
            List<Object> items = new ArrayList<>();
            l.items().forEach(i -> json(i, f, site).ifPresent(items::add));
            return items.isEmpty() ? Optional.empty() : Optional.of(items);
        }
        if (v instanceof FieldValue.ObjectValue o) {
            if (f.jsonLdType().isEmpty()) return Optional.empty();
            FieldType t = f.type() instanceof FieldType.ListType l ? l.element() : f.type();
            if (!(t instanceof FieldType.ObjectType ot)) return Optional.empty();
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("@type", f.jsonLdType().get());
            for (Field sub : ot.fields().values()) {
                FieldValue sv = o.fields().get(sub.name());
                if (sv == null || sub.jsonLd().isEmpty()) continue;
                json(sv, sub, site).ifPresent(x -> add(n, sub.jsonLd().get(), x));
            }
            return Optional.of(n);
        }
        return Optional.of(RecordViews.plain(v));
    }

    private static List<Object> flatten(List<Object> names) {
        List<Object> flat = new ArrayList<>();
        for (Object n : names) {
            if (n instanceof List<?> l) flat.addAll(l);
            else flat.add(n);
        }
        return flat;
    }
}
