package accord.portable;

import static org.assertj.core.api.Assertions.assertThat;

import accord.archive.Fixity;
import accord.output.OutputSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PortableSinkTest {
    /** Keeps what it is given, and how: whole, or as a stream. */
    private static final class Recording implements OutputSink {
        final Map<String, String> files = new LinkedHashMap<>();
        final List<String> streamed = new ArrayList<>();

        @Override
        public void write(String path, byte[] bytes) {
            files.put(path, new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public void write(String path, Consumer<java.io.OutputStream> content) {
            streamed.add(path);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            content.accept(out);
            files.put(path, out.toString(StandardCharsets.UTF_8));
        }

        @Override
        public void delete(String path) {
        }

        @Override
        public void commit() {
        }

        @Override
        public void abort() {
        }
    }

    private static Consumer<java.io.OutputStream> inPieces(String... pieces) {
        return out -> {
            try {
                for (String p : pieces) out.write(p.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Test
    void aLargeDataFileGoesOnAsAStreamAndTheManifestListsItAsWritten() throws IOException {
        Recording disk = new Recording();
        PortableSink portable = new PortableSink(disk);

        portable.write("data/portal.json", inPieces("{\"records\":", "[1,2,3]", "}\n"));
        portable.write("data/index.html", inPieces("<a href=\"../sessions/\">Sessions</a>"));
        portable.write(Fixity.FILE, new byte[0]);

        assertThat(disk.streamed).containsExactly("data/portal.json");
        assertThat(disk.files.get("data/portal.json")).isEqualTo("{\"records\":[1,2,3]}\n");
        assertThat(disk.files.get("data/index.html")).isEqualTo("<a href=\"../sessions/index.html\">Sessions</a>"); // a page is rewritten
        byte[] json = "{\"records\":[1,2,3]}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(disk.files.get(Fixity.FILE)).contains("{\"path\":\"data/portal.json\",\"size\":" + json.length
                + ",\"sha256\":\"" + Fixity.sha256(json) + "\"}");
    }
}
