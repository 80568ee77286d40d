package accord.export;

import accord.model.Record;
import accord.model.Site;
import accord.schema.CollectionDef;
import accord.schema.Field;
import accord.schema.FieldValue;
import accord.schema.PartialDate;
import accord.schema.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An iCalendar file (RFC 5545) of the records that are events: those of every collection whose
 * schema.org type ({@code jsonld}) is {@code Event} and whose {@link Role#DATE} is a whole day. Each is
 * an all-day entry from that date to the field the schema maps to {@code endDate} (or the same day),
 * with the field mapped to {@code location}, the record's address, and its kind. A date the record
 * qualifies with a {@link Role#DATE_BASIS} is marked {@code STATUS:TENTATIVE} and its basis is said in
 * the description. {@code DTSTAMP} is the start date, not the build time, so the same records give the
 * same bytes.
 */
public final class Calendar {
    static final String EVENT_TYPE = "Event";

    private Calendar() {
    }

    /** Whether {@link #ics} has anything to say about the records of {@code c}. */
    public static boolean covers(CollectionDef c) {
        return c.jsonLdType().equals(EVENT_TYPE) && c.roleField(Role.DATE).isPresent();
    }

    /** Whether {@code r} is a dated event that {@link #ics(Site, Record, Links)} can put in a calendar. */
    public static boolean covers(Record r) {
        return covers(r.collection()) && r.date().filter(PartialDate::hasDay).isPresent();
    }

    /** Every dated event of the portal in one calendar. */
    public static String ics(Site site, Links links) {
        return ics(site, links, RecordParts.none());
    }

    /** The same, from the records' {@code parts}. */
    public static String ics(Site site, Links links, RecordParts parts) {
        StringBuilder sb = new StringBuilder();
        begin(sb, site, site.config().title());
        for (CollectionDef c : site.collections()) {
            if (!covers(c)) continue;
            for (Record r : site.collection(c.name())) {
                if (!covers(r)) continue;
                sb.append(parts.calendarEvent(r, site, () -> {
                    StringBuilder one = new StringBuilder();
                    event(one, site, r, links);
                    return one.toString();
                }));
            }
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    /** One record's own calendar file, with its one event (the same VEVENT, with the same UID, as in the whole calendar). */
    public static String ics(Site site, Record r, Links links) {
        StringBuilder sb = new StringBuilder();
        begin(sb, site, r.title());
        event(sb, site, r, links);
        line(sb, "END:VCALENDAR");
        return sb.toString();
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
    private static void event(StringBuilder sb, Site site, Record r, Links links) {
        PartialDate start = r.date().filter(PartialDate::hasDay).orElseThrow();
        LocalDate from = LocalDate.of(start.year(), start.month(), start.day());
        LocalDate to = mapped(r, "endDate").filter(v -> v instanceof FieldValue.DateValue d && d.date().hasDay())
                .map(v -> ((FieldValue.DateValue) v).date()).map(d -> LocalDate.of(d.year(), d.month(), d.day()))
                .filter(d -> !d.isBefore(from)).orElse(from);
        String base = site.config().baseUrl();
        Optional<String> url = base.startsWith("https://") || base.startsWith("http://")
                ? Optional.of(base + links.page(r.id())) : Optional.empty();
        Optional<String> basis = r.role(Role.DATE_BASIS).map(Cells::plain).filter(s -> !s.isBlank());
        line(sb, "BEGIN:VEVENT");
        line(sb, "UID:" + r.id().collection() + "-" + r.id().slug() + "@" + host(base));
        line(sb, "DTSTAMP:" + day(from) + "T000000Z");
        line(sb, "DTSTART;VALUE=DATE:" + day(from));
        line(sb, "DTEND;VALUE=DATE:" + day(to.plusDays(1)));
        line(sb, "SUMMARY:" + text(r.title()));
        List<String> places = new ArrayList<>();
        mapped(r, "location").map(Cells::plain).filter(s -> !s.isBlank()).ifPresent(places::add);
        if (!places.isEmpty()) line(sb, "LOCATION:" + text(String.join(", ", places)));
        String description = r.collection().singular() + " record" + url.map(u -> ": " + u).orElse(" in " + site.config().title())
                + basis.map(b -> "\nDate basis: " + b + " (the exact date is not confirmed).").orElse("");
        line(sb, "DESCRIPTION:" + text(description));
        if (basis.isPresent()) line(sb, "STATUS:TENTATIVE");
        url.ifPresent(u -> line(sb, "URL:" + u));
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
        return String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String host(String baseUrl) {
        try {
            String h = java.net.URI.create(baseUrl).getHost();
            return h == null ? "accord.invalid" : h;
        } catch (IllegalArgumentException e) {
            return "accord.invalid";
        }
    }

    /** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replaceAll("\r\n|[\r\n\u2028\u2029\u0085]", "\\\\n").replaceAll("[\\x00-\\x08\\x0b-\\x1f\\x7f]", " ");
    }

    /** One content line, folded so that no line is longer than 75 octets (RFC 5545 3.1), never inside a character. */
    static void line(StringBuilder sb, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
    }
}
