package accord.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import accord.build.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects read from the pack files in place are the bytes git gives for them, deltas applied; what is not in a pack
 * is asked of {@code git cat-file}.
 */
class GitObjectsTest {
    @TempDir
    Path tmp;

    @Test
    void everyObjectOfARepackedRepositoryReadInPlaceIsWhatGitGives() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("packed"));
        for (int c = 0; c < 40; c++) {
            for (int k = 0; k < 3; k++) {
                int n = (c * 7 + k * 13) % 30;
                Path file = repo.dir().resolve("content/t" + (n % 3) + "/record-" + n + ".md");
                Files.createDirectories(file.getParent());
                Files.writeString(file, "version " + c + " of " + n + "\n" + "a line of text\n".repeat(40 + n), StandardCharsets.UTF_8);
            }
            repo.commit("Bo Chen", String.format("2024-11-%02dT10:%02d:00Z", 1 + c % 28, c), "Change " + c);
        }
        repo.git(null, null, "repack", "-adf", "-q", "--window=50", "--depth=30");
        String objectsDir = repo.git(null, null, "rev-parse", "--path-format=absolute", "--git-path", "objects").strip();
        // The pack holds deltas, chains of them among the trees: what is tested is applying them.
        String pack = repo.git(null, null, "verify-pack", "-v",
                Files.list(Path.of(objectsDir, "pack")).filter(p -> p.toString().endsWith(".idx")).findFirst().orElseThrow().toString());
        assertThat(pack).contains("chain length = 2");
        assertThat(pack.lines().filter(l -> l.contains(" tree ") && l.split("\\s+").length > 5).count()).isGreaterThan(10);

        List<String> all = repo.git(null, null, "cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)")
                .lines().toList();
        GitObjects.ProcessStarter noGit = args -> {
            throw new IOException("asked git for an object that is in the pack");
        };
        try (GitObjects objects = new GitObjects(Path.of(objectsDir), 20, noGit)) {
            assertThat(objects.packs()).isEqualTo(1);
            for (String line : all) {
                String[] f = line.split(" ");
                byte[] expected = gitBytes(repo, f[1], f[0]);
                GitObjects.Obj read = objects.read(f[0]);
                assertThat(read.data()).as(line).isEqualTo(expected);
                assertThat(read.type()).as(line).isEqualTo(switch (f[1]) {
                    case "commit" -> GitObjects.COMMIT;
                    case "tree" -> GitObjects.TREE;
                    default -> GitObjects.BLOB;
                });
            }
            // Not in the pack: git is asked, here a git that refuses.
            assertThatThrownBy(() -> objects.read("0123456789012345678901234567890123456789"))
                    .hasMessage("asked git for an object that is in the pack");
        }
    }

    @Test
    void looseObjectsComeFromGitCatFile() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("loose"));
        repo.write("-- content/t/a.md --\na\n");
        String commit = repo.commit("Bo Chen", "2024-11-10T09:00:00Z", "start");
        GitHistory history = GitHistory.uncached(repo.dir());
        String objectsDir = repo.git(null, null, "rev-parse", "--path-format=absolute", "--git-path", "objects").strip();
        GitObjects.ProcessStarter git = args -> {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.dir().toString()));
            command.addAll(List.of(args));
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        };
        try (GitObjects objects = new GitObjects(Path.of(objectsDir), 20, git)) {
            assertThat(objects.packs()).isZero();
            GitObjects.Obj read = objects.read(commit);
            assertThat(read.type()).isEqualTo(GitObjects.COMMIT);
            assertThat(read.data()).isEqualTo(gitBytes(repo, "commit", commit));
            assertThatThrownBy(() -> objects.read("0123456789012345678901234567890123456789")).isInstanceOf(IOException.class);
        }
        assertThat(history.read().changes("content/t/a.md")).hasSize(1);
    }

    private static byte[] gitBytes(GitRepo repo, String type, String id) throws IOException {
        Process p = new ProcessBuilder("git", "-C", repo.dir().toString(), "cat-file", type, id).start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            assertThat(p.waitFor()).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }
}
