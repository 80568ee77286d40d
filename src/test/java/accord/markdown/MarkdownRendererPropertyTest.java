package accord.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import accord.problem.Problem;
import accord.problem.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Random Markdown made of the pieces attacks are made of. Whatever comes in: no exception, every
 * problem has a line, and the HTML has no script, no event handler and no link or image whose URL
 * uses a scheme other than http, https or mailto.
 */
class MarkdownRendererPropertyTest {
    private static final String[] TOKENS = {
        "[", "]", "(", ")", "](", "![", "<", ">", "*", "_", "**", "`", "```", "~~", "- ", "1. ", "> ", "#", "|", "\\",
        "&#106;", "&#x6A;", "&#9;", "&colon;", "javascript:", "JaVaScRiPt:", "vbscript:", "data:", "java\tscript:",
        "alert(1)", "<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">", "onclick=",
        "https://example.org/", "mailto:a@example.org", "../x.md", "x.md", "[^1]", "[^1]: ", "[r]: ", "[r]", "\n",
        "\n\n", "    ", "\t", "text", "\u2028", "\u0000", "'", "\""};

    /** What text nodes are made of, and everything that makes flexmark unescape or escape them. */
    private static final String[] TEXT = {
        "word", " ", "\n", "\n\n", "\r\n", "\r", "&", "&amp;", "&#39;", "&#x2014;", "&copy;", "&bogus;", "&#;", "<", ">",
        "\"", "'", "\\", "\\*", "\\&", "\\\\", "*", "**", "_", "`", "~~", "...", "--", "---", "\u00e9", "\u0259",
        "\u2014", "\u201c", "\ud83c\udf0d", "# ", "- ", "1. ", "> ", "| a | b |\n|---|---|\n| c | d |", "[x](../x.md)",
        "[y](https://example.org/?a=1&b=\"2\")", "<https://example.org/>", "[^1]", "\n\n[^1]: note", "    code", "```\ncode\n```"};

    @Test
    void textIsWrittenAsFlexmarksOwnRendererWritesIt() {
        Random random = new Random(0x7E47);
        LinkResolver links = path -> path.equals("content/notes/x.md") ? Optional.of("../x/") : Optional.empty();
        for (boolean rawHtml : new boolean[] {false, true}) {
            MarkdownRenderer fast = new MarkdownRenderer(rawHtml);
            MarkdownRenderer flexmark = new MarkdownRenderer(rawHtml, false);
            for (int i = 0; i < 2000; i++) {
                StringBuilder sb = new StringBuilder();
                int n = 1 + random.nextInt(40);
                for (int t = 0; t < n; t++) sb.append(TEXT[random.nextInt(TEXT.length)]);
                String markdown = sb.toString();
                String expected = flexmark.render(markdown, "content/notes/y.md", 1, links, new Problems()).html();
                assertThat(fast.render(markdown, "content/notes/y.md", 1, links, new Problems()).html())
                        .as("case %d (raw HTML %s): %s", i, rawHtml, markdown).isEqualTo(expected);
            }
        }
    }

    @Test
    void plainTextIsOnlyTextThatUnescapingLeavesAlone() {
        assertThat(PlainText.plain("Baku, 14 November \u2014 \"CAREC\" <2024>")).isTrue();
        assertThat(PlainText.plain("a \\* b")).isFalse();
        assertThat(PlainText.plain("AT&amp;T")).isFalse();
        assertThat(PlainText.plain("line\r\nend")).isFalse();
        assertThat(PlainText.escape("a < b & \"c\" > 'd'")).isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; 'd'");
        assertThat(PlainText.escape("plain")).isSameAs("plain");
    }

    @Test
    void randomMarkdownNeverThrowsAndNeverEmitsScript() {
        Random random = new Random(0xACC0D);
        MarkdownRenderer escaped = new MarkdownRenderer(false);
        MarkdownRenderer sanitised = new MarkdownRenderer(true);
        LinkResolver links = path -> path.equals("content/notes/x.md") ? Optional.of("../x/") : Optional.empty();
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(80);
            for (int t = 0; t < n; t++) sb.append(TOKENS[random.nextInt(TOKENS.length)]);
            String markdown = sb.toString();
            for (MarkdownRenderer renderer : new MarkdownRenderer[] {escaped, sanitised}) {
                Problems problems = new Problems();
                RenderedMarkdown out;
                try {
                    out = renderer.render(markdown, "content/notes/y.md", 4, links, problems);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("case " + i + " threw " + e + " for " + markdown, e);
                }
                for (Problem p : problems.sorted()) assertThat(p.at().line()).as("case %d: %s", i, p).isGreaterThanOrEqualTo(4);
                Document doc = Jsoup.parseBodyFragment(out.html());
                assertThat(doc.select("script")).as("case %d: %s", i, markdown).isEmpty();
                assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()))
                        .as("case %d: %s", i, markdown)
                        .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on"));
                int caseNo = i;
                doc.select("[href], [src]").forEach(e -> {
                    String url = (e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                            .replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertThat(url).as("case %d: %s", caseNo, markdown)
                            .satisfiesAnyOf(u -> assertThat(u).doesNotContain(":"),
                                    u -> assertThat(u).startsWith("http:"),
                                    u -> assertThat(u).startsWith("https:"),
                                    u -> assertThat(u).startsWith("mailto:"),
                                    u -> assertThat(u.indexOf(':')).isGreaterThan(u.replaceAll("[/?#].*", "").length()));
                });
            }
        }
    }
}
