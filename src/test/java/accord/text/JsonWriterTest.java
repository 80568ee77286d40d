package accord.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Json.Writer} and {@link Utf8Buffer} are shortcuts: each must give exactly the bytes of the long way, a
 * String made by {@link Json#write}/{@link Json#inline} (or given) and then encoded by {@code getBytes(UTF_8)}. Random
 * values and strings, seeded, with every kind of character that is escaped or encoded differently.
 */
class JsonWriterTest {
    /** Characters that take each path: plain, escaped, control, script-unsafe, 2 and 3 bytes, pairs and halves. */
    private static final char[] TRICKY = {'a', 'Z', ' ', '"', '\\', '/', '<', '>', '&', '\n', '\r', '\t', '\b', '\f', 0, 0x1f,
        0x7f, 0x80, 0xe9, 0xff, 0x100, 0x2019, 0x201c, 0x0416, 0x2028, 0x2029, 0xfeff, 0xffff, 0xd83d, 0xde00, 0xdbff, 0xdc00};

    private static String randomString(Random rnd, int max) {
        int n = rnd.nextInt(max + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(10);
            if (kind < 5) sb.append((char) (' ' + rnd.nextInt(95)));
            else if (kind < 8) sb.append(TRICKY[rnd.nextInt(TRICKY.length)]);
            else if (kind == 8) sb.appendCodePoint(0x1f600 + rnd.nextInt(80)); // a proper surrogate pair
            else sb.append((char) rnd.nextInt(0x10000));
        }
        return sb.toString();
    }

    private static Object randomValue(Random rnd, int depth) {
        int kind = rnd.nextInt(depth > 3 ? 6 : 9);
        switch (kind) {
            case 0:
                return null;
            case 1:
            case 2:
                return randomString(rnd, 40);
            case 3:
                return new BigDecimal(rnd.nextInt(100000)).movePointLeft(rnd.nextInt(4));
            case 4:
                return rnd.nextInt();
            case 5:
                return rnd.nextBoolean();
            case 6:
            case 7: {
                Map<String, Object> m = new LinkedHashMap<>();
                int n = rnd.nextInt(5);
                for (int i = 0; i < n; i++) m.put(randomString(rnd, 8), randomValue(rnd, depth + 1));
                return m;
            }
            default: {
                List<Object> l = new ArrayList<>();
                int n = rnd.nextInt(5);
                for (int i = 0; i < n; i++) l.add(randomValue(rnd, depth + 1));
                return l;
            }
        }
    }

    @Test
    void writesTheBytesOfJsonWriteAndInlineForRandomValues() {
        Random rnd = new Random(20261130);
        for (int i = 0; i < 3000; i++) {
            Object value = randomValue(rnd, 0);
            Utf8Buffer indented = new Utf8Buffer(16);
            new Json.Writer(indented, true).value(value);
            indented.ascii('\n');
            assertThat(indented.toByteArray()).as("indented %s", value).isEqualTo(Json.write(value).getBytes(StandardCharsets.UTF_8));
            Utf8Buffer compact = new Utf8Buffer(16);
            new Json.Writer(compact, false).value(value);
            assertThat(compact.toByteArray()).as("compact %s", value).isEqualTo(Json.inline(value).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void writesMembersOneByOneAsAMapWouldBeWritten() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "sessions/x");
        m.put("empty", Map.of());
        m.put("none", List.of());
        m.put("list", List.of("a<b", new BigDecimal("1.50")));
        m.put("part", new Json.Raw("{\"kept\":true}"));
        for (boolean indented : new boolean[] {true, false}) {
            Utf8Buffer out = new Utf8Buffer(16);
            Json.Writer w = new Json.Writer(out, indented);
            w.beginObject();
            w.name("id").value("sessions/x");
            w.name("empty").beginObject().endObject();
            w.name("none").beginArray().endArray();
            w.name("list").beginArray().value("a<b").value(new BigDecimal("1.50")).endArray();
            w.name("part").raw("{\"kept\":true}".getBytes(StandardCharsets.UTF_8));
            w.endObject();
            String expected = indented ? Json.write(m) : Json.inline(m) + "\n";
            assertThat(new String(out.ascii('\n').toByteArray(), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    @Test
    void encodesRandomStringsAsGetBytesDoesLoneSurrogatesIncluded() {
        Random rnd = new Random(7);
        for (int i = 0; i < 5000; i++) {
            String s = randomString(rnd, 60);
            assertThat(new Utf8Buffer(1).append(s).toByteArray()).as("%s", s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aStreamedBufferPassesOnTheSameBytesInChunks() {
        Random rnd = new Random(11);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Utf8Buffer out = new Utf8Buffer(whole);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String s = randomString(rnd, i % 50 == 0 ? 100_000 : 500);
            out.append(s);
            expected.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            values.add(s);
        }
        Json.Writer w = new Json.Writer(out, false);
        w.value(values);
        out.flush();
        expected.writeBytes(Json.inline(values).getBytes(StandardCharsets.UTF_8));
        assertThat(out.length()).isZero();
        assertThat(whole.toByteArray()).isEqualTo(expected.toByteArray());
    }
}
