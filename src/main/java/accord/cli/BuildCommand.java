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

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds DIR/content with DIR/templates (or the bundled theme) into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The portal's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: DIR/site).")
    Path output;

    @Option(names = "--drafts", description = "Publish records marked draft: true.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "The address the site is published at (overrides site.yml).")
    String baseUrl;

    @Option(names = "--strict", description = "Count every warning as an error: a build with warnings writes nothing.")
    boolean strict;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;

    @Option(names = "--portable", description = "Write the offline edition instead: links name files (…/index.html), so the"
            + " site, search included, works opened from a disk; into DIR/offline (or --output) and a zip of it beside it.")
    boolean portable;

    @Override
    public Integer call() throws Exception {
        Optional<String> wrong = Optional.ofNullable(baseUrl).flatMap(accord.config.ConfigReader::baseUrlMistake);
        if (wrong.isPresent()) { // else every link of every page is reported broken, and none of them says why
            spec.commandLine().getErr().println("accord: error: --base-url: " + wrong.get());
            spec.commandLine().getErr().println("build failed; nothing was written");
            return 1;
        }
        Path out = output != null ? output : source.resolve(portable ? "offline" : "site");
        BuildOptions options = new BuildOptions(source, out, drafts, Optional.ofNullable(baseUrl), true);
        long start = System.nanoTime();
        Path zip = accord.portable.EditionZip.beside(out);
        if (portable) {
            Optional<String> refused = accord.portable.EditionZip.refusal(zip,
                    out.toAbsolutePath().normalize().getFileName().toString());
            if (refused.isPresent()) {
                spec.commandLine().getErr().println("accord: error: " + refused.get());
                spec.commandLine().getErr().println("build failed; nothing was written");
                return 1;
            }
        }
        BuildResult result = portable ? new Build(options).run(strict,
                (sink, site) -> new accord.portable.PortableSink(sink, site.kept(), site.serverFiles(), site.basePath())) : new Build(options).run(strict);
        ProblemPrinter.print(result.problems(), spec.commandLine().getErr());
        if (timings) {
            StringBuilder sb = new StringBuilder("timings:");
            result.stageMillis().forEach((stage, ms) -> sb.append(' ').append(stage).append(' ').append(ms).append(" ms"));
            spec.commandLine().getErr().println(sb);
        }
        if (!result.ok()) {
            spec.commandLine().getErr().println("build failed; nothing was written");
            return 1;
        }
        result.notes().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().printf("built %d pages (%d files) into %s in %d ms%n", result.pages(), result.files(),
                out.normalize(), (System.nanoTime() - start) / 1_000_000);
        if (portable) {
            int files = accord.portable.EditionZip.write(out, zip, Build.destination(options).kept());
            spec.commandLine().getOut().printf("offline edition: open %s from a disk; %s holds its %d files%n",
                    out.resolve("index.html").normalize(), zip, files);
        }
        UrlsNote.print(source, spec.commandLine().getOut());
        return 0;
    }
}
