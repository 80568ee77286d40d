package accord.history;

import static org.assertj.core.api.Assertions.assertThat;

import accord.process.ParentPipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tree log's process ends with the build that started it. Its git here never answers (a script that sleeps), as a
 * long history keeps a real one busy: with its input ended, the process stops at once all the same.
 */
class TreeLogProcessTest {
    @TempDir
    Path temp;

    @Test
    void theTreeLogStopsWhenItsInputEndsWhateverItIsWaitingFor() throws Exception {
        Path git = temp.resolve("git");
        Files.writeString(git, "#!/bin/sh\nexec sleep 20\n");
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwx------"));
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TreeLogProcess.class.getName(),
                temp.toString(), git.toString(), "content", "HEAD", "", "1", "2000"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // Still working while its input is open (its git sleeps).
        assertThat(p.waitFor(2, TimeUnit.SECONDS)).isFalse();
        p.getOutputStream().close();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("stopped when its input ended").isTrue();
        assertThat(p.exitValue()).isEqualTo(ParentPipe.STOPPED);
        p.descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
