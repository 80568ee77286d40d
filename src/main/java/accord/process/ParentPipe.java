package accord.process;

import java.io.IOException;

/**
 * For a JVM that Accord starts as a child of its own (a build relaunched with {@code ./accord}'s settings, the history's
 * tree log): its standard input is a pipe from the parent, which sends nothing, so the pipe ends when the parent does,
 * however it ends ({@code kill -9} included), and the child then stops at once instead of working on for no one.
 */
public final class ParentPipe {
    /** The exit status of a child stopped this way: that of a process ended by SIGTERM. */
    public static final int STOPPED = 143;

    private ParentPipe() {
    }

    /** Halts this JVM with {@link #STOPPED} when its standard input ends; the child's own work goes on meanwhile. */
    public static void haltWhenClosed() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Nothing is sent; wait for the end.
                }
            } catch (IOException e) {
                // A broken pipe is an end too.
            }
            Runtime.getRuntime().halt(STOPPED);
        }, "accord-watch-parent");
        watch.setDaemon(true);
        watch.start();
    }
}
