package accord.model;

import accord.schema.FieldValue;
import accord.text.Folding;
import java.util.Comparator;

/**
 * A collection's list order: by its {@code order} field (dates by date, text folded), newest first
 * when the schema says so; records without the field come last, by title; slug breaks ties.
 */
final class RecordOrder {
    private RecordOrder() {
    }

    static Comparator<Record> of(accord.schema.CollectionDef c) {
        String field = c.orderField();
        Comparator<Record> byField = (a, b) -> {
            FieldValue va = a.fields().get(field);
            FieldValue vb = b.fields().get(field);
            if (va == null && vb == null) return 0;
            if (va == null) return 1;
            if (vb == null) return -1;
            int cmp = compare(va, vb);
            return c.orderDescending() ? -cmp : cmp;
        };
        return byField.thenComparing(r -> Folding.fold(r.title())).thenComparing(r -> r.id().slug());
    }

    private static int compare(FieldValue a, FieldValue b) {
        if (a instanceof FieldValue.DateValue da && b instanceof FieldValue.DateValue db) {
            return da.date().compareTo(db.date());
        }
        if (a instanceof FieldValue.DateTimeValue da && b instanceof FieldValue.DateTimeValue db) {
            return da.value().toInstant().compareTo(db.value().toInstant());
        }
        if (a instanceof FieldValue.NumberValue na && b instanceof FieldValue.NumberValue nb) {
            return na.value().compareTo(nb.value());
        }
        return Folding.fold(sortText(a)).compareTo(Folding.fold(sortText(b)));
    }

    private static String sortText(FieldValue v) {
        if (v instanceof FieldValue.StringValue s) return s.value();
        if (v instanceof FieldValue.EnumValue e) return e.value();
        if (v instanceof FieldValue.RefValue r) return r.target().toString();
        if (v instanceof FieldValue.UrlValue u) return u.url();
        if (v instanceof FieldValue.TextValue t) return t.markdown();
        return "";
    }
}
