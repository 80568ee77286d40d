package accord.build;

import accord.check.LinkChecker;
import accord.config.ConfigReader;
import accord.config.SiteConfig;
import accord.content.ContentReader;
import accord.content.SourceDocument;
import accord.content.YamlNode;
import accord.markdown.MarkdownRenderer;
import accord.model.Site;
import accord.model.SiteBuilder;
import accord.output.OutputFile;
import accord.output.SiteWriter;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.render.PageRenderer;
import accord.render.RenderedPage;
import accord.render.Templates;
import accord.schema.Schema;
import accord.schema.SchemaReader;
import accord.schema.SchemaValidator;
import accord.schema.ValidatedRecord;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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
        Timings timings = new Timings();
        Problems problems = new Problems();
        Path root = options.source().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        if (options.write()) {
            checkOutputFolder(root, output, problems);
            if (!problems.hasErrors()) SiteWriter.repair(output);
        }
        if (problems.hasErrors()) return new BuildResult(problems.sorted(), 0, 0, timings.laps());

        ContentReader reader = new ContentReader(root);
        Optional<YamlNode> schemaYaml = reader.readYamlFile("schema.yml", problems);
        if (schemaYaml.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(SourcePosition.of("content/schema.yml"),
                        "no schema (create content/schema.yml declaring the collections and their fields)");
            }
            return new BuildResult(problems.sorted(), 0, 0, timings.laps());
        }
        int errorsBeforeSchema = problems.errorCount();
        Schema schema = SchemaReader.read(schemaYaml.get(), problems);
        if (schema.collections().isEmpty() && problems.errorCount() > errorsBeforeSchema) {
            // Without any collection every record would be reported as "no collection": the
            // schema's own errors say all there is to say.
            return new BuildResult(problems.sorted(), 0, 0, timings.laps());
        }
        SiteConfig config = ConfigReader.read(reader.readYamlFile("site.yml", problems), problems);
        if (options.baseUrl().isPresent()) config = config.withBaseUrl(options.baseUrl().get());

        timings.lap("config");

        // The engines are built while the records are read: on a cold JVM, loading FreeMarker,
        // flexmark and jsoup costs as much as a small portal's whole build. Their problems, if
        // any, appear when they are used below, not here.
        Path templatesDir = root.resolve("templates");
        Templates.checkLinks(templatesDir, problems);
        boolean rawHtml = config.rawHtml();
        CompletableFuture<Templates> templatesReady = CompletableFuture.supplyAsync(() -> {
            Templates t = new Templates(Optional.of(templatesDir));
            t.warmUp(schema.collections().keySet());
            return t;
        });
        CompletableFuture<MarkdownRenderer> markdownReady = CompletableFuture.supplyAsync(() -> {
            MarkdownRenderer m = new MarkdownRenderer(rawHtml);
            m.warmUp();
            LinkChecker.warmUp();
            return m;
        });

        List<SourceDocument> documents = reader.readRecords(problems);
        timings.lap("read");
        SchemaValidator validator = new SchemaValidator(schema, problems);
        List<ValidatedRecord> validated = documents.parallelStream().map(validator::validate).flatMap(Optional::stream).toList();
        timings.lap("validate");
        Site site = SiteBuilder.build(schema, config, validated, reader.unreadable(), options.drafts(), problems);
        timings.lap("model");

        Templates templates = templatesReady.join();
        MarkdownRenderer markdown = markdownReady.join();
        int errorsBeforeRendering = problems.errorCount();
        List<RenderedPage> pages = new PageRenderer(site, templates, markdown, problems).renderAll();
        timings.lap("render");
        Map<String, OutputFile> assets = ThemeAssets.collect(templatesDir, problems);
        // A page that failed to render is missing, so every link to it would be reported again as
        // broken: check links only when rendering went through.
        if (problems.errorCount() == errorsBeforeRendering) {
            LinkChecker.check(pages, assets.keySet(), basePath(config.baseUrl()), problems);
        }
        timings.lap("check");

        List<OutputFile> files = new ArrayList<>();
        for (RenderedPage p : pages) files.add(new OutputFile(p.outputPath(), p.content().getBytes(StandardCharsets.UTF_8)));
        files.addAll(assets.values());
        int pageCount = (int) pages.stream().filter(RenderedPage::isHtml).count();
        if (problems.hasErrors() || !options.write()) {
            return new BuildResult(problems.sorted(), pageCount, files.size(), timings.laps());
        }
        SiteWriter.write(output, files);
        timings.lap("write");
        return new BuildResult(problems.sorted(), pageCount, files.size(), timings.laps());
    }

    /**
     * The output folder must not be, contain or lie inside the portal's sources, whether written
     * directly or reached through a symbolic link somewhere on its path (both are checked).
     */
    private static void checkOutputFolder(Path root, Path output, Problems problems) {
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
        SiteWriter.refusal(output).ifPresent(why -> problems.error(SourcePosition.of(output.toString()), why));
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

    static String basePath(String baseUrl) {
        if (baseUrl.startsWith("/")) return baseUrl;
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
