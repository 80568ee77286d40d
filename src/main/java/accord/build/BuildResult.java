package accord.build;

import accord.problem.Problem;
import accord.problem.Severity;
import java.util.List;

/** The problems found (sorted) and how many pages and files were made. Nothing was written if it has errors. */
public record BuildResult(List<Problem> problems, int pages, int files) {
    public BuildResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }
}
