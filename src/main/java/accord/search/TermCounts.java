package accord.search;

import java.util.Arrays;

/**
 * One document's terms and their summed weights while it is indexed: an open-addressing table whose keys are
 * ranges of one character array, so a term read many times (a common word of a body) is hashed and compared
 * where the tokeniser left it, and becomes a string once, however often it occurs. Entries are
 * numbered in the order their terms first came.
 */
final class TermCounts {
    private char[] chars = new char[2048];
    private int used;
    private int[] start = new int[128];
    private int[] length = new int[128];
    private int[] hash = new int[128];
    private int[] weight = new int[128];
    private int size;
    /** Entry index + 1 by hash; 0 is empty. A power of two, at most half full. */
    private int[] slots = new int[256];

    int size() {
        return size;
    }

    /** Adds {@code w} to the weight of the term {@code buf[from..to)}. */
    void add(char[] buf, int from, int to, int w) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + buf[i];
        int mask = slots.length - 1;
        for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                insert(s, buf, from, to, h, w);
                return;
            }
            if (hash[e] == h && Arrays.equals(chars, start[e], start[e] + length[e], buf, from, to)) {
                weight[e] += w;
                return;
            }
        }
    }

    private void insert(int slot, char[] buf, int from, int to, int h, int w) {
        int n = to - from;
        if (used + n > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
        System.arraycopy(buf, from, chars, used, n);
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
            hash = Arrays.copyOf(hash, size * 2);
            weight = Arrays.copyOf(weight, size * 2);
        }
        start[size] = used;
        length[size] = n;
        hash[size] = h;
        weight[size] = w;
        used += n;
        slots[slot] = ++size;
        if (size * 2 > slots.length) rehash();
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < size; e++) {
            int s = mix(hash[e]) & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = e + 1;
        }
    }

    /** Spreads the hash's high bits into the low ones that pick a slot. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Entry {@code e}'s term, as a new string. */
    String term(int e) {
        return new String(chars, start[e], length[e]);
    }

    /** Entry {@code e}'s summed weight. */
    int weight(int e) {
        return weight[e];
    }
}
