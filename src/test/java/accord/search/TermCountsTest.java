package accord.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link TermCounts} against a map of strings: the same terms with the same summed weights, through rehashes. */
class TermCountsTest {
    @Test
    void sumsTheWeightsOfEachTermAsAMapWould() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            TermCounts counts = new TermCounts();
            Map<String, Integer> model = new HashMap<>();
            int adds = random.nextInt(round % 10 == 0 ? 20_000 : 400);
            char[] buf = new char[64];
            for (int i = 0; i < adds; i++) {
                int from = random.nextInt(4);
                int to = from + random.nextInt(round % 3 == 0 ? 40 : 4);
                for (int k = from; k < to; k++) buf[k] = (char) ("abcé\uD835\uDC00".charAt(random.nextInt(6)));
                int w = 1 + random.nextInt(10);
                counts.add(buf, from, to, w);
                model.merge(new String(buf, from, to - from), w, Integer::sum);
            }
            Map<String, Integer> got = new TreeMap<>();
            for (int e = 0; e < counts.size(); e++) got.put(counts.term(e), counts.weight(e));
            assertThat(counts.size()).isEqualTo(model.size());
            assertThat(got).isEqualTo(new TreeMap<>(model));
        }
    }
}
