package accord.output;

import java.util.Objects;

/** A file to write: its path inside the output folder (forward slashes) and its bytes. */
public record OutputFile(String path, byte[] bytes) {
    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("bad output path: " + path);
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("bad output path: " + path);
            }
        }
    }
}
