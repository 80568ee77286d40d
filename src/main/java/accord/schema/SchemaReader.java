package accord.schema;

import accord.content.YamlList;
import accord.content.YamlMap;
import accord.content.YamlNode;
import accord.content.YamlScalar;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.text.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the YAML of {@code content/schema.yml} into a {@link Schema}. */
public final class SchemaReader {
    private static final Set<String> FIELD_KEYS = Set.of("type", "required", "label", "backlink", "help", "shown", "fields",
            "role", "labels", "jsonld", "jsonld_inverse", "jsonld_type", "search", "translatable", "explain");
    /** Keys that take a language suffix for the words readers of that language see: {@code label_ru}, {@code title_az}. */
    private static final java.util.regex.Pattern FIELD_I18N = java.util.regex.Pattern.compile("(label|labels|backlink|explain)_([a-z]{2,3})");
    private static final java.util.regex.Pattern COLLECTION_I18N = java.util.regex.Pattern.compile("(title|singular)_([a-z]{2,3})");
    private static final Set<String> COLLECTION_KEYS = Set.of("title", "singular", "jsonld", "order", "summary", "fields", "header",
            "extra_fields");
    private final Problems problems;
    /** The names the site's own pages and files take, sorted (the build knows them: accord.build.OwnNames). */
    private final java.util.SortedSet<String> reserved;

    private SchemaReader(java.util.SortedSet<String> reserved, Problems problems) {
        this.problems = problems;
        this.reserved = reserved;
    }

    /**
     * The schema {@code root} declares; a collection named like one of {@code reserved}, the site's own top-level
     * pages and folders, is an error at its name and left out.
     */
    public static Schema read(YamlNode root, java.util.SortedSet<String> reserved, Problems problems) {
        return new SchemaReader(reserved, problems).schema(root);
    }

    private Schema schema(YamlNode root) {
        Map<String, CollectionDef> collections = new LinkedHashMap<>();
        if (!(root instanceof YamlMap map)) {
            problems.error(root.position(), "schema must be a mapping with 'common' and 'collections', not " + root.describe()
                    + " (write 'collections:' and, indented under it, each collection with its fields)");
            return new Schema(collections);
        }
        unknownKeys(map, Set.of("common", "collections"));
        Map<String, Field> common = map.find("common").map(n -> fields(n, "common")).orElse(Map.of());
        Optional<YamlNode> colls = map.find("collections");
        if (colls.isEmpty() || !(colls.get() instanceof YamlMap collMap)) {
            problems.error(colls.map(YamlNode::position).orElse(map.position()),
                    "schema needs a 'collections' mapping (name each collection and its fields)");
            return new Schema(collections);
        }
        for (YamlMap.Entry e : collMap.entries().values()) {
            String name = e.key().value();
            if (!Slugs.isValid(name) || reserved.contains(name)) {
                problems.error(e.key().position(), "collection name '" + name
                        + "' is not allowed (use lower-case letters, digits and hyphens, and none of " + String.join(", ", reserved) + ")");
                continue;
            }
            collection(name, e.key(), e.value(), common).ifPresent(c -> collections.put(name, c));
        }
        // A reference to a collection that does not exist is a schema error.
        for (CollectionDef c : collections.values()) {
            c.fields().values().forEach(f -> checkRefs(f, collections));
        }
        return new Schema(collections);
    }

    private void checkRefs(Field field, Map<String, CollectionDef> collections) {
        FieldType t = field.type();
        while (t instanceof FieldType.ListType l) t = l.element();
        if (t instanceof FieldType.RefType r && !r.anyCollection() && !collections.containsKey(r.collection())) {
            problems.error(field.position(), field.name() + ": no collection '" + r.collection() + "' to refer to"
                    + accord.text.Suggestions.hint(r.collection(), collections.keySet(), " (declare it under 'collections')"));
        }
        if (t instanceof FieldType.ObjectType o) o.fields().values().forEach(f -> checkRefs(f, collections));
    }

    private Optional<CollectionDef> collection(String name, YamlScalar key, YamlNode node, Map<String, Field> common) {
        if (!(node instanceof YamlMap map)) {
            problems.error(node.position(), "collection '" + name + "' must be a mapping with 'title' and 'fields'");
            return Optional.empty();
        }
        int errorsBefore = problems.errorCount();
        unknownKeys(map, COLLECTION_KEYS);
        Map<String, Field> fields = new LinkedHashMap<>(common);
        map.find("fields").ifPresent(n -> fields(n, name).forEach((fname, f) -> {
            if (fields.containsKey(fname)) {
                problems.error(f.position(), "field '" + fname + "' is already a common field (remove it here)");
            } else {
                fields.put(fname, f);
            }
        }));
        Map<String, Field> withRoles = Roles.assign(fields, Optional.empty(), problems);
        fields.clear();
        fields.putAll(withRoles);
        lifecycleRoles(fields);
        if (problems.errorCount() == errorsBefore) untitled(name, key, fields); // a misspelt role: title has its error
        String title = map.findText("title").orElse(name);
        String singular = map.findText("singular").orElse(title);
        String jsonld = map.findText("jsonld").orElse("CreativeWork");
        if (!schemaOrgName(map, "jsonld", "", SchemaOrgNames.TYPES, "[A-Z][A-Za-z0-9]{0,60}",
                "is not a schema.org type (write one such as Event, Person, Organization or CreativeWork)")) {
            jsonld = "CreativeWork";
        }
        // Lists sort by their title unless the schema says otherwise.
        String order = map.findText("order")
                .orElse(Roles.find(fields, Role.TITLE).map(Field::name).orElse(fields.keySet().stream().findFirst().orElse("title")));
        boolean desc = order.startsWith("-");
        if (desc) order = order.substring(1);
        if (!fields.containsKey(order)) {
            problems.error(map.find("order").map(YamlNode::position).orElse(key.position()),
                    "order: no field '" + order + "' in collection '" + name + "'"
                            + accord.text.Suggestions.hint(order, fields.keySet(), ""));
            order = "title";
        }
        Optional<String> summary = map.findText("summary");
        if (summary.isPresent() && !fields.containsKey(summary.get())) {
            problems.error(map.find("summary").get().position(), "summary: no field '" + summary.get() + "' in collection '"
                    + name + "'" + accord.text.Suggestions.hint(summary.get(), fields.keySet(), ""));
            summary = Optional.empty();
        }
        if (summary.isPresent() && !summarisable(fields.get(summary.get()).type())) {
            // The line under a link is one line of text: an object's fields have no order or words to join them by.
            problems.error(map.find("summary").get().position(), "summary: field '" + summary.get() + "' holds "
                    + (fields.get(summary.get()).type() instanceof FieldType.ListType l
                    ? (l.element() instanceof FieldType.ObjectType ? "a list of objects" : "a list of lists") : "an object")
                    + ", which cannot be shown on one line under a link (name a field of one value, or a list of values or"
                    + " references)");
            summary = Optional.empty();
        }
        boolean extra = false;
        Optional<YamlNode> extraNode = map.find("extra_fields");
        if (extraNode.isPresent()) {
            String v = extraNode.get() instanceof YamlScalar sc ? sc.value().strip() : "";
            if (v.equals("true") || v.equals("false")) {
                extra = v.equals("true");
            } else {
                problems.error(extraNode.get().position(), "extra_fields: write true or false");
            }
        }
        Map<String, String> i18n = new LinkedHashMap<>();
        for (YamlMap.Entry e : map.entries().values()) {
            java.util.regex.Matcher m = COLLECTION_I18N.matcher(e.key().value());
            if (!m.matches()) continue;
            if (e.value() instanceof YamlScalar s && !s.value().isBlank()) {
                i18n.put(m.group(1) + ":" + m.group(2), s.value().strip());
            } else {
                problems.error(e.value().position(), e.key().value() + ": expected the words readers of '" + m.group(2)
                        + "' see (write " + e.key().value() + ": ...)");
            }
        }
        dataColumns(fields);
        return Optional.of(new CollectionDef(name, title, singular, jsonld, order, desc, summary, fields, key.position(),
                header(map, name, fields, problems), extra, i18n));
    }

    /** Whether a field of {@code type} can be the line under a link: one value, or a list of single values. */
    private static boolean summarisable(FieldType type) {
        if (type instanceof FieldType.ListType l) return !(l.element() instanceof FieldType.ListType)
                && !(l.element() instanceof FieldType.ObjectType);
        return !(type instanceof FieldType.ObjectType);
    }

    /**
     * Each field is a column of the collection's CSV (and a member of its JSON) under its own name, besides the
     * data files' own columns, which start with {@code record_}, and a reference's address, {@code <field>_url}: a field
     * with one of those names would make two columns of one name, and a reader of the table could not tell them apart.
     */
    private void dataColumns(Map<String, Field> fields) {
        for (Field f : fields.values()) {
            if (f.name().startsWith("record_")) {
                problems.error(f.position(), f.name() + ": the data files' own columns start with record_ (record_slug,"
                        + " record_url, record_body), so a field's name cannot (rename the field)");
            }
            if (f.name().endsWith("_url")) {
                String of = f.name().substring(0, f.name().length() - "_url".length());
                Field ref = fields.get(of);
                FieldType t = ref == null ? null : ref.type();
                while (t instanceof FieldType.ListType l) t = l.element();
                if (t instanceof FieldType.RefType) {
                    problems.error(f.position(), f.name() + ": the data files give the address of the reference " + of
                            + " in a column of this name (rename the field)");
                }
            }
            if (f.type() instanceof FieldType.ObjectType o) dataColumns(o.fields());
        }
    }

    /**
     * A collection without a field of the title role ({@code role: title}, or a string field named {@code title}) has
     * its records headed by their file names on their pages, in lists and in links: a warning at its name, with the
     * first of its string fields as the example. Not when the collection has errors: a title role misspelt or on a
     * field of the wrong type has its own, and the warning would go with it.
     */
    private void untitled(String name, YamlScalar key, Map<String, Field> fields) {
        if (Roles.find(fields, Role.TITLE).isPresent()) return;
        String field = fields.values().stream().filter(f -> f.type() instanceof FieldType.StringType).map(Field::name)
                .findFirst().orElse("title");
        problems.warning(key.position(), "collection '" + name + "' has no title field: its records' pages, lists and links"
                + " will be headed by their file names (give a string field role: title, such as " + field
                + ": { type: string, role: title })");
    }

    /**
     * The lifecycle's roles hang together: a replacement, reason or date means nothing without a field saying the
     * record is superseded or withdrawn, and a lifecycle that can say {@code superseded} needs a field for the record
     * that replaced it.
     */
    private void lifecycleRoles(Map<String, Field> fields) {
        Optional<Field> lifecycle = Roles.find(fields, Role.LIFECYCLE);
        for (Role r : List.of(Role.REPLACED_BY, Role.LIFECYCLE_REASON, Role.LIFECYCLE_DATE)) {
            Roles.find(fields, r).filter(f -> lifecycle.isEmpty()).ifPresent(f -> problems.error(f.position(), f.name()
                    + ": role '" + r.spelling() + "' needs a field with role 'lifecycle' in the same collection (add one, such"
                    + " as lifecycle: { type: enum(current|superseded|withdrawn) }, or remove the role)"));
        }
        lifecycle.filter(f -> ((FieldType.EnumType) f.type()).values().contains("superseded"))
                .filter(f -> Roles.find(fields, Role.REPLACED_BY).isEmpty())
                .ifPresent(f -> problems.error(f.position(), f.name() + ": a record that can be 'superseded' needs a field"
                        + " with role 'replaced_by' for the record that replaced it (add one, such as superseded_by: { type:"
                        + " ref(*), role: replaced_by })"));
    }

    /** {@code header: [a, b]}: the fields a record page shows under its title (and its list page as columns). */
    private static List<String> header(YamlMap map, String collection, Map<String, Field> fields, Problems problems) {
        Optional<YamlNode> node = map.find("header");
        if (node.isEmpty() || node.get() instanceof YamlScalar s && s.isNull()) return List.of();
        if (!(node.get() instanceof YamlList list)) {
            problems.error(node.get().position(), "header: expected a list of field names (write header: [date, place])");
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (YamlNode item : list.items()) {
            String name = item instanceof YamlScalar s ? s.value().strip() : "";
            if (!fields.containsKey(name)) {
                problems.error(item.position(), "header: no field '" + name + "' in collection '" + collection + "'"
                        + accord.text.Suggestions.hint(name, fields.keySet(), ""));
            } else if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private Map<String, Field> fields(YamlNode node, String owner) {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (!(node instanceof YamlMap map)) {
            problems.error(node.position(), owner + ": fields must be a mapping of field names to definitions");
            return fields;
        }
        for (YamlMap.Entry e : map.entries().values()) {
            String fname = e.key().value();
            if (!fname.matches("[a-z][a-z0-9_]*")) {
                problems.error(e.key().position(), "field name '" + fname + "' is not allowed (use lower-case letters, digits and '_')");
                continue;
            }
            field(fname, e.key().position(), e.value()).ifPresent(f -> fields.put(fname, f));
        }
        return fields;
    }

    private Optional<Field> field(String name, SourcePosition at, YamlNode node) {
        if (!(node instanceof YamlMap map)) {
            problems.error(node.position(), name + ": a field is a mapping with at least 'type'");
            return Optional.empty();
        }
        unknownKeys(map, FIELD_KEYS);
        Optional<String> typeText = map.findText("type");
        if (typeText.isEmpty()) {
            problems.error(at, name + ": missing 'type' (one of string, text, date, datetime, number, url, enum(...), ref(...), list(...), object)");
            return Optional.empty();
        }
        SourcePosition typeAt = map.find("type").get().position();
        Optional<FieldType> type = parseType(typeText.get().replace(" ", ""), typeAt, name, map);
        if (type.isEmpty()) return Optional.empty();
        boolean required = flag(map, "required", false, name);
        boolean shown = flag(map, "shown", true, name);
        String label = map.findText("label").orElse(name.replace('_', ' '));
        Map<String, String> i18n = new LinkedHashMap<>();
        for (YamlMap.Entry e : map.entries().values()) {
            java.util.regex.Matcher m = FIELD_I18N.matcher(e.key().value());
            if (!m.matches()) continue;
            String lang = m.group(2);
            if (m.group(1).equals("labels")) {
                labels(map, e.key().value(), name, type.get()).forEach((v, l) -> i18n.put("labels:" + lang + ":" + v, l));
            } else if (e.value() instanceof YamlScalar s && !s.value().isBlank()) {
                i18n.put(m.group(1) + ":" + lang, s.value().strip());
            } else {
                problems.error(e.value().position(), name + ": " + e.key().value() + ": expected the words readers of '" + lang
                        + "' see (write " + e.key().value() + ": ...)");
            }
        }
        // What readers are told the field's values mean (a source grade's scale), kept with the other words readers see.
        map.findText("explain").map(String::strip).filter(x -> !x.isEmpty()).ifPresent(x -> i18n.put("explain", x));
        return Optional.of(new Field(name, type.get(), required, shown, label,
                map.findText("backlink"), map.findText("help"), at, role(map, name, type.get()),
                labels(map, "labels", name, type.get()), jsonLd(map, name), jsonLdInverse(map, name, type.get()),
                jsonLdType(map, name, type.get()), search(map, name), flag(map, "translatable", false, name), i18n,
                facet(map, name, type.get())));
    }

    /** Query parameters of the search page that a facet's name may not take. */
    private static final Set<String> SEARCH_PARAMETERS = Set.of("q", "collection", "topic", "year", "lang");

    /**
     * {@code search: { facet: true }} makes the field a filter of the search page, one value per item of a list.
     * Its values must come from a short list: a text or an object has none.
     */
    private boolean facet(YamlMap map, String name, FieldType type) {
        if (!(map.find("search").orElse(null) instanceof YamlMap m) || m.find("facet").isEmpty()) return false;
        YamlNode node = m.find("facet").get();
        if (!(node instanceof YamlScalar s) || !s.value().strip().matches("true|false")) {
            problems.error(node.position(), name + ": search: facet must be true or false");
            return false;
        }
        if (!s.value().strip().equals("true")) return false;
        FieldType t = type;
        while (t instanceof FieldType.ListType l) t = l.element();
        if (t instanceof FieldType.TextType || t instanceof FieldType.ObjectType) {
            problems.error(node.position(), name + ": a field of type " + type.spelling() + " cannot be a search facet (a facet"
                    + " filters by values from a short list: make it a string, number, date, url, enum or ref field, or remove"
                    + " facet: true)");
            return false;
        }
        if (SEARCH_PARAMETERS.contains(name)) {
            problems.error(node.position(), name + ": a search facet cannot be named '" + name + "', which the search page's"
                    + " address uses for itself (rename the field, or remove facet: true)");
            return false;
        }
        return true;
    }

    /** {@code search: false} keeps a field out of the search index; {@code search: { weight: N }} sets its weight (0 to 100). */
    private Optional<Integer> search(YamlMap map, String name) {
        Optional<YamlNode> node = map.find("search");
        if (node.isEmpty()) return Optional.empty();
        String what = name + ": search must be false or { weight: N } with N a whole number from 0 to 100";
        if (node.get() instanceof YamlScalar s) {
            if (s.value().strip().equals("false")) return Optional.of(0);
            problems.error(s.position(), what + ", not '" + s.value() + "'");
            return Optional.empty();
        }
        if (node.get() instanceof YamlMap m) {
            unknownKeys(m, Set.of("weight", "facet"));
            Optional<YamlNode> w = m.find("weight");
            if (w.isEmpty() && m.find("facet").isPresent()) return Optional.empty();
            if (w.isPresent() && w.get() instanceof YamlScalar ws && ws.value().strip().matches("[0-9]{1,3}")
                    && Integer.parseInt(ws.value().strip()) <= 100) {
                return Optional.of(Integer.parseInt(ws.value().strip()));
            }
            problems.error(w.map(YamlNode::position).orElse(m.position()), what);
            return Optional.empty();
        }
        problems.error(node.get().position(), what);
        return Optional.empty();
    }

    /** An explicit {@code role:}, checked against the field's type here; where it may stand is checked by {@link Roles}. */
    private Optional<Role> role(YamlMap map, String name, FieldType type) {
        Optional<String> text = map.findText("role");
        if (text.isEmpty()) return Optional.empty();
        SourcePosition at = map.find("role").get().position();
        List<String> known = java.util.Arrays.stream(Role.values()).map(Role::spelling).toList();
        Optional<Role> role = Role.bySpelling(text.get().strip());
        if (role.isEmpty()) {
            problems.error(at, name + ": unknown role '" + text.get() + "'"
                    + accord.text.Suggestions.hint(text.get(), known, " (known roles: " + String.join(", ", known) + ")"));
            return Optional.empty();
        }
        if (!role.get().fits(type)) {
            problems.error(at, name + ": role '" + role.get().spelling() + "' needs " + role.get().shape() + " field, not "
                    + type.spelling() + " (change the field's type, or remove the role)");
            return Optional.empty();
        }
        return role;
    }

    /** {@code labels:} maps each value of an enum to the words readers see. */
    private Map<String, String> labels(YamlMap map, String key, String name, FieldType type) {
        Map<String, String> labels = new LinkedHashMap<>();
        Optional<YamlNode> node = map.find(key);
        if (node.isEmpty()) return labels;
        FieldType t = type;
        while (t instanceof FieldType.ListType l) t = l.element();
        if (!(t instanceof FieldType.EnumType e) || !(node.get() instanceof YamlMap m)) {
            problems.error(node.get().position(), name + ": labels belong to an enum field, as a mapping of each value to"
                    + " its label (write labels: { not-found: Not found })");
            return labels;
        }
        for (YamlMap.Entry entry : m.entries().values()) {
            String value = entry.key().value();
            if (!e.values().contains(value)) {
                problems.error(entry.key().position(), name + ": labels: '" + value + "' is not one of "
                        + String.join(", ", e.values()) + accord.text.Suggestions.hint(value, e.values(), ""));
            } else if (!(entry.value() instanceof YamlScalar label) || label.value().isBlank()) {
                problems.error(entry.value().position(), name + ": labels: '" + value + "' needs a label (write "
                        + value + ": Words readers see)");
            } else {
                labels.put(value, label.value().strip());
            }
        }
        return labels;
    }

    /** {@code jsonld:} the schema.org property a field maps to, such as startDate or jobTitle. */
    private Optional<String> jsonLd(YamlMap map, String name) {
        Optional<String> text = map.findText("jsonld");
        if (text.isPresent() && !schemaOrgName(map, "jsonld", name + ": ", SchemaOrgNames.PROPERTIES, "[a-z][A-Za-z0-9]{0,60}",
                "is not a schema.org property (write one such as startDate, jobTitle or alternateName)")) {
            return Optional.empty();
        }
        return text;
    }

    /** {@code jsonld_inverse:} on a reference, the schema.org property the referenced record gets back, such as subEvent. */
    private Optional<String> jsonLdInverse(YamlMap map, String name, FieldType type) {
        Optional<String> text = map.findText("jsonld_inverse");
        if (text.isEmpty()) return text;
        SourcePosition at = map.find("jsonld_inverse").get().position();
        FieldType t = type instanceof FieldType.ListType l ? l.element() : type;
        if (!(t instanceof FieldType.RefType)) {
            problems.error(at, name + ": jsonld_inverse belongs to a ref(...) or list(ref(...)) field (remove it, or make"
                    + " the field a reference)");
            return Optional.empty();
        }
        if (!schemaOrgName(map, "jsonld_inverse", name + ": ", SchemaOrgNames.PROPERTIES, "[a-z][A-Za-z0-9]{0,60}",
                "is not a schema.org property (write one such as subEvent)")) {
            return Optional.empty();
        }
        return text;
    }

    /** {@code jsonld_type:} on an object field, the schema.org type of each object, such as Quotation. */
    private Optional<String> jsonLdType(YamlMap map, String name, FieldType type) {
        Optional<String> text = map.findText("jsonld_type");
        if (text.isEmpty()) return text;
        SourcePosition at = map.find("jsonld_type").get().position();
        FieldType t = type instanceof FieldType.ListType l ? l.element() : type;
        if (!(t instanceof FieldType.ObjectType)) {
            problems.error(at, name + ": jsonld_type belongs to an object or list(object) field (remove it; a"
                    + " collection's type is its own jsonld key)");
            return Optional.empty();
        }
        if (!schemaOrgName(map, "jsonld_type", name + ": ", SchemaOrgNames.TYPES, "[A-Z][A-Za-z0-9]{0,60}",
                "is not a schema.org type (write one such as Quotation)")) {
            return Optional.empty();
        }
        return text;
    }

    /**
     * Whether the schema.org name under {@code key} may stand: of the {@code form} schema.org writes, and no known name
     * written in other capitals or with '_' or '-' between its words, which search engines would not recognise
     * ({@code startdate} for {@code startDate}). Says what is wrong, after {@code prefix}, when not.
     */
    private boolean schemaOrgName(YamlMap map, String key, String prefix, Set<String> known, String form, String notOne) {
        Optional<String> text = map.findText(key);
        if (text.isEmpty()) return true;
        String written = text.get();
        Optional<String> meant = SchemaOrgNames.misspelling(written, known);
        if (meant.isPresent()) {
            problems.error(map.find(key).get().position(), prefix + key + ": '" + written + "' is not how schema.org writes it"
                    + " (write " + key + ": " + meant.get() + ", in these capitals: search engines take a name only as"
                    + " schema.org spells it)");
            return false;
        }
        if (!written.matches(form)) {
            problems.error(map.find(key).get().position(), prefix + key + ": '" + written + "' " + notOne);
            return false;
        }
        return true;
    }

    private boolean flag(YamlMap map, String key, boolean fallback, String field) {
        String text = map.findText(key).orElse(Boolean.toString(fallback));
        if (!text.equals("true") && !text.equals("false")) {
            problems.error(map.find(key).get().position(), field + ": " + key + " must be true or false");
            return fallback;
        }
        return text.equals("true");
    }

    private Optional<FieldType> parseType(String t, SourcePosition at, String name, YamlMap def) {
        switch (t) {
            case "string": return Optional.of(new FieldType.StringType());
            case "text": return Optional.of(new FieldType.TextType());
            case "date": return Optional.of(new FieldType.DateType());
            case "datetime": return Optional.of(new FieldType.DateTimeType());
            case "number": return Optional.of(new FieldType.NumberType());
            case "url": return Optional.of(new FieldType.UrlType());
            case "object": {
                Optional<YamlNode> sub = def.find("fields");
                if (sub.isEmpty()) {
                    problems.error(at, name + ": an object needs its own 'fields'");
                    return Optional.empty();
                }
                Map<String, Field> inner = fields(sub.get(), name);
                // A facet filters records by their own fields' values; an object's field is not one.
                inner.values().stream().filter(Field::facet).forEach(f -> problems.error(f.position(), f.name()
                        + ": a field inside an object cannot be a search facet (make it a field of the collection, or remove"
                        + " facet: true)"));
                return Optional.of(new FieldType.ObjectType(inner));
            }
            default:
        }
        if (t.startsWith("enum(") && t.endsWith(")")) {
            List<String> values = new ArrayList<>(List.of(t.substring(5, t.length() - 1).split("\\|")));
            if (values.stream().anyMatch(String::isEmpty)) {
                problems.error(at, name + ": enum values must not be empty (write enum(a|b|c))");
                return Optional.empty();
            }
            return Optional.of(new FieldType.EnumType(values));
        }
        if (t.startsWith("ref(") && t.endsWith(")")) {
            return Optional.of(new FieldType.RefType(t.substring(4, t.length() - 1)));
        }
        if (t.startsWith("list(") && t.endsWith(")")) {
            return parseType(t.substring(5, t.length() - 1), at, name, def).map(FieldType.ListType::new);
        }
        problems.error(at, name + ": unknown type '" + t
                + "' (one of string, text, date, datetime, number, url, enum(a|b), ref(collection), list(type), object)");
        return Optional.empty();
    }

    /**
     * A key the schema does not know is an error, not a warning: Accord would read the schema without it, so a slip
     * ({@code requird: true}, {@code show: false}, {@code lable:}) would quietly change what the schema means (a field
     * no longer required, a sort key shown on every page). A slip of a language-suffixed key ({@code lable_ru}) is
     * told the key with the same suffix.
     */
    private void unknownKeys(YamlMap map, Set<String> known) {
        java.util.regex.Pattern i18nKeys = known == FIELD_KEYS ? FIELD_I18N : known == COLLECTION_KEYS ? COLLECTION_I18N : null;
        for (YamlMap.Entry e : map.entries().values()) {
            String key = e.key().value();
            if (known.contains(key) || i18nKeys != null && i18nKeys.matcher(key).matches()) continue;
            List<String> sorted = known.stream().sorted().toList();
            List<String> candidates = new ArrayList<>(sorted);
            java.util.regex.Matcher suffix = java.util.regex.Pattern.compile(".+_([a-z]{2,3})").matcher(key);
            if (i18nKeys != null && suffix.matches()) {
                // label_ru, labels_ru, ... for a key ending in _ru.
                String prefixes = i18nKeys.pattern().substring(1, i18nKeys.pattern().indexOf(')'));
                for (String p : prefixes.split("\\|")) candidates.add(p + "_" + suffix.group(1));
            }
            problems.error(e.key().position(), "unknown schema key '" + key + "'"
                    + accord.text.Suggestions.hint(key, candidates, " (known: " + String.join(", ", sorted) + ")"));
        }
    }
}
