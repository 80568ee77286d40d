package accord.cli;

import accord.archive.UrlManifest;
import accord.build.BuildOptions;
import accord.build.BuildSession;
import accord.output.OutputSink;
import accord.problem.Problem;
import accord.problem.ProblemPrinter;
import accord.problem.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "urls", mixinStandardHelpOptions = true,
        description = "Prints every address the site publishes; with --update, writes them to content/urls.txt,"
                + " the manifest that build and check hold the site to.")
final class UrlsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The portal's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--update", description = "Rewrite content/urls.txt with the addresses the site publishes now.")
    boolean update;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = new BuildOptions(source, source.resolve("site"), false, Optional.empty(), false);
        SortedSet<String> urls;
        List<String> gone;
        List<Problem> problems;
        try (BuildSession session = BuildSession.once(options)) {
            problems = session.build(OutputSink.NONE).result().problems();
            urls = session.publishedUrls();
            gone = session.tombstoneLines();
        }
        // The manifest's own complaints are what --update answers; every other error stops it, and so does a mistake in
        // one of its tombstone lines: rewriting would drop that line, the removal it records and the addresses it keeps.
        String before = UrlManifest.text(source, null).orElse("");
        List<Problem> blocking = problems.stream().filter(p -> !(update && p.at().file().equals(UrlManifest.PATH)
                && !UrlManifest.isTombstoneLine(before, p.at().line()))).toList();
        ProblemPrinter.print(blocking, spec.commandLine().getErr());
        if (blocking.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            spec.commandLine().getErr().println("the site has errors; " + UrlManifest.PATH + " was not "
                    + (update ? "written" : "checked") + " (fix them first)");
            return 1;
        }
        if (!update) {
            urls.forEach(spec.commandLine().getOut()::println);
            return 0;
        }
        Path file = source.resolve(UrlManifest.PATH);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            spec.commandLine().getErr().println(UrlManifest.PATH + " is not a plain file (a link or a folder);"
                    + " remove it, then run this again");
            return 1;
        }
        Path tmp = file.resolveSibling(".urls.txt.accord-new");
        Files.writeString(tmp, UrlManifest.render(urls, gone), StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().printf("wrote %d addresses to %s%n", urls.size(), file.normalize());
        // Each address it no longer lists, so that none is given up without the editor seeing it.
        for (String dropped : UrlManifest.dropped(before, urls)) {
            spec.commandLine().getOut().println("no longer listed: " + dropped + " (this build does not make it)");
        }
        return 0;
    }
}
