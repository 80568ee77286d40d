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
import java.util.ArrayList;
import java.util.List;
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

    @Parameters(index = "0", paramLabel = "COLLECTION", description = "The collection, as content/schema.yml names it (accord fields lists them).")
    String collection;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The record's title; its slug is made from it.")
    String title;

    @Override
    public Integer call() throws Exception {
        Optional<Schema> schema = PortalSchema.load(source, spec.commandLine().getErr());
        if (schema.isEmpty()) return 1;
        Optional<CollectionDef> def = PortalSchema.collection(schema.get(), collection, spec.commandLine().getErr());
        if (def.isEmpty()) return 2;
        if (title.codePoints().noneMatch(Character::isLetterOrDigit)) {
            spec.commandLine().getErr().println("accord: error: the title " + (title.isBlank() ? "is empty" : "'" + title
                    + "' has no letter or digit") + " (give the record's title, which also names its file: accord new "
                    + collection + " \"Title of the record\")");
            return 2;
        }
        String slug = Slugs.forNewRecord(title);
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
        Optional<Field> draft = def.get().roleField(accord.schema.Role.DRAFT);
        String text = scaffold(def.get(), title);
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("accord: error: " + file.normalize() + " already exists (edit it, or choose another title)");
            return 1;
        }
        // A collection of no required field but its title leaves no field empty: only the body is to write.
        boolean blanks = !blanks(def.get()).isEmpty();
        spec.commandLine().getOut().println("wrote " + file.normalize() + (draft.isPresent()
                ? " (a draft: " + (blanks ? "fill in the empty fields" : "write its text") + ", then delete '"
                        + draft.get().name() + ": true' to publish it)"
                : blanks ? " (fill in the empty fields: until then 'accord check' reports them)"
                : " (write its text in place of the placeholder: until then 'accord check' warns of it)"));
        return 0;
    }

    /**
     * The new record: its title filled in, {@code draft: true} when the collection has a draft field, every required
     * field written with an empty value and a comment above it (type, allowed values, help), and every optional field
     * as a commented-out line to uncomment. A draft's empty fields are not reported until the draft line goes, so
     * the scaffold checks clean as written.
     */
    static String scaffold(CollectionDef def, String title) {
        StringBuilder sb = new StringBuilder("---\n");
        List<Field> optional = new ArrayList<>();
        boolean blanks = !blanks(def).isEmpty();
        for (Field f : def.fields().values()) {
            if (f.hasRole(accord.schema.Role.TITLE)) {
                sb.append(f.name()).append(": ").append(quote(title)).append('\n');
            } else if (f.hasRole(accord.schema.Role.DRAFT)) {
                sb.append(blanks ? "# Delete the next line once the fields below are filled in, to publish the record.\n"
                        : "# Delete the next line once the record is written, to publish it.\n");
                sb.append(f.name()).append(": true\n");
            }
        }
        for (Field f : def.fields().values()) {
            if (f.hasRole(accord.schema.Role.TITLE) || f.hasRole(accord.schema.Role.DRAFT)) continue;
            if (!f.required()) {
                optional.add(f);
                continue;
            }
            sb.append("# ").append(describe(f, def.name())).append('\n');
            field(sb, f, "", def.name());
        }
        if (!optional.isEmpty()) {
            sb.append("# Optional fields: uncomment a line to use it.\n");
            for (Field f : optional) {
                sb.append("# ").append(f.name()).append(": ").append(shape(f.type())).append("   # ")
                        .append(describe(f, def.name())).append('\n');
            }
        }
        sb.append("---\n\n").append(accord.content.SourceDocument.PLACEHOLDER_BODY);
        // Only a collection with a field of the sources role has a place for a fact's source, named as the schema names it.
        def.roleField(accord.schema.Role.SOURCES).ifPresent(f -> sb.append(" Every fact needs a source in '").append(f.name())
                .append("' above."));
        return sb.append('\n').toString();
    }

    /** The fields the scaffold writes with an empty value for the editor to fill in: the required ones but title and draft. */
    private static List<Field> blanks(CollectionDef def) {
        return def.fields().values().stream().filter(f -> f.required() && !f.hasRole(accord.schema.Role.TITLE)
                && !f.hasRole(accord.schema.Role.DRAFT)).toList();
    }

    /** A required field with an empty value; objects (alone or in a list) get their required fields, one a line. */
    private static void field(StringBuilder sb, Field f, String indent, String own) {
        FieldType t = f.type();
        FieldType.ObjectType object = t instanceof FieldType.ObjectType o ? o
                : t instanceof FieldType.ListType l && l.element() instanceof FieldType.ObjectType o ? o : null;
        if (object == null) {
            sb.append(indent).append(f.name()).append(": ").append(t instanceof FieldType.ListType ? "[]" : "\"\"").append('\n');
            return;
        }
        sb.append(indent).append(f.name()).append(":\n");
        String inner = indent + (t instanceof FieldType.ListType ? "  - " : "  ");
        String rest = indent + "    ".substring(0, t instanceof FieldType.ListType ? 4 : 2);
        boolean first = true;
        for (Field sub : object.fields().values()) {
            if (!sub.required()) continue;
            StringBuilder line = new StringBuilder();
            field(line, sub, "", own);
            String[] lines = line.toString().split("\n");
            for (int i = 0; i < lines.length; i++) {
                sb.append(first && i == 0 ? inner : rest).append(lines[i]);
                if (i == 0) sb.append("   # ").append(describe(sub, own));
                sb.append('\n');
            }
            first = false;
        }
        if (first) sb.setLength(sb.length() - 1);
        if (first) sb.append(t instanceof FieldType.ListType ? " []\n" : " {}\n");
    }

    /**
     * {@code date (required): a date, YYYY-MM-DD, YYYY-MM or YYYY. When it was held.} A reference's example slug is
     * of the collection its type names; for {@code ref(*)}, of {@code own}, the collection the record is in.
     */
    private static String describe(Field f, String own) {
        StringBuilder sb = new StringBuilder(f.name()).append(f.required() ? " (required): " : ": ").append(typeHint(f.type(), own));
        f.help().ifPresent(h -> sb.append(". ").append(h.strip()));
        return sb.toString();
    }

    private static String typeHint(FieldType t, String own) {
        if (t instanceof FieldType.ListType l && l.element() instanceof FieldType.ListType) {
            return "a list of " + plural(l.element(), own) + ", each inner list in its own brackets: [[a, b], [c]]";
        }
        if (t instanceof FieldType.ListType l) return "a list of " + plural(l.element(), own);
        if (t instanceof FieldType.DateType) return "a date, YYYY-MM-DD, YYYY-MM or YYYY";
        if (t instanceof FieldType.DateTimeType) return "a date and time such as 2024-11-14T21:55:00+03:00";
        if (t instanceof FieldType.EnumType e) return "one of " + String.join(", ", e.values());
        if (t instanceof FieldType.RefType r) {
            return r.anyCollection() ? "a record, written collection/slug (such as " + own + "/some-slug)"
                    : "the slug of a record in content/" + r.collection() + "/";
        }
        if (t instanceof FieldType.UrlType) return "a full https:// address";
        if (t instanceof FieldType.NumberType) return "a number";
        if (t instanceof FieldType.TextType) return "Markdown text";
        if (t instanceof FieldType.ObjectType o) return "an object with " + String.join(", ", o.fields().keySet());
        return "text";
    }

    private static String plural(FieldType t, String own) {
        if (t instanceof FieldType.RefType r) {
            return r.anyCollection() ? "records, each written collection/slug (such as " + own + "/some-slug)"
                    : "slugs of records in content/" + r.collection() + "/";
        }
        if (t instanceof FieldType.ObjectType o) return "objects with " + String.join(", ", o.fields().keySet());
        if (t instanceof FieldType.EnumType e) return "values, each one of " + String.join(", ", e.values());
        if (t instanceof FieldType.DateType) return "dates, each YYYY-MM-DD, YYYY-MM or YYYY";
        if (t instanceof FieldType.UrlType) return "full https:// addresses";
        if (t instanceof FieldType.NumberType) return "numbers";
        if (t instanceof FieldType.ListType l) return "lists of " + plural(l.element(), own);
        return "texts";
    }

    /**
     * What an optional field's commented-out line holds as its value: a shape that, uncommented with its blanks
     * filled in, is valid. An object is a flow map of its fields, each stubbed by its own type (so an object inside
     * it is a map, not a blank text); a list of objects or of lists holds one such item to copy.
     */
    private static String shape(FieldType t) {
        if (t instanceof FieldType.ListType l) {
            return l.element() instanceof FieldType.ObjectType || l.element() instanceof FieldType.ListType
                    ? "[" + shape(l.element()) + "]" : "[]";
        }
        if (t instanceof FieldType.ObjectType o) {
            StringBuilder sb = new StringBuilder("{ ");
            for (Field sub : o.fields().values()) {
                if (sb.length() > 2) sb.append(", ");
                sb.append(sub.name()).append(": ").append(shape(sub.type()));
            }
            return sb.append(" }").toString();
        }
        return "\"\"";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
