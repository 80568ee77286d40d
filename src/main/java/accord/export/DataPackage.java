package accord.export;

import accord.config.SiteConfig;
import accord.model.Site;
import accord.schema.CollectionDef;
import accord.schema.FieldType;
import accord.text.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code datapackage.json}: a Frictionless Data tabular data package (specs.frictionlessdata.io)
 * describing each collection's CSV file: its columns (name, title, type, constraints), its primary
 * key ({@code record_slug}), a foreign key for every single reference to another collection, and the
 * licence from site.yml. Dates are strings with a pattern, since a date may be only a year or a month;
 * a column that joins several items is a string whose description says how they are joined; a
 * list of references has no foreign key (the format has none for lists) but its description names
 * the collection its slugs belong to.
 */
public final class DataPackage {
    static final String DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
    /** The name the descriptor, {@code portal.json} and {@code manifest.json} give the source ({@link RecordKeys.Source#json}). */
    public static final String SOURCE = "accord_source";

    private DataPackage() {
    }

    /** One CSV file. */
    public static byte[] csv(String collection, Site site, Links links, RecordKeys keys) {
        accord.text.Utf8Buffer out = new accord.text.Utf8Buffer(1 << 16);
        csv(collection, site, links, keys, RecordParts.none(), out);
        return out.toByteArray();
    }

    /** The same into {@code out}, from the records' {@code parts}. */
    public static void csv(String collection, Site site, Links links, RecordKeys keys, RecordParts parts, accord.text.Utf8Buffer out) {
        new Table(site.schema().expect(collection), site).csv(site, links, keys, parts, out);
    }

    public static String json(Site site, Links links) {
        return json(site, links, RecordKeys.Source.NONE);
    }

    /**
     * The descriptor, with {@code accord_source} where the records' {@code source} commit is known: {@code commit} (the
     * commit checked out), {@code commit_date} (when it was made), {@code records_changed} (when the newest commit that
     * changed the records was made) and, only when content/ had changes not committed, {@code uncommitted: true} (the
     * copy then holds records no commit has).
     */
    public static String json(Site site, Links links, RecordKeys.Source source) {
        SiteConfig config = site.config();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", "tabular-data-package");
        String name = Slugs.fromTitle(config.title());
        m.put("name", name.isEmpty() ? "portal" : name);
        m.put("title", config.title());
        if (!config.description().isEmpty()) m.put("description", config.description());
        // A path such as / is no home page to a reader of the descriptor elsewhere.
        config.absolute("").ifPresent(h -> m.put("homepage", h));
        config.licence().ifPresent(l -> m.put("licenses", List.of(licence(l))));
        List<Object> resources = new ArrayList<>();
        for (CollectionDef c : site.collections()) resources.add(resource(c, site, links));
        m.put("resources", resources);
        if (source.known()) m.put(SOURCE, source.json());
        return accord.text.Json.write(m);
    }

    static Map<String, Object> licence(SiteConfig.Licence l) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!l.name().isEmpty()) m.put("name", l.name());
        if (!l.url().isEmpty()) m.put("path", l.url());
        if (!l.title().isEmpty()) m.put("title", l.title());
        return m;
    }

    private static Map<String, Object> resource(CollectionDef c, Site site, Links links) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("profile", "tabular-data-resource");
        r.put("name", c.name());
        r.put("path", links.collectionCsv(c.name()));
        r.put("title", c.title());
        r.put("description", "One row per record. A text cell that would start with '=', '+', '-', '@', a tab or a carriage"
                + " return has an apostrophe (') put in front, so that spreadsheets do not run it as a formula, and so has one"
                + " that would start with an apostrophe: to read a cell's exact text, remove one apostrophe from the start of"
                + " every cell that starts with one. The JSON files keep the exact text.");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        r.put("dialect", dialect);
        Map<String, Object> schema = new LinkedHashMap<>();
        List<Object> fields = new ArrayList<>();
        fields.add(field(Table.SLUG, "Slug", "string", "The record's name in addresses and references; unique.",
                Map.of("required", true, "unique", true)));
        fields.add(field(Table.LASTING_ID, "Lasting id", "string", "The record's id at its first address (collection/slug),"
                + " which a rename does not change; a record made later at an address another record had first adds ':' and"
                + " the commit that added it. Join copies of this table made at different times on this column, not on"
                + " record_slug. Without the git history it is the record's id now.", Map.of("required", true)));
        fields.add(field(Table.URL, "Address", "string", "The record's page.", Map.of("required", true)));
        List<Object> foreignKeys = new ArrayList<>();
        Table table = new Table(c, site);
        for (Table.Column col : table.columns()) {
            fields.add(column(col));
            if (col.refCollection().isPresent() && !col.joined()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("resource", col.refCollection().get());
                ref.put("fields", Table.SLUG);
                Map<String, Object> fk = new LinkedHashMap<>();
                fk.put("fields", col.name());
                fk.put("reference", ref);
                foreignKeys.add(fk);
            }
        }
        fields.add(field(Table.BODY, "Text", "string", "The record's text, in Markdown.", Map.of()));
        // Each other language's columns: the page in it, the translatable fields as its translation gives them, its text.
        table.languageColumns().forEach((lang, cols) -> {
            fields.add(field(Table.URL + ":" + lang, "Address (" + lang + ")",
                    "string", "The record's page in '" + lang + "'; empty when it is not translated into it.", Map.of()));
            cols.forEach(col -> fields.add(column(col)));
            fields.add(field(Table.BODY + ":" + lang, "Text (" + lang + ")", "string",
                    "The record's text in '" + lang + "', in Markdown; empty when it is not translated into it.", Map.of()));
        });
        schema.put("fields", fields);
        schema.put("primaryKey", Table.SLUG);
        if (!foreignKeys.isEmpty()) schema.put("foreignKeys", foreignKeys);
        schema.put("missingValues", List.of(""));
        r.put("schema", schema);
        return r;
    }

    private static Map<String, Object> column(Table.Column col) {
        String joined = col.joined() ? " Several items are joined by '" + Cells.SEPARATOR + "' (a backslash escapes a '|' or"
                + " '\\' inside an item)." : "";
        if (col.type() instanceof FieldType.ListType) {
            joined += (col.joined() ? " Each item is itself a list" : " A list of lists")
                    + ": each inner list's items are joined by '" + Cells.SEPARATOR + "' (a backslash escapes a '|' or '\\'"
                    + " inside an item), then each inner list is escaped in the same way as one item of the outer list, which"
                    + " joins them by '" + Cells.SEPARATOR + "'.";
        }
        String ref = col.refCollection().map(t -> " The slug of a record of '" + t + "' (its record_slug).")
                .orElse(col.type() instanceof FieldType.RefType ? " A record, as collection/slug." : "");
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (col.required()) constraints.put("required", true);
        String type = "string";
        String format = "";
        if (!col.joined()) {
            if (col.type() instanceof FieldType.NumberType) type = "number";
            if (col.type() instanceof FieldType.UrlType && !col.url()) format = "uri";
            if (col.type() instanceof FieldType.DateType) constraints.put("pattern", DATE_PATTERN);
            // The values as the cells hold them: one that would start a formula has its apostrophe there too.
            if (col.type() instanceof FieldType.EnumType e) constraints.put("enum", e.values().stream().map(Cells::safe).toList());
        }
        String what = col.type() instanceof FieldType.DateType ? " A date: YYYY, YYYY-MM or YYYY-MM-DD."
                : col.type() instanceof FieldType.TextType ? " Markdown." : "";
        Map<String, Object> f = field(col.name(), col.label(), type, (what + ref + joined).strip(), constraints);
        if (!format.isEmpty()) f.put("format", format);
        return f;
    }

    private static Map<String, Object> field(String name, String title, String type, String description,
                                             Map<String, Object> constraints) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("title", title);
        f.put("type", type);
        if (!description.isEmpty()) f.put("description", description);
        if (!constraints.isEmpty()) f.put("constraints", new java.util.TreeMap<>(constraints));
        return f;
    }
}
