package accord.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownText}'s hand-written passes against the regular expressions they replaced (kept here as the
 * model, word for word as they were), on random and hostile Markdown made of the pieces where the rules turn:
 * brackets, bangs, angle brackets, fences, markers at and off a line's start, every line terminator Java knows,
 * runs of white space that cross lines, surrogate pairs.
 */
class MarkdownTextModelTest {
    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~).*$");
    private static final Pattern MARKUP = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+|[*_`|]+");

    /** {@code MarkdownText.plain} as it was, with its regular expressions. */
    static String modelPlain(String markdown) {
        String s = markdown;
        if (s.contains("]:")) s = DEFINITION.matcher(s).replaceAll("");
        if (s.contains("](")) s = LINK.matcher(s).replaceAll("$1");
        if (s.contains("][")) s = REF_LINK.matcher(s).replaceAll("$1");
        if (s.indexOf('<') >= 0) s = TAG.matcher(s).replaceAll(" ");
        if (s.contains("```") || s.contains("~~~")) s = FENCE.matcher(s).replaceAll("");
        return MARKUP.matcher(s).replaceAll(" ");
    }

    private static final String[] PIECES = {"a", "b", "Z", "word", " ", "  ", "   ", "    ", "\t", "\n", "\n\n", "\r",
        "\r\n", "\u0085", "\u2028", "\u2029", "\f", "\u000B", "\u00A0", "[", "]", "(", ")", "!", "![", "](", "][", "]:",
        ": ", "<", ">", "</", "<a", "<b>", "/", "#", "##", "######", "#######", "# ", "-", "- ", "*", "**", "* ", "+",
        "_", "`", "```", "~~~", "~~", "|", "1", "12", "3.", "4)", "5. ", ".", "x.md", "é", "\u0301", "\uD835\uDC00",
        "\uD835", "\uDC00", "Ж", "·", "—"};

    private static String random(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
        return sb.toString();
    }

    @Test
    void eachPassGivesWhatItsRegularExpressionGave() {
        Random random = new Random(11);
        for (int round = 0; round < 60_000; round++) {
            String s = random(random, random.nextInt(round % 20 == 0 ? 200 : 24));
            assertThat(MarkdownText.definitions(s)).as("definitions of '%s'", s).isEqualTo(DEFINITION.matcher(s).replaceAll(""));
            assertThat(MarkdownText.links(s, '(', ')')).as("links of '%s'", s).isEqualTo(LINK.matcher(s).replaceAll("$1"));
            assertThat(MarkdownText.links(s, '[', ']')).as("reference links of '%s'", s)
                    .isEqualTo(REF_LINK.matcher(s).replaceAll("$1"));
            assertThat(MarkdownText.tags(s)).as("tags of '%s'", s).isEqualTo(TAG.matcher(s).replaceAll(" "));
            assertThat(MarkdownText.fences(s)).as("fences of '%s'", s).isEqualTo(FENCE.matcher(s).replaceAll(""));
            assertThat(MarkdownText.markup(s)).as("markup of '%s'", s).isEqualTo(MARKUP.matcher(s).replaceAll(" "));
        }
    }

    @Test
    void thePlainTextIsWhatTheRegularExpressionsGave() {
        Random random = new Random(12);
        for (int round = 0; round < 60_000; round++) {
            String s = random(random, random.nextInt(round % 20 == 0 ? 300 : 30));
            assertThat(MarkdownText.plain(s)).as("plain of '%s'", s).isEqualTo(modelPlain(s));
        }
    }

    /** Markdown as records hold it: headings, lists, quotes, emphasis, links, a table, a fence, a definition. */
    @Test
    void aRecordsBodyReadsAsBefore() {
        String body = """
                # The Baku Declaration

                Signed at **COP29** by the _CAREC_ ministers; see [the session](../sessions/carec-cop29.md) and
                ![a photo](../assets/x.jpg "title") or [the text][text].

                ## Signatories
                - Azerbaijan
                * Kazakhstan
                + Mongolia
                1. first
                2) second
                > a quote with `code`
                | a | b |
                |---|---|
                | 1 | 2 |

                ```yaml
                key: value
                ```
                ~~~
                fenced
                ~~~
                <div class="x">html</div> 3 < 4 > 2
                    ####### not a heading
                [text]: https://example.org/declaration "The text"
                """;
        assertThat(MarkdownText.plain(body)).isEqualTo(modelPlain(body));
        assertThat(MarkdownText.plain(body.replace("\n", "\r\n"))).isEqualTo(modelPlain(body.replace("\n", "\r\n")));
    }

    /** Input that makes a naive scan quadratic still ends, with the same text. */
    @Test
    void hostileRunsGiveWhatTheRegularExpressionsGave() {
        for (String unit : new String[] {"[", "![", "[a](", "[a][", "<a", "\n", " \n", "#", "1", "*", "]:"}) {
            String s = unit.repeat(3000);
            assertThat(MarkdownText.plain(s)).as("%s repeated", unit).isEqualTo(modelPlain(s));
        }
    }
}
