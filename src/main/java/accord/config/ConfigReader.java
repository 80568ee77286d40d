package accord.config;

import accord.content.YamlList;
import accord.content.YamlMap;
import accord.content.YamlNode;
import accord.content.YamlScalar;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.text.Suggestions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Optional;

/** Reads {@code content/site.yml}. A missing file gives defaults; a wrong value is a problem. */
public final class ConfigReader {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** Whether {@code tag} is a language tag as site.yml's language and languages take them (en, ru, az-Latn). */
    public static boolean isLanguageTag(String tag) {
        return LANGUAGE.matcher(tag).matches();
    }
    private static final List<String> KEYS = List.of("title", "description", "base_url", "language", "navigation",
            "intro", "raw_html", "featured", "page_size", "publisher", "about", "highlights", "licence", "license",
            "repository", "keep", "languages");

    /** The settings site.yml may have, in the order the error lists them. */
    public static List<String> settings() {
        return KEYS;
    }
    /** How many records a list page holds unless site.yml says otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** What to write for a setting left without a value, and what deleting its line does instead. */
    private record Fill(String what, String orElse) {
    }

    /**
     * Every setting, by its path ({@code featured[].limit} for a key of a list's entries): a line written with no
     * value (nothing after the colon, {@code ~}, {@code null}) or an empty string is a setting begun and not finished,
     * so it is an error saying what to write, never taken for the default.
     */
    private static final java.util.Map<String, Fill> FILL = java.util.Map.ofEntries(
            java.util.Map.entry("title", new Fill("the portal's title", "delete the line for the default title, Accord portal")),
            java.util.Map.entry("description", new Fill("a sentence about the portal", "delete the line")),
            java.util.Map.entry("base_url", new Fill("the address the site is published at", "delete the line for the default, /")),
            java.util.Map.entry("language", new Fill("a language code such as en", "delete the line for the default, en")),
            java.util.Map.entry("languages", new Fill("the portal's languages, the default first, such as [en, ru]",
                    "delete the line for one language")),
            java.util.Map.entry("navigation", new Fill("its entries, such as '- { title: Search, href: search/ }'",
                    "delete the line")),
            java.util.Map.entry("intro", new Fill("the home page's introduction, in Markdown", "delete the line")),
            java.util.Map.entry("raw_html", new Fill("true or false", "delete the line for the default, false")),
            java.util.Map.entry("featured", new Fill("the home page's lists, such as '- { collection: name, title: Heading,"
                    + " limit: 5 }' with the name of a collection of schema.yml", "delete the line")),
            java.util.Map.entry("featured[].limit", new Fill("how many records the list shows, such as 5",
                    "leave it out to show them all")),
            java.util.Map.entry("page_size", new Fill("how many records a list page holds, such as 50",
                    "delete the line for the default, " + DEFAULT_PAGE_SIZE)),
            java.util.Map.entry("publisher", new Fill("who keeps the record", "delete the line")),
            java.util.Map.entry("about", new Fill("the about page's text, in Markdown", "delete the line for no about page")),
            java.util.Map.entry("highlights", new Fill("the records the home page leads with, such as"
                    + " '- { record: collection/slug, summary: ... }'", "delete the line")),
            java.util.Map.entry("licence", new Fill("the data's licence, such as CC-BY-4.0", "delete the line to state none")),
            java.util.Map.entry("license", new Fill("the data's licence, such as CC-BY-4.0", "delete the line to state none")),
            java.util.Map.entry("licence.name", new Fill("the licence's short name, such as CC-BY-4.0", "leave it out")),
            java.util.Map.entry("license.name", new Fill("the licence's short name, such as CC-BY-4.0", "leave it out")),
            java.util.Map.entry("licence.title", new Fill("the licence's full name", "leave it out")),
            java.util.Map.entry("license.title", new Fill("the licence's full name", "leave it out")),
            java.util.Map.entry("licence.url", new Fill("the address of the licence's text", "leave it out")),
            java.util.Map.entry("license.url", new Fill("the address of the licence's text", "leave it out")),
            java.util.Map.entry("repository", new Fill("the web address of the portal's git repository", "delete the line")),
            java.util.Map.entry("keep", new Fill("the names of files to leave alone, such as [CNAME]", "delete the line")));

    private ConfigReader() {
    }

    public static SiteConfig read(Optional<YamlNode> node, Problems problems) {
        return read(node, new java.util.LinkedHashMap<>(), problems);
    }

    /**
     * The settings {@code node} holds; {@code collections}, the schema's collections in its order, each with its
     * title, give the examples of the messages about navigation and featured lists (none: the messages say it in words).
     */
    public static SiteConfig read(Optional<YamlNode> node, java.util.Map<String, String> collections, Problems problems) {
        if (node.isEmpty()) {
            return new SiteConfig("Accord portal", "", "/", "en", List.of(), "", SourcePosition.of("content/site.yml"), false,
                    List.of(), DEFAULT_PAGE_SIZE, "", "", SourcePosition.of("content/site.yml"), List.of(), Optional.empty(),
                    Optional.empty());
        }
        if (!(node.get() instanceof YamlMap map)) {
            problems.error(node.get().position(), "site.yml must be a mapping of settings (title: ..., base_url: ...)");
            return read(Optional.empty(), collections, problems);
        }
        for (YamlMap.Entry e : map.entries().values()) {
            java.util.regex.Matcher suffixed = SUFFIXED.matcher(e.key().value());
            if (suffixed.matches() && SiteConfig.TRANSLATABLE.contains(suffixed.group(1))) continue; // read with languages
            if (suffixed.matches() && KEYS.contains(suffixed.group(1))) {
                problems.error(e.key().position(), e.key().value() + ": " + suffixed.group(1) + " is written in one language,"
                        + " the default; only " + String.join(", ", SiteConfig.TRANSLATABLE) + " and the titles and summaries"
                        + " of navigation, featured and highlights take a language suffix (remove the line)");
                continue;
            }
            if (!KEYS.contains(e.key().value())) unknown(e, "", KEYS, problems);
        }
        keep(node, problems);
        String title = text(map, "title", problems).orElse("Accord portal");
        String description = text(map, "description", problems).orElse("");
        String baseUrl = text(map, "base_url", problems).orElse("/");
        baseUrlMistake(baseUrl).ifPresent(m -> problems.error(map.find("base_url").get().position(), "base_url: " + m));
        String language = text(map, "language", problems).orElse("en");
        if (!LANGUAGE.matcher(language).matches()) {
            problems.error(map.find("language").get().position(), "language: '" + language
                    + "' is not a language tag (write one such as en, ru or az-Latn)");
        }
        List<String> languages = languages(map, language, problems);
        language = languages.get(0);
        java.util.Map<String, java.util.Map<String, SiteConfig.Translated>> translations = new java.util.LinkedHashMap<>();
        for (String key : SiteConfig.TRANSLATABLE) {
            var byLanguage = translations(map, key, "", languages, problems);
            if (!byLanguage.isEmpty()) translations.put(key, byLanguage);
        }
        String intro = text(map, "intro", problems).orElse("");
        String rawHtml = text(map, "raw_html", problems).orElse("false");
        if (!rawHtml.equals("true") && !rawHtml.equals("false")) {
            problems.error(map.find("raw_html").get().position(), "raw_html: must be true or false (write raw_html: true to allow a safe subset of HTML in bodies)");
        }
        List<SiteConfig.NavItem> nav = new ArrayList<>();
        given(map, "navigation", "navigation", problems).ifPresent(n -> {
            if (!(n instanceof YamlList list)) {
                problems.error(n.position(), "navigation: expected a list of {title, href} (write '- { title: ..., href: ... }')");
                return;
            }
            for (int i = 0; i < list.items().size(); i++) {
                YamlNode item = list.items().get(i);
                if (item instanceof YamlMap m && m.findText("title").isPresent() && m.findText("href").isPresent()) {
                    // As featured and highlights: a misspelt key (titel_es) held a text that went unread.
                    for (YamlMap.Entry e : m.entries().values()) {
                        if (!List.of("title", "href").contains(e.key().value()) && !suffixed(e.key().value(), "title")) {
                            unknown(e, "navigation[" + i + "].", List.of("title", "href"), problems);
                        }
                    }
                    String href = m.findText("href").get().strip();
                    if (!sitePath(href)) {
                        problems.error(m.find("href").get().position(), "navigation[" + i + "].href: '" + href
                                + "' is not a page of this site (write a path relative to the site root, such as "
                                + (collections.isEmpty() ? "search/ or a collection's name and /" : first(collections).getKey() + "/") + ")");
                        continue;
                    }
                    nav.add(new SiteConfig.NavItem(m.findText("title").get(), href, m.find("href").get().position(), i,
                            translations(m, "title", "navigation[" + i + "].", languages, problems)));
                } else {
                    problems.error(item.position(), "navigation: each entry needs a title and an href");
                }
            }
        });
        int pageSize = number(map, "page_size", "page_size", DEFAULT_PAGE_SIZE, problems);
        return new SiteConfig(title, description, normaliseBaseUrl(baseUrl), language, nav, intro,
                map.find("intro").map(YamlNode::position).orElse(SourcePosition.of("content/site.yml")), rawHtml.equals("true"),
                featured(map, collections, languages, problems), pageSize, text(map, "publisher", problems).orElse(""),
                text(map, "about", problems).orElse(""),
                map.find("about").map(YamlNode::position).orElse(SourcePosition.of("content/site.yml")),
                highlights(map, languages, problems), licence(map, problems), RepositoryReader.read(map, problems), languages,
                translations);
    }

    /** A key with a language suffix, {@code title_es}: the key and the language. */
    private static final Pattern SUFFIXED = Pattern.compile("(.+)_([a-z]{2,3})");

    /** Whether {@code written} is {@code key} with a language suffix ({@code title_es} for {@code title}). */
    private static boolean suffixed(String written, String key) {
        java.util.regex.Matcher m = SUFFIXED.matcher(written);
        return m.matches() && m.group(1).equals(key);
    }

    /**
     * {@code key}'s texts in the portal's other languages, written {@code <key>_<lang>} in {@code map} ({@code prefix}
     * names the entry in messages, {@code featured[0].}), by language. A suffix naming a language site.yml does not list,
     * or the default one (whose text is {@code key} itself), is an error at its line.
     */
    private static java.util.Map<String, SiteConfig.Translated> translations(YamlMap map, String key, String prefix,
                                                                             List<String> languages, Problems problems) {
        java.util.Map<String, SiteConfig.Translated> byLanguage = new java.util.LinkedHashMap<>();
        for (YamlMap.Entry e : map.entries().values()) {
            java.util.regex.Matcher m = SUFFIXED.matcher(e.key().value());
            if (!m.matches() || !m.group(1).equals(key)) continue;
            String lang = m.group(2);
            String path = prefix + e.key().value();
            if (!languages.contains(lang)) {
                problems.error(e.key().position(), path + ": no language '" + lang + "' in site.yml (add it to languages: ["
                        + String.join(", ", languages) + "], or remove the line)");
                continue;
            }
            if (lang.equals(languages.get(0))) {
                problems.error(e.key().position(), path + ": " + lang + " is the default language, whose text is " + prefix
                        + key + " (write it there, and remove this line)");
                continue;
            }
            text(map, e.key().value(), path, problems).ifPresent(t -> byLanguage.put(lang, new SiteConfig.Translated(t,
                    e.value().position())));
        }
        return byLanguage;
    }

    /**
     * {@code languages: [en, ru, az]}: the portal's languages, the default first. Without it, the portal has one,
     * {@code language}; with both, {@code language} must be the first.
     */
    private static List<String> languages(YamlMap map, String language, Problems problems) {
        Optional<YamlNode> node = given(map, "languages", "languages", problems);
        if (node.isEmpty()) return List.of(language);
        if (!(node.get() instanceof YamlList list) || list.items().isEmpty()) {
            problems.error(node.get().position(), "languages: expected a list of language tags, the default first (write languages: [en, ru, az])");
            return List.of(language);
        }
        List<String> languages = new ArrayList<>();
        for (YamlNode item : list.items()) {
            String tag = item instanceof YamlScalar s ? s.value().strip() : "";
            if (!tag.matches("[a-z]{2,3}")) {
                problems.error(item.position(), "languages: '" + tag + "' is not a two- or three-letter language code in lower case (write one such as en, ru or az)");
            } else if (languages.contains(tag)) {
                problems.error(item.position(), "languages: '" + tag + "' is listed twice (delete one)");
            } else {
                languages.add(tag);
            }
        }
        if (languages.isEmpty()) return List.of(language);
        if (map.findText("language").filter(t -> !t.isBlank()).isPresent() && !languages.get(0).equals(language)) {
            problems.error(map.find("language").get().position(), "language: '" + language + "' is not the first of languages ("
                    + languages.get(0) + "); the first is the default (delete language:, or put it first)");
        }
        return List.copyOf(languages);
    }

    /**
     * {@code highlights:} the records the home page leads with, each {@code { record: collection/slug, summary }}.
     * Whether the record exists is checked when the home page renders.
     */
    private static List<SiteConfig.Highlight> highlights(YamlMap map, List<String> languages, Problems problems) {
        List<SiteConfig.Highlight> highlights = new ArrayList<>();
        Optional<YamlNode> node = given(map, "highlights", "highlights", problems);
        if (node.isEmpty()) return highlights;
        String example = " (write '- { record: collection/slug, summary: \"One paragraph about it.\" }', with the"
                + " collection's name and the record's file name without .md)";
        if (!(node.get() instanceof YamlList list)) {
            problems.error(node.get().position(), "highlights: expected a list of { record, summary }" + example);
            return highlights;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            if (!(item instanceof YamlMap m) || m.findText("record").isEmpty() || !m.findText("record").get().contains("/")) {
                problems.error(item.position(), "highlights[" + i + "]: each entry needs a record written collection/slug" + example);
                continue;
            }
            for (YamlMap.Entry e : m.entries().values()) {
                if (!List.of("record", "summary").contains(e.key().value()) && !suffixed(e.key().value(), "summary")) {
                    unknown(e, "highlights[" + i + "].", List.of("record", "summary"), problems);
                }
            }
            highlights.add(new SiteConfig.Highlight(m.findText("record").get().strip(), m.findText("summary").orElse("").strip(),
                    m.find("record").get().position(),
                    m.find("summary").map(YamlNode::position).orElse(m.find("record").get().position()),
                    translations(m, "summary", "highlights[" + i + "].", languages, problems)));
        }
        return highlights;
    }

    /**
     * {@code licence:} (or {@code license:}) the data's licence, as {@code { name, title, url }} (name: a
     * short identifier such as CC-BY-4.0; url: where its text is), or just the name.
     */
    private static Optional<SiteConfig.Licence> licence(YamlMap map, Problems problems) {
        String key = map.find("licence").isPresent() ? "licence" : "license";
        if (map.find("licence").isPresent() && map.find("license").isPresent()) {
            problems.error(map.find("license").get().position(), "license: give the licence once, as licence or license");
        }
        Optional<YamlNode> node = given(map, key, key, problems);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YamlScalar s) return Optional.of(new SiteConfig.Licence(s.value().strip(), "", ""));
        String how = " (write " + key + ": { name: CC-BY-4.0, title: Creative Commons Attribution 4.0,"
                + " url: https://creativecommons.org/licenses/by/4.0/ })";
        if (!(node.get() instanceof YamlMap m)) {
            problems.error(node.get().position(), key + ": expected a name or a mapping of name, title and url" + how);
            return Optional.empty();
        }
        for (YamlMap.Entry e : m.entries().values()) {
            if (!List.of("name", "title", "url").contains(e.key().value())) {
                problems.error(e.key().position(), key + "." + e.key().value() + ": unknown key" + how);
            }
        }
        String name = text(m, "name", key + ".name", problems).orElse("");
        String title = text(m, "title", key + ".title", problems).orElse("");
        String url = text(m, "url", key + ".url", problems).orElse("");
        if (!url.isEmpty() && !url.matches("https?://[^\\s\"<>]+")) {
            problems.error(m.find("url").get().position(), key + ".url: '" + url + "' is not an http(s) address" + how);
            url = "";
        }
        if (name.isEmpty() && title.isEmpty() && url.isEmpty()) {
            problems.error(node.get().position(), key + ": give at least a name, a title or a url" + how);
            return Optional.empty();
        }
        return Optional.of(new SiteConfig.Licence(name, title, url));
    }

    /**
     * {@code featured:} the home page's lists, each {@code { collection, title, limit }}. Whether the
     * collection exists is checked against the schema by the build.
     */
    /** {@code words} as a value of a YAML flow mapping: as they are when plain letters, else in double quotes. */
    private static String yamlWords(String words) {
        return words.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} '-]*") ? words
                : "\"" + words.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The schema's first collection, the examples' (the caller makes sure there is one). */
    private static java.util.Map.Entry<String, String> first(java.util.Map<String, String> collections) {
        return collections.entrySet().iterator().next();
    }

    private static List<SiteConfig.Featured> featured(YamlMap map, java.util.Map<String, String> collections,
                                                     List<String> languages, Problems problems) {
        List<SiteConfig.Featured> featured = new ArrayList<>();
        String example = collections.isEmpty()
                ? " (write '- { collection: name, title: Heading, limit: 5 }', with the name of a collection of schema.yml)"
                : " (write '- { collection: " + first(collections).getKey() + ", title: "
                        + yamlWords(first(collections).getValue()) + ", limit: 5 }')";
        Optional<YamlNode> node = given(map, "featured", "featured", problems);
        if (node.isEmpty()) return featured;
        if (!(node.get() instanceof YamlList list)) {
            problems.error(node.get().position(), "featured: expected a list of { collection, title, limit }" + example);
            return featured;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            if (!(item instanceof YamlMap m) || m.findText("collection").isEmpty()) {
                problems.error(item.position(), "featured[" + i + "]: each entry needs a collection" + example);
                continue;
            }
            for (YamlMap.Entry e : m.entries().values()) {
                if (!List.of("collection", "title", "limit").contains(e.key().value()) && !suffixed(e.key().value(), "title")) {
                    unknown(e, "featured[" + i + "].", List.of("collection", "title", "limit"), problems);
                }
            }
            int limit = number(m, "limit", "featured[" + i + "].limit", Integer.MAX_VALUE, problems);
            featured.add(new SiteConfig.Featured(m.findText("collection").get().strip(), m.findText("title").orElse("").strip(),
                    limit, m.find("collection").get().position(), translations(m, "title", "featured[" + i + "].", languages, problems)));
        }
        return featured;
    }

    /** A whole number of at least 1, or {@code fallback} when absent; {@code path} names it in messages. */
    private static int number(YamlMap map, String key, String path, int fallback, Problems problems) {
        Optional<String> text = text(map, key, path, problems);
        if (text.isEmpty()) return fallback;
        if (!text.get().matches("[0-9]{1,6}") || Integer.parseInt(text.get()) < 1) {
            problems.error(map.find(key).get().position(), key + ": '" + text.get()
                    + "' is not a whole number of at least 1 (write, for example, " + key + ": 20)");
            return fallback;
        }
        return Integer.parseInt(text.get());
    }

    /**
     * What is wrong with {@code url} as the site's address, site.yml's {@code base_url} or {@code --base-url}, in words
     * that follow the name of either: empty when it is valid. Every link a page makes starts with it, so a build with
     * an invalid one would blame every page for a broken link; it stops at this one message instead. A value with no
     * scheme that reads as a host ({@code example.com}) is given back with {@code https://} in front, ready to copy.
     */
    public static Optional<String> baseUrlMistake(String url) {
        if (validBaseUrl(url)) return Optional.empty();
        String write = "write the address the site is published at";
        String withScheme = "https://" + url;
        if (!url.startsWith("/") && !url.contains(":") && validBaseUrl(withScheme)) {
            write += ", such as " + normaliseBaseUrl(withScheme);
        }
        return Optional.of("'" + url + "' must start with https://, http:// or / (" + write + ")");
    }

    /** An absolute http(s) address with a host, or a path from the server's root such as {@code /portal/}. */
    private static boolean validBaseUrl(String url) {
        if (url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')) return false;
        try {
            URI uri = new URI(url);
            if (url.startsWith("/")) return !url.startsWith("//") && uri.getScheme() == null;
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A navigation target inside the site: a relative path with no scheme (however disguised), no
     * leading slash and no {@code ..}, so a menu entry can neither run script nor leave the site.
     */
    static boolean sitePath(String href) {
        if (href.isEmpty() || href.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == '\\' || c == '"' || c == '<' || c == '>')) {
            return false;
        }
        if (href.startsWith("/") || href.contains(":")) return false;
        for (String part : href.split("[/?#]", -1)) {
            if (part.equals("..")) return false;
        }
        return true;
    }

    /**
     * A warning at site.yml's {@code base_url} when it is a documentation placeholder (RFC 2606: example.org,
     * example.com, example.net and their subdomains): every absolute address Accord writes (feeds, calendars,
     * citations, the canonical, OpenGraph and Dublin Core tags, the data files) would point there. Not called when
     * {@code --base-url} replaces it.
     */
    public static void warnIfPlaceholder(Optional<YamlNode> node, SiteConfig config, Problems problems) {
        if (node.isEmpty() || !(node.get() instanceof YamlMap map) || map.find("base_url").isEmpty()) return;
        String host;
        try {
            host = java.net.URI.create(config.baseUrl()).getHost();
        } catch (IllegalArgumentException e) {
            return;
        }
        java.util.regex.Matcher m = Pattern.compile("(?:.+\\.)?(example\\.(?:org|com|net))\\.?")
                .matcher(host == null ? "" : host.toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) return;
        problems.warning(map.find("base_url").get().position(), "base_url: '" + config.baseUrl() + "' is a placeholder ("
                + m.group(1) + " is reserved for examples), and feeds, calendars, citations and the page addresses that search"
                + " engines and social sites read would point there (write the address the site is published at, or build"
                + " with --base-url)");
    }

    /**
     * {@code keep:}, the files and folders at the top of the output folder that Accord did not make and must
     * leave as they are (a git host's {@code CNAME} or {@code .nojekyll}): plain names, each at most once, never
     * one of Accord's own. Invalid entries are errors here and left out of the list.
     */
    public static List<String> keep(Optional<YamlNode> node, Problems problems) {
        List<String> names = new ArrayList<>();
        if (node.isEmpty() || !(node.get() instanceof YamlMap map)) return names;
        Optional<YamlNode> keep = given(map, "keep", "keep", problems);
        if (keep.isEmpty()) return names;
        if (!(keep.get() instanceof YamlList list)) {
            problems.error(keep.get().position(), "keep: expected a list of file names, found " + keep.get().describe()
                    + " (write keep: [CNAME])");
            return names;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            if (!(item instanceof YamlScalar)) {
                problems.error(item.position(), "keep[" + i + "]: expected a file name, found " + item.describe()
                        + " (list plain names such as CNAME or .nojekyll)");
                continue;
            }
            String name = item instanceof YamlScalar s && !s.isNull() ? s.value().strip() : "";
            String why = name.isEmpty() ? "is empty"
                    : name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                        ? "must be a name at the top of the output folder, without '/', '\\' or '..'"
                    : name.startsWith(".accord") || name.endsWith(".accord-tmp") ? "is a name Accord uses itself"
                    : name.chars().anyMatch(c -> c < 0x20 || c == 0x7f) ? "holds a control character"
                    : names.contains(name) ? "is listed twice" : null;
            if (why != null) {
                problems.error(item.position(), "keep[" + i + "]: '" + name + "' " + why
                        + " (list plain names such as CNAME or .nojekyll)");
                continue;
            }
            names.add(name);
        }
        return names;
    }

    static String normaliseBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static Optional<String> text(YamlMap map, String key, Problems problems) {
        return text(map, key, key, problems);
    }

    /** {@code key}'s text, {@code path} naming it in messages ({@code licence.url}); empty when not given or given blank. */
    private static Optional<String> text(YamlMap map, String key, String path, Problems problems) {
        Optional<YamlNode> n = given(map, key, path, problems);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() instanceof YamlScalar s) return Optional.of(s.value().strip());
        SourcePosition at = n.get().position();
        problems.error(at, path + ": expected a text value, found " + n.get().describe());
        return Optional.empty();
    }

    /**
     * The value written for {@code key}, or empty when its line is absent or gives no value: nothing after the colon,
     * {@code ~} or {@code null} (YAML's words for no value), or a quoted empty or blank string. A line without a value
     * is reported, at the key (at the word for {@code ~} and {@code null}), with what to write ({@link #FILL}): it is a
     * setting begun and not finished, and the default it would silently give ("Accord portal") is not what was meant.
     */
    static Optional<YamlNode> given(YamlMap map, String key, String path, Problems problems) {
        YamlMap.Entry e = map.entries().get(key);
        if (e == null) return Optional.empty();
        if (!(e.value() instanceof YamlScalar s) || !s.isNull() && !s.value().isBlank()) return Optional.of(e.value());
        Fill fill = FILL.getOrDefault(path.replaceAll("\\[[0-9]+\\]", "[]"), new Fill("its value", "delete the line"));
        if (s.isNull() && !s.value().isEmpty()) {
            problems.error(s.position(), path + ": unquoted " + s.value() + " is YAML for no value (replace it with " + fill.what()
                    + ", or " + fill.orElse() + ")");
        } else {
            problems.error(e.key().position(), path + ": " + (s.isNull() ? "no value" : "empty value") + " (write " + fill.what()
                    + ", or " + fill.orElse() + ")");
        }
        return Optional.empty();
    }

    /**
     * A setting site.yml does not know is an error: the setting meant goes unread, and with it what it held (an intro
     * written under 'introduction' left the home page without one). The hint is the nearest known name, or the one
     * known name the written one starts with or is the start of ('introduction', 'intro').
     */
    private static void unknown(YamlMap.Entry e, String prefix, java.util.Collection<String> known, Problems problems) {
        String name = e.key().value();
        Optional<String> near = Suggestions.nearest(name, known);
        if (near.isEmpty()) {
            List<String> starts = known.stream().filter(k -> Math.min(k.length(), name.length()) >= 3
                    && (name.startsWith(k) || k.startsWith(name))).toList();
            if (starts.size() == 1) near = Optional.of(starts.get(0));
        }
        int suffix = name.lastIndexOf('_');
        if (near.isEmpty() && suffix > 0) {
            // A language's text under a misspelt name (titel_ru): the name meant, with the same language.
            near = Suggestions.nearest(name.substring(0, suffix), known)
                    .filter(k -> List.of("title", "summary", "description", "intro", "publisher").contains(k))
                    .map(k -> k + name.substring(suffix));
        }
        problems.error(e.key().position(), prefix + name + ": unknown setting"
                + near.map(k -> " (did you mean '" + k + "'?)").orElse(" (known: " + String.join(", ", known) + ")"));
    }
}
