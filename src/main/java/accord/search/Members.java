package accord.search;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The document numbers that share one facet value, in as many ints as there are documents: a bit set
 * over the numbers' whole range (eight to sixteen slots a record) made every one of a portal's facet
 * values cost space in proportion to the whole portal, so their total grew with the square of its size
 * (about 30 MB at 10,000 records, gigabytes at 100,000). Numbers arrive in any order and are sorted
 * when first read; reads may come from several threads once an update is done.
 */
final class Members {
    private int[] numbers = new int[2];
    private int size;
    private boolean sorted = true;

    synchronized void add(int n) {
        if (size == numbers.length) numbers = Arrays.copyOf(numbers, size * 2);
        if (size > 0 && numbers[size - 1] >= n) sorted = false;
        numbers[size++] = n;
    }

    synchronized void remove(int n) {
        sort();
        int at = Arrays.binarySearch(numbers, 0, size, n);
        if (at < 0) return;
        System.arraycopy(numbers, at + 1, numbers, at, size - at - 1);
        size--;
    }

    synchronized boolean isEmpty() {
        return size == 0;
    }

    /** The numbers in ascending order, each once. */
    synchronized IntStream stream() {
        sort();
        return Arrays.stream(numbers, 0, size);
    }

    /** The lowest number; -1 when there is none. */
    synchronized int first() {
        sort();
        return size == 0 ? -1 : numbers[0];
    }

    synchronized int size() {
        sort();
        return size;
    }

    /** Sorts the numbers and drops repeats (a number added twice is one member, as in a set). */
    private void sort() {
        if (sorted) return;
        Arrays.sort(numbers, 0, size);
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (kept == 0 || numbers[kept - 1] != numbers[i]) numbers[kept++] = numbers[i];
        }
        size = kept;
        sorted = true;
    }
}
