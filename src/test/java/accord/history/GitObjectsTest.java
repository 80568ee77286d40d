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
                // Folders of 100 records and more: trees of over 4 KB, whose arrays are reused.
                int n = c < 3 ? -1 : (c * 7 + k * 13) % 30;
                if (n < 0) {
                    for (int m = 0; m < 120; m++) {
                        Path f = repo.dir().resolve("content/t" + k + "/a-record-with-a-long-name-" + m + ".md");
                        Files.createDirectories(f.getParent());
                        Files.writeString(f, "first " + m, StandardCharsets.UTF_8);
                    }
                    continue;
                }
                Path file = repo.dir().resolve("content/t" + (n % 3) + "/record-" + n + (c % 10 == 0 ? "-moved" : "") + ".md");
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
        // A cache of 16 KB: objects leave it all the time, and their arrays are reused for others, longer than the
        // objects they then hold. The objects are read twice, in two orders, so cached and reused ones are read again.
        List<String> twice = new java.util.ArrayList<>(all);
        List<String> backwards = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(backwards);
        twice.addAll(backwards);
        try (GitObjects objects = new GitObjects(Path.of(objectsDir), 20, noGit, 16 << 10)) {
            assertThat(objects.packs()).isEqualTo(1);
            for (String line : twice) {
                objects.step();
                String[] f = line.split(" ");
                byte[] expected = gitBytes(repo, f[1], f[0]);
                GitObjects.Obj read = objects.read(f[0]);
                assertThat(read.bytes()).as(line).isEqualTo(expected);
                assertThat(read.type()).as(line).isEqualTo(switch (f[1]) {
                    case "commit" -> GitObjects.COMMIT;
                    case "tree" -> GitObjects.TREE;
                    default -> GitObjects.BLOB;
                });
            }
            assertThat(objects.reused()).isGreaterThan(10);
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
            assertThat(read.bytes()).isEqualTo(gitBytes(repo, "commit", commit));
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
