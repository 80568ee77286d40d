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
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
