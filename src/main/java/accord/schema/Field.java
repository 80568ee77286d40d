package accord.schema;

import accord.problem.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One declared field. {@code label} is what readers see; {@code shown} is false for fields kept for
 * machines (a sort key), which record pages leave out of the facts table; {@code backlink} is the
 * heading the referenced record shows for records pointing at it through this field; {@code role}
 * is what the field means to Accord ({@link Role}); {@code labels} are readers' words for enum values;
 * {@code jsonLd} is the schema.org property the field maps to; {@code jsonLdInverse} (a reference) is the
 * property the referenced record gets back, pointing at this one (a session's {@code superEvent} gives its
 * event a {@code subEvent}); {@code jsonLdType} (an object, or a list of them) makes each object a node
 * of that schema.org type, made of its own mapped fields; {@code search} is the weight the schema gives
 * it in the search index ({@code search: { weight: 3 }}; 0 for {@code search: false}), empty for the default
 * of its role and type; {@code facet} ({@code search: { facet: true }}) makes its values a filter of the search page.
 */
public record Field(String name, FieldType type, boolean required, boolean shown, String label, Optional<String> backlink,
                    Optional<String> help, SourcePosition position, Optional<Role> role, Map<String, String> labels,
                    Optional<String> jsonLd, Optional<String> jsonLdInverse, Optional<String> jsonLdType,
                    Optional<Integer> search, boolean translatable, Map<String, String> i18n, boolean facet) {
    /** A field that is no search facet. */
    public Field(String name, FieldType type, boolean required, boolean shown, String label, Optional<String> backlink,
                 Optional<String> help, SourcePosition position, Optional<Role> role, Map<String, String> labels,
                 Optional<String> jsonLd, Optional<String> jsonLdInverse, Optional<String> jsonLdType,
                 Optional<Integer> search, boolean translatable, Map<String, String> i18n) {
        this(name, type, required, shown, label, backlink, help, position, role, labels, jsonLd, jsonLdInverse, jsonLdType, search,
                translatable, i18n, false);
    }

    /** A field without translations: {@code translatable} false, no labels in other languages. */
    public Field(String name, FieldType type, boolean required, boolean shown, String label, Optional<String> backlink,
                 Optional<String> help, SourcePosition position, Optional<Role> role, Map<String, String> labels,
                 Optional<String> jsonLd, Optional<String> jsonLdInverse, Optional<String> jsonLdType, Optional<Integer> search) {
        this(name, type, required, shown, label, backlink, help, position, role, labels, jsonLd, jsonLdInverse, jsonLdType, search,
                false, Map.of());
    }

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(backlink, "backlink");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(role, "role");
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        Objects.requireNonNull(jsonLd, "jsonLd");
        Objects.requireNonNull(jsonLdInverse, "jsonLdInverse");
        Objects.requireNonNull(jsonLdType, "jsonLdType");
        Objects.requireNonNull(search, "search");
        i18n = Collections.unmodifiableMap(new java.util.TreeMap<>(i18n));
    }

    /**
     * What readers of {@code lang} are told the field's values mean (the schema's {@code explain_<lang>}, else its
     * {@code explain}; empty when it has neither), such as how a source's quality is graded.
     */
    public Optional<String> explain(String lang) {
        return Optional.ofNullable(i18n.get("explain:" + lang)).or(() -> Optional.ofNullable(i18n.get("explain")));
    }

    /** Whether {@link #explain(String)} for {@code lang} is in that language's own words (not the default language's). */
    public boolean explainedIn(String lang) {
        return i18n.containsKey("explain:" + lang);
    }

    public Field withRole(Optional<Role> r) {
        return new Field(name, type, required, shown, label, backlink, help, position, r, labels, jsonLd, jsonLdInverse, jsonLdType,
                search, translatable, i18n, facet);
    }

    public Field withType(FieldType t) {
        return new Field(name, t, required, shown, label, backlink, help, position, role, labels, jsonLd, jsonLdInverse, jsonLdType,
                search, translatable, i18n, facet);
    }

    /**
     * This field as readers of {@code lang} see it: its {@code label_<lang>}, {@code backlink_<lang>} and
     * {@code labels_<lang>} from the schema where it has them (the default language's words where not), and the
     * same for the fields of an object. {@code i18n} holds them keyed {@code label:ru}, {@code backlink:ru},
     * {@code labels:ru:<value>}.
     */
    public Field inLanguage(String lang) {
        FieldType t = translateType(type, lang);
        if (i18n.isEmpty() && t == type) return this;
        Map<String, String> enumLabels = new LinkedHashMap<>(labels);
        String prefix = "labels:" + lang + ":";
        i18n.forEach((k, v) -> {
            if (k.startsWith(prefix)) enumLabels.put(k.substring(prefix.length()), v);
        });
        return new Field(name, t, required, shown, i18n.getOrDefault("label:" + lang, label),
                Optional.ofNullable(i18n.get("backlink:" + lang)).or(() -> backlink), help, position, role, enumLabels, jsonLd,
                jsonLdInverse, jsonLdType, search, translatable, i18n, facet);
    }

    private static FieldType translateType(FieldType t, String lang) {
        if (t instanceof FieldType.ListType l) {
            FieldType e = translateType(l.element(), lang);
            return e == l.element() ? t : new FieldType.ListType(e);
        }
        if (t instanceof FieldType.ObjectType o) {
            Map<String, Field> fields = new LinkedHashMap<>();
            boolean changed = false;
            for (Field f : o.fields().values()) {
                Field g = f.inLanguage(lang);
                changed |= g != f;
                fields.put(g.name(), g);
            }
            return changed ? new FieldType.ObjectType(fields) : t;
        }
        return t;
    }

    /**
     * The language {@link #label()} is written in once this field is seen by readers of {@code lang} ({@link #inLanguage}):
     * {@code lang} where the schema gives {@code label_<lang>}, else {@code fallback} (the default language, the schema's own).
     */
    public String labelLanguage(String lang, String fallback) {
        return lang.equals(fallback) || i18n.containsKey("label:" + lang) ? lang : fallback;
    }

    /** The language of {@link #backlink()} as readers of {@code lang} see it, as {@link #labelLanguage} says for the label. */
    public String backlinkLanguage(String lang, String fallback) {
        return lang.equals(fallback) || i18n.containsKey("backlink:" + lang) ? lang : fallback;
    }

    /** The language of {@link #labelOf}{@code (value)} as readers of {@code lang} see it: {@code lang} where {@code labels_<lang>} names it. */
    public String labelLanguageOf(String value, String lang, String fallback) {
        return lang.equals(fallback) || i18n.containsKey("labels:" + lang + ":" + value) ? lang : fallback;
    }

    public boolean hasRole(Role r) {
        return role.isPresent() && role.get() == r;
    }

    /** The words readers see for an enum value: its label from the schema, or the value with spaces for hyphens. */
    public String labelOf(String value) {
        String l = labels.get(value);
        return l != null ? l : value.replace('-', ' ');
    }
}
