package accord.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The slug rule: lower-case ASCII letters and digits in hyphen-separated groups. */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    public static boolean isValid(String s) {
        return SLUG.matcher(s).matches();
    }

    /** A slug made from a title: folded to ASCII, non-alphanumerics collapsed into hyphens. */
    public static String fromTitle(String title) {
        String ascii = Normalizer.normalize(Folding.fold(title), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
