package accord.search;

import java.util.List;

/**
 * A term's records and scores as a short string, two characters for most records: for each record, the gap
 * from the previous record's number as a base-32 number whose every digit but the last is marked by adding 32,
 * then the score scaled to 1..63, each digit one character of {@link #ALPHABET}. A common word in 10,000
 * records takes about 20 KB, a third of the same list as JSON numbers. {@code search.js} decodes it.
 */
final class Postings {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";

    private Postings() {
    }

    /** {@code postings} holds {record number, score 1..100} pairs in ascending record order. */
    static String encode(List<int[]> postings) {
        int[] entries = new int[postings.size()];
        for (int i = 0; i < entries.length; i++) entries[i] = postings.get(i)[0] << 8 | postings.get(i)[1];
        return encode(entries, entries.length);
    }

    /** The first {@code size} of {@code entries}, each {@code number << 8 | score 1..100}, in ascending number. */
    static String encode(int[] entries, int size) {
        char[] out = new char[size * 2 + 8];
        int o = 0;
        int last = 0;
        for (int i = 0; i < size; i++) {
            int n = entries[i] >>> 8;
            int gap = n - last;
            last = n;
            int digits = 1;
            while (gap >= pow32(digits)) digits++;
            if (o + digits + 1 > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, o + digits + 1));
            // Base 32 is five bits a digit: (gap / 32^d) % 32 is a shift and a mask.
            for (int d = digits - 1; d >= 0; d--) {
                int digit = (gap >>> (5 * d)) & 31;
                out[o++] = DIGITS[d > 0 ? digit + 32 : digit];
            }
            out[o++] = DIGITS[SCALED[entries[i] & 0xff]];
        }
        return new String(out, 0, o);
    }

    private static final char[] DIGITS = ALPHABET.toCharArray();
    /** {@link #scaled} of every score a byte holds. */
    private static final byte[] SCALED = new byte[256];

    static {
        for (int score = 0; score < SCALED.length; score++) SCALED[score] = (byte) scale(score);
    }

    /** A score 1..100 as written, 1..63. */
    static int scaled(int score) {
        return score >= 0 && score < SCALED.length ? SCALED[score] : scale(score);
    }

    private static int scale(int score) {
        return Math.max(1, Math.min(63, Math.round(score * 63f / 100)));
    }

    private static int pow32(int n) {
        return 1 << (5 * n);
    }
}
