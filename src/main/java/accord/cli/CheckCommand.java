package accord.cli;

import accord.build.Build;
import accord.build.BuildOptions;
import accord.build.BuildResult;
import accord.problem.ProblemPrinter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates everything a build would, and writes nothing.",
                "Exit 0 when there is no error (warnings are printed), 1 on errors (and on warnings with --strict)."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The portal's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "Check records marked draft: true as if published.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "The address the site will be published at (overrides site.yml),"
            + " as given to build.")
    String baseUrl;

    @Option(names = "--strict", description = "Count every warning as an error.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json (on standard output, for tools).")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        Optional<String> wrong = Optional.ofNullable(baseUrl).flatMap(accord.config.ConfigReader::baseUrlMistake);
        if (wrong.isPresent()) { // else every link of every page is reported broken, and none of them says why
            return stopped("--base-url: " + wrong.get());
        }
        BuildOptions options = new BuildOptions(source, source.resolve("site"), drafts, Optional.ofNullable(baseUrl), false);
        BuildResult result;
        try {
            result = new Build(options).run(strict);
        } catch (java.io.IOException | RuntimeException e) {
            // JSON mode promises one object on standard output and nothing on standard error, even when the check
            // cannot run to its end: tools reading it got 0 bytes and a line on standard error.
            if (format != Format.json) throw e;
            return stopped(accord.problem.Failure.describe(e));
        }
        if (format == Format.json) {
            spec.commandLine().getOut().print(ProblemsJson.of(result.problems(), strict, result.pages()));
            spec.commandLine().getOut().flush();
            return result.ok() ? 0 : 1;
        }
        ProblemPrinter.print(result.problems(), spec.commandLine().getErr());
        if (!result.ok()) return 1;
        spec.commandLine().getOut().printf("ok: %d pages would be built%n", result.pages());
        UrlsNote.print(source, spec.commandLine().getOut());
        return 0;
    }

    /** What stopped the check before it could run, as the one error of the JSON object in JSON mode. */
    private int stopped(String why) {
        if (format == Format.json) {
            accord.problem.Problem p = accord.problem.Problem.error(accord.problem.SourcePosition.of(""), why);
            spec.commandLine().getOut().print(ProblemsJson.of(java.util.List.of(p), strict, 0));
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine().getErr().println("accord: error: " + why);
        }
        return 1;
    }
}
