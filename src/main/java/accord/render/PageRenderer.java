package accord.render;

import accord.config.SiteConfig;
import accord.content.RecordId;
import accord.markdown.LinkResolver;
import accord.markdown.MarkdownRenderer;
import accord.markdown.RenderedMarkdown;
import accord.model.Record;
import accord.model.Site;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.FieldValue;
import accord.render.Views.*;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.InvalidReferenceException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders every page of a {@link Site}: one per record (the collection's template, or
 * {@code record.ftlh}), one list per collection, the home page, the 404 page, plus the Atom feed,
 * the sitemap and robots.txt. Record pages render in parallel; the result is in a fixed order.
 */
public final class PageRenderer {
    /** Shared fields that templates show in their own places rather than in the facts table. */
    static final Set<String> SHOWN_APART = Set.of("title", "aliases", "topics", "sources", "caveats", "disambiguation", "draft");

    private final Site site;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final Problems problems;
    private final Map<String, RecordId> bySourcePath = new LinkedHashMap<>();
    private final Set<String> unreadablePaths = new java.util.HashSet<>();
    private final SiteView siteView;
    private final Map<TemplateError, String> templateErrors = new java.util.concurrent.ConcurrentHashMap<>();

    public PageRenderer(Site site, Templates templates, MarkdownRenderer markdown, Problems problems) {
        this.site = site;
        this.templates = templates;
        this.markdown = markdown;
        this.problems = problems;
        site.records().values().forEach(r -> bySourcePath.put(r.source().path(), r.id()));
        site.unreadable().forEach(id -> unreadablePaths.add("content/" + id.collection() + "/" + id.slug() + ".md"));
        SiteConfig c = site.config();
        List<CollectionView> collections = site.collections().stream()
                .map(def -> new CollectionView(def.name(), def.title(), def.singular(), Routes.list(def.name()),
                        site.collection(def.name()).size()))
                .toList();
        List<NavView> nav = c.navigation().isEmpty()
                ? collections.stream().map(cv -> new NavView(cv.title(), cv.href())).toList()
                : c.navigation().stream().map(n -> new NavView(n.title(), n.href())).toList();
        siteView = new SiteView(c.title(), c.description(), c.language(), c.baseUrl(), nav, collections);
    }

    public List<RenderedPage> renderAll() {
        List<RenderedPage> pages = new ArrayList<>();
        pages.add(home());
        for (CollectionDef def : site.collections()) {
            pages.add(list(def));
        }
        List<Record> records = List.copyOf(site.records().values());
        pages.addAll(records.parallelStream().map(this::record).flatMap(Optional::stream).toList());
        notFound().ifPresent(pages::add);
        pages.add(feed());
        pages.add(sitemap(pages));
        pages.add(new RenderedPage("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl()
                + "sitemap.xml\n", "robots.txt"));
        flushTemplateErrors();
        return pages;
    }

    // ---- pages ----

    private RenderedPage home() {
        String path = "index.html";
        Map<String, Object> model = model(path, new PageView(site.config().title(), "home", path,
                site.config().baseUrl(), site.config().description()));
        RenderedMarkdown intro = markdown.renderEmbedded(site.config().intro(), site.config().introAt(),
                linkResolver(Routes.root(path)), problems);
        model.put("intro", markup(intro.html()));
        model.put("latestSessions", links(site.collection("sessions"), 5));
        model.put("latestDeclarations", links(site.collection("declarations"), 5));
        model.put("topics", links(site.collection("topics"), Integer.MAX_VALUE));
        return render("home.ftlh", model, path, "content/site.yml").orElse(new RenderedPage(path, "", "home.ftlh"));
    }

    private RenderedPage list(CollectionDef def) {
        String path = Routes.file(Routes.list(def.name()));
        Map<String, Object> model = model(path, new PageView(def.title(), "list", path,
                site.config().baseUrl() + Routes.list(def.name()), def.title() + " — " + site.config().title()));
        model.put("collection", new CollectionView(def.name(), def.title(), def.singular(), Routes.list(def.name()),
                site.collection(def.name()).size()));
        model.put("items", links(site.collection(def.name()), Integer.MAX_VALUE));
        return render("list.ftlh", model, path, "content/schema.yml").orElse(new RenderedPage(path, "", "list.ftlh"));
    }

    private Optional<RenderedPage> record(Record r) {
        String path = Routes.file(Routes.record(r.id()));
        String root = Routes.root(path);
        RecordView view = recordView(r, root);
        Map<String, Object> model = model(path, new PageView(r.title(), "record", path,
                site.config().baseUrl() + Routes.record(r.id()), r.title() + " — " + r.collection().singular()));
        model.put("record", view);
        String template = templates.find(r.id().collection() + ".ftlh").isPresent()
                ? r.id().collection() + ".ftlh" : "record.ftlh";
        return render(template, model, path, r.source().path());
    }

    private Optional<RenderedPage> notFound() {
        String path = "404.html";
        Map<String, Object> model = model(path, new PageView("Page not found", "404", path,
                site.config().baseUrl() + "404.html", site.config().title()));
        // Served at any depth, so its links start from the base URL, not from its own place.
        model.put("root", site.config().baseUrl());
        return render("404.ftlh", model, path, "404.ftlh");
    }

    private RenderedPage feed() {
        List<Record> dated = new ArrayList<>();
        for (Record r : site.records().values()) {
            if (date(r).isPresent()) dated.add(r);
        }
        dated.sort(Comparator.comparing((Record r) -> date(r).get()).reversed().thenComparing(Record::id));
        String base = site.config().baseUrl();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        sb.append("  <title>").append(xml(site.config().title())).append("</title>\n");
        sb.append("  <id>").append(xml(base)).append("</id>\n");
        sb.append("  <link rel=\"alternate\" href=\"").append(xml(base)).append("\"/>\n");
        sb.append("  <link rel=\"self\" href=\"").append(xml(base)).append("feed.xml\"/>\n");
        sb.append("  <updated>").append(dated.isEmpty() ? "1970-01-01T00:00:00Z" : atomDate(date(dated.get(0)).get()))
                .append("</updated>\n");
        for (Record r : dated.subList(0, Math.min(50, dated.size()))) {
            String url = base + Routes.record(r.id());
            sb.append("  <entry>\n    <title>").append(xml(r.title())).append("</title>\n");
            sb.append("    <id>").append(xml(url)).append("</id>\n");
            sb.append("    <link href=\"").append(xml(url)).append("\"/>\n");
            sb.append("    <updated>").append(atomDate(date(r).get())).append("</updated>\n");
            sb.append("    <author><name>").append(xml(site.config().title())).append("</name></author>\n");
            sb.append("    <summary>").append(xml(r.collection().singular() + ": " + r.title())).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return new RenderedPage("feed.xml", sb.toString(), "feed.xml");
    }

    private RenderedPage sitemap(List<RenderedPage> pages) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().filter(p -> p.outputPath().endsWith("index.html")).map(RenderedPage::outputPath).sorted()
                .forEach(p -> sb.append("  <url><loc>").append(xml(site.config().baseUrl()
                        + p.substring(0, p.length() - "index.html".length()))).append("</loc></url>\n"));
        sb.append("</urlset>\n");
        return new RenderedPage("sitemap.xml", sb.toString(), "sitemap.xml");
    }

    // ---- views ----

    private Map<String, Object> model(String path, PageView page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteView);
        model.put("page", page);
        model.put("root", Routes.root(path));
        return model;
    }

    private List<LinkView> links(List<Record> records, int limit) {
        return records.stream().limit(limit).map(this::link).toList();
    }

    private LinkView link(Record r) {
        String meta = r.collection().summaryField().flatMap(r::find).map(PageRenderer::plain).orElse("");
        return new LinkView(Routes.record(r.id()), r.title(), r.id().collection(), r.collection().singular(), meta);
    }

    private LinkView link(RecordId id) {
        return link(site.expect(id));
    }

    private RecordView recordView(Record r, String root) {
        LinkResolver resolver = linkResolver(root);
        String file = r.source().path();
        List<CaveatView> caveats = new ArrayList<>();
        r.find("caveats").ifPresent(v -> {
            for (FieldValue item : ((FieldValue.ListValue) v).items()) {
                Map<String, FieldValue> c = ((FieldValue.ObjectValue) item).fields();
                String field = c.containsKey("field") ? plain(c.get("field")) : "";
                String status = plain(c.get("status"));
                FieldValue.TextValue text = (FieldValue.TextValue) c.get("text");
                RenderedMarkdown html = markdown.renderEmbedded(text.markdown(), text.position(), resolver, problems);
                String label = r.collection().find(field).map(Field::label).orElse("");
                caveats.add(new CaveatView(field, label, status, statusLabel(status), markup(html.html())));
            }
        });
        Map<String, FieldView> fieldMap = new LinkedHashMap<>();
        List<FieldView> fields = new ArrayList<>();
        for (Field f : r.collection().fields().values()) {
            FieldValue v = r.fields().get(f.name());
            List<CaveatView> mine = caveats.stream().filter(c -> c.field().equals(f.name())).toList();
            if (v == null && mine.isEmpty()) continue;
            // A field with no value but a caveat still gets its row, so the reader meets the caveat where the fact would be.
            ValueView shown = v == null ? new ValueView("text", "Not recorded", "", "", List.of(), List.of(), null)
                    : value(v, f.type(), file, resolver);
            FieldView fv = new FieldView(f.name(), f.label(), shown, mine);
            fieldMap.put(f.name(), fv);
            if (f.shown() && !SHOWN_APART.contains(f.name())) fields.add(fv);
        }
        Set<String> shownFields = fields.stream().map(FieldView::name).collect(Collectors.toSet());
        List<CaveatView> other = caveats.stream().filter(c -> !shownFields.contains(c.field())).toList();

        List<AliasView> aliases = objects(r, "aliases").stream().map(a -> {
            String lang = plain(a.get("lang"));
            return new AliasView(plain(a.get("name")), lang, Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH),
                    a.containsKey("note") ? plain(a.get("note")) : "");
        }).toList();
        List<SourceView> sources = objects(r, "sources").stream().map(s -> {
            Optional<FieldValue.DateValue> d = Optional.ofNullable((FieldValue.DateValue) s.get("date"));
            return new SourceView(plain(s.get("title")), plain(s.get("publisher")),
                    s.containsKey("url") ? plain(s.get("url")) : "", d.map(x -> x.date().display()).orElse(""),
                    d.map(x -> x.date().iso()).orElse(""), plain(s.get("quality")),
                    s.containsKey("note") ? plain(s.get("note")) : "");
        }).toList();
        List<BacklinkGroupView> backlinks = site.backlinksOf(r.id()).entrySet().stream()
                .map(e -> new BacklinkGroupView(e.getKey(), e.getValue().stream().map(this::link).toList()))
                .toList();
        RenderedMarkdown body = markdown.render(r.source().body(), file, r.source().bodyLine(), resolver, problems);
        return new RecordView(r.id().toString(), r.id().collection(), r.collection().singular(), r.id().slug(), r.title(),
                Routes.record(r.id()), file, fields, fieldMap, aliases, refs(r, "topics"), sources, caveats, other,
                refs(r, "disambiguation"), backlinks, markup(body.html()),
                markup(Json.write(JsonLd.of(r, site.config().baseUrl()))));
    }

    private List<LinkView> refs(Record r, String field) {
        // A target missing from the site was already reported by the model (so the build fails);
        // leave it out rather than stop, so the body's problems are reported in the same run.
        return r.find(field).map(v -> ((FieldValue.ListValue) v).items().stream()
                .map(i -> site.find(((FieldValue.RefValue) i).target())).flatMap(Optional::stream)
                .map(this::link).toList()).orElse(List.of());
    }

    private static List<Map<String, FieldValue>> objects(Record r, String field) {
        return r.find(field).filter(v -> v instanceof FieldValue.ListValue).map(v -> ((FieldValue.ListValue) v).items().stream()
                .map(i -> ((FieldValue.ObjectValue) i).fields()).toList()).orElse(List.of());
    }

    private ValueView value(FieldValue v, FieldType type, String file, LinkResolver resolver) {
        if (v instanceof FieldValue.ListValue l) {
            FieldType element = type instanceof FieldType.ListType lt ? lt.element() : type;
            return new ValueView("list", "", "", "", l.items().stream().map(i -> value(i, element, file, resolver)).toList(),
                    List.of(), null);
        }
        if (v instanceof FieldValue.ObjectValue o) {
            Map<String, Field> defs = type instanceof FieldType.ObjectType ot ? ot.fields() : Map.of();
            List<FieldView> entries = new ArrayList<>();
            o.fields().forEach((name, fv) -> {
                Field def = defs.get(name);
                entries.add(new FieldView(name, def == null ? name : def.label(),
                        value(fv, def == null ? type : def.type(), file, resolver), List.of()));
            });
            return new ValueView("object", "", "", "", List.of(), entries, null);
        }
        if (v instanceof FieldValue.RefValue ref) {
            if (site.find(ref.target()).isEmpty()) {
                // Already an error from the model; shown as text so rendering can go on.
                return new ValueView("text", ref.target().slug(), "", "", List.of(), List.of(), null);
            }
            LinkView link = link(ref.target());
            return new ValueView("link", link.title(), link.href(), "", List.of(), List.of(), null);
        }
        if (v instanceof FieldValue.DateValue d) {
            return new ValueView("date", d.date().display(), "", d.date().iso(), List.of(), List.of(), null);
        }
        if (v instanceof FieldValue.UrlValue u) {
            return new ValueView("url", u.url(), u.url(), "", List.of(), List.of(), null);
        }
        if (v instanceof FieldValue.TextValue t) {
            RenderedMarkdown html = markdown.renderEmbedded(t.markdown(), t.position(), resolver, problems);
            return new ValueView("html", "", "", "", List.of(), List.of(), markup(html.html()));
        }
        if (v instanceof FieldValue.EnumValue e) {
            return new ValueView("text", e.value().replace('-', ' '), "", "", List.of(), List.of(), null);
        }
        return new ValueView("text", plain(v), "", "", List.of(), List.of(), null);
    }

    /** The plain text of a scalar value. */
    static String plain(FieldValue v) {
        if (v instanceof FieldValue.StringValue s) return s.value();
        if (v instanceof FieldValue.EnumValue e) return e.value();
        if (v instanceof FieldValue.UrlValue u) return u.url();
        if (v instanceof FieldValue.DateValue d) return d.date().display();
        if (v instanceof FieldValue.DateTimeValue d) return d.original();
        if (v instanceof FieldValue.NumberValue n) return n.original();
        if (v instanceof FieldValue.TextValue t) return t.markdown();
        if (v instanceof FieldValue.RefValue r) return r.target().toString();
        return "";
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "not-found" -> "Not found";
            case "conflicting" -> "Sources differ";
            default -> "Uncertain";
        };
    }

    private LinkResolver linkResolver(String root) {
        return new LinkResolver() {
            @Override
            public Optional<String> resolve(String sourcePath) {
                return Optional.ofNullable(bySourcePath.get(sourcePath)).map(id -> root + Routes.record(id));
            }

            @Override
            public boolean unreadable(String sourcePath) {
                return unreadablePaths.contains(sourcePath);
            }

            @Override
            public java.util.Collection<String> knownPaths() {
                return bySourcePath.keySet();
            }
        };
    }

    static Optional<accord.schema.PartialDate> date(Record r) {
        FieldValue v = r.fields().get(r.collection().orderField());
        return v instanceof FieldValue.DateValue d ? Optional.of(d.date()) : Optional.empty();
    }

    private static String atomDate(accord.schema.PartialDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02dT00:00:00Z", d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- FreeMarker ----

    private Optional<RenderedPage> render(String templateName, Map<String, Object> model, String path, String origin) {
        try {
            Template template = templates.expect(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return Optional.of(new RenderedPage(path, out.toString(), origin));
        } catch (ParseException e) {
            problems.error(new SourcePosition("templates/" + e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                    "template syntax: " + firstLine(e.getEditorMessage()) + " (fix the template)");
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            templateError(new SourcePosition("templates/" + name, line, line == 0 ? 0 : col), explain(e), origin);
        } catch (IOException e) {
            problems.error(SourcePosition.of("templates/" + templateName), "cannot load template: " + e.getMessage()
                    + " (add it to templates/, or remove the override)");
        }
        return Optional.empty();
    }

    private record TemplateError(SourcePosition at, String message) {
    }

    /** One template bug breaks every page that uses it: report it once, naming the first record it broke. */
    private void templateError(SourcePosition at, String message, String origin) {
        templateErrors.merge(new TemplateError(at, message), origin, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    private void flushTemplateErrors() {
        templateErrors.forEach((e, origin) -> problems.error(e.at(), "template error while rendering " + origin + ": " + e.message()));
    }

    /** FreeMarker's message, shortened to one line that says what to do. */
    static String explain(TemplateException e) {
        String message = e.getMessageWithoutStackTop() == null ? "" : e.getMessageWithoutStackTop();
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            return "'" + e.getBlamedExpressionString() + "' is null or missing"
                    + " (give it a default, as in ${x!''}, or test it with <#if x??>)";
        }
        if (message.contains("api_builtin_enabled")) {
            return "?api is not allowed (templates read the fields of the values Accord passes them)";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Instantiating (\\S+) is not allowed").matcher(message);
        if (m.find()) {
            return "?new is not allowed to create '" + m.group(1) + "' (templates cannot create Java objects; remove it)";
        }
        java.util.regex.Matcher include = java.util.regex.Pattern.compile(
                "Template (?:inclusion|importing) failed \\(for parameter value \"([^\"]*)\"\\)").matcher(message);
        if (include.find()) {
            return "cannot include '" + include.group(1) + "': no such template inside templates/ or the theme"
                    + " (include a file from templates/, by a path inside it)";
        }
        return firstLine(message) + " (fix the template)";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
}
