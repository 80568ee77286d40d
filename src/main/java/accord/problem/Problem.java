package accord.problem;

import java.util.Comparator;
import java.util.Objects;

/** A problem in the user's content or templates. Bugs in Accord stay exceptions. */
public record Problem(Severity severity, SourcePosition at, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::at)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(SourcePosition at, String message) {
        return new Problem(Severity.ERROR, at, message);
    }

    public static Problem warning(SourcePosition at, String message) {
        return new Problem(Severity.WARNING, at, message);
    }

    /** gcc style: {@code content/sessions/x.md:12:3: error: message}. */
    public String format() {
        return at + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return format();
    }
}
