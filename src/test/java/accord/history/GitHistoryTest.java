package accord.history;

import static org.assertj.core.api.Assertions.assertThat;

import accord.build.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast read (a log of the whole repository, the cache kept in the git folder, the commits since the cached one
 * read alone) equals the long way ({@link GitHistory#reference}: one {@code git log -- content}, no cache), after
 * every step of random histories: records added, amended, renamed (inside content/ and across its edge), deleted and
 * added again, files outside content/ changed alongside, several authors and time zones, and merges.
 */
class GitHistoryTest {
    @TempDir
    Path tmp;

    private static final String[] AUTHORS = {"Aida Aliyeva", "Bo Chen", "Émile Durand", "Ольга Петрова"};
    private static final String[] ZONES = {"+04:00", "Z", "-05:00", "+05:30"};

    @Test
    void theFastAndCachedReadEqualsOneLogOfContentAfterEveryCommitOfARandomHistory() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            randomHistory(tmp.resolve("top" + seed), "", seed, false);
        }
    }

    @Test
    void theSameHoldsForAPortalInASubfolderAndAHistoryWithMerges() throws IOException {
        // With merges, no file crosses content/'s edge and none is added outside it: each case alone would make the
        // whole-repository log unsafe, and the merges must be what is tested.
        randomHistory(tmp.resolve("sub"), "portal/", 7, false);
        randomHistory(tmp.resolve("merges"), "", 8, true);
    }

    @Test
    void aSecondReadAtTheSameCommitComesFromTheCacheAndABrokenCacheIsReadAgainFromGit() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("cache"));
        repo.write("-- content/t/a.md --\na\n");
        repo.commit("Aida Aliyeva", "2024-11-10T09:00:00+04:00", "start");
        History first = new GitHistory(repo.dir()).read();
        HistoryCache cache = new HistoryCache(Path.of(repo.git(null, null, "rev-parse", "--absolute-git-dir").strip()), "");
        assertThat(cache.load()).as("written at %s", cache.file()).isPresent();
        // A cache entry whose log names another author: read back, so the cache and not git answered.
        HistoryCache.Entry entry = cache.load().orElseThrow();
        cache.save(new HistoryCache.Entry(entry.head(), entry.log().replace("Aida Aliyeva", "From the cache")));
        assertThat(new GitHistory(repo.dir()).read().changes("content/t/a.md").get(0).commit().author()).isEqualTo("From the cache");
        // One changed byte of the log and the cache no longer matches its digest: git is asked again.
        byte[] bytes = Files.readAllBytes(cache.file());
        bytes[bytes.length - 3] ^= 1;
        Files.write(cache.file(), bytes);
        assertThat(new GitHistory(repo.dir()).read()).isEqualTo(first);
        Files.writeString(cache.file(), "accord-history 2\nhead zz\n", StandardCharsets.UTF_8);
        assertThat(new GitHistory(repo.dir()).read()).isEqualTo(first);
    }

    @Test
    void theLogIsReadAtTheLowestPriorityByGitOrTheTreeLogsProcessAndTheQuickQuestionsAtTheBuildsOwn() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/stat"))
                && (Files.isExecutable(Path.of("/usr/bin/nice")) || Files.isExecutable(Path.of("/bin/nice"))), "Linux with nice(1)");
        GitRepo repo = GitRepo.init(tmp.resolve("nice"));
        repo.write("-- content/t/a.md --\na\n");
        repo.commit("Aida Aliyeva", "2024-11-10T09:00:00+04:00", "start");
        // A git that notes its own priority (field 19 of /proc/PID/stat) and what it was asked, then runs git.
        Path calls = tmp.resolve("calls.txt");
        Path fake = tmp.resolve("git-noting-its-priority");
        Files.writeString(fake, "#!/bin/sh\necho \"$(cut -d' ' -f19 /proc/$$/stat) $* \" >> '" + calls
                + "'\nexec git \"$@\"\n", StandardCharsets.UTF_8);
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        History read = new GitHistory(repo.dir(), fake.toString()).read();
        assertThat(read.changes("content/t/a.md")).hasSize(1);
        int own = Integer.parseInt(Files.readString(Path.of("/proc/self/stat")).split(" ")[18]);
        List<String> lines = Files.readAllLines(calls);
        assertThat(lines).anyMatch(l -> l.contains(" log ")).anyMatch(l -> l.contains(" rev-parse "));
        for (String line : lines) {
            int nice = Integer.parseInt(line.substring(0, line.indexOf(' ')));
            if (line.contains(" log ")) assertThat(nice).as(line).isEqualTo(19);
            else assertThat(nice).as(line).isEqualTo(own);
        }
        // The tree log's process runs at the lowest priority, and so does every git it starts; git compares no tree.
        Files.delete(calls);
        assertThat(GitHistory.treeLog(repo.dir(), fake.toString()).read()).isEqualTo(read);
        lines = Files.readAllLines(calls);
        assertThat(lines).anyMatch(l -> l.contains(" log ")).noneMatch(l -> l.contains("--name-status"));
        for (String line : lines) {
            int nice = Integer.parseInt(line.substring(0, line.indexOf(' ')));
            boolean reading = line.contains(" log ") || line.contains(" cat-file ") || line.contains(" diff-tree ");
            assertThat(nice).as(line).isEqualTo(reading ? 19 : own);
        }
    }

    @Test
    void theTreeLogEqualsTheLongWayOnRenamesGitMustJudgeAndFilesThatChangeKind() throws IOException {
        GitRepo repo = GitRepo.init(tmp.resolve("kinds"));
        Path dir = repo.dir();
        List<Runnable> steps = List.of(
                () -> {
                    write(dir, "content/a/x.md", "x");
                    write(dir, "content/a/twin1.md", "twin");
                    write(dir, "content/a/twin2.md", "twin");
                    write(dir, "content/b/y.md", "y\n" + "a line of text\n".repeat(20));
                    write(dir, "content/b/sub/deep.md", "deep");
                    plain(dir, "content/a/empty.md", "");
                },
                () -> move(dir, "content/a/x.md", "content/a/z.md"), // one exact rename: R100 without asking git
                () -> move(dir, "content/a/empty.md", "content/a/empty2.md"), // an empty file: git decides
                () -> { // moved and edited: git's similarity decides
                    move(dir, "content/b/y.md", "content/c/y2.md");
                    plain(dir, "content/c/y2.md", "---\ntitle: y\n---\ny\n" + "a line of text\n".repeat(19) + "changed\n");
                },
                () -> { // two files with the same text gone, one added: which one it came from is git's choice
                    delete(dir, "content/a/twin1.md");
                    delete(dir, "content/a/twin2.md");
                    write(dir, "content/d/twin.md", "twin");
                },
                () -> { // a folder becomes a file of the same name, and a file becomes executable
                    deleteTree(dir.resolve("content/b/sub"));
                    plain(dir, "content/b/sub", "now a file");
                    dir.resolve("content/a/z.md").toFile().setExecutable(true);
                },
                () -> { // a symbolic link in place of a record
                    delete(dir, "content/a/z.md");
                    try {
                        Files.createSymbolicLink(dir.resolve("content/a/z.md"), Path.of("../c/y2.md"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                () -> { // content/ gone as a folder, a file in its place, then a folder again
                    deleteTree(dir.resolve("content"));
                    plain(dir, "content", "not a folder");
                },
                () -> {
                    delete(dir, "content");
                    write(dir, "content/a/z.md", "x");
                    write(dir, "content/e/back.md", "back");
                });
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).run();
            repo.commit(AUTHORS[i % AUTHORS.length], String.format("2024-11-%02dT10:00:00Z", 1 + i), "Step " + i);
            if (i == 4) repo.git(null, null, "repack", "-adf", "-q");
            History reference = GitHistory.reference(dir).read();
            assertThat(GitHistory.treeLog(dir).treeLog("", "HEAD")).as("step %d", i).isPresent();
            assertThat(GitHistory.treeLog(dir).read()).as("step %d", i).isEqualTo(reference);
            assertThat(GitHistory.inParts(dir, 3, GitHistory.Way.TREES).read()).as("step %d, three threads", i).isEqualTo(reference);
            assertThat(GitHistory.uncached(dir).read()).as("step %d, the default", i).isEqualTo(reference);
            assertThat(new GitHistory(dir).read()).as("step %d, cached", i).isEqualTo(reference);
        }
        // What the cases were: the long way's own view of them.
        assertThat(GitHistory.reference(dir).read().changes("content/a/z.md").stream().map(c -> c.kind() + " " + c.previousPath()))
                .contains("RENAMED content/a/x.md");
    }

    private static void plain(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void move(Path dir, String from, String to) {
        try {
            Files.createDirectories(dir.resolve(to).getParent());
            Files.move(dir.resolve(from), dir.resolve(to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path dir, String name) {
        try {
            Files.delete(dir.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Makes a random history in {@code dir} (the portal at {@code prefix}) and compares the reads after every commit. */
    private void randomHistory(Path dir, String prefix, long seed, boolean merges) throws IOException {
        Random random = new Random(seed);
        GitRepo repo = GitRepo.init(dir);
        List<String> files = new ArrayList<>();
        Path portal = dir.resolve(prefix.isEmpty() ? "." : prefix).normalize();
        int made = 0;
        for (int c = 0; c < 24; c++) {
            int changes = 1 + random.nextInt(3);
            for (int k = 0; k < changes; k++) {
                int op = files.isEmpty() ? 0 : random.nextInt(10);
                if (op <= 2) {
                    String name = prefix + (!merges && random.nextInt(6) == 0 ? "notes/n" : "content/t/r") + (made++) + ".md";
                    write(dir, name, "first " + name + " " + random.nextInt());
                    files.add(name);
                } else if (op <= 5) {
                    String name = files.get(random.nextInt(files.size()));
                    write(dir, name, "edit " + c + "\n" + "line of text\n".repeat(10 + random.nextInt(5)));
                } else if (op <= 7) {
                    int i = random.nextInt(files.size());
                    String from = files.get(i);
                    String to = prefix + (!merges && random.nextInt(4) == 0 ? "notes/m" : "content/t/m") + (made++) + ".md";
                    Files.createDirectories(dir.resolve(to).getParent());
                    Files.move(dir.resolve(from), dir.resolve(to));
                    files.set(i, to);
                } else if (op == 8 || merges) {
                    String name = files.remove(random.nextInt(files.size()));
                    Files.delete(dir.resolve(name));
                } else {
                    // A record split in two: an exact copy outside content/ and an edited one inside. A log of the
                    // whole repository pairs the old name with the copy; a log of content/ with the edited one.
                    int i = random.nextInt(files.size());
                    String from = files.get(i);
                    String text = Files.readString(dir.resolve(from), StandardCharsets.UTF_8);
                    Files.delete(dir.resolve(from));
                    String copy = prefix + "notes/s" + (made++) + ".md";
                    String edited = prefix + "content/t/s" + (made++) + ".md";
                    Files.createDirectories(dir.resolve(copy).getParent());
                    Files.createDirectories(dir.resolve(edited).getParent());
                    Files.writeString(dir.resolve(copy), text, StandardCharsets.UTF_8);
                    Files.writeString(dir.resolve(edited), text + "one more line\n", StandardCharsets.UTF_8);
                    files.set(i, edited);
                    files.add(copy);
                }
            }
            write(dir, prefix + "templates/x.ftlh", "template " + random.nextInt(3));
            int who = random.nextInt(AUTHORS.length);
            String date = String.format("2024-11-%02dT%02d:00:00%s", 1 + c, 8 + random.nextInt(10), ZONES[who]);
            repo.commit(AUTHORS[who], date, "Change " + c + " by " + AUTHORS[who]);
            if (merges && c % 6 == 3) merge(repo, prefix, c);
            // Halfway, the objects so far go into one pack with deltas (as a clone has them); later ones stay loose,
            // so the tree log reads both, from the pack in place and through git cat-file.
            if (c == 11) repo.git(null, null, "repack", "-adf", "-q", "--window=50", "--depth=20");
            if (c % 3 == 2 || c == 23) {
                History reference = GitHistory.reference(portal).read();
                assertThat(reference.known()).isTrue();
                assertThat(GitHistory.uncached(portal).read()).as("uncached, seed %d, commit %d", seed, c).isEqualTo(reference);
                assertThat(GitHistory.inParts(portal, 3).read()).as("in three parts, seed %d, commit %d", seed, c)
                        .isEqualTo(reference);
                // The trees are compared here, not left to git's log: with no merge the tree log is there, and alone
                // it gives what the long way gives, in one thread per core and in three. Through the process a build
                // starts for it (a JVM start each: at the last commit only).
                java.util.Optional<String> trees = GitHistory.treeLog(portal).treeLog(prefix, "HEAD");
                java.util.Optional<String> threeThreads = GitHistory.inParts(portal, 3, GitHistory.Way.TREES).treeLog(prefix, "HEAD");
                if (merges && c >= 3) {
                    assertThat(trees).as("a history with merges is left to git").isEmpty();
                    assertThat(threeThreads).isEmpty();
                } else {
                    assertThat(trees).as("the tree log, seed %d, commit %d", seed, c).isPresent();
                    assertThat(GitLogParser.parse(trees.get(), prefix)).isEqualTo(reference.files());
                    assertThat(threeThreads).as("three threads, seed %d, commit %d", seed, c).isPresent();
                    assertThat(GitLogParser.parse(threeThreads.get(), prefix)).isEqualTo(reference.files());
                }
                if (c == 23) {
                    assertThat(GitHistory.inParts(portal, 3, GitHistory.Way.TREES).read()).as("trees in a process, seed %d", seed)
                            .isEqualTo(reference);
                }
                assertThat(new GitHistory(portal).read()).as("cached, seed %d, commit %d", seed, c).isEqualTo(reference);
                assertThat(new GitHistory(portal).read()).as("from the cache, seed %d, commit %d", seed, c).isEqualTo(reference);
            }
        }
    }

    /**
     * A side branch that adds a record, merged back with a merge commit; before it, one edit made on a side branch
     * and again, the same, on main, so the merge leaves content/ as main has it and a log of content/ leaves the
     * side branch out.
     */
    private static void merge(GitRepo repo, String prefix, int c) throws IOException {
        repo.git(null, null, "checkout", "-q", "-b", "same" + c);
        write(repo.dir(), prefix + "content/t/same" + c + ".md", "the same edit " + c);
        repo.commit("Bo Chen", String.format("2024-11-%02dT19:00:00Z", 1 + c), "Same edit on a branch " + c);
        repo.git(null, null, "checkout", "-q", "main");
        write(repo.dir(), prefix + "content/t/same" + c + ".md", "the same edit " + c);
        repo.commit("Aida Aliyeva", String.format("2024-11-%02dT19:30:00Z", 1 + c), "Same edit on main " + c);
        repo.git("Aida Aliyeva", String.format("2024-11-%02dT19:45:00Z", 1 + c), "merge", "-q", "--no-ff", "-m", "Merge same " + c, "same" + c);
        repo.git(null, null, "checkout", "-q", "-b", "side" + c);
        write(repo.dir(), prefix + "content/t/side" + c + ".md", "side " + c);
        repo.commit("Bo Chen", String.format("2024-11-%02dT20:00:00Z", 1 + c), "Side " + c);
        repo.git(null, null, "checkout", "-q", "main");
        write(repo.dir(), prefix + "content/t/main" + c + ".md", "main " + c);
        repo.commit("Aida Aliyeva", String.format("2024-11-%02dT21:00:00Z", 1 + c), "Main " + c);
        repo.git("Aida Aliyeva", String.format("2024-11-%02dT22:00:00Z", 1 + c), "merge", "-q", "--no-ff", "-m", "Merge " + c, "side" + c);
    }

    private static void write(Path dir, String name, String text) {
        plain(dir, name, "---\ntitle: \"" + name + "\"\n---\n" + text + "\n");
    }
}
