package accord.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The sink every stage appends its problems to. Thread-safe, so stages that run per page in
 * parallel can share one; {@link #sorted()} gives a stable order whatever the thread timing.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public void error(SourcePosition at, String message) {
        add(Problem.error(at, message));
    }

    public void warning(SourcePosition at, String message) {
        add(Problem.warning(at, message));
    }


    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    public synchronized int errorCount() {
        return (int) list.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }


    /** All problems, sorted by file, line, column; duplicates removed. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted().toList();
    }
}
