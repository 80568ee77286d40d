package accord.cli;

import accord.problem.Problem;
import accord.problem.Severity;
import accord.text.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code accord check --format json}: the problems as one JSON object for tools (editor plugins, CI annotations).
 * The shape, documented in README: {@code ok}, {@code strict}, {@code errors}, {@code warnings}, {@code pages} (what a
 * build would make; 0 when it cannot start) and {@code problems}, each with {@code file} (relative to the portal's
 * root, forward slashes), {@code line} and {@code column} (1-based; 0 for the whole file or line), {@code severity}
 * ({@code error} or {@code warning}) and {@code message}, sorted by file, line and column.
 */
final class ProblemsJson {
    private ProblemsJson() {
    }

    static String of(List<Problem> problems, boolean strict, int pages) {
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ok", errors == 0);
        root.put("strict", strict);
        root.put("errors", errors);
        root.put("warnings", problems.size() - errors);
        root.put("pages", pages);
        List<Object> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.at().file());
            m.put("line", p.at().line());
            m.put("column", p.at().column());
            m.put("severity", p.severity().label());
            m.put("message", p.message());
            list.add(m);
        }
        root.put("problems", list);
        return Json.write(root);
    }
}
