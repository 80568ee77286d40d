package accord.content;

import static org.assertj.core.api.Assertions.assertThat;

import accord.problem.Problem;
import accord.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
    private final Problems problems = new Problems();

    private Optional<FrontMatterSplitter.Split> split(String text) {
        return FrontMatterSplitter.split(text, "content/x/a.md", problems);
    }

    private String formatted() {
        return String.join("\n", problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void splitsYamlFromBodyWithLineNumbersOfTheFile() {
        FrontMatterSplitter.Split s = split("---\ntitle: A\ndate: 2024\n---\nBody line.\nSecond.\n").orElseThrow();
        assertThat(s.yaml()).isEqualTo("title: A\ndate: 2024\n");
        assertThat(s.yamlLine()).isEqualTo(2);
        assertThat(s.body()).isEqualTo("Body line.\nSecond.\n");
        assertThat(s.bodyLine()).isEqualTo(5);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void emptyFrontMatterAndEmptyBody() {
        FrontMatterSplitter.Split s = split("---\n---").orElseThrow();
        assertThat(s.yaml()).isEmpty();
        assertThat(s.body()).isEmpty();
        assertThat(s.bodyLine()).isEqualTo(3);
    }

    @Test
    void acceptsYamlDocumentEndMarker() {
        FrontMatterSplitter.Split s = split("---\ntitle: A\n...\nBody\n").orElseThrow();
        assertThat(s.yaml()).isEqualTo("title: A\n");
        assertThat(s.body()).isEqualTo("Body\n");
        assertThat(s.bodyLine()).isEqualTo(4);
    }

    @Test
    void acceptsByteOrderMarkAndCrlfOnceDecoded() {
        byte[] bytes = "\uFEFF---\r\ntitle: A\r\n---\r\nBody one.\r\nBody two.\r\n".getBytes(StandardCharsets.UTF_8);
        String text = TextDecoder.decode(bytes, "content/x/a.md", problems).orElseThrow();
        assertThat(text).isEqualTo("---\ntitle: A\n---\nBody one.\nBody two.\n");
        FrontMatterSplitter.Split s = split(text).orElseThrow();
        assertThat(s.yaml()).isEqualTo("title: A\n");
        assertThat(s.body()).isEqualTo("Body one.\nBody two.\n");
        assertThat(s.bodyLine()).isEqualTo(4);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void acceptsCrlfDelimitersEvenUndecoded() {
        FrontMatterSplitter.Split s = split("---\r\ntitle: A\r\n---\r\nBody\r\n").orElseThrow();
        assertThat(s.yamlLine()).isEqualTo(2);
        assertThat(s.bodyLine()).isEqualTo(4);
        assertThat(s.body()).isEqualTo("Body\r\n");
    }

    @Test
    void bodyLineCountsEveryFrontMatterLine() {
        FrontMatterSplitter.Split s = split("---\na: 1\n\n# comment\nb: 2\n---\n\nText").orElseThrow();
        assertThat(s.bodyLine()).isEqualTo(7);
        assertThat(s.body()).isEqualTo("\nText");
    }

    @Test
    void reportsUnclosedFrontMatter() {
        assertThat(split("---\ntitle: A\nBody\n")).isEmpty();
        assertThat(formatted()).isEqualTo(
                "content/x/a.md:1:1: error: front matter is not closed (add a '---' line after the last field)");
    }

    @Test
    void reportsMissingFrontMatter() {
        assertThat(split("title: A\n")).isEmpty();
        assertThat(formatted()).isEqualTo(
                "content/x/a.md:1:1: error: missing front matter (a record starts with a '---' line, its fields, and another '---' line)");
    }

    @Test
    void reportsTomlFrontMatter() {
        assertThat(split("+++\ntitle = 'A'\n+++\n")).isEmpty();
        assertThat(formatted()).isEqualTo(
                "content/x/a.md:1:1: error: TOML front matter ('+++') is not supported (write the fields as YAML between '---' lines)");
    }

    @Test
    void reportsEmptyFile() {
        assertThat(split(" \n\n")).isEmpty();
        assertThat(formatted()).isEqualTo(
                "content/x/a.md:1: error: empty file (a record starts with a '---' line, its fields, and another '---' line)");
    }

    @Test
    void decoderReportsInvalidUtf8WithItsLine() {
        byte[] bytes = {'-', '-', '-', '\n', 'a', ':', ' ', (byte) 0xC3, '\n'};
        assertThat(TextDecoder.decode(bytes, "content/x/a.md", problems)).isEmpty();
        assertThat(formatted()).isEqualTo(
                "content/x/a.md:2: error: invalid UTF-8 (byte 0xC3 at offset 7; save the file as UTF-8)");
    }

    /** Windows editors offer UTF-16 as "Unicode": with its byte order mark, either order, and without one. */
    @Test
    void decoderNamesUtf16() {
        byte[] text = "---\ntitle: A\n---\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[text.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withMark, 2, text.length);
        assertThat(TextDecoder.decode(withMark, "content/x/a.md", problems)).isEmpty();
        assertThat(TextDecoder.decode("---\n".getBytes(java.nio.charset.StandardCharsets.UTF_16), "content/x/b.md", problems)).isEmpty();
        assertThat(TextDecoder.decode(text, "content/x/c.md", problems)).isEmpty();
        assertThat(TextDecoder.decode("---\n".getBytes(java.nio.charset.StandardCharsets.UTF_16BE), "content/x/d.md", problems)).isEmpty();
        assertThat(formatted()).isEqualTo(String.join("\n",
                "content/x/a.md:1: error: the file is saved as UTF-16 (it begins with UTF-16's byte order mark, 0xFF 0xFE;"
                        + " save it as UTF-8: in most editors, Save As or the encoding menu, then UTF-8)",
                "content/x/b.md:1: error: the file is saved as UTF-16 (it begins with UTF-16's byte order mark, 0xFE 0xFF;"
                        + " save it as UTF-8: in most editors, Save As or the encoding menu, then UTF-8)",
                "content/x/c.md:1: error: the file is saved as UTF-16 (every other byte is zero;"
                        + " save it as UTF-8: in most editors, Save As or the encoding menu, then UTF-8)",
                "content/x/d.md:1: error: the file is saved as UTF-16 (every other byte is zero;"
                        + " save it as UTF-8: in most editors, Save As or the encoding menu, then UTF-8)"));
    }

    /** UTF-8 that merely starts with a short word is not taken for UTF-16. */
    @Test
    void decoderReadsShortUtf8() {
        assertThat(TextDecoder.decode(new byte[] {'a', '\n'}, "content/x/a.md", problems)).contains("a\n");
        assertThat(TextDecoder.decode("\uFEFF---\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "content/x/a.md", problems)).contains("---\n");
        assertThat(formatted()).isEmpty();
    }
}
