package accord.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Members} against a {@link BitSet}, the set it replaces, over random adds and removes in any order. */
class MembersTest {
    @Test
    void behavesAsABitSetOverRandomAddsAndRemoves() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            Members members = new Members();
            BitSet model = new BitSet();
            int range = 1 + random.nextInt(seed % 2 == 0 ? 20 : 5_000);
            for (int step = 0; step < 300; step++) {
                int n = random.nextInt(range);
                if (random.nextInt(4) == 0) {
                    members.remove(n);
                    model.clear(n);
                } else {
                    members.add(n);
                    model.set(n);
                }
                if (random.nextInt(10) == 0) {
                    assertThat(members.stream().toArray()).as("seed %d step %d", seed, step).isEqualTo(model.stream().toArray());
                    assertThat(members.size()).isEqualTo(model.cardinality());
                    assertThat(members.first()).isEqualTo(model.nextSetBit(0));
                    assertThat(members.isEmpty()).isEqualTo(model.isEmpty());
                }
            }
            assertThat(members.stream().toArray()).as("seed %d", seed).isEqualTo(model.stream().toArray());
        }
    }
}
