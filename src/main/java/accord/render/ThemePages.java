package accord.render;

import accord.config.SiteConfig;
import accord.content.RecordId;
import accord.markdown.MarkdownRenderer;
import accord.markdown.RenderedMarkdown;
import accord.model.DraftNotice;
import accord.model.Record;
import accord.model.Site;
import accord.problem.Problems;
import accord.render.PageResult.TemplateFailure;
import accord.render.Views.CellView;
import accord.render.Views.HighlightView;
import accord.render.Views.PageView;
import accord.render.Views.RowView;
import accord.render.Views.TimelineEntryView;
import accord.render.Views.YearView;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The theme's own pages and the data the home and list pages show beyond their lists: the about page
 * (site.yml {@code about}), the timeline (records placed in time by the {@code date} role, a page per
 * year), the home page's highlights (site.yml {@code highlights}) and latest dated records, and the
 * columns of a list page (the collection's {@code header} fields that hold one value).
 */
final class ThemePages {
    /** How many of the latest dated records the home page shows. */
    static final int LATEST = 5;

    private final PageRenderer pages;
    private final Site site;
    private final MarkdownRenderer markdown;
    private final RecordViews recordViews;
    /** {@link #dated()}, once computed; racing threads compute the same list. */
    private volatile List<Record> dated;
    /** The language of the pages made (empty: the default language); {@code site} and {@code recordViews} speak it. */
    private final String lang;

    ThemePages(PageRenderer pages, Site site, MarkdownRenderer markdown, RecordViews recordViews) {
        this(pages, site, markdown, recordViews, "");
    }

    ThemePages(PageRenderer pages, Site site, MarkdownRenderer markdown, RecordViews recordViews, String lang) {
        this.pages = pages;
        this.site = site;
        this.markdown = markdown;
        this.recordViews = recordViews;
        this.lang = lang;
    }

    Optional<String> about(Problems problems, List<TemplateFailure> failures) {
        String path = Routes.file(Routes.about());
        SiteConfig c = site.config();
        Map<String, Object> model = pages.model(path, new PageView(pages.word("", "about_this_site", "About this site"), "about", path,
                c.baseUrl() + Routes.about(), pages.word("", "about_description", "").replace("{site}", c.title())));
        RenderedMarkdown about = markdown.renderEmbedded(c.about(), c.aboutAt(), pages.linkResolver(Routes.root(path)), problems);
        model.put("about", PageRenderer.markup(about.html()));
        return pages.render("about.ftlh", model, path, "content/site.yml", problems, failures);
    }

    Optional<String> timeline(PageEntry entry, Problems problems, List<TemplateFailure> failures) {
        int year = entry.number();
        List<Record> dated = dated();
        java.util.SortedMap<Integer, Integer> counts = new java.util.TreeMap<>();
        for (Record r : dated) counts.merge(r.date().get().year(), 1, Integer::sum);
        List<YearView> years = new ArrayList<>();
        counts.forEach((y, count) -> years.add(new YearView(y, Routes.timeline(y), count)));
        String title = year == 0 ? pages.word(lang, "timeline", "Timeline")
                : pages.word(lang, "timeline_year", "Timeline: {year}").replace("{year}", Integer.toString(year));
        Map<String, Object> model = pages.model(entry.path(), new PageView(title, "timeline", entry.path(),
                site.config().baseUrl() + Routes.clean(entry.path()), (year == 0
                        ? pages.word(lang, "timeline_description", "The records of {site} by year, from the earliest to the latest.")
                        : pages.word(lang, "timeline_year_description", "What {site} records from {year}, in order of date."))
                        .replace("{site}", site.config().text("title", lang).text()).replace("{year}", Integer.toString(year))), lang);
        model.put("year", year);
        model.put("years", years);
        // The index lists the years only, so it stays small however large the archive grows.
        model.put("entries", entries(dated.stream().filter(r -> r.date().get().year() == year).toList()));
        return pages.render("timeline.ftlh", model, entry.path(), "content/schema.yml", problems, failures);
    }

    /** Adds {@code highlights} and {@code latest} to the home page's model. */
    void addToHome(Map<String, Object> model, Problems problems) {
        List<HighlightView> highlights = new ArrayList<>();
        for (SiteConfig.Highlight h : site.config().highlights()) {
            int slash = h.record().indexOf('/');
            RecordId id = new RecordId(h.record().substring(0, slash), h.record().substring(slash + 1));
            Deps.note(Deps.record(id));
            Optional<Record> r = site.find(id);
            if (r.isEmpty()) {
                // A record whose file could not be read has its own error; the highlight is only left out.
                if (site.drafts().contains(id)) {
                    problems.error(h.position(), "highlights: " + DraftNotice.of(site.schema(), id, "highlight"));
                } else if (!site.unreadable().contains(id)) {
                    problems.error(h.position(), "highlights: no record '" + h.record() + "'"
                            + " (write collection/slug of a record in content/, such as " + site.collections().stream()
                            .findFirst().map(c -> c.name() + "/ followed by the name of one of its files without .md")
                            .orElse("a collection's name, / and the name of one of its files without .md") + ")");
                }
                continue;
            }
            SiteConfig.Said said = h.summary(lang, site.config().language());
            RenderedMarkdown summary = markdown.renderEmbedded(said.text(), said.at(),
                    pages.linkResolver(lang.isEmpty() ? "" : "../", lang), problems);
            highlights.add(new HighlightView(recordViews.link(r.get()), PageRenderer.markup(summary.html()), said.lang()));
        }
        model.put("highlights", highlights);
        List<Record> dated = dated();
        List<Record> latest = new ArrayList<>(dated.subList(Math.max(0, dated.size() - LATEST), dated.size()));
        java.util.Collections.reverse(latest);
        model.put("latest", entries(latest));
    }

    /**
     * Adds {@code columns} (labels) and {@code rows} to a list page's model: the collection's {@code header} fields that
     * hold one value, and its {@code summary} field (the line under each entry elsewhere) where they do not include it,
     * so a collection without a header still shows it.
     */
    void addToList(Map<String, Object> model, CollectionDef def, List<Record> records) {
        List<Field> columns = new ArrayList<>(def.header().stream().map(def.fields()::get)
                .filter(f -> !(f.type() instanceof FieldType.ListType) && !(f.type() instanceof FieldType.ObjectType)
                        && !(f.type() instanceof FieldType.TextType))
                .toList());
        Optional<Field> summary = def.summaryField().flatMap(def::find);
        if (summary.isPresent() && columns.stream().noneMatch(f -> f.name().equals(summary.get().name()))) columns.add(summary.get());
        model.put("columns", columns.stream().map(Field::label).toList());
        String lang = recordViews.lang();
        model.put("columnLangs", columns.stream().map(f -> f.labelLanguage(lang, recordViews.fallback())).toList());
        List<RowView> rows = new ArrayList<>();
        for (Record r : records) {
            List<CellView> cells = new ArrayList<>();
            for (Field f : columns) {
                Optional<FieldValue> v = r.find(f.name());
                if (f.type() instanceof FieldType.ListType || f.type() instanceof FieldType.TextType) {
                    // The summary as the line under a link shows it: a list's items joined, Markdown as plain text.
                    String text = recordViews.summary(r);
                    cells.add(new CellView(text, "", text.isEmpty() ? "" : recordViews.summaryLanguage(r)));
                    continue;
                }
                String iso = v.map(x -> x instanceof FieldValue.DateValue d ? d.date().iso()
                        : x instanceof FieldValue.DateTimeValue t ? t.original() : "").orElse("");
                // A cell naming another record shows its title, so the list page depends on that record too.
                v.filter(x -> x instanceof FieldValue.RefValue).ifPresent(x -> Deps.note(Deps.record(((FieldValue.RefValue) x).target())));
                Optional<Record> target = v.filter(x -> x instanceof FieldValue.RefValue)
                        .flatMap(x -> site.find(((FieldValue.RefValue) x).target()));
                // The record's date has its basis apart, in the language it was written in.
                boolean dated = v.orElse(null) instanceof FieldValue.DateValue && RecordPage.isDateField(r, f);
                String text = v.map(x -> x instanceof FieldValue.RefValue ref
                        ? target.map(Record::title).orElse(ref.target().slug())
                        : dated ? ((FieldValue.DateValue) x).date().display() : RecordPage.text(r, f, x)).orElse("");
                // A record's title is in the language of the file that gives it (its translation's, or its own file's).
                String cellLang = target.map(t -> recordViews.writtenIn(t, t.role(accord.schema.Role.TITLE).orElse(null)))
                        .orElseGet(() -> v.map(x -> recordViews.valueLanguage(r, f, x)).orElse(""));
                Views.PartView basis = dated ? recordViews.basis(r) : Views.PartView.NONE;
                cells.add(new CellView(text, iso, cellLang, basis.text(), basis.lang()));
            }
            rows.add(new RowView(recordViews.link(r), cells));
        }
        model.put("rows", rows);
    }

    /**
     * Every record with a date, oldest first (then by collection and title, so the order is fixed):
     * sorted once per renderer, since the home page and every year's page read it.
     */
    private List<Record> dated() {
        List<Record> d = dated;
        if (d == null) {
            // A withdrawn record leaves the timeline (its facts are not to be relied on); a superseded one stays, since
            // what it records did happen on its date, and its page says what replaced it.
            // Each record's sort keys found once, not at each of the sort's comparisons.
            record Dated(accord.schema.PartialDate date, String collection, String title, Record record) {
            }
            d = site.records().values().stream().filter(r -> r.date().isPresent())
                    .filter(r -> accord.lifecycle.Lifecycle.state(r) != accord.lifecycle.Lifecycle.State.WITHDRAWN)
                    .map(r -> new Dated(r.date().get(), r.id().collection(), r.title(), r))
                    .sorted(Comparator.comparing(Dated::date).thenComparing(Dated::collection).thenComparing(Dated::title))
                    .map(Dated::record)
                    .toList();
            dated = d;
        }
        return d;
    }

    private List<TimelineEntryView> entries(List<Record> records) {
        return records.stream().map(r -> {
            Views.PartView basis = recordViews.basis(r);
            return new TimelineEntryView(r.date().get().iso(), r.date().get().display(), recordViews.link(r), basis.text(),
                    basis.lang());
        }).toList();
    }
}
