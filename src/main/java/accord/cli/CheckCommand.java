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
        description = "Validates everything a build would, and writes nothing. Exit 1 on errors.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The portal's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "Check records marked draft: true as if published.")
    boolean drafts;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = new BuildOptions(source, source.resolve("site"), drafts, Optional.empty(), false);
        BuildResult result = new Build(options).run();
        ProblemPrinter.print(result.problems(), spec.commandLine().getErr());
        if (!result.ok()) return 1;
        spec.commandLine().getOut().printf("ok: %d pages would be built%n", result.pages());
        UrlsNote.print(source, spec.commandLine().getOut());
        return 0;
    }
}
