package accord.render;

import accord.model.Record;
import accord.schema.FieldValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema.org description of a record, as an ordered map for {@link Json}. */
final class JsonLd {
    private JsonLd() {
    }

    static Map<String, Object> of(Record r, String baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", r.collection().jsonLdType());
        m.put("@id", baseUrl + Routes.record(r.id()));
        m.put("name", r.title());
        m.put("url", baseUrl + Routes.record(r.id()));
        List<Object> names = new ArrayList<>();
        r.find("aliases").ifPresent(v -> ((FieldValue.ListValue) v).items().forEach(i -> {
            Map<String, FieldValue> a = ((FieldValue.ObjectValue) i).fields();
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("@value", PageRenderer.plain(a.get("name")));
            n.put("@language", PageRenderer.plain(a.get("lang")));
            names.add(n);
        }));
        r.find("acronym").ifPresent(v -> names.add(0, PageRenderer.plain(v)));
        if (!names.isEmpty()) m.put("alternateName", names);
        String type = r.collection().jsonLdType();
        dateField(r, "start").ifPresent(d -> m.put("startDate", d));
        dateField(r, "end").ifPresent(d -> m.put("endDate", d));
        if (type.equals("Event")) dateField(r, "date").ifPresent(d -> m.put("startDate", d));
        if (type.equals("Legislation")) dateField(r, "date").ifPresent(d -> m.put("legislationDate", d));
        dateField(r, "born").ifPresent(d -> m.put("birthDate", d));
        r.find("position").ifPresent(v -> m.put("jobTitle", PageRenderer.plain(v)));
        r.find("description").ifPresent(v -> m.put("description", PageRenderer.plain(v)));
        List<Object> citations = new ArrayList<>();
        r.find("sources").ifPresent(v -> ((FieldValue.ListValue) v).items().forEach(i -> {
            Map<String, FieldValue> s = ((FieldValue.ObjectValue) i).fields();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("@type", "CreativeWork");
            c.put("name", PageRenderer.plain(s.get("title")));
            c.put("publisher", PageRenderer.plain(s.get("publisher")));
            if (s.containsKey("url")) c.put("url", PageRenderer.plain(s.get("url")));
            if (s.get("date") instanceof FieldValue.DateValue d) c.put("datePublished", d.date().iso());
            citations.add(c);
        }));
        if (!citations.isEmpty()) m.put("citation", citations);
        return m;
    }

    private static java.util.Optional<String> dateField(Record r, String name) {
        return r.find(name).filter(v -> v instanceof FieldValue.DateValue).map(v -> ((FieldValue.DateValue) v).date().iso());
    }
}
