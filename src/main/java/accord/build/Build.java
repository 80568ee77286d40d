package accord.build;

import accord.model.Site;
import accord.output.OutputSink;
import accord.output.SiteWriter;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One build of one portal: the whole pipeline, start to finish, with nothing shared between runs. */
public final class Build {
    private final BuildOptions options;

    public Build(BuildOptions options) {
        this.options = options;
    }

    /**
     * Runs the pipeline. Problems in the content come back in the result; the output is written
     * only when there is no error and {@code options.write()} is set. I/O failures while writing
     * are thrown.
     */
    public BuildResult run() throws IOException {
        return run(false);
    }

    /**
     * Runs the pipeline; with {@code strict} every warning counts as an error ({@code --strict}), so a
     * build with warnings writes nothing either.
     */
    public BuildResult run(boolean strict) throws IOException {
        return run(strict, (sink, destination) -> sink);
    }

    /**
     * What a wrapper of the output sink may need to know of the site written through it, as site.yml (and
     * {@code --base-url}) give it: the names {@code keep:} lists ({@code CNAME}), which the output folder keeps and its
     * manifest names; the files only a web server or a crawler reads, which the offline edition leaves out: the 404
     * page in each language ({@code 404.html}, {@code ru/404.html}, shown by a server on its own), {@code robots.txt}
     * and {@code _redirects} (a host's list of old addresses; the redirect pages stay); and the path of the site's
     * address ({@code /portal/}, or {@code /}), which an address from the web root inside the site starts with.
     */
    public record Destination(List<String> kept, java.util.Set<String> serverFiles, String basePath) {
        public Destination {
            kept = List.copyOf(kept);
            serverFiles = java.util.Set.copyOf(serverFiles);
            java.util.Objects.requireNonNull(basePath, "basePath");
        }
    }

    /** The {@link Destination} of the build {@code options} make; whether the settings are valid is the build's to report. */
    public static Destination destination(BuildOptions options) {
        Problems ignored = new Problems();
        Path root = options.source().toAbsolutePath().normalize();
        Optional<accord.content.YamlNode> siteYaml = new accord.content.ContentReader(root).readYamlFile("site.yml", ignored);
        accord.config.SiteConfig config = accord.config.ConfigReader.read(siteYaml, ignored);
        if (options.baseUrl().isPresent()) config = config.withBaseUrl(options.baseUrl().get());
        java.util.Set<String> serverFiles = new java.util.TreeSet<>();
        // Where PagePlan puts the 404 page and robots.txt, LanguagePages the 404 page in each other language, and
        // Redirects its file. The sitemap stays: every page's footer links it.
        serverFiles.add("404.html");
        for (String lang : config.otherLanguages()) serverFiles.add(lang + "/404.html");
        serverFiles.add("robots.txt");
        serverFiles.add(accord.archive.Redirects.FILE);
        return new Destination(accord.config.ConfigReader.keep(siteYaml, ignored), serverFiles, BuildSession.basePath(config.baseUrl()));
    }

    /**
     * {@link #run(boolean)}, with the output sink passed through {@code around}, with the site's {@link Destination},
     * before the build writes to it (the offline edition rewrites its pages on their way out).
     */
    public BuildResult run(boolean strict, java.util.function.BiFunction<OutputSink, Destination, OutputSink> around)
            throws IOException {
        Problems problems = new Problems();
        Path root = options.source().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        Destination destination = options.write() ? destination(options) : new Destination(List.of(), java.util.Set.of(), "/");
        List<String> keep = destination.kept();
        if (options.write()) {
            checkOutputFolder(root, output, keep, problems);
            if (!problems.hasErrors()) SiteWriter.repair(output);
        }
        if (problems.hasErrors()) return new BuildResult(problems.sorted(), 0, 0, Map.of());
        try (BuildSession session = BuildSession.once(options)) {
            OutputSink sink = options.write() ? around.apply(SiteWriter.stage(output, keep), destination) : OutputSink.NONE;
            try {
                if (!strict) return session.build(sink).result();
                HeldCommit held = new HeldCommit(sink);
                BuildResult result = session.build(held).result().strict();
                held.finish(result.ok());
                return result;
            } catch (IOException | RuntimeException | Error e) {
                // Out of memory, a refused keep: list, a bug: the staged folder goes, the site stays as it was.
                try {
                    sink.abort();
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    /** What {@link #check} found: the result of a build that wrote nothing, and the model it built. */
    public record Checked(BuildResult result, Optional<Site> site) {
    }

    /**
     * Runs every check a build runs, writing nothing, and keeps the model, for tools that read it ({@code accord
     * report}). The model is empty when the settings stop the build.
     */
    public Checked check() throws IOException {
        try (BuildSession session = BuildSession.once(options)) {
            BuildResult result = session.build(OutputSink.NONE).result();
            return new Checked(result, session.site());
        }
    }

    /**
     * The output folder must not be, contain or lie inside the portal's sources, whether written
     * directly or reached through a symbolic link somewhere on its path (both are checked).
     */
    private static void checkOutputFolder(Path root, Path output, List<String> keep, Problems problems) {
        if (!overlaps(root, output, output, problems)) {
            Path realOutput = realPath(output);
            Path realRoot = realPath(root);
            if (!realOutput.equals(output) || !realRoot.equals(root)) {
                if (overlaps(realRoot, realOutput, output, problems)) return;
            }
        } else {
            return;
        }
        // Refuse before building, not after: a folder Accord did not make is never replaced.
        SiteWriter.refusal(output, keep).ifPresent(why -> problems.error(SourcePosition.of(output.toString()), why));
    }

    private static boolean overlaps(Path root, Path output, Path shown, Problems problems) {
        if (root.startsWith(output)) {
            problems.error(SourcePosition.of("."), "output folder " + shown + " is or contains the portal itself"
                    + " (choose an --output inside it, such as site/)");
            return true;
        }
        for (String name : List.of("content", "templates")) {
            Path protectedDir = root.resolve(name);
            if (output.startsWith(protectedDir) || protectedDir.startsWith(output)) {
                problems.error(SourcePosition.of(name), "output folder " + shown + " overlaps " + name
                        + "/ (choose an --output outside the portal's sources, such as site/)");
                return true;
            }
        }
        return false;
    }

    /** {@code path} with every symbolic link in its existing part resolved; the rest appended as written. */
    static Path realPath(Path path) {
        Path existing = path;
        java.util.Deque<Path> rest = new java.util.ArrayDeque<>();
        while (existing != null && !Files.exists(existing)) {
            rest.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) return path;
        try {
            Path real = existing.toRealPath();
            for (Path name : rest) real = real.resolve(name.toString());
            return real;
        } catch (IOException e) {
            return path;
        }
    }
}
