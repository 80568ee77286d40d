package accord.render;

import accord.content.YamlList;
import accord.content.YamlMap;
import accord.content.YamlNode;
import accord.content.YamlReader;
import accord.content.YamlScalar;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The words the theme prints, per language: {@code templates/i18n/<lang>.yml} (the portal's own file, else the
 * bundled theme's), a mapping of keys to text, with {@code months} (the twelve month names as a day's date uses
 * them: "ноября") and {@code months_standalone} (as a month alone uses them: "ноябрь"), {@code date_format}
 * ({@code {day} {month} {year}}), {@code month_format} ({@code {month} {year}}), {@code decimal_separator} and
 * {@code percent_format} ({@code {number} %}). A key the default language has and another language lacks is a
 * warning naming the key and the language; that language then uses the default language's words.
 */
public final class UiStrings {
    static final String FOLDER = "i18n";
    /** The language the bundled theme is written in. */
    static final String THEME_LANGUAGE = "en";
    /**
     * Words whose absence says something of its own (without {@code also_item} a heading stands alone; without {@code
     * also_lower_case} headings are lower-cased; without {@code language_name} the language is named as the JDK names it): a file may leave them out, and the theme's are not put in their place.
     */
    private static final java.util.Set<String> OPTIONAL = java.util.Set.of("also_item", "also_lower_case", "language_name");
    private final String defaultLanguage;
    private final Map<String, Map<String, Object>> byLanguage;
    /** The languages whose own words (a file of the portal's or the theme's) give their name ({@code language_name}). */
    private final java.util.Set<String> withWords;
    /** Each language's own words, without the default language's where it has none. */
    private final Map<String, Map<String, Object>> own;

    private UiStrings(String defaultLanguage, Map<String, Map<String, Object>> byLanguage, java.util.Set<String> withWords,
            Map<String, Map<String, Object>> own) {
        this.defaultLanguage = defaultLanguage;
        this.byLanguage = byLanguage;
        this.withWords = java.util.Set.copyOf(withWords);
        this.own = own;
    }

    /** Reads the strings of {@code languages} (the default first) from {@code templates/i18n/}, else the bundled theme. */
    public static UiStrings load(Optional<Path> portalTemplates, List<String> languages, Problems problems) {
        Map<String, Map<String, Object>> read = new LinkedHashMap<>();
        java.util.Set<String> withWords = new java.util.HashSet<>();
        for (String lang : languages) {
            Optional<Map<String, Object>> strings = read(portalTemplates, lang, problems);
            if (strings.isPresent() && strings.get().get("language_name") instanceof String) withWords.add(lang);
            if (strings.isEmpty()) {
                if (!lang.equals(languages.get(0))) {
                    problems.warning(SourcePosition.of("templates/" + FOLDER + "/" + lang + ".yml"), "no words for the language '"
                            + lang + "': its pages use the default language's (write templates/" + FOLDER + "/" + lang + ".yml)");
                }
                read.put(lang, new TreeMap<>());
            } else {
                read.put(lang, strings.get());
            }
        }
        // A portal whose default language the theme has no words for reads, as before languages existed, in the
        // theme's English; its other languages fall back to those.
        Map<String, Object> defaults = read.get(languages.get(0));
        if (defaults.isEmpty() && !languages.get(0).equals(THEME_LANGUAGE)) {
            // Said, since every page then says it is in that language while the theme's words on it are English (a tag
            // that is no language is an error of site.yml's already).
            if (accord.config.ConfigReader.isLanguageTag(languages.get(0))) {
                problems.warning(SourcePosition.of(fileOf(portalTemplates, languages.get(0))), "no words for the language '"
                        + languages.get(0) + "', the default: its pages use the theme's English words (write templates/"
                        + FOLDER + "/" + languages.get(0) + ".yml)");
            }
            defaults = read(Optional.empty(), THEME_LANGUAGE, problems).orElse(new TreeMap<>());
            read.put(languages.get(0), defaults);
        }
        // The default language's own file, where it lacks words the theme has: every page that used one of them failed
        // with a template error ("'t.timeline' is null or missing", advice meant for template authors). They show the
        // theme's English words instead, and the file is told which keys it lacks, as another language's is.
        Map<String, Object> given = defaults;
        java.util.List<String> lacking = ThemeWords.ENGLISH.keySet().stream().filter(k -> !given.containsKey(k) && !OPTIONAL.contains(k))
                .sorted().toList();
        if (!lacking.isEmpty()) {
            problems.warning(SourcePosition.of(fileOf(portalTemplates, languages.get(0))), (lacking.size() == 1 ? "missing key '"
                    + lacking.get(0) + "'" : "missing " + lacking.size() + " keys") + " for the language '" + languages.get(0)
                    + "', the default: its pages show the theme's English words (add " + String.join(", ", lacking)
                    + " to the file, as the theme's " + THEME_LANGUAGE + ".yml words them)");
            Map<String, Object> filled = new TreeMap<>(defaults);
            lacking.forEach(k -> filled.put(k, ThemeWords.ENGLISH.get(k)));
            defaults = filled;
        }
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        for (String lang : languages) {
            Map<String, Object> own = read.get(lang);
            Map<String, Object> all = new TreeMap<>(defaults);
            if (!lang.equals(languages.get(0)) && !own.isEmpty()) {
                for (String key : defaults.keySet()) {
                    if (!own.containsKey(key)) {
                        problems.warning(SourcePosition.of(fileOf(portalTemplates, lang)), "missing key '" + key + "' for the language '"
                                + lang + "': its pages show the " + languages.get(0) + " words (add " + key + ": ... to the file)");
                    }
                }
            }
            all.putAll(own);
            merged.put(lang, Collections.unmodifiableMap(all));
        }
        return new UiStrings(languages.get(0), merged, withWords, read);
    }

    private static String fileOf(Optional<Path> portalTemplates, String lang) {
        return "templates/" + FOLDER + "/" + lang + ".yml";
    }

    private static Optional<Map<String, Object>> read(Optional<Path> portalTemplates, String lang, Problems problems) {
        String rel = fileOf(portalTemplates, lang);
        Optional<String> text = Optional.empty();
        if (portalTemplates.isPresent()) {
            Path file = portalTemplates.get().resolve(FOLDER).resolve(lang + ".yml");
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    text = Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    problems.error(SourcePosition.of(rel), "cannot read: " + e.getMessage());
                    return Optional.empty();
                }
            }
        }
        if (text.isEmpty()) {
            try (InputStream in = UiStrings.class.getResourceAsStream(Templates.THEME + "/" + FOLDER + "/" + lang + ".yml")) {
                if (in != null) text = Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (text.isEmpty()) return Optional.empty();
        Optional<YamlNode> node = YamlReader.read(text.get(), rel, 1, problems);
        if (node.isEmpty()) return Optional.empty();
        if (!(node.get() instanceof YamlMap map)) {
            problems.error(node.get().position(), "expected a mapping of keys to words (write key: Words readers see)");
            return Optional.empty();
        }
        Map<String, Object> strings = new TreeMap<>();
        for (YamlMap.Entry e : map.entries().values()) {
            String key = e.key().value();
            if (e.value() instanceof YamlScalar s && !s.isNull()) {
                strings.put(key, s.value());
            } else if (e.value() instanceof YamlList l && (key.equals("months") || key.equals("months_standalone"))
                    && l.items().size() == 12 && l.items().stream().allMatch(i -> i instanceof YamlScalar)) {
                strings.put(key, l.items().stream().map(i -> ((YamlScalar) i).value()).toList());
            } else {
                problems.error(e.value().position(), key + ": expected the words readers see"
                        + (key.startsWith("months") ? " (write the twelve month names as a list)" : " (write " + key + ": ...)"));
            }
        }
        return Optional.of(strings);
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** Every key of {@code lang}, with the default language's words where it has none. */
    public Map<String, Object> of(String lang) {
        return byLanguage.getOrDefault(lang.isEmpty() ? defaultLanguage : lang, byLanguage.get(defaultLanguage));
    }

    /**
     * What a language switcher calls {@code lang}: its {@code language_name} where it has words of its own, else its
     * name in itself as the JDK knows it ({@code français}, {@code Deutsch}), since another language's words would name
     * it wrongly ("English"); the code itself when the JDK knows no name for it.
     */
    public String languageName(String lang) {
        String l = lang.isEmpty() ? defaultLanguage : lang;
        if (withWords.contains(l) && byLanguage.containsKey(l) && byLanguage.get(l).get("language_name") instanceof String s) return s;
        java.util.Locale locale = java.util.Locale.forLanguageTag(l);
        String name = locale.getDisplayName(locale);
        return name.isEmpty() ? l : name;
    }

    /**
     * {@code key} in {@code lang} (empty: the default language), or the bundled theme's English words for it where the
     * portal's own files lack the key: for the words Java writes into the feeds, the calendar and JSON-LD.
     */
    public String word(String lang, String key) {
        Object v = of(lang).get(key);
        if (v instanceof String s) return s;
        return ThemeWords.ENGLISH.get(key) instanceof String s ? s : key;
    }

    /** {@code key} as {@code lang}'s own words give it, not the default language's in its place. */
    public Optional<String> own(String lang, String key) {
        return own.getOrDefault(lang.isEmpty() ? defaultLanguage : lang, Map.of()).get(key) instanceof String s
                ? Optional.of(s) : Optional.empty();
    }

    /** The bundled theme's English words, read once. */
    private static final class ThemeWords {
        static final Map<String, Object> ENGLISH = read(Optional.empty(), THEME_LANGUAGE, new Problems()).orElse(Map.of());
    }

    /** {@code key} in {@code lang}, or the key itself when no language has it. */
    public String text(String lang, String key) {
        Object v = of(lang).get(key);
        return v instanceof String s ? s : key;
    }
}
