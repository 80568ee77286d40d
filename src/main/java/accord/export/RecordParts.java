package accord.export;

import accord.content.RecordId;
import accord.content.SourceDocument;
import accord.model.Record;
import accord.model.Site;
import accord.text.Json;
import accord.text.Utf8Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Each record's part of the collection-wide data files (its compact JSON, its CSV row, its calendar event), kept so
 * that the files of many records are put together rather than written out again: across a live
 * session's updates, only the records whose files changed are written again. A part holds as long as the record's
 * source file and its translations' files are the same objects (a file read again is a new one);
 * everything else a part shows (the schema, the settings, addresses) changes only with a change
 * that starts a new {@code RecordParts}.
 *
 * <p>Parts are kept as UTF-8 bytes: half the memory of a String that holds one typographic quote, and nothing to
 * encode again. A one-off build keeps none ({@link #none}): each record's JSON is written straight into the file being
 * made, once for its collection's file and once for {@code portal.json}. Keeping them for the second use would hold
 * up to every record's part (60 MB at 10,000 records) for a saving of a few hundred milliseconds of CPU.
 */
public final class RecordParts {
    /** A record's part in UTF-8, with the files it was made from. */
    private record Part(SourceDocument source, List<SourceDocument> translations, String key, byte[] bytes) {
    }

    private final boolean keep;
    private final Map<RecordId, Part> json = new ConcurrentHashMap<>();
    private final Map<RecordId, Part> csv = new ConcurrentHashMap<>();
    private final Map<RecordId, Part> ics = new ConcurrentHashMap<>();

    private RecordParts(boolean keep) {
        this.keep = keep;
    }

    /** Parts kept for as long as this object lives. */
    public static RecordParts kept() {
        return new RecordParts(true);
    }

    /** Parts made each time they are asked for. */
    public static RecordParts none() {
        return new RecordParts(false);
    }

    /** Whether parts are kept. */
    public boolean keeps() {
        return keep;
    }

    /**
     * Writes {@code r}'s JSON into {@code w}: kept, the part made before (or made now with {@code make}, into a buffer
     * of its own, and kept); not kept, {@code make} writes straight into {@code w}.
     */
    void json(Record r, Site site, String lastingId, Json.Writer w, Consumer<Json.Writer> make) {
        if (!keep) {
            make.accept(w);
            return;
        }
        // The lasting id changes with the history (a rename's commit) while the file stays: a part holds for one.
        w.raw(part(json, r, site, lastingId, out -> make.accept(new Json.Writer(out, false))));
    }

    /** Writes {@code r}'s CSV row into {@code out}, kept or made as {@link #json} does (for one {@code lastingId}). */
    void csvRow(Record r, Site site, String lastingId, Utf8Buffer out, Consumer<Utf8Buffer> make) {
        if (!keep) make.accept(out);
        else out.append(part(csv, r, site, lastingId, make));
    }

    /**
     * Writes {@code r}'s calendar event into {@code out}, kept or made as {@link #json} does. Its UID is the record's
     * {@code key} ({@link RecordKeys}), which another record coming or going can change, and its stamp the record's last
     * commit, which a commit changes without the file: a part holds for one {@code key}, which says both.
     */
    void calendarEvent(Record r, Site site, String key, Utf8Buffer out, Consumer<Utf8Buffer> make) {
        if (!keep) make.accept(out);
        else out.append(part(ics, r, site, key, make));
    }

    private byte[] part(Map<RecordId, Part> parts, Record r, Site site, String key, Consumer<Utf8Buffer> make) {
        List<SourceDocument> translations = translations(r, site);
        Part p = parts.get(r.id());
        if (p != null && p.source() == r.source() && same(p.translations(), translations) && p.key().equals(key)) return p.bytes();
        Utf8Buffer out = new Utf8Buffer(1024);
        make.accept(out);
        byte[] bytes = out.toByteArray();
        parts.put(r.id(), new Part(r.source(), translations, key, bytes));
        return bytes;
    }

    private static List<SourceDocument> translations(Record r, Site site) {
        Map<String, Record> byLang = site.translations().getOrDefault(r.id(), Map.of());
        if (byLang.isEmpty()) return List.of();
        List<SourceDocument> out = new ArrayList<>();
        for (String lang : site.config().otherLanguages()) {
            Record t = byLang.get(lang);
            out.add(t == null ? null : t.source());
        }
        return out;
    }

    private static boolean same(List<SourceDocument> a, List<SourceDocument> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }
}
