package accord.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A body held, or read again from its file when the build's memory for bodies is spent: the same text either way. */
class BodyTest {
    @TempDir
    Path root;

    private static final String FILE = "\uFEFF---\r\ntitle: A\r\n---\r\nFirst \u202Eline\r\n\r\n## Second\r\n";

    private SourceDocument read(String text, BodyMemory memory) throws Exception {
        Path file = root.resolve("content/sessions/a.md");
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        ContentReader.FileRead read = new ContentReader(root, memory).readFile("content/sessions/a.md");
        assertThat(read.problems()).isEmpty();
        return read.document().orElseThrow();
    }

    @Test
    void aBodyReadAgainIsTheTextAsFirstRead() throws Exception {
        SourceDocument held = read(FILE, BodyMemory.unlimited());
        SourceDocument again = read(FILE, BodyMemory.ofMiB(0));
        assertThat(held.markdown().held()).isTrue();
        assertThat(again.markdown().held()).isFalse();
        assertThat(again.body()).isEqualTo(held.body()).isEqualTo("First \u202Eline\n\n## Second\n");
        assertThat(again.markdown().stripped().text()).isEqualTo(held.markdown().stripped().text())
                .isEqualTo("First line\n\n## Second\n");
        assertThat(again.markdown()).isEqualTo(held.markdown());
    }

    @Test
    void onlyABodyThatHeldAControlCharacterIsReadAgainToLookForOne() throws Exception {
        assertThat(read(FILE, BodyMemory.ofMiB(0)).markdown().mayHoldBidiControls()).isTrue();
        assertThat(read("---\ntitle: A\n---\nPlain.\n", BodyMemory.ofMiB(0)).markdown().mayHoldBidiControls()).isFalse();
        assertThat(read("---\ntitle: A\n---\nPlain.\n", BodyMemory.unlimited()).markdown().mayHoldBidiControls()).isTrue();
    }

    @Test
    void theMemoryGivenIsTakenUntilTheRecordIsLetGo() throws Exception {
        BodyMemory memory = BodyMemory.ofMiB(1);
        String big = "---\ntitle: A\n---\n" + "word ".repeat(150_000) + "\n";
        SourceDocument first = read(big, memory);
        assertThat(first.markdown().held()).isTrue();
        assertThat(read(big, memory).markdown().held()).as("a second 750 kB body does not fit in 1 MiB").isFalse();
        new ContentReader(root, memory).release(first);
        assertThat(read(big, memory).markdown().held()).isTrue();
    }

    @Test
    void aBodyBeyondLatin1TakesTwoBytesForEachCharacter() throws Exception {
        BodyMemory memory = BodyMemory.ofMiB(1);
        // 300,000 characters: 600 kB on the heap, so a second does not fit in 1 MiB (counted by characters, it would).
        String greek = "---\ntitle: A\n---\n" + "\u03bb\u03cc\u03b3\u03bf\u03c2 ".repeat(60_000) + "\n";
        assertThat(read(greek, memory).markdown().held()).isTrue();
        assertThat(read(greek, memory).markdown().held()).isFalse();
        assertThat(Body.footprint("\u00e9t\u00e9")).isEqualTo(3 + 48);
        assertThat(Body.footprint("\u03bb")).isEqualTo(2 + 48);
    }

    @Test
    void aFileChangedOrDeletedUnderTheBuildStopsItNamingTheFile() throws Exception {
        SourceDocument doc = read(FILE, BodyMemory.ofMiB(0));
        Path file = root.resolve("content/sessions/a.md");
        Files.writeString(file, FILE.replace("First", "Frist"));
        assertThatThrownBy(doc::body).isInstanceOf(UncheckedIOException.class)
                .hasMessage("content/sessions/a.md: changed on disk while the build was reading it (build again)");
        Files.delete(file);
        assertThatThrownBy(doc::body).isInstanceOf(UncheckedIOException.class)
                .hasMessage("content/sessions/a.md: changed on disk while the build was reading it (build again)");
    }

    @Test
    void aLimitThatIsNotANumberOfMiBIsRefusedSayingWhatToWrite() {
        String was = System.getProperty(BodyMemory.PROPERTY);
        try {
            System.setProperty(BodyMemory.PROPERTY, "1g");
            assertThatThrownBy(BodyMemory::standard).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("-Daccord.bodyMemory=1g is not a number of MiB (write, for example, -Daccord.bodyMemory=256)");
        } finally {
            if (was == null) System.clearProperty(BodyMemory.PROPERTY);
            else System.setProperty(BodyMemory.PROPERTY, was);
        }
    }

    @Test
    void aBodyNotInAFileIsHeld() {
        Body b = Body.of("text");
        assertThat(b.held()).isTrue();
        assertThat(b.text()).isEqualTo("text");
    }
}
