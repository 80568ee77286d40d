package accord.output;

import java.io.IOException;

/**
 * Where rendered files go, one at a time, as they are made: nothing waits in memory for the end.
 * {@link #write} may be called from many threads. Nothing is visible at the output folder until
 * {@link #commit}; {@link #abort} leaves the folder as it was.
 */
public interface OutputSink {
    /** Writes {@code path} (relative, forward slashes, checked by {@link OutputFile}). */
    void write(String path, byte[] bytes) throws IOException;

    /** Removes {@code path} from the output at commit. */
    void delete(String path) throws IOException;

    void commit() throws IOException;

    void abort() throws IOException;

    /** A sink that keeps nothing, for {@code check}. */
    OutputSink NONE = new OutputSink() {
        @Override
        public void write(String path, byte[] bytes) {
            new OutputFile(path, bytes);
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
    };
}
