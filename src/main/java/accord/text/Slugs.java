package accord.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The slug rule: lower-case ASCII letters and digits in hyphen-separated groups. */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    /** Names Windows keeps for devices: no file may be called so, whatever its extension. */
    private static final java.util.Set<String> DEVICE_NAMES = java.util.Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** Whether Windows keeps {@code name} (its part before any dot, in any case) for a device. */
    public static boolean isDeviceName(String name) {
        int dot = name.indexOf('.');
        return DEVICE_NAMES.contains((dot < 0 ? name : name.substring(0, dot)).toLowerCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String s) {
        return SLUG.matcher(s).matches();
    }

    /**
     * Cyrillic letters (Russian and the letters Azerbaijani, Kazakh, Kyrgyz, Tajik, Uzbek and Mongolian Cyrillic
     * add) as Latin, in the everyday romanisation of names: {@code Джаббаров} is {@code dzhabbarov}.
     */
    private static final String[][] CYRILLIC = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ж", "zh"}, {"з", "z"},
            {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"},
            {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"},
            {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"},
            {"ё", "e"}, {"є", "ye"}, {"і", "i"}, {"ї", "yi"}, {"ґ", "g"}, {"ә", "a"}, {"ғ", "gh"}, {"қ", "q"},
            {"ң", "ng"}, {"ө", "o"}, {"ұ", "u"}, {"ү", "u"}, {"һ", "h"}, {"ҳ", "h"}, {"ҷ", "j"}, {"ӣ", "i"},
            {"ӯ", "u"}, {"ҹ", "j"}, {"ҝ", "g"}, {"ј", "y"}, {"ў", "o"}, {"ҕ", "g"}};
    private static final java.util.Map<Character, String> LATIN = new java.util.HashMap<>();

    static {
        for (String[] pair : CYRILLIC) LATIN.put(pair[0].charAt(0), pair[1]);
    }

    /**
     * A slug made from a title: folded to ASCII (Cyrillic romanised), non-alphanumerics collapsed into hyphens.
     * {@code untitled} when nothing is left; {@link #forNewRecord} never gives that.
     */
    public static String fromTitle(String title) {
        String slug = slugOf(title);
        return slug.isEmpty() ? "untitled" : slug;
    }

    /**
     * The slug for a new record titled {@code title}: {@link #fromTitle}, and where a title has no letter Accord
     * can romanise (Chinese, Arabic, ...), its characters' code points ({@code u4e2d-u6587}), so the file name is
     * still unique to the title.
     */
    public static String forNewRecord(String title) {
        String slug = slugOf(title);
        if (!slug.isEmpty()) return slug;
        StringBuilder sb = new StringBuilder();
        title.codePoints().filter(Character::isLetterOrDigit).limit(12)
                .forEach(cp -> sb.append(sb.length() == 0 ? "" : "-").append('u').append(Integer.toHexString(cp)));
        return sb.length() == 0 ? "record" : sb.toString();
    }

    private static String slugOf(String title) {
        // Romanised before folding, which would take the breve off й and read it as и.
        String lower = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder romanised = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = LATIN.get(c);
            romanised.append(latin != null ? latin : String.valueOf(c));
        }
        String ascii = Normalizer.normalize(Folding.fold(romanised.toString()), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug;
    }
}
