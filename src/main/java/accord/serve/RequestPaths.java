package accord.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file a request's raw path names inside the site, judged segment by segment before anything is decoded as a
 * whole, so that no spelling of {@code ..}, a slash, a backslash or a NUL can reach outside the site.
 */
final class RequestPaths {
    private RequestPaths() {
    }

    /**
     * The site-relative path that {@code rawPath} (as sent, still percent-encoded) names, such as
     * {@code sessions/x/} or {@code assets/style.css}; a trailing slash is kept, the root is {@code ""}. Empty when
     * the path is not one a site file can have: not starting with one slash, an empty segment, a segment that decodes
     * to {@code .}, {@code ..}, a dot file, or one holding a slash, a backslash, a colon or a control character.
     */
    static Optional<String> siteRelative(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//")) return Optional.empty();
        String[] raw = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isEmpty()) {
                if (i == raw.length - 1) continue;
                return Optional.empty();
            }
            Optional<String> decoded = decode(raw[i]);
            if (decoded.isEmpty() || !acceptable(decoded.get())) return Optional.empty();
            segments.add(decoded.get());
        }
        String joined = String.join("/", segments);
        boolean folder = rawPath.endsWith("/") && !segments.isEmpty();
        return Optional.of(folder ? joined + "/" : joined);
    }

    private static boolean acceptable(String segment) {
        if (segment.startsWith(".")) return false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) return false;
        }
        return true;
    }

    /** Strict percent-decoding of one segment as UTF-8: a stray {@code %} or malformed UTF-8 is no path at all. */
    static Optional<String> decode(String segment) {
        if (segment.indexOf('%') < 0) return Optional.of(segment);
        byte[] utf8 = segment.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(utf8.length);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] != '%') {
                bytes.put(utf8[i]);
                continue;
            }
            if (i + 2 >= utf8.length) return Optional.empty();
            int hi = Character.digit(utf8[i + 1], 16);
            int lo = Character.digit(utf8[i + 2], 16);
            if (hi < 0 || lo < 0) return Optional.empty();
            bytes.put((byte) (hi * 16 + lo));
            i += 2;
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code host} (a Host header) names this machine's loopback at {@code port}: {@code 127.0.0.1},
     * {@code localhost} or {@code [::1]}, with the server's port or none. Anything else is a page from another
     * site reaching the preview through a name it rebound to 127.0.0.1.
     */
    static boolean isLoopbackHost(String host, int port) {
        if (host == null) return false;
        String h = host.trim().toLowerCase(java.util.Locale.ROOT);
        String name;
        String portPart;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) return false;
            name = h.substring(0, end + 1);
            portPart = h.substring(end + 1);
        } else {
            int colon = h.indexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
            portPart = colon < 0 ? "" : h.substring(colon);
        }
        if (!name.equals("127.0.0.1") && !name.equals("localhost") && !name.equals("[::1]")) return false;
        return portPart.isEmpty() || portPart.equals(":" + port);
    }
}
