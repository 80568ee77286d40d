package accord.model;

import accord.schema.FieldValue;
import accord.text.Folding;
import accord.schema.CollectionDef;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A collection's list order: by its {@code order} field (dates by date, text folded), newest first
 * when the schema says so; records without the field come last, by title; slug breaks ties.
 */
final class RecordOrder {
    private RecordOrder() {
    }

    /** Sorts {@code records} in the collection's order, folding each record's text once rather than per comparison. */
    static void sort(List<Record> records, CollectionDef c) {
        records.sort(order(records, c));
    }

    /**
     * Whether {@code r}, put at {@code index} of {@code list} (sorted), keeps it sorted: it still comes after the
     * record before it and before the record after it (slug breaks every tie, so the order is strict).
     */
    static boolean staysAt(List<Record> list, int index, Record r, CollectionDef c) {
        List<Record> around = new java.util.ArrayList<>(3);
        if (index > 0) around.add(list.get(index - 1));
        around.add(r);
        if (index + 1 < list.size()) around.add(list.get(index + 1));
        Comparator<Record> order = order(around, c);
        for (int i = 1; i < around.size(); i++) if (order.compare(around.get(i - 1), around.get(i)) >= 0) return false;
        return true;
    }

    /** The collection's order over {@code records} (and only them: their folded texts are made once, here). */
    private static Comparator<Record> order(List<Record> records, CollectionDef c) {
        Map<Record, String> titles = new IdentityHashMap<>();
        Map<Record, String> keys = new IdentityHashMap<>();
        for (Record r : records) {
            titles.put(r, Folding.fold(r.title()));
            FieldValue v = r.fields().get(c.orderField());
            if (v != null && !(v instanceof FieldValue.DateValue || v instanceof FieldValue.DateTimeValue
                    || v instanceof FieldValue.NumberValue)) {
                keys.put(r, Folding.fold(sortText(v)));
            }
        }
        Comparator<Record> byField = (a, b) -> {
            FieldValue va = a.fields().get(c.orderField());
            FieldValue vb = b.fields().get(c.orderField());
            if (va == null && vb == null) return 0;
            if (va == null) return 1;
            if (vb == null) return -1;
            String ka = keys.get(a);
            String kb = keys.get(b);
            int cmp = ka != null && kb != null ? ka.compareTo(kb) : compare(va, vb);
            return c.orderDescending() ? -cmp : cmp;
        };
        return byField.thenComparing(titles::get).thenComparing(r -> r.id().slug());
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
