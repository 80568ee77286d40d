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
 * ({@code abu-dhabi} → {@code abu}, {@code dhabi}). A run joined by hyphens alone that has a letter is also
 * indexed written together ({@code cop-29} → {@code cop29}, {@code e-commerce} → {@code ecommerce}), so a reader
 * who leaves the hyphen out finds it. A query keeps an identifier whole, and a hyphenated word too: search.js
 * matches it by its parts (all of them, anywhere in the record) or by the word written together or whole.
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
        scan(text, false, (buf, from, to) -> out.add(new String(buf, from, to - from)));
        return out;
    }

    /** The terms of a query: as {@link #tokens}, but an identifier is only its whole. */
    public static List<String> queryTokens(String text) {
        List<String> out = new ArrayList<>();
        scan(text, true, (buf, from, to) -> out.add(new String(buf, from, to - from)));
        return out;
    }

    /** Hands each of {@link #tokens}'s terms to {@code sink}, without making the list. */
    static void eachToken(String text, Consumer<String> sink) {
        scan(text, false, (buf, from, to) -> sink.accept(new String(buf, from, to - from)));
    }

    /** Receives a term as {@code buf[from..to)}; the buffer is reused for the next term, so copy what is kept. */
    interface TermSink {
        void term(char[] buf, int from, int to);
    }

    /** Hands each of {@link #tokens}'s terms to {@code sink} as a range of a reused buffer: no string per term. */
    static void eachTerm(CharSequence text, TermSink sink) {
        scan(text, false, sink);
    }

    /** An ASCII character that is neither part of a term nor a joint: where a text can be cut into pieces. */
    private static boolean separator(char c) {
        return c < 0x80 && !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || joint(c));
    }

    /**
     * The terms of {@code text}, a piece at a time: a piece runs up to the next ASCII character that is neither a
     * letter, a digit nor a joint (a space, a bracket, a quote). Folding leaves such a character as it is and
     * never carries across it (NFKD decomposes each character alone and reorders only combining marks, which it
     * is not; lower case looks across it only to choose between σ and ς, which folding makes one), and a run of
     * letters and joints stops at it, so the terms of the text are the terms of its pieces, in order. A piece of
     * ASCII alone is lower-cased into the buffer as it is read; another is folded whole, as before.
     */
    private static void scan(CharSequence text, boolean query, TermSink sink) {
        int n = text.length();
        char[] a = new char[n];
        if (text instanceof String s) s.getChars(0, n, a, 0);
        else for (int k = 0; k < n; k++) a[k] = text.charAt(k);
        char[] folded = null;
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (c < 0x80 && SEPARATOR[c]) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            boolean joints = false;
            for (; i < n; i++) {
                c = a[i];
                if (c < 0x80) {
                    if (SEPARATOR[c]) break;
                    if (c >= 'A' && c <= 'Z') a[i] = (char) (c + ('a' - 'A'));
                    else if (c < '0') joints = true; // '.', '/', ',' and '-' are the only others below '0' left
                } else {
                    ascii = false;
                }
            }
            if (ascii && !joints) {
                // Letters and digits only: one term, as it stands (the common case: a plain word).
                sink.term(a, start, i);
            } else if (ascii) {
                runs(a, start, i, query, sink);
            } else {
                // Lower-casing the ASCII letters first changes nothing that folding the piece gives.
                String f = fold(new String(a, start, i - start));
                if (folded == null || folded.length < f.length()) folded = new char[Math.max(f.length(), 32)];
                f.getChars(0, f.length(), folded, 0);
                runs(folded, 0, f.length(), query, sink);
            }
        }
    }

    /** The ASCII characters that are {@link #separator}s. */
    private static final boolean[] SEPARATOR = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) SEPARATOR[c] = separator(c);
    }

    /**
     * One pass over the folded piece {@code s[from..n)}, no regular expression: a run is letters and numbers, joined by
     * single {@code . / , -} each followed by a letter or number (a joint at a run's end, or two in a row, end it).
     */
    private static void runs(char[] s, int from, int n, boolean query, TermSink out) {
        int i = from;
        while (i < n) {
            int cp = Character.codePointAt(s, i, n);
            if (!word(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean joints = false;
            boolean digit = false;
            boolean numeric = true;
            boolean numericJoints = true;
            boolean hyphens = true;
            while (true) {
                while (i < n) {
                    int c = Character.codePointAt(s, i, n);
                    if (!word(c)) break;
                    if (number(c)) digit = true;
                    else numeric = false;
                    i += Character.charCount(c);
                }
                if (i + 1 < n && joint(s[i]) && word(Character.codePointAt(s, i + 1, n))) {
                    joints = true;
                    if (s[i] != '.' && s[i] != ',') numericJoints = false;
                    if (s[i] != '-') hyphens = false;
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            if (!joints) {
                out.term(s, start, end);
            } else if (numeric && numericJoints) {
                out.term(s, start, end);
            } else if (query && hyphens) {
                out.term(s, start, end);
            } else if (!digit) {
                parts(s, start, end, out);
                if (hyphens) joined(s, start, end, out);
            } else {
                out.term(s, start, end);
                if (query) continue;
                for (int k = start, last = -1; k < end; k++) {
                    if (!joint(s[k])) continue;
                    if (last >= 0) out.term(s, last + 1, end);
                    last = k;
                }
                parts(s, start, end, out);
                if (hyphens && !numeric) joined(s, start, end, out);
            }
        }
    }

    /** The hyphenated word {@code s[start..end)} written together: {@code cop-29} as {@code cop29}. */
    private static void joined(char[] s, int start, int end, TermSink out) {
        char[] j = new char[end - start];
        int n = 0;
        for (int k = start; k < end; k++) {
            if (s[k] != '-') j[n++] = s[k];
        }
        out.term(j, 0, n);
    }

    private static void parts(char[] s, int start, int end, TermSink out) {
        int from = start;
        for (int k = start; k < end; k++) {
            if (joint(s[k])) {
                out.term(s, from, k);
                from = k + 1;
            }
        }
        out.term(s, from, end);
    }
}
