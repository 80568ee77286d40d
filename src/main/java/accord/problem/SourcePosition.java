package accord.problem;

import java.util.Objects;

/**
 * Where something is in a source file. {@code file} is the path relative to the source root, with
 * forward slashes. Line and column are 1-based; 0 means "the whole file" (or "the whole line").
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {
    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position: " + line + ":" + column);
        }
    }

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line, 0);
    }


    @Override
    public int compareTo(SourcePosition o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        if (line == 0) return file;
        if (column == 0) return file + ":" + line;
        return file + ":" + line + ":" + column;
    }
}
