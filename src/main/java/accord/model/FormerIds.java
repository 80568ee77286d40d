package accord.model;

import accord.content.RecordId;
import accord.schema.FieldValue;
import accord.schema.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ids records had before they were renamed or moved, as each record's {@link Role#REDIRECT_FROM} field lists
 * them: an old slug of its own collection ({@code baku-2024}) or the path of an old record page
 * ({@code /sessions/baku-2024/}). A reference or link to such an id is broken, but its record is known: the message
 * names it rather than a neighbour whose slug happens to be spelled alike.
 */
public final class FormerIds {
    private FormerIds() {
    }

    /**
     * Each old id that one of {@code records} lists, with the record that lists it; where two list the same one (an
     * error {@code Redirects} reports), the first in id order. An old id that is still a record of {@code records}
     * is left out.
     */
    public static Map<RecordId, RecordId> of(Collection<Record> records) {
        Map<RecordId, RecordId> former = new HashMap<>();
        java.util.Set<RecordId> current = new java.util.HashSet<>();
        for (Record r : records) current.add(r.id());
        records.stream().sorted(java.util.Comparator.comparing(Record::id)).forEach(r -> {
            Optional<FieldValue> value = r.role(Role.REDIRECT_FROM);
            if (value.isEmpty() || !(value.get() instanceof FieldValue.ListValue list)) return;
            for (FieldValue item : list.items()) {
                oldId(FieldValue.text(item), r.id().collection())
                        .filter(old -> !current.contains(old))
                        .ifPresent(old -> former.putIfAbsent(old, r.id()));
            }
        });
        return former;
    }

    /**
     * The record id an old address names: a bare slug is one of {@code collection}; {@code /c/s/} (or {@code /c/s},
     * {@code /c/s/index.html}) is {@code c/s}. Any other address (another language's page, a path that was never a
     * record's) names none.
     */
    static Optional<RecordId> oldId(String written, String collection) {
        String p = written.strip();
        if (!p.contains("/")) return accord.text.Slugs.isValid(p) ? Optional.of(new RecordId(collection, p)) : Optional.empty();
        if (!p.startsWith("/") || p.startsWith("//")) return Optional.empty();
        p = p.substring(1);
        if (p.endsWith("/index.html")) p = p.substring(0, p.length() - "index.html".length());
        if (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        String[] parts = p.split("/", -1);
        if (parts.length != 2 || !accord.text.Slugs.isValid(parts[1]) || !parts[0].matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return Optional.of(new RecordId(parts[0], parts[1]));
    }
}
