package accord.build;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per pipeline stage, in the order the stages ran. */
final class Timings {
    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String stage) {
        long now = System.nanoTime();
        laps.merge(stage, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    Map<String, Long> laps() {
        return laps;
    }
}
