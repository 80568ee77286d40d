package accord.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The calendar's and the citations' text rules are loops now, not regular expressions: each must give what the
 * regular expressions gave (kept here as the long way) for random text full of line breaks, controls and pairs.
 */
class TextRulesTest {
    private static final char[] TRICKY = {'a', ' ', '\\', ';', ',', '\r', '\n', '\t', 0, 0x08, 0x0b, 0x0c, 0x1f, 0x7f, 0x85,
        0x2028, 0x2029, 0xe9, 0x416, 0x201c, 0xd83d, 0xde00, '{', '}', '%', '#', '_', '^', '~', '$', '&', '|'};

    private static String randomText(Random rnd) {
        int n = rnd.nextInt(200);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(6);
            if (kind < 3) sb.append((char) ('a' + rnd.nextInt(26)));
            else if (kind < 5) sb.append(TRICKY[rnd.nextInt(TRICKY.length)]);
            else sb.appendCodePoint(0x1f600 + rnd.nextInt(40));
        }
        return sb.toString();
    }

    /** The calendar's TEXT escaping as it was: three replacements, then two regular expressions. */
    private static String calendarTextTheLongWay(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replaceAll("\r\n|[\r\n\u2028\u2029\u0085]", "\\\\n").replaceAll("[\\x00-\\x08\\x0b-\\x1f\\x7f]", " ");
    }

    /** Line folding as it was: each code point's octets counted by encoding it alone. */
    private static String foldTheLongWay(String content) {
        StringBuilder sb = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > 75) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return sb.append("\r\n").toString();
    }

    @Test
    void calendarTextAndFoldingAreWhatTheRegularExpressionsGave() {
        Random rnd = new Random(5545);
        for (int i = 0; i < 5000; i++) {
            String s = randomText(rnd);
            assertThat(Calendar.text(s)).as("%s", s).isEqualTo(calendarTextTheLongWay(s));
            StringBuilder folded = new StringBuilder();
            Calendar.line(folded, "SUMMARY:" + s);
            assertThat(folded.toString()).as("%s", s).isEqualTo(foldTheLongWay("SUMMARY:" + s));
        }
    }

    @Test
    void citationsPutTextOnOneLineAsTheRegularExpressionDid() {
        Random rnd = new Random(3);
        for (int i = 0; i < 5000; i++) {
            String s = randomText(rnd);
            assertThat(Citations.oneLine(s)).as("%s", s)
                    .isEqualTo(s.replaceAll("[\\r\\n\\u2028\\u2029\\u0085\\u000b\\u000c]+", " ").strip());
        }
    }

    @Test
    void listItemsEscapeTheirBarsAndBackslashesOnlyWhenTheyHaveThem() {
        assertThat(Cells.item("plain")).isSameAs("plain");
        assertThat(Cells.item("a|b\\c")).isEqualTo("a\\|b\\\\c");
    }
}
