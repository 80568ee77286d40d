package accord.schema;

import accord.content.RecordId;
import accord.content.SourceDocument;
import accord.content.YamlList;
import accord.content.YamlMap;
import accord.content.YamlNode;
import accord.content.YamlScalar;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.text.Slugs;
import accord.text.Suggestions;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a record's front matter against its collection: required fields, types, enum values,
 * unknown fields (an error naming the nearest known one, unless the collection allows extra fields).
 * An empty or whitespace-only value counts as missing, whatever the field: for a required field that
 * is "required field is empty", for any other an error asking to fill it or delete the line. A field
 * written with no value at all ({@code location:}) is the same mistake and is reported the same way ("has no
 * value"), not dropped; one written {@code ~} or {@code null}, which YAML reads as no value, is reported at the word
 * with the hint to quote it if the text was meant. While a
 * record is an unpublished draft (its draft field {@code true} and drafts not built), what is missing
 * or empty is not reported, so a scaffold with its fields still blank checks clean; every other
 * problem is. Values are read from the text written, as the field's type says. Whether a referenced
 * record exists is the model's business.
 */
public final class SchemaValidator {
    private final Schema schema;
    private final Problems problems;
    private final boolean draftsPublished;
    /** Whether the record being validated is a draft that will not be published: blanks are not reported. */
    private boolean lenient;
    private boolean extraFields;

    public SchemaValidator(Schema schema, Problems problems) {
        this(schema, problems, false);
    }

    /** {@code draftsPublished}: drafts are built too ({@code --drafts}), so they must be complete. */
    public SchemaValidator(Schema schema, Problems problems, boolean draftsPublished) {
        this.schema = schema;
        this.problems = problems;
        this.draftsPublished = draftsPublished;
    }

    public Optional<ValidatedRecord> validate(SourceDocument doc) {
        Optional<CollectionDef> collection = schema.find(doc.collection());
        if (collection.isEmpty()) {
            problems.error(SourcePosition.of(doc.path()), "no collection '" + doc.collection() + "' in content/schema.yml"
                    + Suggestions.hint(doc.collection(), schema.collections().keySet(),
                    " (declare it there, or move the file into a collection folder)"));
            return Optional.empty();
        }
        if (inAnotherFolder(doc, collection.get())) return Optional.empty();
        lenient = !draftsPublished && isDraft(doc.frontMatter(), collection.get());
        extraFields = collection.get().extraFields();
        Map<String, FieldValue> values = object(doc.frontMatter(), collection.get().fields(), "", doc.frontMatter().position());
        collection.get().roleField(Role.CAVEATS).ifPresent(f -> checkCaveatFields(values.get(f.name()), f, collection.get()));
        checkEnd(values, collection.get());
        return Optional.of(new ValidatedRecord(BidiCheck.body(doc.withoutFrontMatter(), problems), collection.get(), values));
    }

    /**
     * Checks a translation ({@code <slug>.<lang>.md}): the same fields and types as its record's own file, but
     * nothing is required, since what it leaves out comes from the record's own file. Whether the fields it
     * gives may differ from that file's is the model's business ({@code accord.model.Translations}).
     */
    public Optional<ValidatedRecord> validateTranslation(SourceDocument doc) {
        Optional<CollectionDef> collection = schema.find(doc.collection());
        if (collection.isEmpty()) return validate(doc);
        if (inAnotherFolder(doc, collection.get())) return Optional.empty();
        lenient = true;
        extraFields = collection.get().extraFields();
        Map<String, FieldValue> values = object(doc.frontMatter(), collection.get().fields(), "", doc.frontMatter().position());
        lenient = false;
        collection.get().roleField(Role.CAVEATS).ifPresent(f -> checkCaveatFields(values.get(f.name()), f, collection.get()));
        return Optional.of(new ValidatedRecord(doc.withoutFrontMatter(), collection.get(), values));
    }

    /**
     * Whether the record is another collection's, put in this one's folder (a speaker saved under sessions/): two or
     * more of its fields are unknown here, and every field it has is one of exactly one other collection. Then that is
     * the one error, at its first unknown field, naming the folder to move it to, and it is not validated here: the
     * required fields it lacks and the fields this collection does not know would only repeat the mistake.
     */
    private boolean inAnotherFolder(SourceDocument doc, CollectionDef collection) {
        if (collection.extraFields()) return false;
        Map<String, YamlMap.Entry> entries = doc.frontMatter().entries();
        List<YamlMap.Entry> unknown = entries.values().stream().filter(e -> !collection.fields().containsKey(e.key().value())).toList();
        if (unknown.size() < 2) return false;
        List<String> owners = schema.collections().values().stream()
                .filter(c -> c != collection && c.fields().keySet().containsAll(entries.keySet()))
                .map(CollectionDef::name).toList();
        if (owners.size() != 1) return false;
        String file = doc.path().substring(doc.path().lastIndexOf('/') + 1);
        problems.error(unknown.get(0).key().position(), String.join(", ", unknown.stream().map(e -> e.key().value()).toList())
                + ": fields of " + owners.get(0) + ", not of " + collection.name() + ": is the file in the wrong folder?"
                + " (move it to content/" + owners.get(0) + "/" + file + ", or write the fields of " + collection.name() + ")");
        return true;
    }

    /** Whether the front matter says the record is a draft, as the model will read it. */
    private static boolean isDraft(YamlMap frontMatter, CollectionDef collection) {
        return collection.roleField(Role.DRAFT)
                .map(f -> frontMatter.entries().get(f.name()))
                .filter(e -> e.value() instanceof YamlScalar v && v.value().strip().equals("true"))
                .isPresent();
    }

    /**
     * An end is not before the start: the start is the field of the {@link Role#DATE} role, the end the first field
     * the schema maps to schema.org's {@code endDate} that the record gives (as the calendar and the JSON-LD find them).
     * Otherwise the JSON-LD would state the impossible range and the calendar would quietly make it one day.
     */
    private void checkEnd(Map<String, FieldValue> values, CollectionDef collection) {
        Optional<Field> startField = collection.roleField(Role.DATE);
        if (startField.isEmpty() || !(values.get(startField.get().name()) instanceof FieldValue.DateValue start)) return;
        for (Field f : collection.fields().values()) {
            if (f.jsonLd().filter(END_DATE::equals).isEmpty() || !values.containsKey(f.name())) continue;
            if (values.get(f.name()) instanceof FieldValue.DateValue end && end.date().surelyBefore(start.date())) {
                problems.error(end.position(), f.name() + ": " + end.date().display() + " is before " + startField.get().name()
                        + ", " + start.date().display() + " (correct the one that is wrong; a record of one day needs no "
                        + f.name() + ")");
            }
            return;
        }
    }

    private static final String END_DATE = "endDate";

    /** A caveat's {@code field} names the field it is shown beside, so it must be a field of the collection. */
    private void checkCaveatFields(FieldValue caveats, Field caveatsField, CollectionDef collection) {
        if (!(caveats instanceof FieldValue.ListValue list)) return;
        Optional<Field> concerns = Roles.objectFields(caveatsField.type()).flatMap(f -> Roles.find(f, Role.CAVEAT_FIELD));
        if (concerns.isEmpty()) return;
        for (int i = 0; i < list.items().size(); i++) {
            if (list.items().get(i) instanceof FieldValue.ObjectValue caveat
                    && caveat.fields().get(concerns.get().name()) instanceof FieldValue.StringValue field
                    && !collection.fields().containsKey(field.value())) {
                problems.error(field.position(), caveatsField.name() + "[" + list.writtenIndex(i) + "]." + concerns.get().name()
                        + ": no field '" + field.value() + "' in "
                        + collection.name() + Suggestions.hint(field.value(), collection.fields().keySet(),
                        " (name one of: " + String.join(", ", collection.fields().keySet()) + ")"));
            }
        }
    }

    private Map<String, FieldValue> object(YamlMap map, Map<String, Field> fields, String prefix, SourcePosition at) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (YamlMap.Entry e : map.entries().values()) {
            String name = e.key().value();
            if (!fields.containsKey(name) && !(extraFields && prefix.isEmpty())) {
                problems.error(e.key().position(), prefix + name + ": unknown field"
                        + Suggestions.hint(name, fields.keySet(), " (known fields: " + String.join(", ", fields.keySet()) + ")"));
            }
        }
        for (Field field : fields.values()) {
            YamlMap.Entry entry = map.entries().get(field.name());
            String path = prefix + field.name();
            if (entry == null) {
                if (field.required() && !lenient) {
                    problems.error(at, path + ": required field is missing (add '" + field.name() + ": ...')");
                }
                continue;
            }
            // 'location:' with nothing after it (or ~, null), or '""': written, but with no value, which would vanish from the page.
            boolean none = isNull(entry.value());
            if (none || entry.value() instanceof YamlScalar blank && blank.value().isBlank()) {
                if (lenient) continue;
                if (none && !((YamlScalar) entry.value()).value().isEmpty()) {
                    // null or ~ written out: the editor may have meant the text, which YAML reads only when quoted.
                    String word = ((YamlScalar) entry.value()).value();
                    problems.error(entry.value().position(), path + ": unquoted " + word + " is YAML for no value"
                            + (field.required() ? ", and the field is required (write its value in place of " + word
                            + ", or \"" + word + "\" in quotes if you meant the text)"
                            : " (write its value in place of " + word + ", or \"" + word
                            + "\" in quotes if you meant the text; or delete the line)"));
                } else if (field.required()) {
                    problems.error(entry.key().position(), path + ": required field " + (none ? "has no value" : "is empty")
                            + " (write its value after '" + field.name() + ": ')");
                } else {
                    problems.error(entry.key().position(), path + ": " + (none ? "no value" : "empty value")
                            + " (write its value after '" + field.name() + ": ', or delete the line)");
                }
                continue;
            }
            Optional<FieldValue> value = value(entry.value(), field.type(), path);
            if (field.required() && !lenient && entry.value() instanceof YamlList l && l.items().isEmpty()) {
                problems.error(entry.key().position(), path + ": required list is empty (add at least one item)");
            }
            value.ifPresent(v -> values.put(field.name(), v));
        }
        return values;
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlScalar s && s.isNull();
    }

    private Optional<FieldValue> value(YamlNode node, FieldType type, String path) {
        SourcePosition at = node.position();
        if (type instanceof FieldType.ListType list) {
            if (!(node instanceof YamlList l)) {
                problems.error(at, path + ": expected a list, found " + node.describe() + " (write '- item' lines, or [a, b])");
                return Optional.empty();
            }
            List<FieldValue> items = new ArrayList<>();
            // Items left out, by their index in the file: later messages name the others by that index too.
            List<Integer> rejected = new ArrayList<>();
            // A list of references names each record once: a reference is a relation, which holds once (the page would
            // list the record twice). Lists of other values may repeat one: a list of numbers or dates can.
            Map<RecordId, Integer> referenced = list.element() instanceof FieldType.RefType ? new java.util.HashMap<>() : null;
            for (int i = 0; i < l.items().size(); i++) {
                YamlNode item = l.items().get(i);
                boolean blank = item instanceof YamlScalar b && b.value().isBlank();
                if (lenient && (blank || isNull(item))) {
                    rejected.add(i);
                    continue;
                }
                if (isNull(item) && !((YamlScalar) item).value().isEmpty()) {
                    String word = ((YamlScalar) item).value();
                    problems.error(item.position(), path + "[" + i + "]: unquoted " + word + " is YAML for no value"
                            + " (write a value in place of " + word + ", or \"" + word
                            + "\" in quotes if you meant the text; or remove the item)");
                    rejected.add(i);
                    continue;
                }
                if (isNull(item) || blank && !(list.element() instanceof FieldType.RefType)) {
                    problems.error(item.position(), path + "[" + i + "]: empty list item (remove it or give a value)");
                    rejected.add(i);
                    continue;
                }
                Optional<FieldValue> v = value(item, list.element(), path + "[" + i + "]");
                if (referenced != null && v.isPresent() && v.get() instanceof FieldValue.RefValue ref) {
                    Integer earlier = referenced.putIfAbsent(ref.target(), i);
                    if (earlier != null) {
                        problems.error(ref.position(), path + "[" + i + "]: '" + ((YamlScalar) item).value().strip()
                                + "' is listed twice (also " + path + "[" + earlier + "]; remove one)");
                    }
                }
                if (v.isPresent()) items.add(v.get());
                else rejected.add(i);
            }
            return Optional.of(new FieldValue.ListValue(items, at, rejected));
        }
        if (type instanceof FieldType.ObjectType obj) {
            if (!(node instanceof YamlMap m)) {
                problems.error(at, path + ": expected a mapping, found " + node.describe()
                        + " (write its fields: " + String.join(", ", obj.fields().keySet()) + ")");
                return Optional.empty();
            }
            return Optional.of(new FieldValue.ObjectValue(object(m, obj.fields(), path + ".", at), at));
        }
        if (!(node instanceof YamlScalar scalar)) {
            problems.error(at, path + ": expected " + describe(type) + ", found " + node.describe());
            return Optional.empty();
        }
        String text = scalar.value();
        if (type instanceof FieldType.StringType) {
            return Optional.of(new FieldValue.StringValue(BidiCheck.value(text, at, path, problems).strip(), at));
        }
        if (type instanceof FieldType.TextType) {
            return Optional.of(new FieldValue.TextValue(BidiCheck.value(text, at, path, problems), at));
        }
        if (type instanceof FieldType.DateType) {
            Optional<PartialDate> date = PartialDate.parse(text.strip());
            if (date.isEmpty()) {
                Optional<String> why = impossibleDate(text.strip());
                if (why.isPresent()) {
                    problems.error(at, path + ": '" + text.strip() + "': " + why.get());
                    return Optional.empty();
                }
                problems.error(at, path + ": '" + text + "' is not a valid date (write YYYY-MM-DD, YYYY-MM or YYYY)");
                return Optional.empty();
            }
            return Optional.of(new FieldValue.DateValue(date.get(), at));
        }
        if (type instanceof FieldType.DateTimeType) {
            try {
                return Optional.of(new FieldValue.DateTimeValue(OffsetDateTime.parse(text.strip()), text.strip(), at));
            } catch (DateTimeParseException e) {
                problems.error(at, path + ": '" + text + "' is not a valid date and time (write 2024-11-14T21:55:00+03:00)");
                return Optional.empty();
            }
        }
        if (type instanceof FieldType.NumberType) {
            String t = text.strip();
            if (!t.matches("-?[0-9]+(\\.[0-9]+)?")) {
                problems.error(at, path + ": '" + text + "' is not a number (write digits, with '.' for decimals)");
                return Optional.empty();
            }
            return Optional.of(new FieldValue.NumberValue(new BigDecimal(t), t, at));
        }
        if (type instanceof FieldType.UrlType) {
            return url(text.strip(), at, path);
        }
        if (type instanceof FieldType.EnumType e) {
            // The schema's own copy of the value: every record names one of a few values.
            for (String value : e.values()) {
                if (value.equals(text.strip())) return Optional.of(new FieldValue.EnumValue(value, at));
            }
            problems.error(at, path + ": '" + text + "' is not one of " + String.join(", ", e.values())
                    + Suggestions.hint(text.strip(), e.values(), ""));
            return Optional.empty();
        }
        FieldType.RefType ref = (FieldType.RefType) type;
        String t = text.strip();
        Optional<String> meant = referenceAsFile(t, ref);
        if (meant.isPresent()) {
            problems.error(at, path + ": '" + t + "' is a file's name, not a slug (write " + (ref.anyCollection()
                    ? "collection/slug, without .md: '" : "the record's slug alone, without its folder or .md: '")
                    + meant.get() + "')");
            return Optional.empty();
        }
        String collection = ref.collection();
        String slug = t;
        if (ref.anyCollection()) {
            int slash = t.indexOf('/');
            if (slash < 0) {
                problems.error(at, path + ": '" + t + "' must name its collection (write collection/slug)");
                return Optional.empty();
            }
            collection = t.substring(0, slash);
            slug = t.substring(slash + 1);
        }
        if (slug.isEmpty()) {
            problems.error(at, path + ": no slug given (write the slug of a record in content/" + collection + "/)");
            return Optional.empty();
        }
        if (!ref.anyCollection() && slug.contains("/")) {
            String folder = slug.substring(0, slug.indexOf('/'));
            String hint = folder.equals(collection)
                    ? "write the slug alone: '" + slug.substring(slug.indexOf('/') + 1) + "'"
                    : "this field refers to " + collection + " only; write a slug from content/" + collection + "/";
            problems.error(at, path + ": '" + t + "' is not a slug (" + hint + ")");
            return Optional.empty();
        }
        if (!Slugs.isValid(slug)) {
            problems.error(at, path + ": '" + t + "' is not a slug (a record's file name without .md, such as '"
                    + Slugs.fromTitle(slug) + "')");
            return Optional.empty();
        }
        return Optional.of(new FieldValue.RefValue(RecordId.shared(collection, slug), at));
    }

    private static final java.util.regex.Pattern FILE_PREFIX = java.util.regex.Pattern.compile("^(?:\\.{1,2}/)*(?:content/)?");

    /**
     * What a reference written as a record's file ({@code mikayil-jabbarov.md}, {@code ../speakers/mikayil-jabbarov.md},
     * as a body link is written) means, as this field takes it: the slug ({@code collection/slug} for {@code ref(*)}).
     * Empty when {@code t} is not written so, or names a folder this field does not refer to (said elsewhere). Whether
     * the record exists is the model's to say, once the reference is written as it should be.
     */
    private Optional<String> referenceAsFile(String t, FieldType.RefType ref) {
        if (!t.endsWith(".md")) return Optional.empty();
        String s = FILE_PREFIX.matcher(t.substring(0, t.length() - 3)).replaceFirst("");
        int slash = s.indexOf('/');
        if (ref.anyCollection()) {
            if (slash < 0 || schema.find(s.substring(0, slash)).isEmpty() || !Slugs.isValid(s.substring(slash + 1))) {
                return Optional.empty();
            }
            return Optional.of(s);
        }
        if (slash >= 0) {
            if (!s.substring(0, slash).equals(ref.collection())) return Optional.empty();
            s = s.substring(slash + 1);
        }
        return Slugs.isValid(s) ? Optional.of(s) : Optional.empty();
    }

    /** Why a well-formed {@code YYYY-MM(-DD)} names no day of the calendar, if that is what is wrong with it. */
    static Optional<String> impossibleDate(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?").matcher(text);
        if (!m.matches()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) return Optional.of("there is no month " + m.group(2) + " (months run from 01 to 12)");
        if (m.group(3) == null) return Optional.empty();
        int day = Integer.parseInt(m.group(3));
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day >= 1 && day <= ym.lengthOfMonth()) return Optional.empty();
        String name = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        String days = day == 0 ? "days run from 01" : (month == 2 ? name + " " + year : name) + " has " + ym.lengthOfMonth() + " days";
        return Optional.of(days + " (check the day)");
    }

    private Optional<FieldValue> url(String text, SourcePosition at, String path) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            if (web || (scheme.equals("mailto") && uri.getSchemeSpecificPart() != null)) {
                return Optional.of(new FieldValue.UrlValue(text, at));
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.error(at, path + ": '" + text + "' is not a full http, https or mailto address (write https://...)");
        return Optional.empty();
    }

    private static String describe(FieldType type) {
        if (type instanceof FieldType.RefType r) return "a slug of " + r.collection();
        if (type instanceof FieldType.EnumType e) return "one of " + String.join(", ", e.values());
        return "a " + type.spelling() + " value";
    }
}
