package accord.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * schema.org's type hierarchy as far as Accord knows it, read from the table {@code schema-org-types.txt} beside this
 * class (one type a line, then its parents): what asks whether a collection's {@code jsonld} type is an event or a
 * creative work asks here, so that a subtype ({@code ScreeningEvent}, {@code Movie}) counts as what it is a kind of.
 */
public final class SchemaOrgTypes {
    public static final String EVENT = "Event";
    public static final String CREATIVE_WORK = "CreativeWork";
    private static final String TABLE = "schema-org-types.txt";
    private static final Map<String, List<String>> PARENTS = read();

    private SchemaOrgTypes() {
    }

    /** Every type of the table. */
    static Set<String> names() {
        return PARENTS.keySet();
    }

    /** Whether {@code type} is {@code ancestor} or one of its subtypes; false for a type the table does not list. */
    public static boolean isA(String type, String ancestor) {
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (t.equals(ancestor)) return true;
            if (seen.add(t)) todo.addAll(PARENTS.getOrDefault(t, List.of()));
        }
        return false;
    }

    /** Whether {@code type} is an {@code Event} (a {@code ScreeningEvent}, a {@code Festival}, …). */
    public static boolean isEvent(String type) {
        return isA(type, EVENT);
    }

    /** Whether {@code type} is a {@code CreativeWork} (a {@code Movie}, a {@code Report}, {@code Legislation}, …). */
    public static boolean isCreativeWork(String type) {
        return isA(type, CREATIVE_WORK);
    }

    private static Map<String, List<String>> read() {
        String text;
        try (InputStream in = SchemaOrgTypes.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("the jar lacks accord/schema/" + TABLE);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> parents = new LinkedHashMap<>();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            String[] words = s.split("\\s+");
            List<String> up = List.of(words).subList(1, words.length);
            for (String p : up) {
                // A parent is listed before its children, so that a slip in the table shows at once.
                if (!parents.containsKey(p)) throw new IllegalStateException(TABLE + ":" + n + ": parent '" + p + "' is not listed above");
            }
            if (parents.put(words[0], List.copyOf(up)) != null) throw new IllegalStateException(TABLE + ":" + n + ": '" + words[0] + "' twice");
        }
        return Collections.unmodifiableMap(parents);
    }
}
