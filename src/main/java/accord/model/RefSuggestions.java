package accord.model;

import accord.content.RecordId;
import accord.text.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What a broken reference is compared with, made once per build rather than once per reference: each
 * collection's slugs in order, the records of each slug, every id; and each "did you mean" answer,
 * remembered for the same wrong slug. A portal with 100,000 broken references then costs one suggestion
 * per distinct wrong slug, and after {@value #BUDGET} distinct ones the rest get the plain hint, so the
 * work stays linear in the references (the messages depend only on the records, in their fixed order).
 */
final class RefSuggestions {
    /** Distinct wrong slugs that get a "did you mean" (each compared with every candidate). */
    static final int BUDGET = 1_000;

    private final Set<RecordId> all;
    private final Map<RecordId, Record> records;
    private Map<RecordId, RecordId> former;
    private Map<String, List<String>> slugsByCollection;
    private Map<String, List<RecordId>> idsBySlug;
    private List<String> allIds;
    private final Map<String, String> answered = new HashMap<>();

    /** Every record by id, whose ids are compared with a broken reference and whose former ids ({@link FormerIds}) too. */
    RefSuggestions(Map<RecordId, Record> records) {
        this.all = records.keySet();
        this.records = records;
    }

    /** The record that lists {@code old} among its former ids, if one does. */
    java.util.Optional<Record> movedTo(RecordId old) {
        if (former == null) {
            former = FormerIds.of(records.values());
        }
        RecordId now = former.get(old);
        return now == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(records.get(now));
    }

    /** The slugs of {@code collection}'s records, sorted. */
    List<String> slugs(String collection) {
        index();
        return slugsByCollection.getOrDefault(collection, List.of());
    }

    /** The records, in any collection, whose slug is {@code slug}, sorted. */
    List<RecordId> withSlug(String slug) {
        index();
        return idsBySlug.getOrDefault(slug, List.of());
    }

    /** Every record as {@code collection/slug}, sorted. */
    List<String> allIds() {
        index();
        if (allIds == null) allIds = all.stream().sorted().map(RecordId::toString).toList();
        return allIds;
    }

    /**
     * {@link Suggestions#hint}, remembered per {@code key} (what the candidates are) and wrong slug; where no slug is
     * near, the slugs that {@linkplain Suggestions#startingWith start with it} (a slug typed short).
     */
    String hint(String key, String wrong, Supplier<List<String>> candidates, String fallback) {
        return remembered(key, wrong, () -> {
            List<String> c = candidates.get();
            return Suggestions.nearest(wrong, c).map(s -> " (did you mean '" + s + "'?)").or(() -> {
                List<String> longer = Suggestions.startingWith(wrong, c);
                return longer.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Suggestions.didYouMean(longer, wrong));
            });
        }, fallback);
    }

    /**
     * {@link #hint} for a slug that is a record of another kind: the nearest slug, or else the one that
     * {@linkplain Suggestions#extending goes on from it}.
     */
    String hintForOtherKind(String key, String wrong, Supplier<List<String>> candidates, String fallback) {
        return remembered(key + "\u0000extending", wrong, () -> {
            List<String> c = candidates.get();
            return Suggestions.nearest(wrong, c).or(() -> Suggestions.extending(wrong, c)).map(s -> " (did you mean '" + s + "'?)");
        }, fallback);
    }

    /** The hint {@code nearest} gives (its whole text), remembered; the fallback where it gives none. */
    private String remembered(String key, String wrong, Supplier<java.util.Optional<String>> nearest, String fallback) {
        String k = key + "\u0000" + wrong;
        String found = answered.get(k);
        if (found != null) return found.isEmpty() ? fallback : found;
        if (answered.size() >= BUDGET) return fallback;
        String hint = nearest.get().orElse("");
        answered.put(k, hint);
        return hint.isEmpty() ? fallback : hint;
    }

    private void index() {
        if (slugsByCollection != null) return;
        Map<String, List<String>> slugs = new HashMap<>();
        Map<String, List<RecordId>> ids = new HashMap<>();
        for (RecordId id : new TreeSet<>(all)) {
            slugs.computeIfAbsent(id.collection(), c -> new ArrayList<>()).add(id.slug());
            ids.computeIfAbsent(id.slug(), s -> new ArrayList<>()).add(id);
        }
        slugsByCollection = slugs;
        idsBySlug = ids;
    }
}
