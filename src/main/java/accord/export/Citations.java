package accord.export;

import accord.model.Record;
import accord.model.Site;
import accord.text.Json;
import accord.text.Utf8Buffer;
import java.nio.charset.StandardCharsets;

/**
 * A record page cited as a web page, in BibTeX, RIS and CSL-JSON: its title, the portal as container, its publisher
 * and date as the page's own {@code citation_publisher} and {@code citation_date} give them (site.yml's publisher, else
 * the site's title; {@link Record#citedDate}, left out when a date basis qualifies it), its address, and what kind of
 * record it is, in the theme's words of the default language ({@code citation_note}). No access date is written (that would make every build different); reference managers add their own.
 */
public final class Citations {
    private Citations() {
    }

    /** The BibTeX entry, keyed by the record's key ({@link RecordKeys}), which a rename does not change. */
    public static byte[] bibtex(Record r, Site site, Links links, RecordKeys keys, String note) {
        StringBuilder sb = new StringBuilder(512);
        // The record's key (collection-slug, or its id where another record has that key): a key names one entry.
        sb.append("@misc{").append(keys.key(r)).append(",\n")
                .append("  title = {{").append(bib(r.title())).append("}},\n")
                .append("  organization = {").append(bib(site.config().title())).append("},\n")
                .append("  publisher = {").append(bib(site.config().citedPublisher())).append("},\n");
        r.citedDate().ifPresent(d -> sb.append("  year = {").append(year(d)).append("},\n")
                .append("  date = {").append(d.iso()).append("},\n"));
        address(r, site, links).map(Citations::bibUrl).ifPresent(u -> sb.append("  howpublished = {\\url{").append(u)
                .append("}},\n").append("  url = {").append(u).append("},\n"));
        sb.append("  note = {").append(bib(note(r, note))).append("}\n").append("}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The RIS record, its {@code ID} the record's key as BibTeX has it, so a library that holds both keeps one entry. */
    public static byte[] ris(Record r, Site site, Links links, RecordKeys keys, String note) {
        StringBuilder sb = new StringBuilder(256);
        line(sb, "TY", "ELEC");
        line(sb, "ID", keys.key(r));
        line(sb, "TI", r.title());
        line(sb, "T2", site.config().title());
        line(sb, "PB", site.config().citedPublisher());
        r.citedDate().ifPresent(d -> {
            line(sb, "PY", year(d));
            // RIS's date: year/month/day/, a part not known left empty.
            line(sb, "DA", year(d) + "/" + (d.hasMonth() ? two(d.month()) : "") + "/" + (d.hasDay() ? two(d.day()) : "") + "/");
        });
        address(r, site, links).ifPresent(u -> line(sb, "UR", u));
        line(sb, "N1", note(r, note));
        line(sb, "ER", "");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The record page's absolute address; empty when the base URL is only a path (a reference manager would keep
     * {@code /sessions/x/} as the cited address, which leads nowhere), as the page's own citation leaves it out.
     */
    private static java.util.Optional<String> address(Record r, Site site, Links links) {
        return site.config().absolute(links.page(r.id()));
    }

    /**
     * The same bytes as {@code Json.write} gives for a list of one map of these members. Its {@code id} is the record's
     * lasting id ({@link RecordKeys#id}), which a rename does not change.
     */
    public static byte[] cslJson(Record r, Site site, Links links, RecordKeys keys, String note) {
        Utf8Buffer out = DataJson.scratch();
        Json.Writer w = new Json.Writer(out, true);
        w.beginArray().beginObject();
        w.name("id").value(keys.id(r));
        w.name("type").value("webpage");
        w.name("title").value(r.title());
        w.name("container-title").value(site.config().title());
        w.name("publisher").value(site.config().citedPublisher());
        r.citedDate().ifPresent(d -> {
            w.name("issued").beginObject().name("date-parts").beginArray().beginArray().value(d.year());
            if (d.hasMonth()) w.value(d.month());
            if (d.hasDay()) w.value(d.day());
            w.endArray().endArray().endObject();
        });
        address(r, site, links).ifPresent(u -> w.name("URL").value(u));
        w.name("note").value(note(r, note));
        w.endObject().endArray();
        out.ascii('\n');
        return out.toByteArray();
    }

    /** What kind of record {@code r} is, in the theme's words {@code note} ({@code citation_note}: "{singular} record"). */
    private static String note(Record r, String note) {
        return note.replace("{singular}", r.collection().singular());
    }

    /** The year of {@code d} as its ISO form writes it ({@code 2024}, {@code 0800}). */
    private static String year(accord.schema.PartialDate d) {
        String iso = d.iso();
        int dash = iso.indexOf('-', 1);
        return dash < 0 ? iso : iso.substring(0, dash);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** One RIS line; a value is one line, so line breaks (of any kind) become spaces. */
    private static void line(StringBuilder sb, String tag, String value) {
        sb.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
    }

    /** {@code s} on one line: each run of line breaks (CR, LF, U+2028, U+2029, U+0085, VT, FF) a space, then stripped. */
    static String oneLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            if (!lineBreak(s.charAt(i))) {
                if (sb != null) sb.append(s.charAt(i));
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            sb.append(' ');
            while (i + 1 < s.length() && lineBreak(s.charAt(i + 1))) i++;
        }
        return (sb == null ? s : sb.toString()).strip();
    }

    private static boolean lineBreak(char c) {
        return c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000b' || c == '\u000c';
    }

    /**
     * Text inside a BibTeX field: LaTeX's special characters escaped, on one line. A brace becomes the command
     * textbraceleft or textbraceright, not a backslash and the brace: BibTeX (and biber's parser) count every brace,
     * escaped or not, to find where a field ends, so a title with one opening brace would run on into the next field.
     */
    static String bib(String s) {
        String one = oneLine(s);
        StringBuilder sb = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{' -> sb.append("\\textbraceleft{}");
                case '}' -> sb.append("\\textbraceright{}");
                case '$', '&', '%', '#', '_' -> sb.append('\\').append(c);
                case '^' -> sb.append("\\textasciicircum{}");
                case '~' -> sb.append("\\textasciitilde{}");
                default -> sb.append(c < 0x20 ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** An address inside BibTeX's url command: braces and backslashes percent-encoded, % and # escaped. */
    static String bibUrl(String url) {
        return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace("%", "\\%").replace("#", "\\#");
    }
}
