package accord.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's templates use to speak its language: {@code ui.date(iso, text)} writes a date as readers of
 * the page's language write it ({@code 14 ноября 2024}, {@code 14 noyabr 2024}), keeping what follows the date in
 * {@code text} (its basis); {@code ui.number(text)} writes a number or a percentage with the language's decimal
 * separator ({@code 11,5 %}); {@code ui.href(href)} leads to the page's language version of a record when the
 * record has one. In the default language each returns what it is given where that is English, so those pages read as
 * the records are written; a portal in another language has its dates and numbers in that language's words.
 */
public final class Ui {
    /** A date as written ({@code 2024}, {@code 2024-11}, {@code 2024-11-14}), or a moment's ({@code 2024-11-14T10:00:00+04:00}) date. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T.*)?)?)?");
    private static final Pattern NUMBER = Pattern.compile("(-?\\d+)(?:\\.(\\d+))?(\\s?%)?");
    private static final String[] ENGLISH = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private final String lang;
    private final boolean isDefault;
    /**
     * Whether dates and numbers are shown as the records write them: on the default language's pages when that is
     * English, which is how records write them ({@code 14 November 2024}, {@code 11.5%}). A portal whose default
     * language is another writes them on its pages in that language's words, as its translations' pages do.
     */
    private final boolean asWritten;
    private final String defaultLanguage;
    private final Map<String, Object> strings;
    private final Set<String> translatedHrefs;

    /**
     * {@code translatedHrefs}: the root-relative hrefs (as the default language has them) of every record translated
     * into {@code lang} and of every site page that has a version in it (lists, the timeline, search, data, home: "").
     */
    Ui(String lang, String defaultLanguage, Map<String, Object> strings, Set<String> translatedHrefs) {
        this.lang = lang;
        this.isDefault = lang.equals(defaultLanguage);
        this.asWritten = isDefault && (lang.equals("en") || lang.startsWith("en-"));
        this.defaultLanguage = defaultLanguage;
        this.strings = strings;
        this.translatedHrefs = Set.copyOf(translatedHrefs);
    }

    public String lang() {
        return lang;
    }

    /**
     * A record's date as the record's page in a language writes it ({@code 14 ноября 2024}), without its basis
     * ({@link #recordDateBases}), or "" for a record with no date: for what shows a record outside its pages (search
     * results).
     */
    public static java.util.function.BiFunction<accord.model.Record, String, String> recordDates(accord.config.SiteConfig config,
                                                                                              UiStrings strings) {
        Map<String, Ui> uis = new java.util.concurrent.ConcurrentHashMap<>();
        return (r, lang) -> r.date().map(d -> uis.computeIfAbsent(lang, l -> new Ui(l, config.language(), strings.of(l), Set.of()))
                .date(d.iso(), d.display())).orElse("");
    }

    /**
     * How a record's date is known (its {@code date_basis}) as the record's page in a language shows it: a part of its
     * own, in the language it was written in, the default language's where a translation leaves it to the record's own
     * file ({@link Views.PartView#NONE} where the record does not say). For what shows a record outside its pages.
     */
    public static java.util.function.BiFunction<accord.model.Record, String, Views.PartView> recordDateBases(
            accord.config.SiteConfig config) {
        return (r, lang) -> RecordViews.basis(r, lang, config.language());
    }

    /** A day (a removal's) as a page in {@code lang} writes it: {@code 30 November 2026}, {@code 30 ноября 2026}. */
    public static String day(UiStrings strings, String lang, java.time.LocalDate day) {
        Ui ui = new Ui(lang, strings.defaultLanguage(), strings.of(lang), Set.of());
        return ui.date(day.toString(), day.getDayOfMonth() + " " + ENGLISH[day.getMonthValue() - 1] + " " + day.getYear());
    }

    /** {@code text}, a date written in English as {@code iso} says, in the page's language; what follows the date is kept. */
    public String date(String iso, String text) {
        if (asWritten || iso == null) return text;
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) return text;
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String english = month == 0 ? Integer.toString(year)
                : day == 0 ? ENGLISH[month - 1] + " " + year : day + " " + ENGLISH[month - 1] + " " + year;
        // The history writes a commit's day with the month's first three letters: 14 Nov 2024.
        String shortForm = month == 0 || day == 0 ? english : day + " " + ENGLISH[month - 1].substring(0, 3) + " " + year;
        if (text.startsWith(english)) return format(year, month, day) + text.substring(english.length());
        if (text.startsWith(shortForm)) return format(year, month, day) + text.substring(shortForm.length());
        return text;
    }

    private String format(int year, int month, int day) {
        if (month == 0) return Integer.toString(year);
        if (day == 0) {
            return word("month_format", "{month} {year}").replace("{month}", month("months_standalone", month))
                    .replace("{year}", Integer.toString(year));
        }
        return word("date_format", "{day} {month} {year}").replace("{day}", Integer.toString(day))
                .replace("{month}", month("months", month)).replace("{year}", Integer.toString(year));
    }

    private String month(String key, int month) {
        Object v = strings.get(key);
        if (!(v instanceof List<?> l)) v = strings.get("months");
        return v instanceof List<?> names && names.size() == 12 ? String.valueOf(names.get(month - 1)) : ENGLISH[month - 1];
    }

    private String word(String key, String fallback) {
        return strings.get(key) instanceof String s ? s : fallback;
    }

    private static final Pattern ENGLISH_DATE = Pattern.compile(
            "\\b(?:(\\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})\\b");

    /**
     * {@code text} with every date in it written in English ({@code 14 November 2024}, {@code November 2024}) as the
     * page's language writes it: for a short line made of a record's fields (a list's {@code meta}), which has no
     * {@code iso} of its own.
     */
    public String dates(String text) {
        if (asWritten || text == null) return text;
        Matcher m = ENGLISH_DATE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int month = java.util.Arrays.asList(ENGLISH).indexOf(m.group(2)) + 1;
            int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(format(Integer.parseInt(m.group(3)), month, day)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A number or percentage written in English ({@code 11.5%}) as the page's language writes it ({@code 11,5 %}); other text as it is. */
    public String number(String text) {
        if (asWritten || text == null) return text;
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) return text;
        String n = m.group(1) + (m.group(2) == null ? "" : word("decimal_separator", ".") + m.group(2));
        return m.group(3) == null ? n : word("percent_format", "{number}%").replace("{number}", n);
    }

    /** Whether {@link #number} writes {@code text} in the page's language: a number or a percentage, which has no language of its own. */
    static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text.strip()).matches();
    }

    /**
     * The default language's code when the record at {@code href} is shown in it on this page (it is not translated
     * into the page's language), for a {@code lang} attribute on its title; empty when the title is in the page's
     * language.
     */
    public String fallback(String href) {
        return isDefault || translatedHrefs.contains(href) ? "" : defaultLanguage;
    }

    /**
     * The default language's code on a page in another language, empty on the default language's: the language
     * of what site.yml says (the site's title, the home page's introduction), written in the default language.
     */
    public String original() {
        return isDefault ? "" : defaultLanguage;
    }

    /** The page's language version of a record's or site page's root-relative href when there is one; any other href as it is. */
    public String href(String href) {
        if (isDefault || !translatedHrefs.contains(href)) return href;
        return lang + "/" + href;
    }
}
