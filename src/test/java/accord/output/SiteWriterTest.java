package accord.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path temp;

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void repairPutsBackASiteLeftUnderTheOldNameByARunKilledBetweenTheRenames() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("index.html", "previous")));
        Files.move(site, temp.resolve(".site.accord-old"));

        SiteWriter.repair(site);

        assertThat(site.resolve("index.html")).hasContent("previous");
        assertThat(temp.resolve(".site.accord-old")).doesNotExist();
    }

    @Test
    void repairLeavesAnUnmarkedOldFolderAlone() throws Exception {
        Path old = Files.createDirectories(temp.resolve(".site.accord-old"));
        Files.writeString(old.resolve("notes.txt"), "mine");

        SiteWriter.repair(temp.resolve("site"));

        assertThat(temp.resolve("site")).doesNotExist();
        assertThat(old.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void neverDeletesAnOldFolderItDidNotMake() throws Exception {
        Path site = temp.resolve("site");
        SiteWriter.write(site, List.of(file("index.html", "first")));
        Path old = Files.createDirectories(temp.resolve(".site.accord-old"));
        Files.writeString(old.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> SiteWriter.write(site, List.of(file("index.html", "second"))))
                .isInstanceOf(SiteWriter.RefusedException.class)
                .hasMessageContaining("was not made by Accord");
        assertThat(old.resolve("notes.txt")).hasContent("mine");
        assertThat(site.resolve("index.html")).hasContent("first");
    }

    @Test
    void anOutputPathCannotLeaveTheOutputFolder() {
        for (String path : List.of("../escaped.html", "a/../../escaped.html", "/etc/escaped", "", "a/./b")) {
            assertThatThrownBy(() -> file(path, "x")).as(path).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
