package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BalancedTest {
    @Test
    void mapsEveryItemOnceInTheListsOrder() throws Exception {
        List<Integer> items = IntStream.range(0, 10_007).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        List<String> out = onPool(4, () -> Balanced.map(items, i -> {
            assertThat(seen.add(i)).isTrue();
            return "#" + i;
        }));
        assertThat(out).isEqualTo(items.stream().map(i -> "#" + i).toList());
        assertThat(Balanced.map(List.of(1, 2, 3), i -> i * 2)).containsExactly(2, 4, 6); // outside a pool: in order, here
        assertThat(Balanced.map(List.<Integer>of(), i -> i)).isEmpty();
    }

    @Test
    void theCostlyEndOfAListIsSharedByEveryWorker() throws Exception {
        // Cheap items first, then costly ones: the way a build's plan lists data files before record pages. Every
        // worker must take part in the costly end, not one of them alone while the other has finished its half.
        List<Integer> items = IntStream.range(0, 4_000).boxed().toList();
        Set<String> costlyOn = ConcurrentHashMap.newKeySet();
        onPool(2, () -> Balanced.map(items, i -> {
            if (i >= 3_900) {
                costlyOn.add(Thread.currentThread().getName());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return i;
        }));
        assertThat(costlyOn).hasSize(2);
    }

    private static <T> T onPool(int threads, java.util.concurrent.Callable<T> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } finally {
            pool.shutdown();
        }
    }
}
