package accord.lifecycle;

import accord.content.RecordId;
import accord.lifecycle.Lifecycle.State;
import accord.model.Record;
import accord.model.Site;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.schema.FieldValue;
import accord.schema.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks the lifecycle across records, once the model has resolved every reference (so a replacement that does not
 * exist is already reported, with its nearest slug): a superseded record names its replacement, which is neither
 * itself nor, through other superseded records, a way back to it; a withdrawn record says why when its collection
 * can; only a superseded record names a replacement, and only a retired (superseded or withdrawn) record says why
 * or since when (a current record's page shows neither, so a reason or date there would be silently lost). A replacement that is itself withdrawn is a warning: the page
 * keeps its notice, but readers who follow it find no current version.
 */
public final class LifecycleCheck {
    private LifecycleCheck() {
    }

    public static void check(Site site, Problems problems) {
        List<Record> records = new ArrayList<>(site.records().values());
        records.sort(Comparator.comparing(r -> r.source().path()));
        for (Record r : records) {
            if (r.collection().roleField(Role.LIFECYCLE).isEmpty()) continue;
            State state = Lifecycle.state(r);
            String lifecycle = name(r, Role.LIFECYCLE);
            Optional<FieldValue> replacedBy = r.role(Role.REPLACED_BY);
            String replacedByName = r.collection().roleField(Role.REPLACED_BY).map(f -> f.name()).orElse("");
            if (state == State.SUPERSEDED && replacedBy.isEmpty()) {
                problems.error(at(r, Role.LIFECYCLE), lifecycle + ": a superseded record needs " + replacedByName
                        + ", the record that replaced it (add it; or, if nothing replaced it, write 'withdrawn' and say why)");
            }
            if (state == State.WITHDRAWN && r.collection().roleField(Role.LIFECYCLE_REASON).isPresent() && Lifecycle.reason(r).isEmpty()) {
                problems.error(at(r, Role.LIFECYCLE), lifecycle + ": a withdrawn record needs "
                        + name(r, Role.LIFECYCLE_REASON) + ", saying why readers should no longer rely on it (add it)");
            }
            if (state == State.CURRENT) {
                for (Role role : List.of(Role.LIFECYCLE_REASON, Role.LIFECYCLE_DATE)) {
                    Optional<FieldValue> v = r.role(role);
                    if (v.isEmpty()) continue;
                    String field = name(r, role);
                    problems.error(v.get().position(), field + ": only a " + retiredWords(r, " or ") + " record says "
                            + (role == Role.LIFECYCLE_REASON ? "why" : "since when") + ", and a current record's page would not"
                            + " show it (write " + lifecycle + ": " + retiredWords(r, " or ") + ", or remove " + field + ")");
                }
            }
            if (state != State.CURRENT) future(r, state, problems);
            if (replacedBy.isEmpty()) continue;
            SourcePosition where = replacedBy.get().position();
            if (state != State.SUPERSEDED) {
                problems.error(where, replacedByName + ": only a superseded record names the record that replaced it (write "
                        + lifecycle + ": superseded, or remove " + replacedByName + ")");
                continue;
            }
            RecordId target = Lifecycle.replacement(r).orElseThrow();
            if (target.equals(r.id())) {
                problems.error(where, replacedByName + ": '" + target + "' is this record itself (name the record that replaced it)");
                continue;
            }
            cycle(r, site).ifPresent(ids -> problems.error(where, replacedByName + ": the replacements go round in a circle, "
                    + String.join(" → ", ids.stream().map(RecordId::toString).toList())
                    + " (end the chain at a current record: make one of them current, or point it at the record that replaced them all)"));
            site.find(target).filter(t -> Lifecycle.state(t) == State.WITHDRAWN).ifPresent(t -> problems.warning(where,
                    replacedByName + ": '" + target + "' is withdrawn, so readers who follow this record's notice find no"
                            + " current version (name the record that replaced both, if there is one)"));
        }
    }

    /**
     * The cycle of replacements through {@code r}, from {@code r} back to it, when {@code r} is in one and is its
     * first member by id (so each cycle is reported once).
     */
    private static Optional<List<RecordId>> cycle(Record r, Site site) {
        List<RecordId> path = new ArrayList<>();
        path.add(r.id());
        Optional<Record> next = Lifecycle.replacement(r).flatMap(site::find);
        while (next.isPresent() && Lifecycle.state(next.get()) == State.SUPERSEDED) {
            RecordId id = next.get().id();
            if (id.equals(r.id())) {
                path.add(id);
                boolean first = path.stream().allMatch(x -> x.toString().compareTo(r.id().toString()) >= 0);
                return first ? Optional.of(path) : Optional.empty();
            }
            if (path.contains(id)) return Optional.empty(); // a cycle further on, reported from inside it
            path.add(id);
            next = Lifecycle.replacement(next.get()).flatMap(site::find);
        }
        return Optional.empty();
    }

    /**
     * A retirement dated later than today has not happened yet, and the page would state it as done ("Superseded … on 1
     * May 2031"), as a tombstone's date would. Today is the latest day anywhere on earth (UTC+14), so a date that is
     * today somewhere passes; only the error reads the clock, and the output never holds today's date.
     */
    private static void future(Record r, State state, Problems problems) {
        if (!(r.role(Role.LIFECYCLE_DATE).orElse(null) instanceof FieldValue.DateValue date)) return;
        java.time.LocalDate now = java.time.LocalDate.now(java.time.ZoneOffset.ofHours(14));
        if (!new accord.schema.PartialDate(now.getYear(), now.getMonthValue(), now.getDayOfMonth()).surelyBefore(date.date())) return;
        problems.error(date.position(), name(r, Role.LIFECYCLE_DATE) + ": " + date.date().display() + " is later than today"
                + " (write the day the record was " + state.word() + ")");
    }

    /** The retired states the record's lifecycle field can say, in its words: "superseded or withdrawn". */
    private static String retiredWords(Record r, String joiner) {
        List<String> values = r.collection().roleField(Role.LIFECYCLE)
                .filter(f -> f.type() instanceof accord.schema.FieldType.EnumType)
                .map(f -> ((accord.schema.FieldType.EnumType) f.type()).values()).orElse(List.of());
        List<String> words = java.util.stream.Stream.of(State.SUPERSEDED, State.WITHDRAWN).map(State::word)
                .filter(values::contains).toList();
        return String.join(joiner, words);
    }

    private static String name(Record r, Role role) {
        return r.collection().roleField(role).map(f -> f.name()).orElse(role.spelling());
    }

    private static SourcePosition at(Record r, Role role) {
        return r.role(role).map(FieldValue::position).orElse(SourcePosition.of(r.source().path()));
    }
}
