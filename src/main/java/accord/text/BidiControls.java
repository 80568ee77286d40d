package accord.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Unicode bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
 * Right-to-left text (Arabic, Hebrew) needs none of them, but one left open reorders whatever follows it
 * on the line, the page's own words included ("Trojan Source"), so Accord takes them out of every value
 * it shows. Markdown's numeric character references for them ({@code &#x202E;}, {@code &#8238;}) count too,
 * since the renderer would decode them.
 */
public final class BidiControls {
    private static final Pattern CONTROL = Pattern.compile(
            "[\u202A-\u202E\u2066-\u2069]|&#(?:[xX]0*(?:202[a-eA-E]|206[6-9])|0*(?:823[4-8]|829[4-7]));");

    private static final Pattern REFERENCE = Pattern.compile("&#([xX])?0*([0-9a-fA-F]+);");

    private BidiControls() {
    }

    /** The first control in {@code text} (a character or its reference), if any. */
    public static java.util.Optional<Found> find(String text) {
        if (!mayContain(text)) return java.util.Optional.empty();
        Matcher m = CONTROL.matcher(text);
        if (!m.find()) return java.util.Optional.empty();
        int first = m.start();
        int count = 1;
        while (m.find()) count++;
        return java.util.Optional.of(new Found(first, codePoint(text, first), count));
    }

    /** {@code text} without any control. */
    public static String strip(String text) {
        return mayContain(text) ? CONTROL.matcher(text).replaceAll("") : text;
    }

    /** What {@link #find} found: where the first control starts, which one it is, and how many there are. */
    public record Found(int offset, int codePoint, int count) {
        /** {@code U+202E RIGHT-TO-LEFT OVERRIDE}. */
        public String describe() {
            return String.format(Locale.ROOT, "U+%04X %s", codePoint, Character.getName(codePoint));
        }
    }

    /** A quick test that rules out almost every string without running the pattern. */
    private static boolean mayContain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') return true;
        }
        return false;
    }

    private static int codePoint(String text, int at) {
        char c = text.charAt(at);
        if (c != '&') return c;
        Matcher m = REFERENCE.matcher(text);
        if (!m.find(at)) throw new IllegalStateException("no reference at " + at);
        return Integer.parseInt(m.group(2), m.group(1) != null ? 16 : 10);
    }
}
