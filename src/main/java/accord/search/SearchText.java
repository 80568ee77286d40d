package accord.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+(?:[./,\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern JOINT = Pattern.compile("[./,\\-]");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*");

    private SearchText() {
    }

    public static String fold(String s) {
        if (ascii(s)) return s.toLowerCase(Locale.ROOT);
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
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
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** ASCII text has nothing to decompose or map: lower case is all its folding. */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    private static boolean hasJoint(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '.' || c == '/' || c == ',' || c == '-') return true;
        }
        return false;
    }

    /** {@code term}'s first {@code max} code points: how long a term the index keeps (search.js cuts a query word alike). */
    public static String cut(String term, int max) {
        if (term.length() <= max) return term;
        int n = term.codePointCount(0, term.length());
        return n <= max ? term : term.substring(0, term.offsetByCodePoints(0, max));
    }

    /** The terms {@code text} is indexed under, in order, repeats kept. */
    public static List<String> tokens(String text) {
        return tokens(text, false);
    }

    /** The terms of a query: as {@link #tokens}, but an identifier is only its whole. */
    public static List<String> queryTokens(String text) {
        return tokens(text, true);
    }

    private static List<String> tokens(String text, boolean query) {
        List<String> out = new ArrayList<>();
        Matcher m = RUN.matcher(fold(text));
        while (m.find()) {
            String run = m.group();
            if (!hasJoint(run)) {
                out.add(run);
                continue;
            }
            String[] parts = JOINT.split(run);
            if (parts.length == 1 || NUMBER.matcher(run).matches()) {
                out.add(run);
            } else if (!DIGIT.matcher(run).find()) {
                out.addAll(List.of(parts));
            } else {
                out.add(run);
                if (query) continue;
                Matcher j = JOINT.matcher(run);
                List<Integer> joints = new ArrayList<>();
                while (j.find()) joints.add(j.start());
                for (int k = 0; k < joints.size() - 1; k++) out.add(run.substring(joints.get(k) + 1));
                out.addAll(List.of(parts));
            }
        }
        return out;
    }
}
