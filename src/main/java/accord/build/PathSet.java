package accord.build;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An unmodifiable set of output paths in sorted order, in one array: what an update wrote, which for a full build is
 * every file (611,000 at 100,000 records: a tree set of them took 24 MB at the end of the build, when its memory
 * peaks; this takes a tenth).
 */
final class PathSet extends AbstractSet<String> {
    private final String[] paths;

    private PathSet(String[] paths) {
        this.paths = paths;
    }

    static PathSet of(Collection<String> paths) {
        String[] sorted = paths.toArray(new String[0]);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || !sorted[i].equals(sorted[n - 1])) sorted[n++] = sorted[i];
        }
        return new PathSet(n == sorted.length ? sorted : Arrays.copyOf(sorted, n));
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && Arrays.binarySearch(paths, s) >= 0;
    }

    @Override
    public int size() {
        return paths.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < paths.length;
            }

            @Override
            public String next() {
                if (next >= paths.length) throw new NoSuchElementException();
                return paths[next++];
            }
        };
    }
}
