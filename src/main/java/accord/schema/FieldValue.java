package accord.schema;

import accord.content.RecordId;
import accord.problem.SourcePosition;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A validated field value with its position; mirrors {@link FieldType}. */
public sealed interface FieldValue {
    SourcePosition position();

    /** A scalar value as plain text, as written: dates in ISO form, references as collection/slug; empty for a list or object. */
    static String text(FieldValue v) {
        if (v instanceof StringValue s) return s.value();
        if (v instanceof EnumValue e) return e.value();
        if (v instanceof UrlValue u) return u.url();
        if (v instanceof DateValue d) return d.date().iso();
        if (v instanceof DateTimeValue d) return d.original();
        if (v instanceof NumberValue n) return n.original();
        if (v instanceof TextValue t) return t.markdown();
        if (v instanceof RefValue r) return r.target().toString();
        return "";
    }

    record StringValue(String value, SourcePosition position) implements FieldValue {
    }

    /** Markdown source; rendered later by the markdown stage. */
    record TextValue(String markdown, SourcePosition position) implements FieldValue {
    }

    record DateValue(PartialDate date, SourcePosition position) implements FieldValue {
    }

    record DateTimeValue(OffsetDateTime value, String original, SourcePosition position) implements FieldValue {
    }

    record NumberValue(BigDecimal value, String original, SourcePosition position) implements FieldValue {
    }

    record UrlValue(String url, SourcePosition position) implements FieldValue {
    }

    record EnumValue(String value, SourcePosition position) implements FieldValue {
    }

    /** A reference by id; whether the record exists is checked by the model. */
    record RefValue(RecordId target, SourcePosition position) implements FieldValue {
    }

    /**
     * A list's valid items. {@code rejected} holds, in increasing order, the indexes (as written in the file) of the items
     * left out because they were wrong or blank, so that a message about an item names it by its place in the file:
     * {@link #writtenIndex}.
     */
    record ListValue(List<FieldValue> items, SourcePosition position, List<Integer> rejected) implements FieldValue {
        public ListValue {
            items = List.copyOf(items);
            rejected = List.copyOf(rejected);
        }

        public ListValue(List<FieldValue> items, SourcePosition position) {
            this(items, position, List.of());
        }

        /** The index, as written in the file, of {@code items().get(i)}: {@code i} plus the rejected items before it. */
        public int writtenIndex(int i) {
            int at = i;
            for (int r : rejected) {
                if (r <= at) at++;
                else break;
            }
            return at;
        }
    }

    record ObjectValue(Map<String, FieldValue> fields, SourcePosition position) implements FieldValue {
        public ObjectValue {
            fields = FieldMap.of(fields);
        }
    }
}
