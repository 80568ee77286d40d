package accord.render;

import accord.problem.Problem;
import accord.problem.SourcePosition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One rendered entry of the plan: its text (empty when it failed), where it came from (a record's
 * file, or a template or setting, for messages), every input it was made from (the plan's and
 * those found while rendering), its own problems, and the template failures it met, which the build
 * reports once per template bug rather than once per page.
 */
public record PageResult(PageEntry entry, Optional<String> content, String origin, Set<String> deps,
                         List<Problem> problems, List<TemplateFailure> templateFailures) {
    public PageResult {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
        deps = Set.copyOf(deps);
        problems = List.copyOf(problems);
        templateFailures = List.copyOf(templateFailures);
    }

    /** A template failed at {@code at} while rendering the page made from {@code origin}. */
    public record TemplateFailure(SourcePosition at, String message, String origin) {
    }
}
