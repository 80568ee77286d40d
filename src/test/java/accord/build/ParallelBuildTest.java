package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages render on a pool of threads; the output must not depend on how many. */
class ParallelBuildTest {
    @TempDir
    Path dir;

    @Test
    void oneThreadAndFourThreadsWriteTheSameBytes() throws IOException {
        RandomPortal portal = new RandomPortal(dir.resolve("portal"), 7, 2000);
        BuildResult one = new Build(new BuildOptions(portal.root(), dir.resolve("one"), false, Optional.empty(), true, 1)).run();
        BuildResult four = new Build(new BuildOptions(portal.root(), dir.resolve("four"), false, Optional.empty(), true, 4)).run();
        assertThat(one.ok()).as("%s", one.problems()).isTrue();
        assertThat(four.problems()).isEqualTo(one.problems());
        Map<String, String> a = TestPortal.snapshotText(dir.resolve("one"));
        Map<String, String> b = TestPortal.snapshotText(dir.resolve("four"));
        assertThat(a).hasSizeGreaterThan(2000);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((path, text) -> assertThat(b.get(path)).as(path).isEqualTo(text));
    }
}
