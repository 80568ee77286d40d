package accord.render;

import accord.model.Record;
import accord.model.Site;
import accord.schema.Field;
import accord.schema.FieldValue;
import accord.schema.Role;
import accord.schema.Roles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema.org description of a record, as an ordered map for {@link Json}: the collection's
 * {@code jsonld} type, the title as {@code name}, the aliases as {@code alternateName}, every field
 * the schema maps with {@code jsonld:} under that property, and the sources as {@code citation}.
 */
final class JsonLd {
    private static final String ALTERNATE_NAME = "alternateName";

    private JsonLd() {
    }

    static Map<String, Object> of(Record r, Site site) {
        String baseUrl = site.config().baseUrl();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", r.collection().jsonLdType());
        m.put("@id", baseUrl + Routes.record(r.id()));
        m.put("name", r.title());
        m.put("url", baseUrl + Routes.record(r.id()));
        List<Object> names = new ArrayList<>();
        for (Field f : r.collection().fields().values()) {
            if (f.jsonLd().filter(ALTERNATE_NAME::equals).isPresent()) r.find(f.name()).flatMap(v -> json(v, site)).ifPresent(names::add);
        }
        r.role(Role.ALIASES).ifPresent(v -> aliases(r, v, names));
        if (!names.isEmpty()) m.put(ALTERNATE_NAME, flatten(names));
        for (Field f : r.collection().fields().values()) {
            if (f.jsonLd().isEmpty() || f.jsonLd().get().equals(ALTERNATE_NAME)) continue;
            r.find(f.name()).flatMap(v -> json(v, site)).ifPresent(v -> m.put(f.jsonLd().get(), v));
        }
        List<Object> citations = citations(r);
        if (!citations.isEmpty()) m.put("citation", citations);
        return m;
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
            put(c, "publisher", fields, Role.SOURCE_PUBLISHER, o);
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

    /** A value as JSON-LD: dates in ISO form, references as the referenced page's address, lists as arrays. */
    private static Optional<Object> json(FieldValue v, Site site) {
        if (v instanceof FieldValue.DateValue d) return Optional.of(d.date().iso());
        if (v instanceof FieldValue.RefValue ref) {
            return site.find(ref.target()).map(t -> site.config().baseUrl() + Routes.record(t.id()));
        }
        if (v instanceof FieldValue.ListValue l) {
            List<Object> items = new ArrayList<>();
            l.items().forEach(i -> json(i, site).ifPresent(items::add));
            return items.isEmpty() ? Optional.empty() : Optional.of(items);
        }
        if (v instanceof FieldValue.ObjectValue) return Optional.empty();
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
