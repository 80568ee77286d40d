package accord.cli;

import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.Schema;
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
        PrintWriter err = spec.commandLine().getErr();
        Optional<Schema> schema = PortalSchema.load(source, err);
        if (schema.isEmpty()) return 1;
        List<CollectionDef> collections = List.copyOf(schema.get().collections().values());
        if (only != null) {
            Optional<CollectionDef> c = PortalSchema.collection(schema.get(), only, err);
            if (c.isEmpty()) return 2;
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
