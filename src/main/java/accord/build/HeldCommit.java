package accord.build;

import accord.output.OutputSink;
import java.io.IOException;

/**
 * A sink that passes files through but holds back the commit until {@link #finish} is told whether the build, judged
 * by rules the session does not know ({@code --strict}), may be published. Without a commit nothing is visible, so a
 * strict build with warnings leaves the output folder as it was.
 */
final class HeldCommit implements OutputSink {
    private final OutputSink inner;
    private boolean commitWanted;

    HeldCommit(OutputSink inner) {
        this.inner = inner;
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        inner.write(path, bytes);
    }

    @Override
    public void write(String path, java.util.function.Consumer<java.io.OutputStream> content) throws IOException {
        inner.write(path, content);
    }

    @Override
    public void delete(String path) throws IOException {
        inner.delete(path);
    }

    @Override
    public void commit() {
        commitWanted = true;
    }

    @Override
    public void abort() throws IOException {
        commitWanted = false;
        inner.abort();
    }

    /** Commits what the session wanted committed if {@code publish}, and otherwise aborts it. */
    void finish(boolean publish) throws IOException {
        if (!commitWanted) return;
        if (publish) inner.commit();
        else inner.abort();
    }
}
