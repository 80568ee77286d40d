package accord.problem;

import java.util.Arrays;

/** Maps a character offset in a text to a 1-based line and column. */
public final class LineMap {
    private final int[] lineStarts;

    public LineMap(CharSequence text) {
        String s = text.toString();
        int[] starts = new int[16];
        int n = 1;
        // indexOf is vectorised by the JVM; a charAt loop costs several times more on long bodies.
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
            starts[n++] = i + 1;
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
