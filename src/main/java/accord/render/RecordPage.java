package accord.render;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import accord.render.Views.BacklinkGroupView;
import accord.render.Views.FieldView;
import accord.render.Views.LinkView;
import accord.render.Views.ValueView;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldValue;
import accord.schema.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The parts of a record page that make it read like a reference work rather than a dump of its
 * fields: the typed header the schema declares ({@code header:}), dates shown with their basis,
 * summaries with enum labels, and relations shown once. Everything is found through the schema
 * (roles, labels, {@code header}), never by a field's name.
 */
final class RecordPage {
    private RecordPage() {
    }

    /** How the record's date is known ({@code date_basis} role), or empty. */
    static String dateBasis(Record r) {
        return r.role(Role.DATE_BASIS).map(RecordViews::plain).map(String::strip).orElse("");
    }

    /** Whether {@code f} is the field that places {@code r} in time. */
    static boolean isDateField(Record r, Field f) {
        return r.collection().roleField(Role.DATE).map(d -> d.name().equals(f.name())).orElse(false);
    }

    /**
     * The date of {@code r} as readers see it, with its basis: "14 November 2024 (earliest report)", as one string (a
     * short line's text). Where the basis is in a language of its own it is shown apart ({@link RecordViews#basis}).
     */
    static String dateText(Record r, String display) {
        String basis = dateBasis(r);
        return basis.isEmpty() ? display : display + " (" + basis + ")";
    }

    /** A scalar value as plain text, with enum labels and the record's date basis where it belongs. */
    static String text(Record r, Field f, FieldValue v) {
        if (v instanceof FieldValue.EnumValue e) return f.labelOf(e.value());
        if (v instanceof FieldValue.DateValue d) return isDateField(r, f) ? dateText(r, d.date().display()) : d.date().display();
        if (v instanceof FieldValue.DateTimeValue t) return dateTime(t);
        if (v instanceof FieldValue.RefValue ref) return ref.target().slug();
        return RecordViews.plain(v);
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /**
     * A moment as readers read it, in English as records write dates ({@link Ui#date} writes the date part in the page's
     * words): its day, the time of day as written, and the UTC offset it was written with, since the site declares no
     * time zone of its own that a reader could assume: {@code 11 October 2025, 20:30 (UTC+02:00)}.
     */
    static String dateTime(FieldValue.DateTimeValue v) {
        java.time.OffsetDateTime t = v.value();
        String time = String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                + (t.getSecond() == 0 ? "" : String.format(java.util.Locale.ROOT, ":%02d", t.getSecond()));
        String offset = t.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + t.getOffset().getId();
        return t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + t.getYear() + ", " + time + " (" + offset + ")";
    }

    /** Fields a record page never shows as a row of their own: the date basis travels with the date. */
    static boolean shownWithAnother(Field f) {
        return f.hasRole(Role.DATE_BASIS);
    }

    /** The header fields of the record (schema {@code header:}), in the schema's order, from the field views. */
    static List<FieldView> header(CollectionDef c, Map<String, FieldView> fieldMap) {
        List<FieldView> header = new ArrayList<>();
        for (String name : c.header()) {
            FieldView v = fieldMap.get(name);
            if (v != null) header.add(v);
        }
        return header;
    }

    /** A date value with how it is known ({@code basis}, which may be empty), in its own language. */
    static ValueView withBasis(ValueView v, Views.PartView basis) {
        if (!v.kind().equals("date")) return v;
        return new ValueView("date", v.text(), v.href(), v.iso(), v.items(), v.entries(), v.html(), v.lang(), basis.text(),
                basis.lang());
    }

    /** Every record {@code r} refers to, anywhere in its fields (nested objects included). */
    static Set<RecordId> referenced(Record r) {
        Set<RecordId> ids = new LinkedHashSet<>();
        r.fields().values().forEach(v -> collect(v, ids));
        return ids;
    }

    private static void collect(FieldValue v, Set<RecordId> ids) {
        if (v instanceof FieldValue.RefValue ref) {
            ids.add(ref.target());
        } else if (v instanceof FieldValue.ListValue l) {
            l.items().forEach(i -> collect(i, ids));
        } else if (v instanceof FieldValue.ObjectValue o) {
            o.fields().values().forEach(i -> collect(i, ids));
        }
    }

    /** The backlink headings that come from a look-alike ({@code disambiguation}) field of any collection. */
    static Set<String> disambiguationLabels(Site site) {
        Set<String> labels = new LinkedHashSet<>();
        for (CollectionDef c : site.collections()) {
            c.roleField(Role.DISAMBIGUATION).flatMap(Field::backlink).ifPresent(labels::add);
        }
        return labels;
    }

    /** What the record page shows of the records that point at it: each relation once. */
    record Relations(List<BacklinkGroupView> groups, List<LinkView> disambiguation) {
    }

    /**
     * The backlinks of {@code r}, each record shown once on the page: records the page already links in
     * its own fields are left out (the facts table shows that relation), records that point here as
     * look-alikes join the page's own look-alikes, and a record that points here in several ways is listed
     * under the first heading, with the others named in its line ("also quoted in, figures given"): {@code alsoHeading}
     * writes each other heading as the line shows it (lower-cased as its language does), and {@code alsoLine} makes the
     * line of them (the theme's {@code also_format} and {@code list_separator} in the page's language), which follows the
     * link's own line after {@code alsoSeparator} (its {@code also_separator}: "; " in English).
     */
    static Relations relations(Site site, Record r, List<LinkView> ownDisambiguation, Function<Record, LinkView> link,
                               Function<String, String> headingLanguage, UnaryOperator<String> alsoHeading,
                               Function<List<String>, String> alsoLine, String alsoSeparator) {
        Set<RecordId> own = referenced(r);
        Set<String> lookAlike = disambiguationLabels(site);
        List<LinkView> disambiguation = new ArrayList<>(ownDisambiguation);
        Set<String> disambiguationHrefs = new LinkedHashSet<>();
        ownDisambiguation.forEach(l -> disambiguationHrefs.add(l.href()));
        Map<RecordId, String> firstGroup = new LinkedHashMap<>();
        Map<RecordId, List<String>> also = new LinkedHashMap<>();
        Map<String, List<RecordId>> kept = new LinkedHashMap<>();
        for (Map.Entry<String, List<RecordId>> group : site.backlinksOf(r.id()).entrySet()) {
            for (RecordId from : new LinkedHashSet<>(group.getValue())) {
                if (from.equals(r.id()) || site.find(from).isEmpty()) continue;
                if (lookAlike.contains(group.getKey())) {
                    LinkView l = link.apply(site.expect(from));
                    if (disambiguationHrefs.add(l.href())) disambiguation.add(l);
                    continue;
                }
                if (own.contains(from)) continue;
                if (firstGroup.containsKey(from)) {
                    if (!firstGroup.get(from).equals(group.getKey())) {
                        also.computeIfAbsent(from, k -> new ArrayList<>()).add(alsoHeading.apply(group.getKey()));
                    }
                    continue;
                }
                firstGroup.put(from, group.getKey());
                kept.computeIfAbsent(group.getKey(), k -> new ArrayList<>()).add(from);
            }
        }
        List<BacklinkGroupView> groups = new ArrayList<>();
        kept.forEach((label, ids) -> groups.add(new BacklinkGroupView(label, headingLanguage.apply(label), ids.stream().map(id -> {
            LinkView l = link.apply(site.expect(id));
            List<String> more = also.getOrDefault(id, List.of());
            if (more.isEmpty()) return l;
            String note = alsoLine.apply(List.copyOf(new LinkedHashSet<>(more)));
            return l.meta().isEmpty() ? new LinkView(l.href(), l.title(), l.collection(), l.singular(), note, l.singularLang(), "")
                    : new LinkView(l.href(), l.title(), l.collection(), l.singular(), l.meta() + alsoSeparator + note,
                    l.singularLang(), l.metaLang(), Views.PartView.append(l.metaParts(), alsoSeparator + note));
        }).toList())));
        return new Relations(groups, disambiguation);
    }
}
