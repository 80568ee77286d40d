package accord.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMapTest {
    @Test
    void firstCharacterIsLineOneColumnOne() {
        LineMap map = new LineMap("abc");
        assertThat(map.line(0)).isEqualTo(1);
        assertThat(map.column(0)).isEqualTo(1);
        assertThat(map.column(2)).isEqualTo(3);
    }

    @Test
    void countsLinesAfterEachNewline() {
        String text = "ab\ncde\n\nf";
        LineMap map = new LineMap(text);
        assertThat(map.line(text.indexOf('b'))).isEqualTo(1);
        assertThat(map.column(text.indexOf('b'))).isEqualTo(2);
        // The newline itself belongs to the line it ends.
        assertThat(map.line(2)).isEqualTo(1);
        assertThat(map.column(2)).isEqualTo(3);
        assertThat(map.line(text.indexOf('c'))).isEqualTo(2);
        assertThat(map.column(text.indexOf('c'))).isEqualTo(1);
        assertThat(map.line(text.indexOf('e'))).isEqualTo(2);
        assertThat(map.column(text.indexOf('e'))).isEqualTo(3);
        assertThat(map.line(7)).isEqualTo(3);
        assertThat(map.column(7)).isEqualTo(1);
        assertThat(map.line(text.indexOf('f'))).isEqualTo(4);
        assertThat(map.column(text.indexOf('f'))).isEqualTo(1);
    }

    @Test
    void offsetAtEndOfTextIsOnTheLastLine() {
        String text = "a\nbc";
        LineMap map = new LineMap(text);
        assertThat(map.line(text.length())).isEqualTo(2);
        assertThat(map.column(text.length())).isEqualTo(3);
    }

    @Test
    void handlesManyLines() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append("line\n");
        LineMap map = new LineMap(sb);
        assertThat(map.line(5 * 999 + 2)).isEqualTo(1000);
        assertThat(map.column(5 * 999 + 2)).isEqualTo(3);
    }
}
