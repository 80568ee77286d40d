package accord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The setup the git-history build tests share: a portal committed in a repository at {@code portal/} under a test's
 * folder (its first commit made by "Alice Archivist"), and builds of it (or of a copy without git) into folders beside
 * it, each of which must build without a problem.
 */
final class HistoryFixture {
    private final Path dir;
    private final GitRepo repo;
    private final String first;

    private HistoryFixture(Path dir, GitRepo repo, String first) {
        this.dir = dir;
        this.repo = repo;
        this.first = first;
    }

    /** {@code files} (TestPortal's inline format) committed at {@code date} as the portal's first commit. */
    static HistoryFixture committed(Path dir, String files, String date) {
        GitRepo repo = GitRepo.init(dir.resolve("portal")).write(files);
        return new HistoryFixture(dir, repo, repo.commit("Alice Archivist", date, "Start the portal"));
    }

    GitRepo repo() {
        return repo;
    }

    /** The first commit's full hash. */
    String first() {
        return first;
    }

    /** The committed portal built into {@code out} (a folder beside it). */
    Path build(String out) throws IOException {
        return build(repo.dir(), out, Optional.empty());
    }

    /** The committed portal built into {@code out} with {@code baseUrl} in place of site.yml's. */
    Path build(String out, Optional<String> baseUrl) throws IOException {
        return build(repo.dir(), out, baseUrl);
    }

    /** {@code files} written, without git, into {@code copy}, and built into {@code out}. */
    Path buildWithoutGit(String files, String copy, String out) throws IOException {
        return build(TestPortal.write(dir.resolve(copy), files), out);
    }

    /** The work tree's content/ as it is now copied into {@code copy} beside the repository, without git. */
    Path copyWithoutGit(String copy) throws IOException {
        Path to = dir.resolve(copy);
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(repo.dir().resolve("content"))) {
            for (Path p : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                Path file = to.resolve(repo.dir().relativize(p).toString());
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.copy(p, file);
            }
        }
        return to;
    }

    /** The portal at {@code portal} (a copy elsewhere, say) built into {@code out}. */
    Path build(Path portal, String out) throws IOException {
        return build(portal, out, Optional.empty());
    }

    private Path build(Path portal, String out, Optional<String> baseUrl) throws IOException {
        Path site = dir.resolve(out);
        BuildResult result = new Build(new BuildOptions(portal, site, false, baseUrl, true)).run();
        assertThat(TestPortal.problems(result)).isEmpty();
        return site;
    }

    /** A file of a built site, as text. */
    static String read(Path site, String path) {
        return DataCheck.utf8(site.resolve(path));
    }
}
