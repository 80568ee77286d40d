package accord.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Map;

/**
 * The values templates see. Every href is relative to the site root: templates write
 * {@code ${root}${x.href}}. Text is plain text (FreeMarker escapes it); {@code html} values are
 * markup already made safe by the Markdown stage. README.md documents each name.
 *
 * <p>Words and values that carry a language say which one they are in ({@code labelLang}, {@code titleLang}, {@code lang},
 * …): the page's language where the schema or the record gives them in it, else the language they fell back to (the
 * default's, when a schema word has no {@code label_ru} or a translated record leaves a field to its own file). Templates
 * mark an element with {@code lang} only when it differs from the page's ({@code layout.lang}). A value without a
 * language (a number, an address, a date the page writes in its own words, a record's title, which is marked by
 * {@code ui.fallback}) has an empty one. A record's date is shown with how it is known (its {@code date_basis}), which
 * is a part of its own ({@code basis}, {@code basisLang}; in a short line, a {@link PartView}), so that a basis left in
 * the default language says so while the date, written in the page's words, says nothing.
 */
public final class Views {
    private Views() {
    }

    /**
     * {@code publisher} may be empty; {@code about} is the about page's root-relative href (empty: none);
     * {@code timeline} the timeline's (empty: no dated records); {@code search} the search page's, empty until
     * the plan holds a search page, so templates show the search box only when it leads somewhere.
     */
    public record SiteView(String title, String description, String language, String baseUrl, List<NavView> nav,
                           List<CollectionView> collections, String publisher, String titleLang, String publisherLang,
                           String about, String timeline, String search) {
    }

    /** A record the home page leads with, with its summary (HTML from site.yml's Markdown). */
    public record HighlightView(LinkView record, TemplateHTMLOutputModel summary, String summaryLang) {
    }

    /**
     * A dated record on the timeline: {@code iso} for machines, {@code date} for readers, and how the date is known
     * ({@code basis}, empty when the record does not say) in its language ({@code basisLang}).
     */
    public record TimelineEntryView(String iso, String date, LinkView record, String basis, String basisLang) {
    }

    /** A year of the timeline: its root-relative href and how many records it holds. */
    public record YearView(int year, String href, int count) {
    }

    /** A row of a list page's table: the record, and one cell per column ({@code text}; {@code iso} for a date). */
    public record RowView(LinkView record, List<CellView> cells) {
    }

    /**
     * {@code lang}: the language of {@code text} (empty for a date, a number or a record's title); a record's date has
     * its basis apart ({@code basis}, empty when it has none), in {@code basisLang}.
     */
    public record CellView(String text, String iso, String lang, String basis, String basisLang) {
        /** A cell with no date basis. */
        public CellView(String text, String iso, String lang) {
            this(text, iso, lang, "", "");
        }
    }

    /** {@code lang}: the title's language (a collection's title in the page's language, or site.yml's words). */
    public record NavView(String title, String href, String lang) {
    }

    /** A collection; reading its {@code count} makes the page depend on which records the collection holds. */
    public record CollectionView(String name, String title, String singular, String href, int count, String titleLang,
                                 String singularLang) {
        @Override
        public int count() {
            Deps.note(Deps.membership(name));
            return count;
        }
    }

    /**
     * One of the home page's lists (site.yml's {@code featured}): a title, its collection and its first
     * records; {@code limited} when site.yml caps how many (a "latest" list rather than the whole collection).
     */
    /**
     * {@code ownTitle}: the title is site.yml's, in the default language, rather than the collection's in the page's;
     * {@code id}: the list's own on the page, {@code featured-<collection>}, with {@code -2}, {@code -3} … for a
     * collection's second and later lists.
     */
    public record FeaturedView(String title, boolean ownTitle, String titleLang, CollectionView collection, List<LinkView> items, boolean limited,
                               String id) {
    }

    /**
     * Where a list page stands among its collection's pages: {@code number} of {@code total};
     * {@code previous} and {@code next} are root-relative hrefs, empty at either end.
     */
    public record PaginationView(int number, int total, String previous, String next) {
    }

    /**
     * A link to a record, with the record's collection and a short line about it ({@code meta}, may be empty); the
     * languages of the collection's word for it ({@code singularLang}) and of the short line ({@code metaLang}). The
     * line in its parts ({@code metaParts}, whose texts make {@code meta}): one, unless a part is in a language of its
     * own (a date's basis).
     */
    public record LinkView(String href, String title, String collection, String singular, String meta, String singularLang,
                           String metaLang, List<PartView> metaParts) {
        public LinkView {
            metaParts = List.copyOf(metaParts);
        }

        /** A link whose short line is in one language. */
        public LinkView(String href, String title, String collection, String singular, String meta, String singularLang,
                        String metaLang) {
            this(href, title, collection, singular, meta, singularLang, metaLang, PartView.line(meta));
        }
    }

    /**
     * A part of a short line: its text, and its language ({@code lang}) where it has one of its own, such as a date's
     * basis that the translation leaves to the record's own file; empty where it is the line's.
     */
    public record PartView(String text, String lang) {
        /** No part: a date without a basis. */
        static final PartView NONE = new PartView("", "");

        /** A line with no part of its own language: one part, or none when the line is empty. */
        static List<PartView> line(String text) {
            return text.isEmpty() ? List.of() : List.of(new PartView(text, ""));
        }

        /** {@code parts} followed by {@code text} in the line's language, joined to the last part when that is too. */
        static List<PartView> append(List<PartView> parts, String text) {
            if (text.isEmpty()) return parts;
            List<PartView> joined = new java.util.ArrayList<>(parts);
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).lang().isEmpty()) {
                joined.set(last, new PartView(joined.get(last).text() + text, ""));
            } else {
                joined.add(new PartView(text, ""));
            }
            return List.copyOf(joined);
        }
    }

    /** A field as shown: its label (in {@code labelLang}), its value, and the caveats that concern it. */
    public record FieldView(String name, String label, ValueView value, List<CaveatView> caveats, String labelLang) {
    }

    /**
     * A value. {@code kind} is one of: {@code text} (in {@code text}), {@code html} (in {@code html}),
     * {@code date} ({@code text} for readers, {@code iso} for machines; the record's date has how it is known in
     * {@code basis}, in the language {@code basisLang}), {@code link} (a record:
     * {@code href}, {@code text}), {@code url} (an outside address: {@code href}, {@code text}),
     * {@code list} ({@code items}), {@code object} ({@code entries}). {@code lang}: the language of {@code text} or
     * {@code html} (that of the file it was written in, or of an enum's label), empty for a value that has none.
     */
    public record ValueView(String kind, String text, String href, String iso, List<ValueView> items,
                            List<FieldView> entries, TemplateHTMLOutputModel html, String lang, String basis,
                            String basisLang) {
        /** A value without a language. */
        public ValueView(String kind, String text, String href, String iso, List<ValueView> items, List<FieldView> entries,
                         TemplateHTMLOutputModel html) {
            this(kind, text, href, iso, items, entries, html, "");
        }

        /** A value with no date basis. */
        public ValueView(String kind, String text, String href, String iso, List<ValueView> items, List<FieldView> entries,
                         TemplateHTMLOutputModel html, String lang) {
            this(kind, text, href, iso, items, entries, html, lang, "", "");
        }
    }

    /**
     * {@code status} is uncertain, not-found or conflicting; {@code field} may be empty. The languages of the field's
     * label, of the status's label and of the caveat's text ({@code lang}).
     */
    public record CaveatView(String field, String fieldLabel, String status, String statusLabel,
                             TemplateHTMLOutputModel html, String fieldLabelLang, String statusLang, String lang) {
    }

    /**
     * {@code lang}: the language the source's title, publisher and note were written in (the record's file's);
     * {@code quality} is the grade as written (a code, for a class name), {@code qualityLabel} the schema's word for it in
     * the page's language where it gives one ({@code labels}, {@code labels_<lang>}), in {@code qualityLang}.
     */
    public record SourceView(String title, String publisher, String url, String date, String iso, String quality,
                             String note, String lang, String qualityLabel, String qualityLang) {
    }

    /** {@code lang}: the name's language, as the record says; {@code noteLang}: the note's (the file's it was written in). */
    public record AliasView(String name, String lang, String langName, String note, String noteLang) {
    }

    public record BacklinkGroupView(String label, String lang, List<LinkView> items) {
    }

    /**
     * A record page's record. {@code fields} excludes the shared fields shown in their own places
     * (title, aliases, topics, sources, caveats, disambiguation, draft); {@code fieldMap} has them all
     * by name. {@code otherCaveats} are those not tied to a shown field. {@code header} are the fields the schema
     * shows under the title (left out of {@code fields}); {@code metaOf} gives, by root-relative href, the short line
     * about each record the page refers to (a speaker's position), {@code metaLangOf} its language and {@code metaPartsOf}
     * its parts (see {@link LinkView}); {@code singularLang} is the language of {@code singular}. {@code headings} gives,
     * by role ({@code topics}, {@code sources}, {@code aliases}), the label the schema gives the field of that role, in
     * its language, where it gives one: the section's heading, which the theme's word ({@code t.topics}) stands in for
     * where it does not.
     */
    public record RecordView(String id, String collection, String singular, String slug, String title, String href,
                             String sourceFile, List<FieldView> fields, Map<String, FieldView> fieldMap,
                             List<AliasView> aliases, List<LinkView> topics, List<SourceView> sources,
                             List<CaveatView> caveats, List<CaveatView> otherCaveats, List<LinkView> disambiguation,
                             List<BacklinkGroupView> backlinks, TemplateHTMLOutputModel body,
                             TemplateHTMLOutputModel jsonLd, List<FieldView> header, Map<String, String> metaOf,
                             String singularLang, Map<String, String> metaLangOf, Map<String, List<PartView>> metaPartsOf,
                             Map<String, PartView> headings) {
    }

    public record PageView(String title, String kind, String path, String canonical, String description) {
    }

    /**
     * A language of a record's switcher: its code ({@code ru}), its name in itself ({@code Русский}), the root-relative
     * href of the record in it, whether the record is written in it ({@code available}; when not, the href leads to a
     * page that says so) and whether it is the page's own language ({@code current}).
     */
    public record LanguageView(String code, String name, String href, boolean available, boolean current) {
    }

    /**
     * A record's own data files (root-relative hrefs): JSON, its citation as BibTeX, RIS and CSL-JSON, and its
     * calendar entry ({@code calendar}, empty when the record is not a dated event).
     */
    public record RecordDataView(String json, String bibtex, String ris, String cslJson, String calendar) {
    }

    /** One collection's downloads on the data page. */
    public record DataCollectionView(String name, String title, String singular, int count, String json, String csv,
                                     String titleLang) {
    }

    /**
     * The data page's files: each collection's, the whole portal's JSON, the data package, the calendar (empty when it
     * has no event), and the licence from site.yml (all empty when none is stated); {@code jsonLd} is its schema.org Dataset.
     */
    public record DataSetView(List<DataCollectionView> collections, String portal, String dataPackage, String calendar, String licenceName,
                              String licenceTitle, String licenceUrl, TemplateHTMLOutputModel jsonLd) {
    }

    /**
     * How a collection's sources are graded, from the schema's field with the {@code source_quality} role: its grades
     * from best to weakest ({@code first}, {@code last}: the enum's first and last values as readers see them, its
     * {@code labels} in the page's language where the schema gives them, in {@code firstLang} and {@code lastLang}; empty
     * when it is no enum of two values or more) and what the portal tells readers they mean ({@code explained}, the
     * field's {@code explain} in the page's language, empty without one), in the language it is written in
     * ({@code explainedLang}).
     */
    public record GradesView(String first, String last, String explained, String explainedLang, String firstLang,
                             String lastLang) {
    }
}
