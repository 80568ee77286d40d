package accord.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON, written by hand so the bytes are ours: indented by two spaces for files people diff
 * ({@link #write}), compact for large data files ({@link #compact}) and for data inside a page
 * ({@link #inline}). Maps
 * keep their order (callers pass ordered maps), so the same records give the same bytes. Besides
 * JSON's own escapes, {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are escaped, so the text
 * is also safe to paste inside an HTML script element.
 */
public final class Json {
    private Json() {
    }

    /**
     * JSON text written as it is: a part already made by {@link #inline} (say a record's, kept between
     * builds), so a file of many parts is put together without writing each part again.
     */
    public record Raw(String json) {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, 0);
        return sb.append('\n').toString();
    }

    /**
     * Without indentation, for the files that hold many records (a collection's, the whole portal's):
     * indenting them made them a third larger for no reader, since tools read them and people read a
     * record's own file.
     */
    public static String compact(Object value) {
        StringBuilder sb = new StringBuilder(1 << 16);
        write(value, sb, -1);
        return sb.append('\n').toString();
    }

    /** Compact JSON without a final line break, for a value embedded in a page (JSON-LD). */
    public static String inline(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, -1);
        return sb.toString();
    }

    /** {@code depth} -1 writes compact JSON. */
    private static void write(Object value, StringBuilder sb, int depth) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(s, sb);
        } else if (value instanceof Raw raw) {
            sb.append(raw.json());
        } else if (value instanceof BigDecimal n) {
            sb.append(n.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                indent(sb, deeper(depth));
                string(String.valueOf(e.getKey()), sb);
                sb.append(depth < 0 ? ":" : ": ");
                write(e.getValue(), sb, deeper(depth));
            }
            indent(sb, depth);
            sb.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(',');
                indent(sb, deeper(depth));
                write(list.get(i), sb, deeper(depth));
            }
            indent(sb, depth);
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }

    private static int deeper(int depth) {
        return depth < 0 ? depth : depth + 1;
    }

    /** A line break and two spaces a level; nothing in compact JSON (depth below 0). */
    private static void indent(StringBuilder sb, int depth) {
        if (depth < 0) return;
        sb.append('\n');
        sb.append("  ".repeat(depth));
    }

    /** Appends {@code s} as a JSON string, safe inside a script element too. */
    public static void quote(StringBuilder out, String s) {
        string(s, out);
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        // Runs of characters that need no escape are appended whole: bodies are long and mostly plain.
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028' && c != '\u2029') continue;
            sb.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        sb.append(s, run, s.length());
        sb.append('"');
    }
}
