package accord.content;

import accord.problem.Problems;
import accord.problem.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a file's bytes as UTF-8, strictly: a malformed byte is a problem naming its line, never
 * a replacement character. A leading byte order mark is dropped and CRLF or CR line ends become LF
 * (line numbers stay those of the file). Control characters other than tab and line ends are refused:
 * they are invisible in an editor and have no place in a page.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static Optional<String> decode(byte[] bytes, String path, Problems problems) {
        // UTF-16, which Windows editors offer as "Unicode": its byte order mark is not UTF-8, and without one the text's
        // Latin letters come with a zero byte each, which would read as control characters.
        Optional<String> utf16 = utf16(bytes);
        if (utf16.isPresent()) {
            problems.error(SourcePosition.of(path, 1), "the file is saved as UTF-16 (" + utf16.get()
                    + "; save it as UTF-8: in most editors, Save As or the encoding menu, then UTF-8)");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') line++;
            }
            problems.error(SourcePosition.of(path, line), String.format(
                    "invalid UTF-8 (byte 0x%02X at offset %d; save the file as UTF-8)", bytes[bad] & 0xff, bad));
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c < 0x20 && c != '\t') {
                problems.error(new SourcePosition(path, line, i - lineStart + 1), String.format(
                        "control character U+%04X is not allowed (delete it; most editors do not show it)", (int) c));
                return Optional.empty();
            }
        }
        return Optional.of(text);
    }

    /** How {@code bytes} show themselves as UTF-16: its byte order mark, or a zero byte beside each of the first two
     * characters (Latin letters, digits and '-' in UTF-16, such as a front matter's opening line). */
    private static Optional<String> utf16(byte[] bytes) {
        if (bytes.length < 2) return Optional.empty();
        int b0 = bytes[0] & 0xff;
        int b1 = bytes[1] & 0xff;
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
            return Optional.of(String.format("it begins with UTF-16's byte order mark, 0x%02X 0x%02X", b0, b1));
        }
        if (bytes.length < 4) return Optional.empty();
        boolean little = b0 != 0 && b1 == 0 && bytes[2] != 0 && bytes[3] == 0;
        boolean big = b0 == 0 && b1 != 0 && bytes[2] == 0 && bytes[3] != 0;
        return little || big ? Optional.of("every other byte is zero") : Optional.empty();
    }
}
