package accord.model;

import accord.config.SiteConfig;
import accord.content.RecordId;
import accord.content.TranslationFiles;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.schema.CollectionDef;
import accord.schema.FieldValue;
import accord.schema.ValidatedRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Attaches translations ({@code content/<collection>/<slug>.<lang>.md}) to the records they translate. A
 * translation gives the fields its schema marks {@code translatable: true} and the body; every other field is
 * shared and comes from the record's own file. A translation may repeat a shared field's value (an editor
 * copies the file), but a different value is an error at its line, since two language versions of one record
 * cannot disagree on a date or a speaker. A translatable field the record's own file leaves empty is a warning
 * where a translation gives it: that language's page would state a fact the default language's says is not
 * recorded. A translation needs its record, in a language site.yml lists.
 */
public final class Translations {
    private Translations() {
    }

    /**
     * The translated records, by record and language. {@code all} are every record's own file as validated
     * (drafts included), to tell a translation of a draft that is not built (left out, silently) from one
     * whose record does not exist (an error). A translation of a record whose file exists but could not be read
     * ({@link Site#unreadable}) is left out silently too: that file's own error says what is wrong.
     */
    public static Map<RecordId, Map<String, Record>> attach(Site site, List<ValidatedRecord> translations,
                                                            Set<RecordId> all, Problems problems) {
        SiteConfig config = site.config();
        Map<RecordId, Map<String, Record>> result = new TreeMap<>();
        for (ValidatedRecord t : translations) {
            String path = t.source().path();
            String lang = TranslationFiles.language(path).orElseThrow();
            SourcePosition at = SourcePosition.of(path);
            if (lang.equals(config.language())) {
                problems.error(at, "'" + lang + "' is the default language, so this file would be a second "
                        + t.id().slug() + ".md (merge it into content/" + t.id() + ".md and delete this one)");
                continue;
            }
            if (!config.otherLanguages().contains(lang)) {
                problems.error(at, "no language '" + lang + "' in site.yml (add it to languages: [" 
                        + String.join(", ", config.languages()) + "], or rename the file)");
                continue;
            }
            Record original = site.records().get(t.id());
            if (original == null) {
                if (!all.contains(t.id()) && !site.unreadable().contains(t.id())) {
                    problems.error(at, "translation of a record that does not exist: no content/" + t.id()
                            + ".md (write the record in " + config.language() + " first, or fix the file name)");
                }
                continue;
            }
            Map<String, FieldValue> fields = new LinkedHashMap<>(original.fields());
            CollectionDef c = original.collection();
            t.fields().forEach((name, value) -> {
                if (c.translatable(name)) {
                    if (!empty(value) && original.find(name).filter(v -> !empty(v)).isEmpty()) {
                        problems.warning(value.position(), name + ": the translation gives a value the record itself (content/"
                                + t.id() + ".md) does not have (write it there too, or remove it here)");
                    }
                    fields.put(name, value);
                } else if (!original.find(name).map(v -> same(v, value)).orElse(false)
                        && c.roleField(accord.schema.Role.DRAFT).filter(f -> f.name().equals(name)).isPresent()) {
                    // The draft flag is the record's: a translation is published with it, and cannot be held back alone.
                    problems.error(value.position(), name + ": a translation cannot be kept unpublished on its own: it is"
                            + " published with its record, content/" + t.id() + ".md (delete this line; until the"
                            + " translation is ready, keep its file out of content/, or on a branch of its own)");
                } else if (!original.find(name).map(v -> same(v, value)).orElse(false)) {
                    problems.error(value.position(), name + ": a translation cannot change a shared field (it is "
                            + original.find(name).map(v -> "'" + shortText(v) + "'").orElse("not given")
                            + " in content/" + t.id() + ".md; delete this line, or mark the field translatable: true in schema.yml)");
                }
            });
            Record translated = new Record(t.source(), c.inLanguage(lang), fields);
            result.computeIfAbsent(t.id(), k -> new TreeMap<>()).put(lang, translated);
        }
        return result;
    }

    /** The languages {@code id} exists in, the default first, in site.yml's order. */
    public static List<String> languagesOf(Site site, RecordId id) {
        Map<String, Record> t = site.translations().getOrDefault(id, Map.of());
        return site.config().languages().stream()
                .filter(l -> l.equals(site.config().language()) || t.containsKey(l)).toList();
    }

    /** Whether a value says nothing: blank text, or a list of nothing. */
    private static boolean empty(FieldValue v) {
        if (v instanceof FieldValue.ListValue l) return l.items().stream().allMatch(Translations::empty);
        return (v instanceof FieldValue.StringValue || v instanceof FieldValue.TextValue) && canonical(v).isBlank();
    }

    private static String shortText(FieldValue v) {
        String s = canonical(v);
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }

    /** Whether two values say the same, wherever they were written. */
    static boolean same(FieldValue a, FieldValue b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(FieldValue v) {
        if (v instanceof FieldValue.StringValue s) return s.value();
        if (v instanceof FieldValue.TextValue t) return t.markdown().strip();
        if (v instanceof FieldValue.DateValue d) return d.date().toString();
        if (v instanceof FieldValue.DateTimeValue d) return d.value().toString();
        if (v instanceof FieldValue.NumberValue n) return n.value().stripTrailingZeros().toPlainString();
        if (v instanceof FieldValue.UrlValue u) return u.url();
        if (v instanceof FieldValue.EnumValue e) return e.value();
        if (v instanceof FieldValue.RefValue r) return r.target().toString();
        if (v instanceof FieldValue.ListValue l) {
            StringBuilder sb = new StringBuilder("[");
            l.items().forEach(i -> sb.append(canonical(i)).append("; "));
            return sb.append("]").toString();
        }
        if (v instanceof FieldValue.ObjectValue o) {
            StringBuilder sb = new StringBuilder("{");
            new TreeMap<>(o.fields()).forEach((k, i) -> sb.append(k).append(": ").append(canonical(i)).append("; "));
            return sb.append("}").toString();
        }
        return String.valueOf(v);
    }
}
