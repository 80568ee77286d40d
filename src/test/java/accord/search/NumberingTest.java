package accord.search;

import static org.assertj.core.api.Assertions.assertThat;

import accord.content.RecordId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Record numbers are stable: adding or removing one record of thousands moves no other record but the few
 * that collided with it, unless the count crosses a power of two; numbers are distinct and a function of the
 * set of ids alone.
 */
class NumberingTest {
    @Test
    void addingOrRemovingARecordMovesAlmostNoOther() {
        Random random = new Random(8);
        List<RecordId> ids = new ArrayList<>();
        for (int i = 0; i < 3000; i++) ids.add(new RecordId(List.of("sessions", "speakers", "topics").get(i % 3), "r-" + random.nextInt(1 << 30)));
        Map<RecordId, Integer> before = SearchIndex.number(ids);
        assertThat(new HashSet<>(before.values())).hasSize(ids.size());
        List<RecordId> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        assertThat(SearchIndex.number(reversed)).isEqualTo(before);
        int moved = 0;
        for (int step = 0; step < 200; step++) {
            List<RecordId> after = new ArrayList<>(ids);
            if (step % 2 == 0) after.add(new RecordId("sessions", "new-" + step));
            else after.remove(random.nextInt(after.size()));
            assertThat(SearchIndex.space(after.size())).isEqualTo(SearchIndex.space(ids.size()));
            Map<RecordId, Integer> now = SearchIndex.number(after);
            Set<Integer> distinct = new HashSet<>(now.values());
            assertThat(distinct).hasSize(after.size());
            for (RecordId id : after) if (before.containsKey(id) && !before.get(id).equals(now.get(id))) moved++;
        }
        // Fewer than one record moved per edit on average; renumbering all would be 3,000 per edit.
        assertThat(moved).isLessThan(200);
    }
}
