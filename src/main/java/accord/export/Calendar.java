package accord.export;

import accord.lifecycle.Lifecycle;
import accord.model.Record;
import accord.model.Site;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldValue;
import accord.schema.PartialDate;
import accord.schema.Role;
import accord.schema.SchemaOrgTypes;
import accord.text.Utf8Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An iCalendar file (RFC 5545) of the records that are events: those of every collection whose
 * schema.org type ({@code jsonld}) is {@code Event} or a kind of it ({@code ScreeningEvent}, {@code Festival}:
 * {@link SchemaOrgTypes}) and whose {@link Role#DATE} is a whole day. Each is
 * an all-day entry from that date to the field the schema maps to {@code endDate} (or the same day),
 * with the field mapped to {@code location}, the record's address, and its kind. A date the record
 * qualifies with a {@link Role#DATE_BASIS} is marked {@code STATUS:TENTATIVE} and its basis is said in
 * the description. {@code DTSTAMP} (RFC 5545: when the calendar data was last revised, as no {@code METHOD} is given)
 * and {@code LAST-MODIFIED} are the time of the record's last commit ({@link RecordKeys#revised}), never the build's
 * clock, so the same commit gives the same bytes; where the history does not know it (no git, the record changed since
 * its last commit) {@code DTSTAMP} is the start date and {@code LAST-MODIFIED} is left out. The UID is the record's key ({@link RecordKeys}: from its lasting address, so a rename keeps it) at the
 * base URL's host.
 */
public final class Calendar {
    /**
     * The words of an event's description, the theme's in the default language: {@code record} ("{singular} record:
     * {url}", {@code calendar_record}), {@code recordIn} ("{singular} record in {site}.", {@code record_description}, where
     * no absolute address is known) and {@code dateBasis} ("Date basis: {basis} (the exact date is not confirmed).",
     * {@code calendar_date_basis}); and {@code citationNote} ("{singular} record", {@code citation_note}), what a record's
     * citation files ({@link Citations}) say it is.
     */
    public record Words(String record, String recordIn, String dateBasis, String citationNote) {
    }

    private Calendar() {
    }

    /** Whether {@link #ics} has anything to say about the records of {@code c}. */
    public static boolean covers(CollectionDef c) {
        return SchemaOrgTypes.isEvent(c.jsonLdType()) && c.roleField(Role.DATE).isPresent();
    }

    /**
     * Whether {@code r} is a dated event that {@link #ics(Site, Record, Links, RecordKeys)} can put in a calendar: a
     * superseded or withdrawn record ({@link Lifecycle}) is not. Its record was replaced or withdrawn, not the event
     * cancelled (so no {@code STATUS:CANCELLED}, which would tell subscribers that it will not take place): it leaves the
     * calendar as it leaves the lists, a subscriber's calendar drops it, and it has no calendar file of its own.
     */
    public static boolean covers(Record r) {
        return covers(r.collection()) && r.date().filter(PartialDate::hasDay).isPresent() && Lifecycle.current(r);
    }

    /** Every dated event of the portal in one calendar, with the records' {@code keys}. */
    public static byte[] ics(Site site, Links links, RecordKeys keys, Words words) {
        Utf8Buffer out = new Utf8Buffer(1 << 16);
        ics(site, links, keys, RecordParts.none(), words, out);
        return out.toByteArray();
    }

    /** The same into {@code out}, from the records' {@code parts}. */
    public static void ics(Site site, Links links, RecordKeys keys, RecordParts parts, Words words, Utf8Buffer out) {
        StringBuilder sb = new StringBuilder();
        begin(sb, site, site.config().title());
        out.append(sb.toString());
        for (CollectionDef c : site.collections()) {
            if (!covers(c)) continue;
            for (Record r : site.collection(c.name())) {
                if (!covers(r)) continue;
                String key = keys.key(r);
                Optional<Instant> revised = keys.revised(r);
                // A part holds for one UID and one revision: a commit that leaves the file as it was changes the stamp.
                parts.calendarEvent(r, site, key + revised.map(t -> "\0" + t).orElse(""), out, o -> {
                    StringBuilder one = new StringBuilder(512);
                    event(one, site, r, links, key, revised, words);
                    o.append(one.toString());
                });
            }
        }
        out.append("END:VCALENDAR\r\n");
    }

    /** One record's own calendar file, with its one event (the same VEVENT, with the same UID, as in the whole calendar). */
    public static byte[] ics(Site site, Record r, Links links, RecordKeys keys, Words words) {
        StringBuilder sb = new StringBuilder(1024);
        begin(sb, site, r.title());
        event(sb, site, r, links, keys.key(r), keys.revised(r), words);
        line(sb, "END:VCALENDAR");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void begin(StringBuilder sb, Site site, String name) {
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Accord//" + text(site.config().title()) + "//EN");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "X-WR-CALNAME:" + text(name));
    }

    /**
     * One all-day VEVENT. Its address (URL, and in the description) is absolute only when the base URL is; otherwise
     * it is left out, since a calendar program has no page to resolve a relative one against.
     */
    private static void event(StringBuilder sb, Site site, Record r, Links links, String key, Optional<Instant> revised,
                              Words words) {
        PartialDate start = r.date().filter(PartialDate::hasDay).orElseThrow();
        LocalDate from = LocalDate.of(start.year(), start.month(), start.day());
        LocalDate to = mapped(r, "endDate").filter(v -> v instanceof FieldValue.DateValue d && d.date().hasDay())
                .map(v -> ((FieldValue.DateValue) v).date()).map(d -> LocalDate.of(d.year(), d.month(), d.day()))
                .filter(d -> !d.isBefore(from)).orElse(from);
        String base = site.config().baseUrl();
        Optional<String> url = site.config().absolute(links.page(r.id()));
        Optional<String> basis = r.role(Role.DATE_BASIS).map(Cells::plain).filter(s -> !s.isBlank());
        line(sb, "BEGIN:VEVENT");
        // The record's key (collection-slug of its lasting address, or its id where another record has that key), so
        // that no two events share one and a rename does not make the event new to a calendar.
        line(sb, "UID:" + key + "@" + host(base));
        line(sb, "DTSTAMP:" + revised.map(Calendar::utc).orElse(day(from) + "T000000Z"));
        line(sb, "DTSTART;VALUE=DATE:" + day(from));
        line(sb, "DTEND;VALUE=DATE:" + day(to.plusDays(1)));
        line(sb, "SUMMARY:" + text(r.title()));
        List<String> places = new ArrayList<>();
        mapped(r, "location").map(Cells::plain).filter(s -> !s.isBlank()).ifPresent(places::add);
        if (!places.isEmpty()) line(sb, "LOCATION:" + text(String.join(", ", places)));
        String singular = r.collection().singular();
        String description = url.map(u -> words.record().replace("{singular}", singular).replace("{url}", u))
                .orElse(words.recordIn().replace("{singular}", singular).replace("{site}", site.config().title()))
                + basis.map(b -> "\n" + words.dateBasis().replace("{basis}", b)).orElse("");
        line(sb, "DESCRIPTION:" + text(description));
        if (basis.isPresent()) line(sb, "STATUS:TENTATIVE");
        url.ifPresent(u -> line(sb, "URL:" + u));
        revised.ifPresent(t -> line(sb, "LAST-MODIFIED:" + utc(t)));
        line(sb, "END:VEVENT");
    }

    /** The record's value of the first field the schema maps to {@code property}. */
    private static Optional<FieldValue> mapped(Record r, String property) {
        for (Field f : r.collection().fields().values()) {
            if (f.jsonLd().filter(property::equals).isPresent() && r.fields().containsKey(f.name())) {
                return Optional.of(r.fields().get(f.name()));
            }
        }
        return Optional.empty();
    }

    private static String day(LocalDate d) {
        int y = d.getYear();
        if (y < 0) return String.format(java.util.Locale.ROOT, "%04d%02d%02d", y, d.getMonthValue(), d.getDayOfMonth());
        StringBuilder sb = new StringBuilder(8);
        if (y < 1000) sb.append(y < 10 ? "000" : y < 100 ? "00" : "0");
        sb.append(y);
        if (d.getMonthValue() < 10) sb.append('0');
        sb.append(d.getMonthValue());
        if (d.getDayOfMonth() < 10) sb.append('0');
        return sb.append(d.getDayOfMonth()).toString();
    }

    /** A DATE-TIME in UTC ({@code 20260301T101500Z}), the form DTSTAMP and LAST-MODIFIED must take. */
    static String utc(Instant t) {
        java.time.LocalDateTime d = java.time.LocalDateTime.ofInstant(t, java.time.ZoneOffset.UTC);
        return String.format(java.util.Locale.ROOT, "%sT%02d%02d%02dZ", day(d.toLocalDate()), d.getHour(), d.getMinute(), d.getSecond());
    }

    private static String host(String baseUrl) {
        try {
            String h = java.net.URI.create(baseUrl).getHost();
            return h == null ? "accord.invalid" : h;
        } catch (IllegalArgumentException e) {
            return "accord.invalid";
        }
    }

    /**
     * A TEXT value: backslash, semicolon and comma escaped, line breaks ({@code \r\n}, {@code \r}, {@code \n},
     * U+2028, U+2029, U+0085) as {@code \n}, other control characters as spaces.
     */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\r' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                    sb.append("\\n");
                }
                case '\n', '\u2028', '\u2029', '\u0085' -> sb.append("\\n");
                default -> sb.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** One content line, folded so that no line is longer than 75 octets (RFC 5545 3.1), never inside a character. */
    static void line(StringBuilder sb, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            char c = content.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < content.length() && Character.isLowSurrogate(content.charAt(i + 1));
            // The octets of the character in UTF-8; a surrogate without its other half is written as '?'.
            int n = pair ? 4 : c < 0x80 || Character.isSurrogate(c) ? 1 : c < 0x800 ? 2 : 3;
            if (octets + n > limit) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.append(c);
            if (pair) sb.append(content.charAt(i + 1));
            octets += n;
            i += pair ? 2 : 1;
        }
        sb.append("\r\n");
    }
}
