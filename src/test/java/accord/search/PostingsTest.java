package accord.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed record lists read back the way search.js reads them, for gaps of every length. */
class PostingsTest {
    static List<int[]> decode(String s) {
        List<int[]> out = new ArrayList<>();
        int doc = 0;
        int gap = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Postings.ALPHABET.indexOf(s.charAt(i));
            gap = gap * 32 + (d & 31);
            if (d >= 32) continue;
            doc += gap;
            gap = 0;
            out.add(new int[] {doc, Postings.ALPHABET.indexOf(s.charAt(++i))});
        }
        return out;
    }

    @Test
    void smallGapsTakeTwoCharacters() {
        assertThat(Postings.encode(List.of(new int[] {0, 100}, new int[] {1, 1}, new int[] {2, 50}))).isEqualTo("0-111W");
    }

    @Test
    void everyListReadsBackWithItsScoresScaled() {
        Random random = new Random(8);
        for (int round = 0; round < 200; round++) {
            List<int[]> postings = new ArrayList<>();
            int doc = random.nextInt(3);
            for (int n = random.nextInt(50); n > 0; n--) {
                postings.add(new int[] {doc, 1 + random.nextInt(100)});
                doc += 1 + (random.nextBoolean() ? random.nextInt(40) : random.nextInt(200_000));
            }
            List<int[]> back = decode(Postings.encode(postings));
            assertThat(back).hasSameSizeAs(postings);
            for (int i = 0; i < postings.size(); i++) {
                assertThat(back.get(i)[0]).isEqualTo(postings.get(i)[0]);
                assertThat(back.get(i)[1]).isEqualTo(Math.max(1, Math.round(postings.get(i)[1] * 63f / 100)));
            }
        }
    }
}
