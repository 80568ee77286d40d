package accord.problem;

import java.io.PrintWriter;
import java.util.List;

/** Prints problems gcc-style, one a line, followed by a count. */
public final class ProblemPrinter {
    private ProblemPrinter() {
    }

    public static void print(List<Problem> problems, PrintWriter out) {
        for (Problem p : problems) {
            out.println(p.format());
        }
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.size() - errors;
        if (!problems.isEmpty()) {
            out.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
        out.flush();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
