package accord.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PathSetTest {
    /** Random lists of paths, with repeats: the set is the tree set of them, in the same order. */
    @Test
    void isTheSortedSetOfThePathsGiven() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<String> paths = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) paths.add("p/" + random.nextInt(25) + (random.nextBoolean() ? "/index.html" : ".json"));
            TreeSet<String> expected = new TreeSet<>(paths);
            PathSet set = PathSet.of(paths);
            assertThat(set).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(expected.size());
            assertThat(new ArrayList<>(set)).isEqualTo(new ArrayList<>(expected));
            for (int k = 0; k < 25; k++) {
                String p = "p/" + k + ".json";
                assertThat(set.contains(p)).isEqualTo(expected.contains(p));
            }
            assertThat(set.contains(42)).isFalse();
        }
        assertThatThrownBy(() -> PathSet.of(List.of("a")).add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
