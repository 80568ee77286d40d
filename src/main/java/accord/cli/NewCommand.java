package accord.cli;

import accord.content.ContentReader;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldType;
import accord.schema.Schema;
import accord.text.Slugs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes content/<collection>/<slug>.md with the collection's fields stubbed out.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The portal's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Parameters(index = "0", paramLabel = "COLLECTION", description = "The collection, e.g. sessions.")
    String collection;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The record's title; its slug is made from it.")
    String title;

    @Override
    public Integer call() throws Exception {
        Optional<Schema> schema = PortalSchema.load(source, spec.commandLine().getErr());
        if (schema.isEmpty()) return 1;
        Optional<CollectionDef> def = PortalSchema.collection(schema.get(), collection, spec.commandLine().getErr());
        if (def.isEmpty()) return 2;
        String slug = Slugs.fromTitle(title);
        if (ContentReader.isReserved(slug)) {
            spec.commandLine().getErr().println("accord: error: the title makes the file name '" + slug
                    + ".md', which is reserved (give a longer title, then edit the title inside the file)");
            return 1;
        }
        Path file = source.resolve("content").resolve(collection).resolve(slug + ".md");
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            spec.commandLine().getErr().println("accord: error: " + file.normalize() + " already exists (edit it, or choose another title)");
            return 1;
        }
        StringBuilder sb = new StringBuilder("---\n");
        for (Field f : def.get().fields().values()) {
            if (f.hasRole(accord.schema.Role.TITLE)) {
                sb.append(f.name()).append(": \"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
                continue;
            }
            if (f.hasRole(accord.schema.Role.DRAFT)) {
                sb.append(f.name()).append(": true\n");
                continue;
            }
            f.help().ifPresent(h -> sb.append("# ").append(h).append('\n'));
            String stub = stub(f.type());
            sb.append(f.required() ? "" : "# ").append(f.name()).append(": ").append(stub)
                    .append(f.required() ? "   # required" : "").append('\n');
        }
        sb.append("---\n\nWrite the record here, in your own words. Every fact needs a source above.\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + file.normalize() + " (a draft: remove 'draft: true' to publish it)");
        return 0;
    }

    private static String stub(FieldType t) {
        if (t instanceof FieldType.ListType l) {
            return l.element() instanceof FieldType.ObjectType o
                    ? "[{ " + String.join(": \"\", ", o.fields().keySet()) + ": \"\" }]" : "[]";
        }
        if (t instanceof FieldType.DateType) return "\"YYYY-MM-DD\"";
        if (t instanceof FieldType.EnumType e) return "\"" + e.values().get(0) + "\"   # " + String.join(" | ", e.values());
        if (t instanceof FieldType.RefType r) return "\"\"   # a slug in " + r.collection();
        if (t instanceof FieldType.UrlType) return "\"https://\"";
        if (t instanceof FieldType.ObjectType o) return "{ " + String.join(": \"\", ", o.fields().keySet()) + ": \"\" }";
        return "\"\"";
    }
}
