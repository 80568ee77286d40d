package accord.content;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How much memory a build may give to holding records' bodies ({@link Body}); the bodies beyond it are read again
 * from their files when wanted. By default a sixteenth of the heap: every body of a 10,000-record portal (60 MB) fits
 * in a sixteenth of the default heap of a machine with 4 GiB or more, and where the heap is tight the bodies leave the
 * rest of the build its room (10,000 records build in {@code -Xmx300m} holding 18 MiB of bodies, not with 37 MiB).
 * {@code -Daccord.bodyMemory=N} sets it to N MiB (0: no body held, each read again).
 */
public final class BodyMemory {
    /** The system property that sets the limit, in MiB. */
    public static final String PROPERTY = "accord.bodyMemory";

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    private BodyMemory(long limit) {
        this.limit = limit;
    }

    /** The limit {@link #PROPERTY} sets, or a sixteenth of the heap's maximum. */
    public static BodyMemory standard() {
        String set = System.getProperty(PROPERTY);
        if (set != null) {
            try {
                return ofMiB(Long.parseLong(set.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + "=" + set + " is not a number of MiB (write, for example, -D"
                        + PROPERTY + "=256)");
            }
        }
        return new BodyMemory(Runtime.getRuntime().maxMemory() / 16);
    }

    /** A limit of {@code mib} MiB. */
    public static BodyMemory ofMiB(long mib) {
        if (mib < 0) throw new IllegalArgumentException("-D" + PROPERTY + " must be 0 or more MiB: " + mib);
        return new BodyMemory(mib > Long.MAX_VALUE >> 20 ? Long.MAX_VALUE : mib << 20);
    }

    /** No limit: every body is held (a live preview, which must not find a file changed under a page). */
    public static BodyMemory unlimited() {
        return new BodyMemory(Long.MAX_VALUE);
    }

    /** Takes {@code bytes} if they fit under the limit. */
    boolean take(long bytes) {
        while (true) {
            long now = used.get();
            if (now + bytes > limit || now + bytes < 0) return false;
            if (used.compareAndSet(now, now + bytes)) return true;
        }
    }

    void give(long bytes) {
        used.addAndGet(-bytes);
    }
}
