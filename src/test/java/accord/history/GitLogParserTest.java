package accord.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code git log -z --name-status -M} stream, newest first, into each file's changes with renames followed. */
class GitLogParserTest {
    private static String commit(String hash, String date, String author, String subject, String... changes) {
        StringBuilder sb = new StringBuilder("\u001e" + hash + "\0" + "p" + hash + "\0" + date + "\0" + author + "\0" + subject + "\0\n");
        for (String c : changes) sb.append(c).append('\0');
        return sb.toString();
    }

    private static List<String> summary(List<FileChange> changes) {
        return changes.stream().map(c -> c.commit().hash() + " " + c.kind() + " " + c.path()
                + (c.previousPath().isEmpty() ? "" : " from " + c.previousPath())).toList();
    }

    @Test
    void followsAFileBackThroughTwoRenamesAndKeysItByItsLatestName() {
        String out = commit("c4", "2024-11-20T08:00:00+04:00", "A", "again", "R087", "sub/content/t/b.md", "sub/content/t/c.md")
                + commit("c3", "2024-11-14T23:30:00-05:00", "C", "edit", "M", "sub/content/t/b.md")
                + commit("c2", "2024-11-12T10:00:00Z", "B", "move", "R100", "sub/content/t/a.md", "sub/content/t/b.md")
                + commit("c1", "2024-11-10T09:00:00+04:00", "A", "start", "A", "sub/content/t/a.md", "A", "sub/content/t/z.md");
        Map<String, List<FileChange>> files = GitLogParser.parse(out, "sub/");
        assertThat(files.keySet()).containsExactly("content/t/c.md", "content/t/z.md");
        assertThat(summary(files.get("content/t/c.md"))).containsExactly(
                "c4 RENAMED content/t/c.md from content/t/b.md", "c3 MODIFIED content/t/b.md",
                "c2 RENAMED content/t/b.md from content/t/a.md", "c1 ADDED content/t/a.md");
        assertThat(files.get("content/t/c.md").get(1).commit().date().getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
    }

    @Test
    void aFileDeletedAndAddedAgainKeepsOneHistory() {
        String out = commit("c3", "2024-11-20T08:00:00Z", "A", "back", "A", "content/t/a.md")
                + commit("c2", "2024-11-12T10:00:00Z", "B", "gone", "D", "content/t/a.md")
                + commit("c1", "2024-11-10T09:00:00Z", "A", "start", "A", "content/t/a.md");
        assertThat(summary(GitLogParser.parse(out, "").get("content/t/a.md")))
                .containsExactly("c3 ADDED content/t/a.md", "c2 DELETED content/t/a.md", "c1 ADDED content/t/a.md");
    }

    @Test
    void separatorsInsideASubjectOrNameCannotShiftTheFields() {
        String out = commit("c2", "2024-11-12T10:00:00Z", "Eve \u001f\u001e", "\u001eM\u001fcontent/x.md ]]> <b>", "M", "content/t/a.md")
                + commit("c1", "2024-11-10T09:00:00Z", "A", "", "A", "content/t/a.md");
        Map<String, List<FileChange>> files = GitLogParser.parse(out, "");
        assertThat(files.keySet()).containsExactly("content/t/a.md");
        assertThat(files.get("content/t/a.md").get(0).commit().subject()).isEqualTo("\u001eM\u001fcontent/x.md ]]> <b>");
        assertThat(files.get("content/t/a.md").get(0).commit().author()).isEqualTo("Eve \u001f\u001e");
        assertThat(files.get("content/t/a.md").get(1).commit().subject()).isEmpty();
    }

    @Test
    void aCommitWithNoFileChangesIsSkipped() {
        String out = commit("c2", "2024-11-12T10:00:00Z", "B", "merge") + commit("c1", "2024-11-10T09:00:00Z", "A", "s", "A", "content/a.md");
        assertThat(summary(GitLogParser.parse(out, "").get("content/a.md"))).containsExactly("c1 ADDED content/a.md");
    }

    @Test
    void aLogOfTheWholeRepositoryKeepsOnlyContentAndTakesRenamesAcrossItsEdgeAsAdditionsAndDeletions() {
        String out = commit("c3", "2024-11-20T08:00:00Z", "A", "out", "R100", "sub/content/t/b.md", "sub/notes/b.md",
                        "M", "sub/templates/x.ftlh", "M", "content/t/b.md")
                + commit("c2", "2024-11-12T10:00:00Z", "B", "in", "R100", "sub/drafts/b.md", "sub/content/t/b.md",
                        "M", "sub/content/t/a.md")
                + commit("c1", "2024-11-10T09:00:00Z", "A", "start", "A", "sub/content/t/a.md", "A", "sub/drafts/b.md",
                        "A", "sub/contents.md");
        Map<String, List<FileChange>> files = GitLogParser.parse(out, "sub/");
        assertThat(files.keySet()).containsExactly("content/t/a.md", "content/t/b.md");
        assertThat(summary(files.get("content/t/b.md"))).containsExactly("c3 DELETED content/t/b.md", "c2 ADDED content/t/b.md");
        assertThat(summary(files.get("content/t/a.md"))).containsExactly("c2 MODIFIED content/t/a.md", "c1 ADDED content/t/a.md");
    }

    @Test
    void aWholeLogIsRefusedForMergesAndWhereARenameCouldPairFilesAcrossContentsEdge() {
        String linear = commit("c2", "2024-11-12T10:00:00Z", "B", "s", "A", "content/a.md", "M", "README.md")
                + commit("c1", "2024-11-10T09:00:00Z", "A", "s", "A", "README.md", "A", "templates/x.ftlh");
        assertThat(GitLogParser.unsafeWhole(linear, "")).isEmpty();
        String merge = "\u001ec3\0p1 p2\0" + "2024-11-13T10:00:00Z\0A\0merge\0\n" + linear;
        assertThat(GitLogParser.unsafeWhole(merge, "")).contains("a merge commit");
        String why = "a commit where a file gone on one side of content/'s edge may be paired with one added on the other";
        String across = commit("c3", "2024-11-13T10:00:00Z", "A", "s", "D", "content/a.md", "A", "old/a.md") + linear;
        assertThat(GitLogParser.unsafeWhole(across, "")).contains(why);
        assertThat(GitLogParser.unsafeWhole(commit("c3", "2024-11-13T10:00:00Z", "A", "s", "R090", "old/a.md", "content/a.md"), ""))
                .contains(why);
        assertThat(GitLogParser.unsafeWhole(commit("c3", "2024-11-13T10:00:00Z", "A", "s", "R090", "content/b.md", "content/a.md",
                "A", "old/c.md"), "")).contains(why);
        assertThat(GitLogParser.unsafeWhole(commit("c3", "2024-11-13T10:00:00Z", "A", "s", "D", "old/a.md", "A", "old/c.md",
                "M", "content/d.md"), "")).isEmpty();
        assertThat(GitLogParser.unsafeWhole(commit("c3", "2024-11-13T10:00:00Z", "A", "s", "A", "old/c.md", "A", "content/e.md",
                "M", "content/d.md"), "")).isEmpty();
    }

    @Test
    void statusMarksChangedAndNewFilesAndStagedRenames() {
        GitHistory.Status status = GitHistory.parseStatus(" M sub/content/a.md\0?? sub/content/b.md\0A  sub/content/c.md\0"
                + "R  sub/content/d.md\0sub/content/old.md\0C  sub/content/e.md\0sub/content/a.md\0AD sub/content/f.md\0"
                + "RD sub/content/g.md\0sub/content/h.md\0 D sub/content/i.md\0 R sub/content/j.md\0sub/content/k.md\0"
                + " A sub/content/l.md\0", "sub/");
        assertThat(status.files()).containsExactlyInAnyOrderEntriesOf(Map.of("content/a.md", History.Uncommitted.MODIFIED,
                "content/b.md", History.Uncommitted.NEW, "content/c.md", History.Uncommitted.NEW,
                "content/d.md", History.Uncommitted.MODIFIED, "content/e.md", History.Uncommitted.NEW,
                "content/i.md", History.Uncommitted.MODIFIED, "content/j.md", History.Uncommitted.MODIFIED,
                "content/l.md", History.Uncommitted.NEW));
        assertThat(status.moved()).containsExactlyInAnyOrderEntriesOf(Map.of("content/d.md", "content/old.md",
                "content/j.md", "content/k.md"));
    }
}
