package accord.cli;

/**
 * A build that needs more memory than the JVM was given ends with one line that says so and what to do,
 * never a stack trace. The build writes into a staged folder, so the site is as it was.
 */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /** Whether {@code t}, or anything that caused it, is an {@link OutOfMemoryError}. */
    static boolean in(Throwable t) {
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    static String message() {
        long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "accord: error: out of memory: the portal needs more than the " + mib + " MiB the Java heap may use;"
                + " nothing was written (give it more, such as JAVA_OPTS=-Xmx4g ./accord build,"
                + " or java -Xmx4g -jar target/accord.jar build)";
    }
}
