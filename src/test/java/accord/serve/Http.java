package accord.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so a test sends exactly the bytes it means (a raw {@code %2e%2e}, a backslash, a
 * foreign Host) with no client library normalising them first.
 */
final class Http {
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private Http() {
    }

    static Response get(int port, String rawPath) throws IOException {
        return request(port, "GET", rawPath, "127.0.0.1:" + port, Map.of());
    }

    static Response request(int port, String method, String rawPath, String host, Map<String, String> headers) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\n");
            if (host != null) req.append("Host: ").append(host).append("\r\n");
            headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            req.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(s.getInputStream().readAllBytes(), method.equals("HEAD"));
        }
    }

    static Response parse(byte[] bytes, boolean head) {
        String all = new String(bytes, StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = all.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = unchunk(body);
        return new Response(status, headers, head ? "" : body);
    }

    private static String unchunk(String body) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) break;
            int n = Integer.parseInt(body.substring(i, eol).trim(), 16);
            if (n == 0) break;
            sb.append(body, eol + 2, eol + 2 + n);
            i = eol + 2 + n + 2;
        }
        return sb.toString();
    }

    /** An open event stream: its events are read line by line as they come. */
    static final class Events implements AutoCloseable {
        final Response head;
        private final Socket socket;
        private final InputStream in;

        Events(int port, Map<String, String> headers) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            req.append("Accept: text/event-stream\r\n\r\n");
            socket.getOutputStream().write(req.toString().getBytes(StandardCharsets.UTF_8));
            in = socket.getInputStream();
            ByteArrayOutputStream h = new ByteArrayOutputStream();
            while (!h.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) break;
                h.write(b);
            }
            Response r = parse((h.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8), true);
            head = r;
        }

        /** The data of the next {@code reload} event, waiting up to the socket's timeout. */
        String nextReload() throws IOException {
            StringBuilder text = new StringBuilder();
            while (true) {
                int b = in.read();
                if (b < 0) throw new IOException("stream closed; read: " + text);
                text.append((char) b);
                String t = text.toString();
                int at = t.lastIndexOf("event: reload\ndata: ");
                if (at >= 0 && t.endsWith("\n\n") && t.length() > at + 21) {
                    return t.substring(at + "event: reload\ndata: ".length(), t.length() - 2).strip();
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
