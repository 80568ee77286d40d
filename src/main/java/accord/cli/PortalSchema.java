package accord.cli;

import accord.content.ContentReader;
import accord.content.YamlNode;
import accord.problem.ProblemPrinter;
import accord.problem.Problems;
import accord.schema.CollectionDef;
import accord.schema.Schema;
import accord.schema.SchemaReader;
import accord.text.Suggestions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The schema of the portal at a source root, for the commands that need only the schema. */
final class PortalSchema {
    private PortalSchema() {
    }

    /** The schema, or empty after printing why it cannot be read. */
    static Optional<Schema> load(Path source, PrintWriter err) {
        Problems problems = new Problems();
        Optional<YamlNode> yaml = new ContentReader(source.toAbsolutePath().normalize()).readYamlFile("schema.yml", problems);
        Optional<Schema> schema = yaml.map(y -> SchemaReader.read(y, accord.build.OwnNames.reserved(), problems));
        if (schema.isEmpty() || problems.hasErrors()) {
            ProblemPrinter.print(problems.sorted(), err);
            if (yaml.isEmpty()) err.println("accord: error: no content/schema.yml (run from the portal's root, or pass --source)");
            return Optional.empty();
        }
        return schema;
    }

    /** The named collection, or empty after printing an error that suggests the nearest one. */
    static Optional<CollectionDef> collection(Schema schema, String name, PrintWriter err) {
        Optional<CollectionDef> c = schema.find(name);
        if (c.isEmpty()) {
            err.println("accord: error: no collection '" + name + "' in content/schema.yml"
                    + Suggestions.hint(name, schema.collections().keySet(),
                    " (known: " + String.join(", ", schema.collections().keySet()) + ")"));
        }
        return c;
    }
}
