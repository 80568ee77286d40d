package accord.lifecycle;

import accord.content.RecordId;
import accord.model.Record;
import accord.schema.FieldValue;
import accord.schema.PartialDate;
import accord.schema.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a record is in its life, read through the schema's roles: the value {@code superseded} or {@code withdrawn}
 * of the field with the {@link Role#LIFECYCLE} role (Accord's words, as {@code true} is the draft role's); any other
 * value, or none, is current. No field name appears here.
 */
public final class Lifecycle {
    /** The three states; only {@link #CURRENT} records are in the default listings. */
    public enum State {
        CURRENT, SUPERSEDED, WITHDRAWN;

        /** The value of the lifecycle enum that means this state. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Lifecycle() {
    }

    public static State state(Record r) {
        Optional<FieldValue> v = r.role(Role.LIFECYCLE);
        if (v.isEmpty() || !(v.get() instanceof FieldValue.EnumValue e)) return State.CURRENT;
        return switch (e.value()) {
            case "superseded" -> State.SUPERSEDED;
            case "withdrawn" -> State.WITHDRAWN;
            default -> State.CURRENT;
        };
    }

    public static boolean current(Record r) {
        return state(r) == State.CURRENT;
    }

    /** The record that replaced this one ({@link Role#REPLACED_BY}), as written. */
    public static Optional<RecordId> replacement(Record r) {
        return r.role(Role.REPLACED_BY).filter(v -> v instanceof FieldValue.RefValue).map(v -> ((FieldValue.RefValue) v).target());
    }

    /** Why, in the editors' words ({@link Role#LIFECYCLE_REASON}), blank as absent. */
    public static Optional<String> reason(Record r) {
        return r.role(Role.LIFECYCLE_REASON).map(FieldValue::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** When ({@link Role#LIFECYCLE_DATE}). */
    public static Optional<PartialDate> date(Record r) {
        return r.role(Role.LIFECYCLE_DATE).filter(v -> v instanceof FieldValue.DateValue).map(v -> ((FieldValue.DateValue) v).date());
    }

    /** {@code records} without the superseded and withdrawn ones, in the same order: what a default listing shows. */
    public static List<Record> current(List<Record> records) {
        List<Record> out = null;
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            if (current(r)) {
                if (out != null) out.add(r);
            } else if (out == null) {
                out = new ArrayList<>(records.subList(0, i));
            }
        }
        return out == null ? records : out;
    }

    /** The superseded and withdrawn records among {@code records}, in the same order. */
    public static List<Record> retired(List<Record> records) {
        List<Record> out = new ArrayList<>();
        for (Record r : records) if (!current(r)) out.add(r);
        return out;
    }

    /**
     * The chain of replacements from {@code r}: its replacement, that one's, and so on while each is itself
     * superseded, ending at the first record that is not (or that {@code find} does not know), or where the chain
     * would come back to a record already in it. Empty when {@code r} names no replacement.
     */
    public static List<RecordId> chain(Record r, Function<RecordId, Optional<Record>> find) {
        List<RecordId> chain = new ArrayList<>();
        Set<RecordId> seen = new LinkedHashSet<>();
        seen.add(r.id());
        Optional<RecordId> next = state(r) == State.SUPERSEDED ? replacement(r) : Optional.empty();
        while (next.isPresent() && seen.add(next.get())) {
            chain.add(next.get());
            Optional<Record> n = find.apply(next.get());
            next = n.filter(x -> state(x) == State.SUPERSEDED).flatMap(Lifecycle::replacement);
        }
        return chain;
    }
}
