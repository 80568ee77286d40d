package accord.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord verify} trusts a manifest only as Accord writes it, and says so when there is no folder at all. */
class VerifyManifestTest {
    @TempDir
    Path dir;

    private static final String HINT = "; a manifest changed by hand cannot vouch for the files: make it again with 'accord build')";

    private String written() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a\n");
        String manifest = Fixity.render(Map.of("a.txt", Fixity.Entry.of(2, Fixity.sha256("a\n".getBytes(StandardCharsets.UTF_8)))));
        Files.writeString(dir.resolve(Fixity.FILE), manifest, StandardCharsets.UTF_8);
        return manifest;
    }

    @Test
    void aManifestAsWrittenVerifies() throws Exception {
        written();
        assertThat(Verify.check(dir).ok()).isTrue();
        Files.writeString(dir.resolve(Fixity.FILE), Fixity.render(Map.of()));
        Files.delete(dir.resolve("a.txt"));
        assertThat(Verify.check(dir).ok()).isTrue();
    }

    @Test
    void textAddedToTheManifestIsRefusedAtItsLine() throws Exception {
        String manifest = written();
        Files.writeString(dir.resolve(Fixity.FILE), manifest + "{\"path\":\"b.txt\"}\n");
        assertThatThrownBy(() -> Verify.check(dir)).isInstanceOf(Verify.ManifestException.class)
                .hasMessage("manifest.json:7: not as Accord writes it (expected '}' there" + HINT);
        Files.writeString(dir.resolve(Fixity.FILE), manifest.replace("\"algorithm\": \"SHA-256\"", "\"algorithm\": \"MD5\""));
        assertThatThrownBy(() -> Verify.check(dir)).hasMessage("manifest.json:2: not as Accord writes it (expected"
                + " '\"algorithm\": \"SHA-256\",' there" + HINT);
        Files.writeString(dir.resolve(Fixity.FILE), manifest.replace("\n  ]\n", "\n  ],\n  \"note\": \"x\"\n"));
        assertThatThrownBy(() -> Verify.check(dir)).hasMessage("manifest.json:6: not as Accord writes it (expected ']' there" + HINT);
    }

    @Test
    void aPathWithABrokenEscapeIsRefusedAtItsLine() throws Exception {
        // Escapes as the manifest writes them (& as \u0026, a quote as \") are read back to the file's name.
        String name = "a&b \"q\".txt";
        Files.writeString(dir.resolve(name), "a\n");
        String manifest = Fixity.render(Map.of(name, Fixity.Entry.of(2, Fixity.sha256("a\n".getBytes(StandardCharsets.UTF_8)))));
        assertThat(manifest).contains("\"path\":\"a\\u0026b \\\"q\\\".txt\"");
        Files.writeString(dir.resolve(Fixity.FILE), manifest, StandardCharsets.UTF_8);
        assertThat(Verify.check(dir).ok()).isTrue();
        // One that no JSON writer makes was a NumberFormatException ("For input string: \"ZZZZ\" under radix 16").
        Files.writeString(dir.resolve(Fixity.FILE), manifest.replace("\\u0026", "\\uZZZZ"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Verify.check(dir)).isInstanceOf(Verify.ManifestException.class)
                .hasMessage("manifest.json:4: not a file entry as Accord writes it ({\"path\":…,\"size\":…,\"sha256\":…})");
        Files.writeString(dir.resolve(Fixity.FILE), manifest.replace("\\u0026", "\\x"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Verify.check(dir)).isInstanceOf(Verify.ManifestException.class)
                .hasMessage("manifest.json:4: not a file entry as Accord writes it ({\"path\":…,\"size\":…,\"sha256\":…})");
    }

    @Test
    void aFileListedTwiceIsRefusedAtItsSecondLine() throws Exception {
        String manifest = written();
        String entry = manifest.lines().filter(l -> l.contains("\"path\":\"a.txt\"")).findFirst().orElseThrow();
        // A second entry with another digest: before, the last one won, so the copy verified whatever the first said.
        String other = entry.replaceFirst("\"sha256\":\"[0-9a-f]{64}\"", "\"sha256\":\"" + "0".repeat(64) + "\"");
        Files.writeString(dir.resolve(Fixity.FILE), manifest.replace(entry, other + ",\n" + entry), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Verify.check(dir)).isInstanceOf(Verify.ManifestException.class)
                .hasMessage("manifest.json:5: lists a.txt a second time (Accord lists each file once" + HINT);
    }

    @Test
    void aFolderThatIsNotThereIsSaidSo() {
        Path none = dir.resolve("nonexistent");
        assertThatThrownBy(() -> Verify.check(none)).isInstanceOf(Verify.ManifestException.class)
                .hasMessage("there is no folder " + none + " (give the folder 'accord build' wrote, such as site)");
    }

    @Test
    void keptNamesAreLeftOutOnlyAsAccordWritesThem() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a\n");
        Files.writeString(dir.resolve("CNAME"), "example.org\n");
        Map<String, Fixity.Entry> files = Map.of("a.txt", Fixity.Entry.of(2, Fixity.sha256("a\n".getBytes(StandardCharsets.UTF_8))));
        Files.writeString(dir.resolve(Fixity.FILE), Fixity.render(files, java.util.List.of("CNAME")));
        Verify.Report report = Verify.check(dir);
        assertThat(report.differences()).isEmpty();
        assertThat(report.notes()).containsExactly(
                "left out: CNAME (site.yml's keep: names it: Accord did not make it and leaves it alone; not checked)");
        // A kept name that would reach below the top, or a line otherwise changed, could hide files: refused at its line.
        for (String kept : new String[] {"[\"../a.txt\"]", "[\"sub/x\"]", "[\"CNAME\", \"CNAME\"]", "[\"b\", \"a\"]", "[]", "[\"CNAME\"] "}) {
            Files.writeString(dir.resolve(Fixity.FILE), Fixity.render(files, java.util.List.of("CNAME"))
                    .replace("\"kept\": [\"CNAME\"]", "\"kept\": " + kept));
            assertThatThrownBy(() -> Verify.check(dir)).as(kept).isInstanceOf(Verify.ManifestException.class)
                    .hasMessage("manifest.json:3: not as Accord writes it (expected '\"kept\": [\"CNAME\", …],' there" + HINT);
        }
    }

    /**
     * A manifest names the commit the site was built from (on its third line, before the kept names): verify reads it and
     * says it; a manifest from before, without that line, verifies as it did.
     */
    @Test
    void theCommitTheManifestNamesIsSaidAndAnOldManifestStillVerifies() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a\n");
        Files.writeString(dir.resolve("CNAME"), "example.org\n");
        String digest = Fixity.sha256("a\n".getBytes(StandardCharsets.UTF_8));
        String commit = "0123456789abcdef0123456789abcdef01234567";
        // As an Accord before this change wrote it, word for word.
        String old = "{\n  \"algorithm\": \"SHA-256\",\n  \"kept\": [\"CNAME\"],\n  \"files\": [\n"
                + "    {\"path\":\"a.txt\",\"size\":2,\"sha256\":\"" + digest + "\"}\n  ]\n}\n";
        Files.writeString(dir.resolve(Fixity.FILE), old);
        Verify.Report report = Verify.check(dir);
        assertThat(report.differences()).isEmpty();
        assertThat(report.notes()).containsExactly(
                "left out: CNAME (site.yml's keep: names it: Accord did not make it and leaves it alone; not checked)");
        Map<String, Fixity.Entry> files = Map.of("a.txt", Fixity.Entry.of(2, digest));
        Map<String, Object> source = new java.util.LinkedHashMap<>();
        source.put("commit", commit);
        source.put("commit_date", "2026-04-02T08:00:00-02:00");
        source.put("records_changed", "2026-03-01T12:15:30+05:00");
        source.put("uncommitted", true);
        String manifest = Fixity.render(files, source, java.util.List.of("CNAME"));
        assertThat(manifest).isEqualTo(old.replace("\"SHA-256\",\n", "\"SHA-256\",\n  \"accord_source\": {\"commit\":\"" + commit
                + "\",\"commit_date\":\"2026-04-02T08:00:00-02:00\",\"records_changed\":\"2026-03-01T12:15:30+05:00\","
                + "\"uncommitted\":true},\n"));
        Files.writeString(dir.resolve(Fixity.FILE), manifest);
        report = Verify.check(dir);
        assertThat(report.differences()).isEmpty();
        assertThat(report.listed()).isEqualTo(1);
        assertThat(report.notes()).containsExactly("built from commit " + commit + " (committed 2026-04-02T08:00:00-02:00;"
                        + " records last changed 2026-03-01T12:15:30+05:00; with changes to content/ not committed)",
                "left out: CNAME (site.yml's keep: names it: Accord did not make it and leaves it alone; not checked)");
        // Without the kept names, and with only the commit: the files are still checked.
        Files.delete(dir.resolve("CNAME"));
        Files.writeString(dir.resolve(Fixity.FILE), Fixity.render(files, Map.of("commit", commit), java.util.List.of()));
        assertThat(Verify.check(dir).notes()).containsExactly("built from commit " + commit);
        Files.writeString(dir.resolve("a.txt"), "b\n");
        assertThat(Verify.check(dir).differences()).containsExactly("changed: a.txt (same size, different SHA-256)");
        // A commit line changed by hand is refused at its line; so is a kept line after it.
        Files.writeString(dir.resolve(Fixity.FILE), manifest.replace(commit, "HEAD"));
        assertThatThrownBy(() -> Verify.check(dir)).isInstanceOf(Verify.ManifestException.class)
                .hasMessage("manifest.json:3: not as Accord writes it (expected '\"accord_source\": {\"commit\":\"…\", …},' there" + HINT);
        Files.writeString(dir.resolve(Fixity.FILE), manifest.replace("\"uncommitted\":true", "\"uncommitted\":false"));
        assertThatThrownBy(() -> Verify.check(dir)).hasMessageStartingWith("manifest.json:3: not as Accord writes it");
        Files.writeString(dir.resolve(Fixity.FILE), manifest.replace("[\"CNAME\"]", "[\"../a.txt\"]"));
        assertThatThrownBy(() -> Verify.check(dir))
                .hasMessage("manifest.json:4: not as Accord writes it (expected '\"kept\": [\"CNAME\", …],' there" + HINT);
    }

    @Test
    void aFileListedUnderAVersionControlNameIsCheckedAsAnyOther() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve(".git/config"), "[core]\n");
        Files.writeString(dir.resolve(Fixity.FILE), Fixity.render(Map.of(".git/HEAD",
                Fixity.Entry.of(21, Fixity.sha256("ref: refs/heads/main\n".getBytes(StandardCharsets.UTF_8))))));
        Verify.Report report = Verify.check(dir);
        assertThat(report.notes()).isEmpty();
        assertThat(report.differences()).containsExactly("extra: .git/config");
    }
}
