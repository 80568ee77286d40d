package accord.build;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.Function;

/**
 * Maps a list on the ForkJoin pool it is called from, in pieces of at most {@value #PIECE} items, so that every
 * worker stays busy until the list is done. A parallel stream cuts its list into a number of pieces that depends on
 * the common pool's parallelism, not on the pool it runs in: on two cores the common pool has one thread, so a
 * stream made about eight pieces of a build's 63,000 files. Their costs differ a hundredfold (a record page against
 * a record's citation file), and the last piece of record pages ran alone for the last 17 s of a 10,000-record
 * build while the other core waited. The results keep the list's order.
 */
final class Balanced {
    /** Small enough that the last piece is a few milliseconds of work; large enough that forking costs nothing. */
    static final int PIECE = 16;

    private Balanced() {
    }

    /** {@code f} applied to each of {@code items}, in their order; run within a ForkJoin pool to use its workers. */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        Object[] out = new Object[items.size()];
        new Piece<>(items, f, out, 0, items.size()).compute(); // forks only inside a pool (see Piece.compute)
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return results;
    }

    private static final class Piece<T> extends RecursiveAction {
        private final List<T> items;
        private final Function<? super T, ?> f;
        private final Object[] out;
        private final int from;
        private final int to;

        Piece(List<T> items, Function<? super T, ?> f, Object[] out, int from, int to) {
            this.items = items;
            this.f = f;
            this.out = out;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= PIECE || !ForkJoinTask.inForkJoinPool()) {
                for (int i = from; i < to; i++) out[i] = f.apply(items.get(i));
                return;
            }
            int middle = (from + to) >>> 1;
            invokeAll(new Piece<>(items, f, out, from, middle), new Piece<>(items, f, out, middle, to));
        }
    }
}
