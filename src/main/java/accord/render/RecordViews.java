package accord.render;

import accord.markdown.LinkResolver;
import accord.markdown.MarkdownRenderer;
import accord.markdown.RenderedMarkdown;
import accord.model.Record;
import accord.model.Site;
import accord.problem.Problems;
import accord.render.Views.*;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.schema.Role;
import accord.schema.Roles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a {@link Record} into the {@link RecordView} templates see. Every shared part of a record
 * page (other names, sources, caveats, topics, look-alikes) is found through the schema's roles, and
 * every value is read by its declared type, so any schema that passed the reader renders.
 */
final class RecordViews {
    /** Roles that templates show in their own places rather than in the facts table. */
    static final Set<Role> SHOWN_APART = EnumSet.of(Role.TITLE, Role.ALIASES, Role.TOPICS, Role.SOURCES, Role.CAVEATS,
            Role.DISAMBIGUATION, Role.DRAFT);

    private final Site site;
    /** The portal's own site, with every language's version of each record (the same as {@code site} in the default language). */
    private final Site whole;
    private final MarkdownRenderer markdown;
    /** The pages' language, and the default language, which the schema's words and a record's own file are written in. */
    private final String lang;
    private final String fallback;
    /** The theme's shape of the line naming the other ways a record points here ("also {items}"), in the page's language. */
    private final String alsoFormat;
    private final String alsoItem;
    /** The theme's word between the items of that line (", "). */
    private final String listSeparator;
    private final String alsoSeparator;
    /** The theme's words in every language, for how each language writes a heading inside that line. */
    private final UiStrings strings;
    /** The page's language's way with dates, for the JSON-LD. */
    private final Ui ui;
    /** The language of each backlink heading as {@code site} has them (in {@code lang} where the schema gives them). */
    private final Map<String, String> headingLanguages = new java.util.HashMap<>();

    /** The views of the default language's pages. */
    RecordViews(Site site, MarkdownRenderer markdown, UiStrings strings) {
        this(site, site, markdown, site.config().language(), strings);
    }

    /**
     * The views of {@code lang}'s pages: {@code site} is the site as its readers see it ({@link Site#inLanguage}), {@code
     * whole} the portal's own (every version of a record, for its JSON-LD), and
     * {@code strings} the theme's words, of which a link's line takes {@code also_format}, {@code list_separator},
     * {@code also_separator}, {@code also_item} and {@code also_lower_case}.
     */
    RecordViews(Site site, Site whole, MarkdownRenderer markdown, String lang, UiStrings strings) {
        this.site = site;
        this.whole = whole;
        this.markdown = markdown;
        this.lang = lang;
        this.alsoFormat = strings.text(lang, "also_format");
        this.alsoItem = strings.of(lang).get("also_item") instanceof String item ? item : "{heading}";
        this.listSeparator = strings.text(lang, "list_separator");
        this.alsoSeparator = strings.text(lang, "also_separator");
        this.strings = strings;
        this.fallback = site.config().language();
        this.ui = new Ui(lang, fallback, strings.of(lang), Set.of());
        for (accord.schema.CollectionDef c : site.schema().collections().values()) {
            for (Field f : c.allFields()) {
                headingLanguages.putIfAbsent(c.backlinkHeading(f), c.backlinkHeadingLanguage(f, lang, fallback));
            }
        }
    }

    /**
     * A backlink heading as a link's line names it ("quoted in"): lower-cased as the language it is written in does
     * (Azerbaijani's I is ı), or as written where that language's words say {@code also_lower_case: false} (German
     * nouns keep their capital); then put in the page's {@code also_item} ({@code “{heading}”} in English, so the line reads
     * as naming the page's sections: {@code also under “Quoted in”, “Figures given”}; none: the heading alone).
     */
    private String inLine(String heading) {
        String in = headingLanguages.getOrDefault(heading, fallback);
        String cased = "false".equals(strings.of(in).get("also_lower_case")) ? heading
                : heading.toLowerCase(java.util.Locale.forLanguageTag(in));
        return alsoItem.replace("{heading}", cased);
    }

    /**
     * The language {@code v}, a value of {@code r}, was written in: the page's where it comes from {@code r}'s translation
     * into it, the default language's where it comes from the record's own file (a field the translation does not give).
     */
    String writtenIn(Record r, FieldValue v) {
        return writtenIn(r, v, lang, fallback);
    }

    /** {@link #writtenIn(Record, FieldValue)} for {@code r} as {@code lang}'s pages show it, {@code fallback} the default language. */
    private static String writtenIn(Record r, FieldValue v, String lang, String fallback) {
        if (lang.equals(fallback) || v == null) return fallback;
        String file = r.source().path();
        // A translation's file ends in ".ru.md": a value read from it is in lang.
        int at = file.length() - ".md".length() - lang.length();
        boolean translation = at > 0 && file.endsWith(".md") && file.charAt(at - 1) == '.' && file.startsWith(lang, at);
        return translation && v.position().file().equals(file) ? lang : fallback;
    }

    String lang() {
        return lang;
    }

    String fallback() {
        return fallback;
    }

    List<LinkView> links(List<Record> records, int limit) {
        return records.stream().limit(limit).map(this::link).toList();
    }

    LinkView link(Record r) {
        String meta = summary(r);
        String metaLang = meta.isEmpty() ? "" : summaryLanguage(r);
        List<PartView> parts = summaryParts(r, meta);
        String lifecycle = LifecycleNotices.label(r); // a superseded or withdrawn record says so wherever it is linked
        if (!lifecycle.isEmpty()) {
            // One line has one language: the summary's, or the lifecycle word's when the line is that word alone.
            if (meta.isEmpty()) metaLang = LifecycleNotices.labelLanguage(r, lang, fallback);
            parts = PartView.append(parts, meta.isEmpty() ? lifecycle : " · " + lifecycle);
            meta = meta.isEmpty() ? lifecycle : meta + " · " + lifecycle;
        }
        return new LinkView(Routes.record(r.id()), r.title(), r.id().collection(), r.collection().singular(), meta,
                r.collection().singularLanguage(lang, fallback), metaLang, parts);
    }

    /**
     * How {@code r}'s date is known ({@code date_basis}), as a part of its own: its text (empty when the record does not
     * say) and the language it was written in, the page's where the translation gives it, else the default language's.
     * An enum's value is shown as it is written, a code rather than a word, so it has none.
     */
    PartView basis(Record r) {
        return basis(r, lang, fallback);
    }

    /** {@link #basis(Record)} of {@code r} as {@code lang}'s pages show it, {@code fallback} the default language. */
    static PartView basis(Record r, String lang, String fallback) {
        String text = RecordPage.dateBasis(r);
        if (text.isEmpty()) return PartView.NONE;
        FieldValue v = r.role(Role.DATE_BASIS).orElseThrow();
        return new PartView(text, v instanceof FieldValue.EnumValue ? "" : writtenIn(r, v, lang, fallback));
    }

    /**
     * {@link #summary} ({@code summary}) in its parts: one, unless it is the record's date and its basis is in
     * a language other than the page's: "15 ноября 2024 (", "date of the report" (en), ")".
     */
    private List<PartView> summaryParts(Record r, String summary) {
        // On a default-language page every part is in the page's language: one part, whatever the line holds.
        if (lang.equals(fallback)) return PartView.line(summary);
        Optional<Field> f = r.collection().summaryField().flatMap(r.collection()::find);
        Optional<FieldValue> v = f.flatMap(x -> r.find(x.name()));
        if (v.isEmpty() || !(v.get() instanceof FieldValue.DateValue d) || !RecordPage.isDateField(r, f.get())) {
            return PartView.line(summary);
        }
        PartView basis = basis(r);
        if (basis.text().isEmpty() || basis.lang().isEmpty() || basis.lang().equals(lang)) return PartView.line(summary);
        return List.of(new PartView(d.date().display() + " (", ""), basis, new PartView(")", ""));
    }

    /**
     * The short line about a record under its link: its collection's {@code summary} field as readers see it. An enum
     * shows its label, a date and a moment are written as dates are (the page puts them in its words), a reference
     * shows the title of the record it names (in the page's language where that record is translated), a list its
     * items joined by the theme's {@code list_separator}, and Markdown its plain text on one line.
     */
    String summary(Record r) {
        Optional<Field> f = r.collection().summaryField().flatMap(r.collection()::find);
        if (f.isEmpty()) return "";
        return r.find(f.get().name()).map(v -> summaryText(r, f.get(), v)).orElse("");
    }

    private String summaryText(Record r, Field f, FieldValue v) {
        if (v instanceof FieldValue.ListValue l) {
            return l.items().stream().map(i -> summaryText(r, f, i)).filter(s -> !s.isEmpty()).collect(Collectors.joining(listSeparator));
        }
        if (v instanceof FieldValue.RefValue ref) {
            // The line shows the other record's title, so a page showing it depends on that record too.
            Deps.note(Deps.record(ref.target()));
            return site.find(ref.target()).map(Record::title).orElse(ref.target().slug());
        }
        if (v instanceof FieldValue.TextValue t) return PageMeta.oneLine(PageMeta.plain(t.markdown()));
        return RecordPage.text(r, f, v);
    }

    /**
     * The language of {@link #summary}: an enum's label's, a text's file's, a referenced record's title's (the first's,
     * for a list); none for a date or a number.
     */
    String summaryLanguage(Record r) {
        if (lang.equals(fallback)) return lang; // a default-language page: whatever the summary is, nothing to mark
        Optional<Field> f = r.collection().summaryField().flatMap(r.collection()::find);
        if (f.isEmpty()) return "";
        return r.find(f.get().name()).map(v -> summaryLanguage(r, f.get(), v)).orElse("");
    }

    private String summaryLanguage(Record r, Field f, FieldValue v) {
        if (v instanceof FieldValue.ListValue l) {
            return l.items().isEmpty() ? "" : summaryLanguage(r, f, l.items().get(0));
        }
        if (v instanceof FieldValue.RefValue ref) {
            return site.find(ref.target()).map(t -> writtenIn(t, t.role(Role.TITLE).orElse(null))).orElse("");
        }
        return valueLanguage(r, f, v);
    }

    /** The language of a scalar value as {@link RecordPage#text} shows it. */
    String valueLanguage(Record r, Field f, FieldValue v) {
        if (v instanceof FieldValue.EnumValue e) return f.labelLanguageOf(e.value(), lang, fallback);
        if (v instanceof FieldValue.StringValue s) return Ui.isNumber(s.value()) ? "" : writtenIn(r, v);
        if (v instanceof FieldValue.TextValue) return writtenIn(r, v);
        return "";
    }

    RecordView of(Record r, LinkResolver resolver, Problems problems) {
        String file = r.source().path();
        List<CaveatView> caveats = caveats(r, resolver, problems);
        Map<String, FieldView> fieldMap = new LinkedHashMap<>();
        List<FieldView> fields = new ArrayList<>();
        for (Field f : r.collection().fields().values()) {
            FieldValue v = r.fields().get(f.name());
            List<CaveatView> mine = caveats.stream().filter(c -> c.field().equals(f.name())).toList();
            if (v == null && mine.isEmpty()) continue;
            // A field with no value but a caveat still gets its row, so the reader meets the caveat where the fact would be.
            ValueView shown = v == null ? MISSING : value(r, v, f, resolver, problems);
            if (RecordPage.isDateField(r, f)) shown = RecordPage.withBasis(shown, basis(r));
            FieldView fv = new FieldView(f.name(), f.label(), shown, mine, f.labelLanguage(lang, fallback));
            fieldMap.put(f.name(), fv);
            boolean apart = f.role().isPresent() && SHOWN_APART.contains(f.role().get());
            if (f.shown() && !apart && !RecordPage.shownWithAnother(f) && !r.collection().header().contains(f.name())) fields.add(fv);
        }
        List<FieldView> header = RecordPage.header(r.collection(), fieldMap);
        Set<String> shownFields = fields.stream().map(FieldView::name).collect(Collectors.toSet());
        header.forEach(h -> shownFields.add(h.name()));
        List<CaveatView> other = caveats.stream().filter(c -> !shownFields.contains(c.field())).toList();
        RecordPage.Relations relations = RecordPage.relations(site, r, refs(r, Role.DISAMBIGUATION), this::link,
                heading -> headingLanguages.getOrDefault(heading, fallback), this::inLine,
                items -> alsoFormat.replace("{items}", String.join(listSeparator, items)), alsoSeparator);
        List<BacklinkGroupView> backlinks = relations.groups();
        Map<String, String> metaOf = new LinkedHashMap<>();
        Map<String, String> metaLangOf = new LinkedHashMap<>();
        Map<String, List<PartView>> metaPartsOf = new LinkedHashMap<>();
        RecordPage.referenced(r).forEach(id -> site.find(id).ifPresent(t -> {
            String summary = summary(t);
            metaOf.put(Routes.record(id), summary);
            metaLangOf.put(Routes.record(id), summary.isEmpty() ? "" : summaryLanguage(t));
            metaPartsOf.put(Routes.record(id), summaryParts(t, summary));
        }));
        String text = r.source().body();
        RenderedMarkdown body = markdown.render(text, file, r.source().bodyLine(), resolver, problems);
        // A record made by 'accord new' and published with its placeholder body would say so to every reader.
        r.source().placeholderLine(text).ifPresent(line -> problems.warning(accord.problem.SourcePosition.of(file, line),
                "the body still holds the placeholder 'accord new' wrote (write the record in its place)"));
        return new RecordView(r.id().toString(), r.id().collection(), r.collection().singular(), r.id().slug(), r.title(),
                Routes.record(r.id()), file, fields, fieldMap, aliases(r), refs(r, Role.TOPICS), sources(r), caveats, other,
                relations.disambiguation(), backlinks, PageRenderer.markup(body.html()),
                PageRenderer.markup(accord.text.Json.inline(JsonLd.of(r, site, whole, strings, ui))), header, metaOf,
                r.collection().singularLanguage(lang, fallback), metaLangOf, metaPartsOf, headings(r));
    }

    /** The roles whose sections a record page heads with their field's label, where the schema gives one. */
    private static final List<Role> HEADED = List.of(Role.TOPICS, Role.SOURCES, Role.ALIASES);

    /**
     * By role name, the label the schema gives the field of each {@link #HEADED} role, in the page's language where it
     * has one ({@code label_<lang>}); a field without a {@code label} (whose label is its name) has none, and its
     * section keeps the theme's word.
     */
    private Map<String, PartView> headings(Record r) {
        Map<String, PartView> headings = new LinkedHashMap<>();
        for (Role role : HEADED) {
            r.collection().roleField(role).filter(f -> !f.label().equals(f.name().replace('_', ' '))).ifPresent(f ->
                    headings.put(role.name().toLowerCase(Locale.ROOT), new PartView(f.label(), f.labelLanguage(lang, fallback))));
        }
        return headings;
    }

    private List<CaveatView> caveats(Record r, LinkResolver resolver, Problems problems) {
        List<CaveatView> caveats = new ArrayList<>();
        for (Item c : items(r, Role.CAVEATS)) {
            String field = c.text(Role.CAVEAT_FIELD);
            String status = c.text(Role.CAVEAT_STATUS);
            String statusLabel = c.field(Role.CAVEAT_STATUS).map(f -> capitalise(f.labelOf(status))).orElse("");
            String statusLang = c.field(Role.CAVEAT_STATUS).map(f -> f.labelLanguageOf(status, lang, fallback)).orElse("");
            if (statusLabel.isEmpty()) {
                // The theme's word, in the page's language.
                statusLabel = strings.word(lang, "caveat");
                statusLang = lang.isEmpty() ? fallback : lang;
            }
            FieldValue text = c.values.get(c.name(Role.CAVEAT_TEXT));
            String html = text instanceof FieldValue.TextValue t
                    ? markdown.renderEmbedded(t.markdown(), t.position(), resolver, problems).html()
                    : escape(plain(text));
            Optional<Field> about = r.collection().find(field);
            caveats.add(new CaveatView(field, about.map(Field::label).orElse(""), status, statusLabel, PageRenderer.markup(html),
                    about.map(f -> f.labelLanguage(lang, fallback)).orElse(""), statusLang, writtenIn(r, text)));
        }
        return caveats;
    }

    private List<AliasView> aliases(Record r) {
        List<AliasView> aliases = new ArrayList<>();
        Optional<FieldValue> v = r.role(Role.ALIASES);
        if (v.isEmpty() || !(v.get() instanceof FieldValue.ListValue list)) return aliases;
        for (FieldValue i : list.items()) {
            if (i instanceof FieldValue.ObjectValue) {
                Item a = item(r, Role.ALIASES, i);
                String lang = a.text(Role.ALIAS_LANG);
                String note = a.text(Role.ALIAS_NOTE);
                aliases.add(new AliasView(a.text(Role.ALIAS_NAME), lang, aliasLanguageName(a.field(Role.ALIAS_LANG), lang), note,
                        note.isEmpty() ? "" : writtenIn(r, a.values.get(a.name(Role.ALIAS_NOTE)))));
            } else {
                aliases.add(new AliasView(plain(i), "", "", "", ""));
            }
        }
        return aliases;
    }

    /**
     * The name of an alias's language {@code code} in the page's language: the label the schema gives that value of the
     * alias's language enum in the page's language ({@code labels}, {@code labels_de}), else the theme's word
     * {@code language_<code>}, else the language's name as Java knows it in the page's language ("anglais",
     * "Englisch"), else the code.
     */
    private String aliasLanguageName(Optional<Field> field, String code) {
        if (code.isEmpty()) return "";
        if (field.isPresent() && field.get().type() instanceof FieldType.EnumType && field.get().labels().containsKey(code)
                && field.get().labelLanguageOf(code, lang, fallback).equals(lang)) {
            return field.get().labelOf(code);
        }
        // The language's own word: the default language's in its place would name the language in another one.
        Optional<String> word = strings.own(lang, "language_" + code).filter(w -> !w.isBlank());
        if (word.isPresent()) return word.get();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(lang));
        return name.isEmpty() ? code : name;
    }

    private List<SourceView> sources(Record r) {
        List<SourceView> sources = new ArrayList<>();
        for (Item s : items(r, Role.SOURCES)) {
            Optional<FieldValue> d = Optional.ofNullable(s.values.get(s.name(Role.SOURCE_DATE)));
            String date = d.filter(x -> x instanceof FieldValue.DateValue).map(x -> ((FieldValue.DateValue) x).date().display()).orElse("");
            String iso = d.filter(x -> x instanceof FieldValue.DateValue).map(x -> ((FieldValue.DateValue) x).date().iso()).orElse("");
            String quality = s.text(Role.SOURCE_QUALITY);
            Optional<Field> q = s.field(Role.SOURCE_QUALITY).filter(f -> !quality.isEmpty());
            sources.add(new SourceView(s.text(Role.SOURCE_TITLE), s.text(Role.SOURCE_PUBLISHER), s.text(Role.SOURCE_URL),
                    date, iso, quality, s.text(Role.SOURCE_NOTE), writtenIn(r, s.self()),
                    q.map(f -> f.labelOf(quality)).orElse(quality), q.filter(f -> f.labels().containsKey(quality)) // a grade shown as its code ("A") is no word of any language
                            .map(f -> f.labelLanguageOf(quality, lang, fallback)).orElse("")));
        }
        return sources;
    }

    /** The records a role's references point at, in the order written; a missing one (already an error) is left out. */
    private List<LinkView> refs(Record r, Role role) {
        List<LinkView> links = new ArrayList<>();
        r.role(role).ifPresent(v -> collectRefs(v, links));
        return links;
    }

    private void collectRefs(FieldValue v, List<LinkView> links) {
        if (v instanceof FieldValue.RefValue ref) {
            site.find(ref.target()).map(this::link).ifPresent(links::add);
        } else if (v instanceof FieldValue.ListValue l) {
            l.items().forEach(i -> collectRefs(i, links));
        }
    }

    /** One object of a role's list (a source, a caveat, an alias), read through the sub-roles of its fields. */
    private record Item(Map<String, Field> fields, Map<String, FieldValue> values, FieldValue self) {
        Optional<Field> field(Role role) {
            return Roles.find(fields, role);
        }

        String name(Role role) {
            return field(role).map(Field::name).orElse("");
        }

        String text(Role role) {
            FieldValue v = values.get(name(role));
            return v == null ? "" : plain(v);
        }
    }

    private List<Item> items(Record r, Role role) {
        Optional<FieldValue> v = r.role(role);
        if (v.isEmpty() || !(v.get() instanceof FieldValue.ListValue list)) return List.of();
        return list.items().stream().filter(i -> i instanceof FieldValue.ObjectValue).map(i -> item(r, role, i)).toList();
    }

    private static Item item(Record r, Role role, FieldValue value) {
        Map<String, Field> fields = r.collection().roleField(role).flatMap(f -> Roles.objectFields(f.type())).orElse(Map.of());
        return new Item(fields, ((FieldValue.ObjectValue) value).fields(), value);
    }

    private ValueView value(Record r, FieldValue v, Field f, LinkResolver resolver, Problems problems) {
        return value(r, v, f.type(), f, resolver, problems);
    }

    private ValueView value(Record r, FieldValue v, FieldType type, Field f, LinkResolver resolver, Problems problems) {
        if (v instanceof FieldValue.ListValue l) {
            FieldType element = type instanceof FieldType.ListType lt ? lt.element() : type;
            return new ValueView("list", "", "", "", l.items().stream().map(i -> value(r, i, element, f, resolver, problems)).toList(),
                    List.of(), null);
        }
        if (v instanceof FieldValue.ObjectValue o) {
            Map<String, Field> defs = type instanceof FieldType.ObjectType ot ? ot.fields() : Map.of();
            List<FieldView> entries = new ArrayList<>();
            o.fields().forEach((name, fv) -> {
                Field def = defs.get(name);
                // A key the schema does not declare is shown by its name, which is no word of any language.
                entries.add(new FieldView(name, def == null ? name : def.label(),
                        def == null ? text(plain(fv), writtenIn(r, fv)) : value(r, fv, def.type(), def, resolver, problems), List.of(),
                        def == null ? "" : def.labelLanguage(lang, fallback)));
            });
            return new ValueView("object", "", "", "", List.of(), entries, null);
        }
        if (v instanceof FieldValue.RefValue ref) {
            Optional<Record> target = site.find(ref.target());
            // A missing target is already an error from the model; shown as text so rendering can go on.
            if (target.isEmpty()) return text(ref.target().slug(), "");
            LinkView link = link(target.get());
            return new ValueView("link", link.title(), link.href(), "", List.of(), List.of(), null);
        }
        if (v instanceof FieldValue.DateValue d) {
            return new ValueView("date", d.date().display(), "", d.date().iso(), List.of(), List.of(), null);
        }
        if (v instanceof FieldValue.DateTimeValue d) {
            // A moment: its date in the page's words, its time and offset as written, the value itself for machines.
            return new ValueView("date", RecordPage.dateTime(d), "", d.original(), List.of(), List.of(), null);
        }
        if (v instanceof FieldValue.UrlValue u) {
            return new ValueView("url", u.url(), u.url(), "", List.of(), List.of(), null);
        }
        if (v instanceof FieldValue.TextValue t) {
            RenderedMarkdown html = markdown.renderEmbedded(t.markdown(), t.position(), resolver, problems);
            return new ValueView("html", "", "", "", List.of(), List.of(), PageRenderer.markup(html.html()), writtenIn(r, v));
        }
        if (v instanceof FieldValue.EnumValue e) {
            return text(f.labelOf(e.value()), f.labelLanguageOf(e.value(), lang, fallback));
        }
        // Free text is in its file's language; a number (a string that is one, too: pages write it their way) has none.
        String s = plain(v);
        return text(s, v instanceof FieldValue.StringValue && !Ui.isNumber(s) ? writtenIn(r, v) : "");
    }

    /** A field with no value, which the page says in its language ({@code t.not_recorded}). */
    private static final ValueView MISSING = new ValueView("missing", "", "", "", List.of(), List.of(), null);

    private static ValueView text(String s, String lang) {
        return new ValueView("text", s, "", "", List.of(), List.of(), null, lang);
    }

    /** The plain text of a scalar value, with dates as readers read them (14 November 2024). */
    static String plain(FieldValue v) {
        return v instanceof FieldValue.DateValue d ? d.date().display() : FieldValue.text(v);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
