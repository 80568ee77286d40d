package accord.history;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The process {@link GitHistory} starts to make a long {@link TreeLog}: {@code ROOT GIT PREFIX RANGE OBJECTS THREADS
 * PER_THREAD} (OBJECTS empty when git named no object folder). It writes the log to its standard output and ends with
 * 0, or ends with 3 when the tree log gives way (a merge, an object it cannot read), and then git reads the log. Its
 * input is a pipe from the build, and it stops when that ends: a build killed outright leaves no tree log working on.
 */
public final class TreeLogProcess {
    private TreeLogProcess() {
    }

    public static void main(String[] args) throws IOException {
        accord.process.ParentPipe.haltWhenClosed();
        if (args.length != 7) {
            System.err.println("usage: TreeLogProcess ROOT GIT PREFIX RANGE OBJECTS THREADS PER_THREAD");
            System.exit(2);
        }
        Optional<String> log = GitHistory.treeLogHere(Path.of(args[0]), args[1], args[2], args[3],
                args[4].isEmpty() ? null : Path.of(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
        if (log.isEmpty()) System.exit(3);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        out.write(log.get().getBytes(StandardCharsets.UTF_8));
        out.flush();
        System.exit(0);
    }
}
