package accord.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How text becomes search terms, in Java for the index and, line for line, in
 * {@code templates/assets/search.js} for queries; {@code src/test/resources/search/normalise-vectors.json}
 * holds both to the same answers.
 *
 * <p>Folding: Unicode NFKD, lower case, NFKD again (lower-casing {@code İ} makes {@code i} and a dot), every
 * combining mark removed, then the letters readers treat as plain ones mapped by hand: {@code ı}→i,
 * {@code ə}→e, {@code ß}→ss, {@code ø}→o, {@code ł}→l, {@code đ ð}→d, {@code þ}→th, {@code æ}→ae,
 * {@code œ}→oe, final {@code ς}→σ. Cyrillic stays Cyrillic.
 *
 * <p>Tokens: runs of letters and digits, joined by single {@code . / , -} between two of them. A run with
 * no joint is one term. A run of digits and joints only is a number and stays whole ({@code 11.5}). A run
 * with a joint and a digit is an identifier: the whole ({@code 1/cma.6}), each tail that still has a joint
 * ({@code cma.6}), and each part ({@code 1}, {@code cma}, {@code 6}). Any other run gives its parts
 * ({@code abu-dhabi} → {@code abu}, {@code dhabi}). A query keeps an identifier whole.
 */
public final class SearchText {
    private SearchText() {
    }

    public static String fold(String s) {
        if (ascii(s)) return s.toLowerCase(Locale.ROOT);
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        t = Normalizer.normalize(t, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (mark(cp)) continue;
            switch (cp) {
                case 'ı' -> sb.append('i');
                case 'ə' -> sb.append('e');
                case 'ß' -> sb.append("ss");
                case 'ø' -> sb.append('o');
                case 'ł' -> sb.append('l');
                case 'đ', 'ð' -> sb.append('d');
                case 'þ' -> sb.append("th");
                case 'æ' -> sb.append("ae");
                case 'œ' -> sb.append("oe");
                case 'ς' -> sb.append('σ');
                default -> sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** Unicode's {@code \p{M}}: a combining mark, which folding removes. */
    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Unicode's {@code [\p{L}\p{N}]}: a letter or a number, what terms are made of. */
    private static boolean word(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean number(int cp) {
        if (cp < 0x80) return cp >= '0' && cp <= '9';
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean joint(char c) {
        return c == '.' || c == '/' || c == ',' || c == '-';
    }

    /** ASCII text has nothing to decompose or map: lower case is all its folding. */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** {@code term}'s first {@code max} code points: how long a term the index keeps (search.js cuts a query word alike). */
    public static String cut(String term, int max) {
        if (term.length() <= max) return term;
        int n = term.codePointCount(0, term.length());
        return n <= max ? term : term.substring(0, term.offsetByCodePoints(0, max));
    }

    /** The terms {@code text} is indexed under, in order, repeats kept. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        tokens(text, false, out::add);
        return out;
    }

    /** The terms of a query: as {@link #tokens}, but an identifier is only its whole. */
    public static List<String> queryTokens(String text) {
        List<String> out = new ArrayList<>();
        tokens(text, true, out::add);
        return out;
    }

    /** Hands each of {@link #tokens}'s terms to {@code sink}, without making the list. */
    static void eachToken(String text, Consumer<String> sink) {
        tokens(text, false, sink);
    }

    /**
     * One pass over the folded text, no regular expression: a run is letters and numbers, joined by single
     * {@code . / , -} each followed by a letter or number (a joint at a run's end, or two in a row, end it).
     */
    private static void tokens(String text, boolean query, Consumer<String> out) {
        String s = fold(text);
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!word(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean joints = false;
            boolean digit = false;
            boolean numeric = true;
            boolean numericJoints = true;
            while (true) {
                while (i < n) {
                    int c = s.codePointAt(i);
                    if (!word(c)) break;
                    if (number(c)) digit = true;
                    else numeric = false;
                    i += Character.charCount(c);
                }
                if (i + 1 < n && joint(s.charAt(i)) && word(s.codePointAt(i + 1))) {
                    joints = true;
                    if (s.charAt(i) != '.' && s.charAt(i) != ',') numericJoints = false;
                    i++;
                } else {
                    break;
                }
            }
            String run = s.substring(start, i);
            if (!joints) {
                out.accept(run);
            } else if (numeric && numericJoints) {
                out.accept(run);
            } else if (!digit) {
                parts(run, out);
            } else {
                out.accept(run);
                if (query) continue;
                for (int k = 0, last = -1; k < run.length(); k++) {
                    if (!joint(run.charAt(k))) continue;
                    if (last >= 0) out.accept(run.substring(last + 1));
                    last = k;
                }
                parts(run, out);
            }
        }
    }

    private static void parts(String run, Consumer<String> out) {
        int from = 0;
        for (int k = 0; k < run.length(); k++) {
            if (joint(run.charAt(k))) {
                out.accept(run.substring(from, k));
                from = k + 1;
            }
        }
        out.accept(run.substring(from));
    }
}
