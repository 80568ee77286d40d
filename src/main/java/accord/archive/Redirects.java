package accord.archive;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.render.Deps;
import accord.render.PageEntry;
import accord.render.Routes;
import accord.schema.FieldValue;
import accord.schema.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Old addresses that lead to a record's page. The field with the {@link Role#REDIRECT_FROM} role (by default
 * the field named {@code redirect_from}) lists them: an old slug of the same collection ({@code baku-2024}) or a
 * path of the site ({@code /sessions/baku-2024/}, {@code /old/page.html}). Each becomes a small page at the old
 * address that sends the reader on (a meta refresh, a canonical link, a visible link, and {@code noindex}), and
 * the {@code _redirects} file lists them all for hosts that read one (Netlify, Cloudflare Pages), as
 * {@code /old/ /new/ 301}.
 *
 * <p>An old address may only name a place inside the site: no scheme, no {@code //host}, no {@code ..}, no
 * query or fragment, no characters outside letters, digits, {@code . _ -} and {@code /}. It may not be the
 * address of a page the build makes, nor another record's old address.
 */
public final class Redirects {
    /** The file listing every redirect for hosts that read one. */
    public static final String FILE = "_redirects";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 300;

    private Redirects() {
    }

    /**
     * One old address: the file written there, the record it leads to, where the record names it, and the language of
     * the record's page it leads to (empty: the default language's); or, for an address of a page Accord generates from
     * the records that this build does not make ({@link UrlManifest#listings}), no record ({@code target} null) and the
     * output file of the generated page it leads to instead ({@code page}; empty for a record's redirect).
     */
    public record Redirect(String path, RecordId target, SourcePosition at, String language, String page) {
        public Redirect(String path, RecordId target, SourcePosition at, String language) {
            this(path, target, at, language, "");
        }

        public Redirect(String path, RecordId target, SourcePosition at) {
            this(path, target, at, "");
        }

        /** Whether it leads to a generated page (a list, the timeline, the home page) rather than to a record. */
        public boolean toPage() {
            return !page.isEmpty();
        }
    }

    /**
     * Every valid redirect of the site, ordered by path; problems for the invalid ones and for those that collide
     * with {@code pages} (the output paths of the plan without redirects) or with each other. With
     * {@code problems} null nothing is reported (for rendering, once the build has checked).
     */
    public static List<Redirect> collect(Site site, Set<String> pages, Problems problems) {
        Map<String, Redirect> byPath = new TreeMap<>();
        List<Record> records = new ArrayList<>(site.records().values());
        records.sort((a, b) -> a.source().path().compareTo(b.source().path()));
        for (Record r : records) {
            Optional<FieldValue> value = r.role(Role.REDIRECT_FROM);
            if (value.isEmpty() || !(value.get() instanceof FieldValue.ListValue list)) continue;
            String field = r.collection().roleField(Role.REDIRECT_FROM).orElseThrow().name();
            for (int i = 0; i < list.items().size(); i++) {
                FieldValue item = list.items().get(i);
                String written = FieldValue.text(item).strip();
                String label = field + "[" + list.writtenIndex(i) + "]: ";
                Optional<String> path = path(written, r.id().collection(), label, item.position(), problems);
                if (path.isEmpty()) continue;
                String shown = "/" + Routes.clean(path.get());
                String own = Routes.file(Routes.record(r.id()));
                if (path.get().equals(own)) {
                    report(problems, item.position(), label + "'" + written + "' is this record's own address"
                            + " (remove it; only old addresses belong here)");
                } else if (pages.contains(path.get())) {
                    report(problems, item.position(), label + "'" + written + "' is the address of a page the site"
                            + " has (" + shown + "); a redirect there would hide it (remove it, or rename the page)");
                } else if (blockedBy(path.get(), pages).isPresent()) {
                    report(problems, item.position(), label + "'" + written + "' would need a folder where the site has"
                            + " the file " + blockedBy(path.get(), pages).get() + " (remove it, or choose another path)");
                } else if (byPath.containsKey(path.get())) {
                    Redirect first = byPath.get(path.get());
                    report(problems, item.position(), label + "'" + written + "' already redirects to " + first.target()
                            + " (" + first.at().file() + ":" + first.at().line() + "); an address can lead to one"
                            + " record only (remove one of them)");
                } else {
                    byPath.put(path.get(), new Redirect(path.get(), r.id(), item.position()));
                    if (!written.contains("/")) languageVersions(site, r, written, pages, byPath, item.position());
                }
            }
        }
        return List.copyOf(byPath.values());
    }

    /**
     * An old slug was also the address of the record's page in each of the site's other languages
     * ({@code /ru/topics/old/}): each leads to the page in its language. Where such an address is taken (a page, or
     * another redirect) it is left to what holds it; the old slug's own problems were reported for its default address.
     */
    private static void languageVersions(Site site, Record r, String slug, Set<String> pages, Map<String, Redirect> byPath,
                                         SourcePosition at) {
        for (String lang : site.config().otherLanguages()) {
            String path = Routes.file(Routes.record(new RecordId(r.id().collection(), slug), lang, site.config().language()));
            if (!pages.contains(path) && blockedBy(path, pages).isEmpty() && !byPath.containsKey(path)) {
                byPath.put(path, new Redirect(path, r.id(), at, lang));
            }
        }
    }

    /** A file of the site standing where {@code path} needs a folder: {@code /feed.xml/} cannot be made. */
    private static Optional<String> blockedBy(String path, Set<String> pages) {
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            String folder = path.substring(0, i);
            if (pages.contains(folder) || folder.equals(FILE) || folder.equals(Fixity.FILE)) return Optional.of(folder);
        }
        return Optional.empty();
    }

    private static void report(Problems problems, SourcePosition at, String message) {
        if (problems != null) problems.error(at, message);
    }

    /**
     * The output file an old address names, or empty (and a problem) when it is not a safe address inside the
     * site: a bare slug is a record of {@code collection}; a path ending in {@code /} or naming no file is a
     * folder (its {@code index.html}); a path ending in {@code .html} is that file. A message's example is an
     * address of {@code collection}.
     */
    static Optional<String> path(String written, String collection, String label, SourcePosition at, Problems problems) {
        String why = null;
        String p = written;
        if (p.isEmpty()) {
            why = "is empty (write an old slug or a path of the site such as " + example(collection, "old-slug") + ")";
        } else if (p.length() > MAX_LENGTH) {
            why = "is longer than " + MAX_LENGTH + " characters (write an old slug or a path of the site)";
        } else if (p.startsWith("//") || p.startsWith("\\\\") || p.startsWith("/\\") || p.startsWith("\\/")) {
            why = "names another host; a redirect may only lead from an address of this site"
                    + " (write a path such as " + example(collection, "old-slug") + ")";
        } else if (p.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            why = "is a full address; a redirect may only lead from an address of this site"
                    + " (write its path, such as " + example(collection, "old-slug") + ")";
        } else if (p.contains("?") || p.contains("#")) {
            why = "has a query or fragment (write the path alone)";
        } else if (!p.contains("/")) {
            if (!SLUG.matcher(p).matches()) {
                why = "is not a slug (lower-case letters, digits and hyphens) nor a path starting with /";
            } else {
                return Optional.of(Routes.file(Routes.record(new RecordId(collection, p))));
            }
        } else {
            String rel = p.startsWith("/") ? p.substring(1) : p;
            boolean folder = rel.isEmpty() || rel.endsWith("/");
            String[] segments = (folder && !rel.isEmpty() ? rel.substring(0, rel.length() - 1) : rel).split("/", -1);
            for (String s : segments) {
                if (rel.isEmpty()) break;
                if (s.equals("..") || s.equals(".")) {
                    why = "has a '" + s + "' segment; a redirect path is written from the site's root"
                            + " (write it in full, such as " + example(collection, "old-slug") + ")";
                    break;
                }
                if (!SEGMENT.matcher(s).matches()) {
                    why = "has a segment '" + printable(s) + "' that is not made of letters, digits, '.', '_' and '-'"
                            + " or starts with '.' (write a plain path such as " + example(collection, "old-slug") + ")";
                    break;
                }
            }
            if (why == null) {
                if (rel.isEmpty()) return Optional.of("index.html");
                if (folder) return Optional.of(rel + "index.html");
                if (rel.endsWith(".html")) return Optional.of(rel);
                if (segments[segments.length - 1].contains(".")) {
                    why = "names a file that is not a page (a redirect page is HTML: write a folder such as"
                            + " /old/ or a file ending in .html)";
                } else {
                    return Optional.of(rel + "/index.html");
                }
            }
        }
        report(problems, at, label + "'" + printable(written) + "' " + why);
        return Optional.empty();
    }

    /**
     * An address a message gives as its example: a record's {@code slug} in {@code collection}, the portal's own (a
     * message naming the default portal's sessions would puzzle any other's editors), or a bare folder without one.
     */
    static String example(String collection, String slug) {
        return collection.isEmpty() ? "/" + slug + "/" : "/" + collection + "/" + slug + "/";
    }

    /** The collection whose records a message's example address names: the schema's first, or none ({@code ""}). */
    static String exampleCollection(Site site) {
        return site.collections().isEmpty() ? "" : site.collections().get(0).name();
    }

    /** The text as written, with control characters shown as escapes so a message stays one line. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(120).forEach(c -> {
            // Control and format characters (bidirectional overrides among them) would garble or disguise the line.
            if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                    || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        if (s.codePointCount(0, s.length()) > 120) sb.append('…');
        return sb.toString();
    }

    /**
     * A page per redirect: a record's depends on the record (its title shows); one to a generated page names that page
     * as its subject, so the entry changes, and the page is made again, when it leads elsewhere.
     */
    public static List<PageEntry> pages(List<Redirect> redirects) {
        List<PageEntry> entries = new ArrayList<>();
        for (Redirect r : redirects) {
            entries.add(r.toPage()
                    ? new PageEntry(r.path(), PageEntry.Kind.REDIRECT, r.page(), 1, Set.of(), r.language())
                    : new PageEntry(r.path(), PageEntry.Kind.REDIRECT, r.target().toString(), 1,
                            Set.of(Deps.record(r.target())), r.language()));
        }
        return entries;
    }

    /**
     * The {@code _redirects} entry, when the schema has old addresses or a generated page is redirected: it depends on
     * every collection with old addresses, and names each redirect to a generated page, so that it is made again when one
     * comes or goes.
     */
    public static Optional<PageEntry> hostFile(Site site, List<Redirect> redirects) {
        Set<String> deps = new java.util.LinkedHashSet<>();
        site.collections().forEach(c -> {
            if (c.roleField(Role.REDIRECT_FROM).isPresent()) deps.add(Deps.collection(c.name()));
        });
        redirects.stream().filter(Redirect::toPage).forEach(r -> deps.add("moved:" + r.path() + " " + r.page()));
        if (deps.isEmpty()) return Optional.empty();
        return Optional.of(new PageEntry(FILE, PageEntry.Kind.REDIRECTS, "", 1, deps));
    }

    /** The content of a plan entry this class made. */
    public static String render(Site site, PageEntry entry, Collection<Redirect> redirects, accord.render.UiStrings words) {
        if (entry.kind() == PageEntry.Kind.REDIRECTS) return hostFile(site, redirects);
        if (leadsToPage(entry)) return page(site, entry.path(), entry.subject(), entry.language(), words);
        int slash = entry.subject().indexOf('/');
        Record target = site.expect(new RecordId(entry.subject().substring(0, slash), entry.subject().substring(slash + 1)));
        return page(site, entry.path(), target, entry.language(), words);
    }

    /** Where a plan entry of this class comes from, for messages: the record a redirect leads to. */
    public static String origin(Site site, PageEntry entry) {
        if (entry.kind() != PageEntry.Kind.REDIRECT) return "content/schema.yml";
        if (leadsToPage(entry)) return UrlManifest.PATH;
        int slash = entry.subject().indexOf('/');
        return site.expect(new RecordId(entry.subject().substring(0, slash), entry.subject().substring(slash + 1)))
                .source().path();
    }

    /** Whether a redirect page of the plan leads to a generated page: its subject is that page's file, not a record's id. */
    private static boolean leadsToPage(PageEntry entry) {
        return entry.subject().endsWith(".html");
    }

    /**
     * A page at the address of a generated page this build does not make, sending the reader on to {@code to} (an output
     * file: a list's page, the timeline, the home page), named by its title in the words of {@code language}.
     */
    static String page(Site site, String path, String to, String language, accord.render.UiStrings words) {
        String own = site.config().language();
        String lang = language.isEmpty() ? own : language;
        String rest = language.isEmpty() ? to : to.substring(language.length() + 1);
        String title;
        String titleLang = lang;
        if (rest.equals("index.html")) {
            title = site.config().title();
            titleLang = own;
        } else if (rest.startsWith("timeline/")) {
            title = words.text(lang, "timeline");
        } else if (rest.startsWith("changes/")) {
            title = words.text(lang, "what_changed");
        } else {
            String name = rest.substring(0, rest.indexOf('/'));
            var def = site.collections().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            title = def.inLanguage(lang).title();
            titleLang = def.titleLanguage(lang, own);
        }
        String clean = Routes.clean(to);
        return move(site, Routes.root(path) + clean, site.config().baseUrl() + clean, title, !titleLang.equals(lang) ? titleLang : "",
                lang, words);
    }

    /**
     * A page that sends the reader on at once, and says where in words for those whose browser does not follow
     * it. It carries no script and no styles of the theme: it is never meant to be read for long.
     */
    static String page(Site site, String path, Record target, String language, accord.render.UiStrings words) {
        String to = Routes.record(target.id(), language, site.config().language());
        String href = Routes.root(path) + to;
        String canonical = site.config().baseUrl() + to;
        // In the words of the language of the page it sends the reader to, with that page's title where it has one.
        String own = site.config().language();
        String lang = language.isEmpty() ? own : language;
        java.util.Optional<Record> translated = site.find(target.id(), lang);
        String title = translated.map(Record::title).orElse(target.title());
        return move(site, href, canonical, title, translated.isPresent() ? "" : own, lang, words);
    }

    /**
     * The page sending the reader to {@code href} ({@code canonical} in full), whose title is {@code title} (in
     * {@code titleLang} where that is not the page's language {@code lang}, else empty).
     */
    private static String move(Site site, String href, String canonical, String title, String titleLang, String lang,
                               accord.render.UiStrings words) {
        String link = "<a href=\"" + escape(href) + "\"" + (titleLang.isEmpty() ? "" : " lang=\"" + escape(titleLang) + "\"") + ">"
                + escape(title) + "</a>";
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(lang) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(words.text(lang, "moved_title").replace("{title}", title)) + " · "
                + escape(site.config().title()) + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"canonical\" href=\"" + escape(canonical) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + escape(href) + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<main>\n"
                + "<h1>" + escape(words.text(lang, "moved_heading")) + "</h1>\n"
                + "<p>" + Tombstones.fill(escape(words.text(lang, "moved_notice")), java.util.Map.of("{link}", link)) + "</p>\n"
                + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }

    /** {@code _redirects}: one line per old address, {@code from to 301}, both from the host's root. */
    static String hostFile(Site site, Collection<Redirect> redirects) {
        String base = basePath(site.config().baseUrl());
        // The portal's own name of the field with the redirect_from role, in each collection that has one.
        java.util.Set<String> fields = new java.util.TreeSet<>();
        site.collections().forEach(c -> c.roleField(Role.REDIRECT_FROM).ifPresent(f -> fields.add(f.name())));
        StringBuilder sb = new StringBuilder("# Made by Accord from the records' " + (fields.isEmpty() ? "old addresses"
                : String.join(", ", fields)) + "; each old address also has a page.\n");
        if (redirects.stream().anyMatch(Redirect::toPage)) {
            sb.append("# 302: a page of a list or of the timeline that content/urls.txt lists and this build does not make;"
                    + " it may come back.\n");
        }
        for (Redirect r : redirects) {
            sb.append(base).append(Routes.clean(r.path())).append(' ').append(base);
            if (r.toPage()) {
                sb.append(Routes.clean(r.page())).append(" 302\n");
            } else {
                sb.append(Routes.record(r.target(), r.language(), site.config().language())).append(" 301\n");
            }
        }
        return sb.toString();
    }

    static String basePath(String baseUrl) {
        if (baseUrl.startsWith("/")) return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String path = java.net.URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) return "/";
        return path.endsWith("/") ? path : path + "/";
    }

    static String escape(String s) {
        return accord.text.Html.escape(s);
    }
}
