package accord.export;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * A record's short key, the name a calendar's UID and a BibTeX entry give it: {@code collection-slug}, as it has
 * always been, where that names one record. Collection names and slugs both hold hyphens, so one key can name two
 * records ({@code news/briefs-2024} and {@code news-briefs/2024} are both {@code news-briefs-2024}); then the record
 * whose collection name is the shorter keeps it, and the other is known by its id, {@code collection/slug}, which no
 * key of the plain form can be (neither part may hold a slash) and no other record has.
 *
 * <p>Whether a record keeps its key depends only on the records of collections whose names are shorter than its own
 * and begin its name: a record in a collection without a hyphen always keeps it, and a collection added beside an
 * older one (a {@code news-briefs} beside {@code news}) never changes the older one's keys.
 */
public final class RecordKeys {
    private RecordKeys() {
    }

    /** {@code r}'s key among the published records of {@code site}. */
    public static String key(Record r, Site site) {
        RecordId id = r.id();
        String plain = id.collection() + "-" + id.slug();
        for (int i = plain.indexOf('-'); i >= 0 && i < id.collection().length(); i = plain.indexOf('-', i + 1)) {
            if (site.find(new RecordId(plain.substring(0, i), plain.substring(i + 1))).isPresent()) return id.toString();
        }
        return plain;
    }

    /**
     * The collections whose records could take {@code collection}'s records' keys: those named like the part of its
     * name before one of its hyphens. A record that comes or goes in one of them can change a key of {@code collection}.
     */
    public static List<String> rivals(String collection, Site site) {
        List<String> out = new ArrayList<>();
        for (int i = collection.indexOf('-'); i >= 0; i = collection.indexOf('-', i + 1)) {
            String shorter = collection.substring(0, i);
            if (site.schema().find(shorter).isPresent()) out.add(shorter);
        }
        return out;
    }
}
