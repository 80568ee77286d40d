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
 * record has one. In the default language each returns what it is given, so those pages read as before.
 */
public final class Ui {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern NUMBER = Pattern.compile("(-?\\d+)(?:\\.(\\d+))?(\\s?%)?");
    private static final String[] ENGLISH = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private final String lang;
    private final boolean isDefault;
    private final Map<String, Object> strings;
    private final Set<String> translatedHrefs;

    Ui(String lang, boolean isDefault, Map<String, Object> strings, Set<String> translatedHrefs) {
        this.lang = lang;
        this.isDefault = isDefault;
        this.strings = strings;
        this.translatedHrefs = translatedHrefs;
    }

    public String lang() {
        return lang;
    }

    /** {@code text}, a date written in English as {@code iso} says, in the page's language; what follows the date is kept. */
    public String date(String iso, String text) {
        if (isDefault || iso == null) return text;
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) return text;
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String english = month == 0 ? Integer.toString(year)
                : day == 0 ? ENGLISH[month - 1] + " " + year : day + " " + ENGLISH[month - 1] + " " + year;
        if (!text.startsWith(english)) return text;
        return format(year, month, day) + text.substring(english.length());
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

    /** A number or percentage written in English ({@code 11.5%}) as the page's language writes it ({@code 11,5 %}); other text as it is. */
    public String number(String text) {
        if (isDefault || text == null) return text;
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) return text;
        String n = m.group(1) + (m.group(2) == null ? "" : word("decimal_separator", ".") + m.group(2));
        return m.group(3) == null ? n : word("percent_format", "{number}%").replace("{number}", n);
    }

    /** The page's language version of a record's root-relative href when there is one; any other href as it is. */
    public String href(String href) {
        if (isDefault || !translatedHrefs.contains(href)) return href;
        return lang + "/" + href;
    }
}
