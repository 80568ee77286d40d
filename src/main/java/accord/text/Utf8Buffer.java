package accord.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Text written straight into UTF-8 bytes, for files made of many small pieces (the open data files): the pieces are
 * encoded as they are appended, with no String of the whole and no second copy to encode it. The bytes are those
 * {@code String.getBytes(UTF_8)} gives for the same text, a lone surrogate included (it becomes {@code ?}). A buffer
 * either grows in memory ({@link #toByteArray}) or, made on an {@link OutputStream}, hands each full chunk on to it
 * (then an I/O failure is thrown as {@link UncheckedIOException}). Not for use by several threads at once.
 */
public final class Utf8Buffer {
    private static final int CHUNK = 1 << 16;

    byte[] buf;
    int len;
    private final OutputStream out;
    /** The chars of the string being appended: copying them out at once is cheaper than asking for each. */
    char[] chars = new char[256];

    /** A buffer that grows in memory from {@code capacity} bytes. */
    public Utf8Buffer(int capacity) {
        this.buf = new byte[Math.max(16, capacity)];
        this.out = null;
    }

    /** A buffer that passes its bytes on to {@code out} a chunk at a time; {@link #flush} passes on the rest. */
    public Utf8Buffer(OutputStream out) {
        this.buf = new byte[CHUNK];
        this.out = out;
    }

    /** How many bytes are held (not yet passed on). */
    public int length() {
        return len;
    }

    /** How many bytes it holds before it must grow. */
    public int capacity() {
        return buf.length;
    }

    /** Forgets the bytes held, keeping the room, to make the next file in the same buffer. */
    public Utf8Buffer clear() {
        len = 0;
        return this;
    }

    /** The bytes held, exactly. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** Passes the bytes held on to the stream (nothing for a buffer in memory). */
    public void flush() {
        if (out == null || len == 0) return;
        try {
            out.write(buf, 0, len);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        len = 0;
    }

    /** Makes room for {@code n} more bytes. */
    void room(int n) {
        if (len + n <= buf.length) return;
        if (out != null) {
            flush();
            if (n <= buf.length) return;
        }
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    /** Copies the chars of {@code s} into {@link #chars}; their count. */
    int load(String s) {
        int n = s.length();
        if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
        s.getChars(0, n, chars, 0);
        return n;
    }

    /** Appends one ASCII character. */
    public Utf8Buffer ascii(char c) {
        room(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** Appends {@code count} copies of an ASCII character. */
    public Utf8Buffer repeat(char c, int count) {
        room(count);
        Arrays.fill(buf, len, len + count, (byte) c);
        len += count;
        return this;
    }

    public Utf8Buffer append(long n) {
        return append(Long.toString(n));
    }

    /** Appends bytes already encoded. */
    public Utf8Buffer append(byte[] bytes) {
        return append(bytes, 0, bytes.length);
    }

    public Utf8Buffer append(byte[] bytes, int offset, int count) {
        if (out != null && count > buf.length) {
            flush();
            try {
                out.write(bytes, offset, count);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
        room(count);
        System.arraycopy(bytes, offset, buf, len, count);
        len += count;
        return this;
    }

    /** Appends {@code s} as UTF-8. */
    public Utf8Buffer append(String s) {
        int n = load(s);
        room(n * 3);
        char[] cs = chars;
        byte[] b = buf;
        int p = len;
        int i = 0;
        while (i < n) {
            int start = i;
            char c = 0;
            while (i < n && (c = cs[i]) < 0x80) i++;
            p = ascii(cs, start, i, b, p);
            if (i == n) break;
            p = encode(cs, i, n, c, b, p);
            i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1]) ? 2 : 1;
        }
        len = p;
        return this;
    }

    /** Copies the chars of {@code cs} from {@code start} to {@code end}, all ASCII, to {@code b[p]}; the position after them. */
    static int ascii(char[] cs, int start, int end, byte[] b, int p) {
        for (int k = start; k < end; k++) b[p++] = (byte) cs[k];
        return p;
    }

    /**
     * Writes the non-ASCII char {@code c} at {@code cs[i]} (with its low surrogate after it, if it is a high one) at
     * {@code b[p]}; the position after it. A surrogate without its other half is {@code ?}, as {@code String.getBytes} has it.
     */
    static int encode(char[] cs, int i, int n, char c, byte[] b, int p) {
        if (c < 0x800) {
            b[p++] = (byte) (0xc0 | c >> 6);
            b[p++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
                int cp = Character.toCodePoint(c, cs[i + 1]);
                b[p++] = (byte) (0xf0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
                b[p++] = (byte) (0x80 | cp & 0x3f);
            } else {
                b[p++] = '?';
            }
        } else {
            b[p++] = (byte) (0xe0 | c >> 12);
            b[p++] = (byte) (0x80 | c >> 6 & 0x3f);
            b[p++] = (byte) (0x80 | c & 0x3f);
        }
        return p;
    }
}
