package accord.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A plan's entries are held in arrays: they must answer as the linked hash map they replace. */
class PagePlanEntriesTest {
    private static PageEntry entry(String path, String subject) {
        return new PageEntry(path, PageEntry.Kind.RECORD, subject, 1, Set.of());
    }

    @Test
    void answerAsALinkedHashMapWhereTheFirstEntryOfAPathWins() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            Map<String, PageEntry> expected = new LinkedHashMap<>();
            List<List<PageEntry>> steps = new ArrayList<>();
            int n = random.nextInt(60);
            for (int s = 0; s < 3; s++) {
                List<PageEntry> step = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    PageEntry e = entry("p" + random.nextInt(80) + "/index.html", "s" + s + "-" + i);
                    step.add(e);
                    expected.putIfAbsent(e.path(), e);
                }
                steps.add(step);
            }
            Map<String, PageEntry> first = new LinkedHashMap<>();
            steps.get(0).forEach(e -> first.putIfAbsent(e.path(), e));
            PagePlan plan = new PagePlan(first).with(steps.get(1), steps.get(2));
            Map<String, PageEntry> got = plan.entries();
            assertThat(got).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(new ArrayList<>(got.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(new ArrayList<>(got.values())).isEqualTo(new ArrayList<>(expected.values()));
            assertThat(plan.list()).isEqualTo(new ArrayList<>(expected.values()));
            for (int k = 0; k < 80; k++) {
                String p = new String(("p" + k + "/index.html").toCharArray());
                assertThat(got.get(p)).isEqualTo(expected.get(p));
                assertThat(got.containsKey(p)).isEqualTo(expected.containsKey(p));
                assertThat(got.keySet().contains(p)).isEqualTo(expected.containsKey(p));
            }
            assertThat(got.get(7)).isNull();
            assertThat(got.keySet()).isSameAs(got.keySet());
        }
    }

    @Test
    void cannotBeChangedNorMadeWithAnEntryUnderAnotherPath() {
        PagePlan plan = new PagePlan(Map.of("a.html", entry("a.html", "a")));
        assertThatThrownBy(() -> plan.entries().put("b.html", entry("b.html", "b"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.entries().keySet().remove("a.html")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.entries().values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new PagePlan(Map.of("b.html", entry("a.html", "a")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entry a.html under b.html");
    }
}
