package accord.problem;

import java.util.Arrays;

/** Maps a character offset in a text to a 1-based line and column. */
public final class LineMap {
    private final int[] lineStarts;

    public LineMap(CharSequence text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    /** 1-based line of {@code offset}. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of {@code offset}. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}
