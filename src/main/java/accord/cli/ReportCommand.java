package accord.cli;

import accord.build.Build;
import accord.build.BuildOptions;
import accord.problem.ProblemPrinter;
import accord.report.QualityReport;
import accord.report.ReportJson;
import accord.report.ReportText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code accord report}: the data-quality report. Findings are advice and do not fail it; the portal's own problems
 * are printed first (on standard error) and fail it with 1, after the report of what could be read.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Prints a data-quality report per collection: records no other record refers to, likely"
                + " duplicates, records without sources or with only the weakest grade of source, expected fields left"
                + " empty, and open caveats; in a portal of several languages, the records and the schema words not yet"
                + " translated. Writes nothing.",
                "Exit 0 when the portal has no errors (findings are advice), 1 when it has errors."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The portal's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "Include records marked draft: true.")
    boolean drafts;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json, for tools.")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = new BuildOptions(source, source.resolve("site"), drafts, Optional.empty(), false);
        Build.Checked checked = new Build(options).check();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ProblemPrinter.print(checked.result().problems(), err);
        Optional<QualityReport> report = checked.site().map(QualityReport::of);
        if (report.isEmpty()) {
            err.println("no report: the portal's settings could not be read");
            return 1;
        }
        out.print(format == Format.json ? ReportJson.of(report.get()) : ReportText.of(report.get()));
        out.flush();
        return checked.result().ok() ? 0 : 1;
    }
}
