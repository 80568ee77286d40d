package accord.render;

import accord.content.RecordId;
import accord.content.TranslationFiles;
import accord.history.Commit;
import accord.history.FileChange;
import accord.history.History;
import accord.model.LastingNames;
import accord.model.Record;
import accord.model.Site;
import accord.schema.FieldValue;
import accord.schema.Role;
import accord.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The records' {@link LastingNames} from git's history: each record's first address, the oldest path of its file that
 * the history shows or an old slug its {@code redirect_from} lists; where two records had the same first address, the
 * older keeps it and the newer is named by it and the commit that added it. Used by the feeds' ids here and by the data
 * files' keys (accord.export.RecordKeys), through the build session.
 */
public final class FirstAddresses {
    private FirstAddresses() {
    }

    /** One record's claim to its first address, with the commit that made it (empty: not committed). */
    private record Claim(RecordId current, RecordId first, Optional<Commit> since) {
    }

    /** The lasting names of {@code site}'s records, from {@code history} where it is known. */
    public static LastingNames of(Site site, History history) {
        Map<RecordId, List<Claim>> byFirst = new TreeMap<>();
        for (Record r : site.records().values()) {
            Claim c = claim(r, history);
            byFirst.computeIfAbsent(c.first(), k -> new ArrayList<>(1)).add(c);
        }
        Map<RecordId, LastingNames.Name> names = new HashMap<>();
        // Earliest first commit first; a record not committed yet last; two commits of one instant by their hash.
        Comparator<Claim> older = Comparator.comparing((Claim c) -> c.since().isEmpty())
                .thenComparing(c -> c.since().map(s -> s.date().toInstant()).orElse(java.time.Instant.EPOCH))
                .thenComparing(c -> c.since().map(Commit::hash).orElse(""))
                .thenComparing(Claim::current);
        for (List<Claim> claims : byFirst.values()) {
            claims.sort(older);
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                names.put(c.current(), new LastingNames.Name(c.first(), i == 0 ? "" : c.since().map(Commit::shortHash).orElse("uncommitted")));
            }
        }
        return new LastingNames(names, history.known());
    }

    /**
     * {@code r}'s first address and the commit that gave it. The addresses it is known to have had: the oldest path of
     * its file that git's history shows (following the renames git found), and each old slug its {@code redirect_from}
     * lists (git does not see a rename in a commit that also changes most of a small file: the editor's word does).
     * The first is the one whose file's history begins earliest; an old slug the history does not know (it was
     * renamed before the history begins, or the history is not known) is older than any it knows, the first listed
     * first; the address now, never committed, comes last.
     */
    private static Claim claim(Record r, History history) {
        List<Claim> known = new ArrayList<>();
        firstCommit(r.id(), r.source().path(), history).ifPresent(known::add);
        for (RecordId old : oldIds(r)) {
            Optional<Claim> c = firstCommit(old, accord.content.TranslationFiles.path(old, ""), history);
            if (c.isEmpty()) return new Claim(r.id(), old, Optional.empty());
            known.add(new Claim(r.id(), c.get().first(), c.get().since()));
        }
        return known.stream().min(Comparator.comparing((Claim c) -> c.since().orElseThrow().date().toInstant())
                .thenComparing(c -> c.since().orElseThrow().hash())).orElse(new Claim(r.id(), r.id(), Optional.empty()));
    }

    /** The ids {@code r}'s {@code redirect_from} lists (valid slugs of its collection), in its order. */
    static List<RecordId> oldIds(Record r) {
        List<RecordId> ids = new ArrayList<>();
        if (r.role(Role.REDIRECT_FROM).orElse(null) instanceof FieldValue.ListValue list) {
            for (FieldValue item : list.items()) {
                String slug = FieldValue.text(item).strip();
                if (Slugs.isValid(slug)) ids.add(new RecordId(r.id().collection(), slug));
            }
        }
        return ids;
    }

    /** The first address of the file at {@code path} and the commit that gave it, from the oldest change that names a record's file. */
    private static Optional<Claim> firstCommit(RecordId id, String path, History history) {
        List<FileChange> changes = history.known() ? history.changes(path) : List.of();
        for (int i = changes.size() - 1; i >= 0; i--) {
            Optional<RecordId> first = TranslationFiles.recordFile(changes.get(i).path())
                    .filter(f -> f.language().isEmpty()).map(TranslationFiles.RecordFile::id);
            if (first.isPresent()) return Optional.of(new Claim(id, first.get(), Optional.of(changes.get(i).commit())));
        }
        return Optional.empty();
    }
}
