package accord.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a field means to Accord itself: the record's title, its other names, its sources, and so on.
 * The renderer, the feed and the exports read fields through their roles, so no Java code names a
 * portal's field. A field takes a role by {@code role:} in schema.yml, or by default when its name is
 * the role's name (and its type fits; a field whose type does not fit stays an ordinary field). A
 * role with a {@link #parent} is a role of a field inside the parent role's objects.
 */
public enum Role {
    TITLE(null, "a string", Shapes::string),
    ALIASES(null, "a list(string) or list(object)", t -> Shapes.listOf(t, Shapes::string) || Shapes.listOf(t, Shapes::object)),
    ALIAS_NAME(ALIASES, "a string", Shapes::string),
    ALIAS_LANG(ALIASES, "a string or enum", Shapes::word),
    ALIAS_NOTE(ALIASES, "a string, text or enum", Shapes::prose),
    SOURCES(null, "a list(object)", t -> Shapes.listOf(t, Shapes::object)),
    SOURCE_TITLE(SOURCES, "a string", Shapes::string),
    SOURCE_PUBLISHER(SOURCES, "a string", Shapes::string),
    SOURCE_URL(SOURCES, "a url", t -> t instanceof FieldType.UrlType),
    SOURCE_DATE(SOURCES, "a date", t -> t instanceof FieldType.DateType),
    SOURCE_QUALITY(SOURCES, "a string or enum", Shapes::word),
    SOURCE_NOTE(SOURCES, "a string, text or enum", Shapes::prose),
    CAVEATS(null, "a list(object)", t -> Shapes.listOf(t, Shapes::object)),
    CAVEAT_FIELD(CAVEATS, "a string", Shapes::string),
    CAVEAT_STATUS(CAVEATS, "a string or enum", Shapes::word),
    CAVEAT_TEXT(CAVEATS, "a string or text", t -> t instanceof FieldType.StringType || t instanceof FieldType.TextType),
    TOPICS(null, "a ref(...) or list(ref(...))", Shapes::refs),
    DISAMBIGUATION(null, "a ref(...) or list(ref(...))", Shapes::refs),
    DRAFT(null, "an enum with the value true", t -> t instanceof FieldType.EnumType e && e.values().contains("true")),
    DATE(null, "a date", t -> t instanceof FieldType.DateType),
    DATE_BASIS(null, "a string, text or enum", Shapes::prose),
    /** Old addresses of the record (old slugs or site paths) that redirect to its page: see accord.archive.Redirects. */
    REDIRECT_FROM(null, "a list(string)", t -> Shapes.listOf(t, Shapes::string)),
    /**
     * Where the record is in its life: an enum whose value {@code superseded} or {@code withdrawn} (Accord's words, as
     * {@code true} is the draft role's) takes the record out of the default listings and puts a notice on its page;
     * any other value means current. See accord.lifecycle.
     */
    LIFECYCLE(null, "an enum with the value superseded or withdrawn",
            t -> t instanceof FieldType.EnumType e && (e.values().contains("superseded") || e.values().contains("withdrawn"))),
    /** The record that replaced a superseded one. */
    REPLACED_BY(null, "a ref(...)", t -> t instanceof FieldType.RefType),
    /** Why a record was withdrawn or superseded, shown in its notice as plain text. */
    LIFECYCLE_REASON(null, "a string", Shapes::string),
    /** When the record was superseded or withdrawn, shown in its notice. */
    LIFECYCLE_DATE(null, "a date", t -> t instanceof FieldType.DateType),
    NONE(null, "any type", t -> true);

    private final Role parent;
    private final String shape;
    private final Predicate<FieldType> fits;

    Role(Role parent, String shape, Predicate<FieldType> fits) {
        this.parent = parent;
        this.shape = shape;
        this.fits = fits;
    }

    /** The role whose objects hold this role's field, or empty for a record's own field. */
    public Optional<Role> parent() {
        return Optional.ofNullable(parent);
    }

    /** The name schema.yml writes: {@code role: date_basis}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The field name that takes this role when no field declares it: the role's own name, and for a
     * role inside objects its name without the parent's prefix ({@code alias_name}: {@code name}). So
     * the convention is Accord's vocabulary, not a portal's fields; any other field says {@code role:}.
     */
    public String defaultName() {
        String s = spelling();
        return parent == null ? s : s.substring(s.indexOf('_') + 1);
    }

    /** What type a field of this role must have, for messages. */
    public String shape() {
        return shape;
    }

    public boolean fits(FieldType type) {
        return fits.test(type);
    }

    /** The role without which this role's objects would say nothing: an alias's name, a source's title, a caveat's text. */
    public Optional<Role> essentialChild() {
        return switch (this) {
            case ALIASES -> Optional.of(ALIAS_NAME);
            case SOURCES -> Optional.of(SOURCE_TITLE);
            case CAVEATS -> Optional.of(CAVEAT_TEXT);
            default -> Optional.empty();
        };
    }

    /** The roles a field can take at this level: top level when {@code parent} is empty. */
    public static List<Role> under(Optional<Role> parent) {
        return java.util.Arrays.stream(values()).filter(r -> r != NONE && r.parent().equals(parent)).toList();
    }

    public static Optional<Role> bySpelling(String spelling) {
        return java.util.Arrays.stream(values()).filter(r -> r.spelling().equals(spelling)).findFirst();
    }

    private static final class Shapes {
        static boolean string(FieldType t) {
            return t instanceof FieldType.StringType;
        }

        static boolean object(FieldType t) {
            return t instanceof FieldType.ObjectType;
        }

        static boolean word(FieldType t) {
            return t instanceof FieldType.StringType || t instanceof FieldType.EnumType;
        }

        static boolean prose(FieldType t) {
            return word(t) || t instanceof FieldType.TextType;
        }

        static boolean refs(FieldType t) {
            return t instanceof FieldType.RefType || listOf(t, x -> x instanceof FieldType.RefType);
        }

        static boolean listOf(FieldType t, Predicate<FieldType> element) {
            return t instanceof FieldType.ListType l && element.test(l.element());
        }
    }
}
