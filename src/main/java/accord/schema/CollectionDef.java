package accord.schema;

import accord.problem.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A collection: its folder name, the titles readers see, its schema.org type, the field its list
 * page sorts by ({@code orderDescending} for newest first), the field shown under each entry of
 * that list, its fields (shared ones first), the fields a record page shows under its title ({@code header},
 * which its list page also shows as columns), and whether its records may carry fields the schema does not
 * declare ({@code extra_fields: true}; otherwise such a field is an error). {@code roles} is derived from
 * {@code fields}: the field playing each role, looked up for every record many times per build.
 */
public record CollectionDef(String name, String title, String singular, String jsonLdType, String orderField,
                            boolean orderDescending, Optional<String> summaryField, Map<String, Field> fields,
                            SourcePosition position, List<String> header, boolean extraFields, Map<String, String> i18n,
                            Map<Role, Field> roles) {
    public CollectionDef(String name, String title, String singular, String jsonLdType, String orderField,
                         boolean orderDescending, Optional<String> summaryField, Map<String, Field> fields,
                         SourcePosition position, List<String> header, boolean extraFields) {
        this(name, title, singular, jsonLdType, orderField, orderDescending, summaryField, fields, position, header, extraFields,
                Map.of());
    }

    public CollectionDef(String name, String title, String singular, String jsonLdType, String orderField,
                         boolean orderDescending, Optional<String> summaryField, Map<String, Field> fields,
                         SourcePosition position, List<String> header, boolean extraFields, Map<String, String> i18n) {
        this(name, title, singular, jsonLdType, orderField, orderDescending, summaryField, fields, position, header, extraFields,
                i18n, Map.of());
    }

    public CollectionDef(String name, String title, String singular, String jsonLdType, String orderField,
                         boolean orderDescending, Optional<String> summaryField, Map<String, Field> fields,
                         SourcePosition position) {
        this(name, title, singular, jsonLdType, orderField, orderDescending, summaryField, fields, position, List.of(), false);
    }

    public CollectionDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(singular, "singular");
        Objects.requireNonNull(jsonLdType, "jsonLdType");
        Objects.requireNonNull(orderField, "orderField");
        Objects.requireNonNull(summaryField, "summaryField");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        Objects.requireNonNull(position, "position");
        header = List.copyOf(header);
        Map<Role, Field> byRole = new java.util.EnumMap<>(Role.class);
        for (Role r : Role.values()) Roles.find(fields, r).ifPresent(f -> byRole.put(r, f));
        roles = Collections.unmodifiableMap(byRole);
        i18n = Collections.unmodifiableMap(new java.util.TreeMap<>(i18n));
    }

    /**
     * This collection as readers of {@code lang} see it: {@code title_<lang>} and {@code singular_<lang>} from the
     * schema (kept in {@code i18n} as {@code title:ru}, {@code singular:ru}) and every field {@link Field#inLanguage}.
     */
    public CollectionDef inLanguage(String lang) {
        Map<String, Field> translated = new LinkedHashMap<>();
        fields.values().forEach(f -> translated.put(f.name(), f.inLanguage(lang)));
        return new CollectionDef(name, i18n.getOrDefault("title:" + lang, title), i18n.getOrDefault("singular:" + lang, singular),
                jsonLdType, orderField, orderDescending, summaryField, translated, position, header, extraFields, i18n);
    }

    /**
     * {@link #singular()} as a word inside an English sentence, for messages ("no person 'x'"): its first letter
     * lower-cased, as a schema written in sentence case ("Person", "Working group meeting") wants mid-sentence, unless
     * its first word is an acronym ("UN body", "NGO"), which keeps its capitals. The rest is left as the schema has it.
     */
    public String singularInProse() {
        String s = singular.strip();
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || startsWithInitialism(s)) return s;
        return s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** Whether {@code words} begin with an initialism: a capital followed by a capital or a digit ("NGO", "UN body", "G20"). */
    public static boolean startsWithInitialism(String words) {
        return words.length() > 1 && Character.isUpperCase(words.charAt(0))
                && (Character.isUpperCase(words.charAt(1)) || Character.isDigit(words.charAt(1)));
    }

    /** The language of {@link #title()} as readers of {@code lang} see it: {@code lang} where {@code title_<lang>} gives it, else {@code fallback}. */
    public String titleLanguage(String lang, String fallback) {
        return lang.equals(fallback) || i18n.containsKey("title:" + lang) ? lang : fallback;
    }

    /** The language of {@link #singular()} as readers of {@code lang} see it, as {@link #titleLanguage} says for the title. */
    public String singularLanguage(String lang, String fallback) {
        return lang.equals(fallback) || i18n.containsKey("singular:" + lang) ? lang : fallback;
    }

    /**
     * The heading a referenced record shows over the records of this collection that point at it through {@code f} (one of
     * {@link #allFields()}): the field's {@code backlink}, else the collection's title and the field's label, "Sessions (Speakers)".
     */
    public String backlinkHeading(Field f) {
        return f.backlink().orElseGet(() -> title + " (" + f.label() + ")");
    }

    /**
     * The language of {@link #backlinkHeading} as readers of {@code lang} see it. A heading made of the title and the label
     * is in {@code lang} only when both are; when one of them fell back it is said to be in {@code fallback}, since one
     * string has one language.
     */
    public String backlinkHeadingLanguage(Field f, String lang, String fallback) {
        if (f.backlink().isPresent()) return f.backlinkLanguage(lang, fallback);
        return titleLanguage(lang, fallback).equals(lang) && f.labelLanguage(lang, fallback).equals(lang) ? lang : fallback;
    }

    /** Every field, those of objects (and lists of them) right after the field that holds them, in the schema's order. */
    public List<Field> allFields() {
        List<Field> all = new java.util.ArrayList<>();
        fields.values().forEach(f -> addWithNested(f, all));
        return all;
    }

    private static void addWithNested(Field f, List<Field> all) {
        all.add(f);
        FieldType t = f.type();
        while (t instanceof FieldType.ListType l) t = l.element();
        if (t instanceof FieldType.ObjectType o) o.fields().values().forEach(g -> addWithNested(g, all));
    }

    /** The fields a translation gives ({@code translatable: true}); every other field is shared. */
    public boolean translatable(String field) {
        return find(field).map(Field::translatable).orElse(false);
    }

    public Optional<Field> find(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** The record's own field that plays {@code role}, if any. */
    public Optional<Field> roleField(Role role) {
        return Optional.ofNullable(roles.get(role));
    }
}
