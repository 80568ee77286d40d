package accord.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import accord.problem.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldMapTest {
    private static FieldValue text(String s) {
        return new FieldValue.StringValue(s, new SourcePosition("content/x.md", 2, 1));
    }

    /** Random maps of up to 20 fields: a FieldMap answers every question as the linked hash map it was made from. */
    @Test
    void behavesAsTheLinkedHashMapItWasMadeFrom() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            Map<String, FieldValue> expected = new LinkedHashMap<>();
            int n = random.nextInt(21);
            for (int i = 0; i < n; i++) expected.put("f" + random.nextInt(30), text("v" + random.nextInt(5)));
            FieldMap map = FieldMap.of(expected);
            assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(expected.size());
            assertThat(expected).isEqualTo(map);
            assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(new ArrayList<>(map.values())).isEqualTo(new ArrayList<>(expected.values()));
            assertThat(map.toString()).isEqualTo(expected.toString());
            for (int k = 0; k < 30; k++) {
                // A key made anew, not the same string object, is found too.
                String key = new String(("f" + k).toCharArray());
                assertThat(map.get(key)).isEqualTo(expected.get(key));
                assertThat(map.containsKey(key)).isEqualTo(expected.containsKey(key));
            }
            assertThat(map.get(null)).isNull();
            assertThat(map.containsKey(42)).isFalse();
            List<String> seen = new ArrayList<>();
            map.forEach((k, v) -> seen.add(k + "=" + FieldValue.text(v)));
            List<String> wanted = new ArrayList<>();
            expected.forEach((k, v) -> wanted.add(k + "=" + FieldValue.text(v)));
            assertThat(seen).isEqualTo(wanted);
        }
    }

    @Test
    void cannotBeChangedAndIsNotCopiedAgain() {
        Map<String, FieldValue> source = new LinkedHashMap<>();
        source.put("title", text("A"));
        FieldMap map = FieldMap.of(source);
        source.put("title", text("B"));
        assertThat(FieldValue.text(map.get("title"))).isEqualTo("A");
        assertThat(FieldMap.of(map)).isSameAs(map);
        assertThatThrownBy(() -> map.put("x", text("y"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(text("y"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("title")).isInstanceOf(UnsupportedOperationException.class);
    }
}
