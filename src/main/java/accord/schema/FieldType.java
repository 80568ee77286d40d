package accord.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The type of a field, as {@code schema.yml} writes it: {@code list(ref(speakers))}, ... */
public sealed interface FieldType {
    /** The type as written in schema.yml. */
    String spelling();

    record StringType() implements FieldType {
        public String spelling() { return "string"; }
    }

    /** Markdown text. */
    record TextType() implements FieldType {
        public String spelling() { return "text"; }
    }

    /** YYYY-MM-DD, or YYYY-MM / YYYY where only the month or year is known. */
    record DateType() implements FieldType {
        public String spelling() { return "date"; }
    }

    /** ISO 8601 with an offset. */
    record DateTimeType() implements FieldType {
        public String spelling() { return "datetime"; }
    }

    record NumberType() implements FieldType {
        public String spelling() { return "number"; }
    }

    /** An absolute http, https or mailto URL. */
    record UrlType() implements FieldType {
        public String spelling() { return "url"; }
    }

    record EnumType(List<String> values) implements FieldType {
        public EnumType {
            values = List.copyOf(values);
        }

        public String spelling() { return "enum(" + String.join("|", values) + ")"; }
    }

    /** A reference to a record of {@code collection}, or of any collection when it is {@code *}. */
    record RefType(String collection) implements FieldType {
        public boolean anyCollection() {
            return collection.equals("*");
        }

        public String spelling() { return "ref(" + collection + ")"; }
    }

    record ListType(FieldType element) implements FieldType {
        public String spelling() { return "list(" + element.spelling() + ")"; }
    }

    record ObjectType(Map<String, Field> fields) implements FieldType {
        public ObjectType {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public String spelling() { return "object"; }
    }
}
