package accord.cli;

import accord.content.ContentReader;
import accord.content.YamlNode;
import accord.problem.ProblemPrinter;
import accord.problem.Problems;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.Schema;
import accord.schema.SchemaReader;
import accord.text.Suggestions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The editors' field reference, printed from the portal's own schema so it is never out of date. */
@Command(name = "fields", mixinStandardHelpOptions = true,
        description = "Prints the field reference of every collection (or of one), from content/schema.yml.")
final class FieldsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The portal's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Parameters(index = "0", arity = "0..1", paramLabel = "COLLECTION", description = "Only this collection.")
    String only;

    @Override
    public Integer call() {
        Problems problems = new Problems();
        Optional<YamlNode> yaml = new ContentReader(source.toAbsolutePath().normalize()).readYamlFile("schema.yml", problems);
        Schema schema = yaml.map(y -> SchemaReader.read(y, problems)).orElse(new Schema(java.util.Map.of()));
        PrintWriter err = spec.commandLine().getErr();
        if (yaml.isEmpty() || problems.hasErrors()) {
            ProblemPrinter.print(problems.sorted(), err);
            if (yaml.isEmpty()) err.println("accord: error: no content/schema.yml (run from the portal's root, or pass --source)");
            return 1;
        }
        List<CollectionDef> collections = List.copyOf(schema.collections().values());
        if (only != null) {
            Optional<CollectionDef> c = schema.find(only);
            if (c.isEmpty()) {
                err.println("accord: error: no collection '" + only + "' in content/schema.yml"
                        + Suggestions.hint(only, schema.collections().keySet(), " (known: " + String.join(", ", schema.collections().keySet()) + ")"));
                return 2;
            }
            collections = List.of(c.get());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (CollectionDef c : collections) {
            out.println("# " + c.name() + " (" + c.title() + "): content/" + c.name() + "/<slug>.md");
            out.println();
            for (Field f : c.fields().values()) print(out, f, "");
            out.println();
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, Field f, String indent) {
        StringBuilder line = new StringBuilder(indent).append("- ").append(f.name()).append(": ").append(f.type().spelling());
        if (f.required()) line.append(", required");
        line.append(" \u2014 ").append(f.label());
        f.backlink().ifPresent(b -> line.append("; listed on the other record under \"").append(b).append('"'));
        f.help().ifPresent(h -> line.append(". ").append(h));
        out.println(line);
        FieldType t = f.type();
        while (t instanceof FieldType.ListType l) t = l.element();
        if (t instanceof FieldType.ObjectType o) o.fields().values().forEach(sub -> print(out, sub, indent + "  "));
    }
}
