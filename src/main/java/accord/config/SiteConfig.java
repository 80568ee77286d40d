package accord.config;

import accord.problem.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * The site's settings. {@code baseUrl} always ends with '/'; {@code intro} is Markdown for the
 * home page, written at {@code introAt}; {@code rawHtml} allows a sanitised subset of HTML in Markdown bodies (off by default);
 * {@code featured} are the lists the home page shows; {@code pageSize} is how many records a list page holds;
 * {@code publisher} is who keeps the record (shown in every page's header); {@code about} is Markdown for the
 * about page (empty: no about page), written at {@code aboutAt}; {@code highlights} are the records the home
 * page leads with, each with a summary; {@code licence} is the data's licence, if site.yml states one;
 * {@code languages} are the languages the portal is written in ({@code languages: [en, ru, az]}), the default
 * ({@code language}) first. {@code translations} are what the reader-facing texts ({@link #TRANSLATABLE}) say in the
 * other languages, written {@code <key>_<lang>} ({@code title_es}), by key and then by language.
 */
public record SiteConfig(String title, String description, String baseUrl, String language,
                         List<NavItem> navigation, String intro, SourcePosition introAt, boolean rawHtml,
                         List<Featured> featured, int pageSize, String publisher, String about, SourcePosition aboutAt,
                         List<Highlight> highlights, java.util.Optional<Licence> licence,
                         java.util.Optional<Repository> repository, List<String> languages,
                         java.util.Map<String, java.util.Map<String, Translated>> translations) {
    /** The settings whose text readers see and which take a language suffix ({@code title_es}, {@code intro_ru}). */
    public static final List<String> TRANSLATABLE = List.of("title", "description", "intro", "publisher");

    /** A text site.yml gives in one of the other languages, and where ({@code <key>_<lang>}). */
    public record Translated(String text, SourcePosition at) {
        public Translated {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }
    }

    /** What site.yml says for a page in some language: {@code text}, written in {@code lang}, at {@code at}. */
    public record Said(String text, String lang, SourcePosition at) {
    }

    /**
     * {@code text} (the default language's, written at {@code at}) as a page in {@code lang} shows it: its
     * {@code translations} entry for the language where there is one, else itself, in the default language.
     */
    static Said said(String text, SourcePosition at, java.util.Map<String, Translated> translations, String lang,
                     String defaultLanguage) {
        Translated t = lang.isEmpty() ? null : translations.get(lang);
        return t != null ? new Said(t.text(), lang, t.at()) : new Said(text, defaultLanguage, at);
    }

    /**
     * The reader-facing setting {@code key} (one of {@link #TRANSLATABLE}) as a page in {@code lang} (empty: the
     * default language) shows it: its translation, else the default language's text, with the language it is in.
     */
    public Said text(String key, String lang) {
        String text = switch (key) {
            case "title" -> title;
            case "description" -> description;
            case "intro" -> intro;
            case "publisher" -> publisher;
            default -> throw new IllegalArgumentException("not a translatable setting: " + key);
        };
        SourcePosition at = key.equals("intro") ? introAt : SourcePosition.of("content/site.yml");
        // A publisher left out is left out in every language: a translation alone would name one the default pages do not.
        if (text.isEmpty()) return new Said("", language, at);
        return said(text, at, translations.getOrDefault(key, java.util.Map.of()), lang, language);
    }
    /** A portal in one language: {@code languages} is {@code [language]}. */
    public SiteConfig(String title, String description, String baseUrl, String language,
                      List<NavItem> navigation, String intro, SourcePosition introAt, boolean rawHtml,
                      List<Featured> featured, int pageSize, String publisher, String about, SourcePosition aboutAt,
                      List<Highlight> highlights, java.util.Optional<Licence> licence,
                      java.util.Optional<Repository> repository) {
        this(title, description, baseUrl, language, navigation, intro, introAt, rawHtml, featured, pageSize, publisher, about,
                aboutAt, highlights, licence, repository, List.of(language), java.util.Map.of());
    }

    /** Who publishes the records, as pages and citations name it: site.yml's {@code publisher}, else the site's title. */
    public String citedPublisher() {
        return publisher.isBlank() ? title : publisher;
    }

    /**
     * The absolute address of a root-relative {@code href}, when the base URL is an http(s) address; empty when it is
     * only a path (such as {@code /}), since a page, calendar or citation read elsewhere has nothing to resolve it against.
     */
    public java.util.Optional<String> absolute(String href) {
        return baseUrl.startsWith("https://") || baseUrl.startsWith("http://")
                ? java.util.Optional.of(baseUrl + href) : java.util.Optional.empty();
    }

    /**
     * Where the portal's git repository is on the web ({@code repository:} in site.yml): its address, an
     * http(s) URL without a trailing slash or {@code .git}, and the branch edits go to. Record pages link
     * each commit to {@code <url>/commit/<hash>} and offer {@code <url>/edit/<branch>/<path>}, the form
     * GitHub and Gitea use (GitLab redirects it).
     */
    public record Repository(String url, String branch) {
        public Repository {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(branch, "branch");
        }
    }

    /**
     * The licence the portal's data is published under ({@code licence:} or {@code license:} in site.yml):
     * a short identifier such as {@code CC-BY-4.0}, its title, and the address of its text; any may be empty.
     */
    public record Licence(String name, String title, String url) {
        public Licence {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * A record the home page leads with: {@code record} is written {@code collection/slug}; {@code summary} is Markdown,
     * {@code summaries} the summary in other languages ({@code summary_es}).
     */
    public record Highlight(String record, String summary, SourcePosition position, SourcePosition summaryAt,
                            java.util.Map<String, Translated> summaries) {
        public Highlight {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(summaryAt, "summaryAt");
            summaries = java.util.Map.copyOf(summaries);
        }

        /** The summary as a page in {@code lang} shows it ({@link SiteConfig#said}). */
        public Said summary(String lang, String defaultLanguage) {
            return said(summary, summaryAt, summaries, lang, defaultLanguage);
        }
    }

    /**
     * The records of {@code collection} the home page lists: the first {@code limit} in list order, under {@code title}
     * (empty: the collection's title), {@code titles} that title in other languages ({@code title_es}).
     */
    public record Featured(String collection, String title, int limit, SourcePosition position,
                           java.util.Map<String, Translated> titles) {
        public Featured {
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(position, "position");
            titles = java.util.Map.copyOf(titles);
        }

        /** The title as a page in {@code lang} shows it; empty text where site.yml gives none. */
        public Said title(String lang, String defaultLanguage) {
            return title.isEmpty() ? new Said("", defaultLanguage, position) : said(title, position, titles, lang, defaultLanguage);
        }
    }

    /**
     * A navigation entry; {@code href} is relative to the site root. {@code at} is where site.yml wrote the href and
     * {@code index} the entry's place in {@code navigation} (from 0), for an error that names the setting, not the
     * pages that show it. {@code titles} are the title in other languages ({@code title_es}).
     */
    public record NavItem(String title, String href, SourcePosition at, int index, java.util.Map<String, Translated> titles) {
        public NavItem {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(at, "at");
            titles = java.util.Map.copyOf(titles);
        }

        /** The title as a page in {@code lang} shows it ({@link SiteConfig#said}). */
        public Said title(String lang, String defaultLanguage) {
            return said(title, at, titles, lang, defaultLanguage);
        }

        public NavItem(String title, String href) {
            this(title, href, SourcePosition.of("content/site.yml"), 0, java.util.Map.of());
        }
    }

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        navigation = List.copyOf(navigation);
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(introAt, "introAt");
        featured = List.copyOf(featured);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(aboutAt, "aboutAt");
        highlights = List.copyOf(highlights);
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(repository, "repository");
        languages = List.copyOf(languages);
        translations = java.util.Map.copyOf(translations);
        if (languages.isEmpty() || !languages.get(0).equals(language)) {
            throw new IllegalArgumentException("languages must start with the default language " + language + ": " + languages);
        }
    }

    /** The languages after the default one: those a record may be translated into. */
    public List<String> otherLanguages() {
        return languages.subList(1, languages.size());
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, ConfigReader.normaliseBaseUrl(url), language, navigation, intro, introAt, rawHtml,
                featured, pageSize, publisher, about, aboutAt, highlights, licence, repository, languages, translations);
    }
}
