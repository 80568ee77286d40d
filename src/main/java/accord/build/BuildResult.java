package accord.build;

import accord.problem.Problem;
import accord.problem.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found (sorted), how many pages and files were made, and how long each stage took
 * (for {@code --timings} and the benchmark), and notes for the build's output that are not problems (such as
 * "history: the portal is not in a git checkout …"), one line each. Nothing was written if it has errors.
 */
public record BuildResult(List<Problem> problems, int pages, int files, Map<String, Long> stageMillis, List<String> notes) {
    public BuildResult(List<Problem> problems, int pages, int files, Map<String, Long> stageMillis) {
        this(problems, pages, files, stageMillis, List.of());
    }

    public BuildResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
    }

    /** The same result with every warning made an error, marked {@code [--strict]}, for {@code --strict}. */
    public BuildResult strict() {
        List<Problem> all = problems.stream()
                .map(p -> p.severity() == Severity.WARNING ? Problem.error(p.at(), p.message() + " [--strict]") : p)
                .sorted().toList();
        return new BuildResult(all, pages, files, stageMillis);
    }

    public boolean ok() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }
}
