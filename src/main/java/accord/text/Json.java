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

    /**
     * What each ASCII character becomes inside a JSON string: 0 itself, else the character after its backslash
     * ({@code u}: a six-character escape, backslash, u and four hexadecimal digits).
     */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) ESCAPE[c] = 'u';
        ESCAPE['\n'] = 'n';
        ESCAPE['\r'] = 'r';
        ESCAPE['\t'] = 't';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
        ESCAPE['<'] = 'u';
        ESCAPE['>'] = 'u';
        ESCAPE['&'] = 'u';
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Appends {@code s} as a JSON string in UTF-8: the same bytes as {@link #quote(StringBuilder, String)} encoded. */
    public static void quote(Utf8Buffer out, String s) {
        int n = out.load(s);
        out.room(n * 6 + 2);
        char[] cs = out.chars;
        byte[] b = out.buf;
        int p = out.len;
        b[p++] = '"';
        int i = 0;
        while (i < n) {
            // A run of characters that need no escape is copied at once: bodies are long and mostly plain.
            int start = i;
            char c = 0;
            while (i < n && (c = cs[i]) < 0x80 && ESCAPE[c] == 0) i++;
            p = Utf8Buffer.ascii(cs, start, i, b, p);
            if (i == n) break;
            i++;
            if (c < 0x80) {
                byte e = ESCAPE[c];
                if (e != 'u') {
                    b[p++] = '\\';
                    b[p++] = e;
                } else {
                    p = unicodeEscape(b, p, c);
                }
            } else if (c == '\u2028' || c == '\u2029') {
                p = unicodeEscape(b, p, c);
            } else {
                p = Utf8Buffer.encode(cs, i - 1, n, c, b, p);
                if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(cs[i])) i++;
            }
        }
        b[p++] = '"';
        out.len = p;
    }

    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[c >> 12];
        b[p++] = HEX[c >> 8 & 0xf];
        b[p++] = HEX[c >> 4 & 0xf];
        b[p++] = HEX[c & 0xf];
        return p;
    }

    /**
     * JSON written as it goes into a {@link Utf8Buffer}, with no map or String of the whole: the same bytes as
     * {@link #write} (indented) or {@link #inline} (compact) give for the same values in the same order. Open an object
     * or array, give each member's {@link #name} then its value, close it.
     */
    public static final class Writer {
        private final Utf8Buffer out;
        private final boolean indented;
        private int depth;
        /** Whether the container open at each depth has no member yet. */
        private boolean[] empty = new boolean[16];
        private boolean afterName;

        /** {@code indented}: two spaces a level, as {@link #write}; otherwise compact, as {@link #inline}. */
        public Writer(Utf8Buffer out, boolean indented) {
            this.out = out;
            this.indented = indented;
        }

        public Utf8Buffer buffer() {
            return out;
        }

        private void newline(int level) {
            if (!indented) return;
            out.ascii('\n');
            out.repeat(' ', 2 * level);
        }

        /** Before a value: inside an array, the comma and line break that separate it from the one before. */
        private void beforeValue() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (depth == 0) return;
            if (!empty[depth]) out.ascii(',');
            empty[depth] = false;
            newline(depth);
        }

        private Writer open(char c) {
            beforeValue();
            out.ascii(c);
            depth++;
            if (depth == empty.length) empty = java.util.Arrays.copyOf(empty, depth * 2);
            empty[depth] = true;
            return this;
        }

        private Writer close(char c) {
            boolean none = empty[depth];
            depth--;
            if (!none) newline(depth);
            out.ascii(c);
            return this;
        }

        public Writer beginObject() {
            return open('{');
        }

        public Writer endObject() {
            return close('}');
        }

        public Writer beginArray() {
            return open('[');
        }

        public Writer endArray() {
            return close(']');
        }

        /** A member's name, inside an object; its value comes next. */
        public Writer name(String name) {
            if (!empty[depth]) out.ascii(',');
            empty[depth] = false;
            newline(depth);
            quote(out, name);
            out.ascii(':');
            if (indented) out.ascii(' ');
            afterName = true;
            return this;
        }

        /** A string, or {@code null}. */
        public Writer value(String s) {
            beforeValue();
            if (s == null) out.append("null");
            else quote(out, s);
            return this;
        }

        public Writer value(long n) {
            beforeValue();
            out.append(n);
            return this;
        }

        public Writer value(BigDecimal n) {
            beforeValue();
            out.append(n.toPlainString());
            return this;
        }

        /** JSON text already written (a record's part kept between builds), in UTF-8. */
        public Writer raw(byte[] json) {
            beforeValue();
            out.append(json);
            return this;
        }

        /** Any value {@link Json#write} takes (maps, lists, strings, numbers, booleans, null, {@link Raw}). */
        public Writer value(Object value) {
            if (value == null || value instanceof String) return value((String) value);
            if (value instanceof BigDecimal n) return value(n);
            if (value instanceof Raw raw) {
                beforeValue();
                out.append(raw.json());
                return this;
            }
            if (value instanceof Number || value instanceof Boolean) {
                beforeValue();
                out.append(String.valueOf(value));
                return this;
            }
            if (value instanceof Map<?, ?> map) {
                beginObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    name(String.valueOf(e.getKey()));
                    value(e.getValue());
                }
                return endObject();
            }
            if (value instanceof List<?> list) {
                beginArray();
                for (Object o : list) value(o);
                return endArray();
            }
            throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }
}
