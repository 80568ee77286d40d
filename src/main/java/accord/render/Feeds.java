package accord.render;

import accord.model.Record;
import accord.model.Site;
import accord.schema.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The Atom feeds (records placed in time by their {@code date} role, newest first), the site's and each collection's, and the sitemap. */
final class Feeds {
    /** How many records the feed carries. */
    static final int FEED_SIZE = 50;

    private Feeds() {
    }

    /**
     * The feed of one collection's dated records ({@code collection} empty: of every collection's), at
     * {@link Routes#feed}. Each entry's summary is the record's description ({@link PageMeta#description}), with a
     * date its sources only bound said in words (the theme's {@code date_not_confirmed}, in the default language, whose
     * feed it is), since {@code <updated>} cannot carry the qualifier. Without an
     * absolute base URL the links stay relative to the feed (as Atom allows) and the ids are {@code urn:accord:}
     * names of the records, not invented addresses. An entry's id is the record's lasting name ({@link FeedIds}), which a
     * rename does not change; its link goes to where the record is now.
     *
     * <p>An entry's {@code <updated>} is the record's last significant change (RFC 4287 4.2.15): its last commit,
     * {@code lastModified} (as the sitemap's {@code lastmod}), so that an amended record is flagged again by feed readers;
     * where that is not known (no history, never committed, changed since its last commit) it is the record's own date.
     * The feed's own {@code <updated>} is the latest of its entries'. Both come from the commit, never the build's clock.
     */
    static String atom(Site site, String collection, FeedIds ids, java.util.function.Function<Record, String> lastModified,
                       UiStrings strings, Ui ui) {
        // Each record's date found once, not at each of the sort's comparisons (10,000 records: 140,000 of them).
        record Dated(accord.schema.PartialDate date, Record record) {
        }
        List<Dated> keyed = new ArrayList<>();
        for (Record r : collection.isEmpty() ? site.records().values() : site.collection(collection)) {
            r.date().ifPresent(d -> keyed.add(new Dated(d, r)));
        }
        keyed.sort(Comparator.comparing(Dated::date).reversed().thenComparing(d -> d.record().id()));
        List<Record> dated = keyed.stream().map(Dated::record).toList();
        String self = Routes.feed(collection);
        String up = Routes.root(self);
        java.util.Optional<String> base = site.config().absolute("");
        String title = collection.isEmpty() ? site.config().title()
                : site.schema().expect(collection).title() + " — " + site.config().title();
        String home = collection.isEmpty() ? "" : Routes.list(collection);
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        sb.append("  <title>").append(xml(title)).append("</title>\n");
        sb.append("  <id>").append(xml(base.map(b -> b + home).orElse("urn:accord:feed:" + (collection.isEmpty() ? "all" : collection))))
                .append("</id>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(base.map(b -> b + home).orElse(up + home)))
                .append("\"/>\n");
        sb.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(xml(base.map(b -> b + self).orElse(up + self))).append("\"/>\n");
        List<Record> shown = dated.subList(0, Math.min(FEED_SIZE, dated.size()));
        List<String> updated = new ArrayList<>(shown.size());
        String latest = "1970-01-01T00:00:00Z";
        java.time.Instant latestAt = java.time.Instant.EPOCH;
        for (Record r : shown) {
            String when = lastModified.apply(r);
            if (when.isEmpty()) when = atomDate(r.date().get());
            updated.add(when);
            java.time.Instant at = instant(when);
            // The latest instant; of two alike, the one written first (newest record first), so the bytes do not vary.
            if (updated.size() == 1 || at.isAfter(latestAt)) {
                latest = when;
                latestAt = at;
            }
        }
        sb.append("  <updated>").append(latest).append("</updated>\n");
        sb.append("  <author><name>").append(xml(site.config().citedPublisher())).append("</name></author>\n");
        for (int i = 0; i < shown.size(); i++) {
            Record r = shown.get(i);
            String href = base.map(b -> b + Routes.record(r.id())).orElse(up + Routes.record(r.id()));
            sb.append("  <entry>\n    <title>").append(xml(r.title())).append("</title>\n");
            sb.append("    <id>").append(xml(ids.id(r, base))).append("</id>\n");
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(href)).append("\"/>\n");
            sb.append("    <updated>").append(updated.get(i)).append("</updated>\n");
            sb.append("    <category term=\"").append(xml(r.id().collection())).append("\" label=\"")
                    .append(xml(r.collection().singular())).append("\"/>\n");
            // A date its basis qualifies, in the default language's words, as the JSON-LD says it.
            String qualified = r.dateBasis().isPresent() && r.collection().roleField(accord.schema.Role.DATE).isPresent()
                    ? " " + JsonLd.dateNotConfirmed(r, r.collection().roleField(accord.schema.Role.DATE).get(), r.dateBasis().get(),
                    strings, ui) + "." : "";
            sb.append("    <summary>").append(xml(PageMeta.description(r, site.config().title(), strings.word("", "record_description")) + qualified))
                    .append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    /** Every page of the plan that is a folder's index, at its clean URL, sorted. */
    /**
     * The sitemap: every page but redirects and missing translations, each with {@code lastmod} where
     * {@code lastModified} knows one (a record's last commit; empty when its history is not known).
     */
    static String sitemap(Site site, PagePlan plan, java.util.function.Function<PageEntry, String> lastModified) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        // A redirect page (issue 10) is an old address, not a page to index; a tombstone says a page is gone.
        plan.entries().values().stream().filter(e -> e.kind() != PageEntry.Kind.REDIRECT && e.kind() != PageEntry.Kind.TOMBSTONE)
                .map(PageEntry::path)
                .filter(p -> p.equals("index.html") || p.endsWith("/index.html"))
                .filter(p -> translated(site, plan.entries().get(p))).sorted()
                .forEach(p -> {
                    sb.append("  <url><loc>").append(xml(site.config().baseUrl()
                            + p.substring(0, p.length() - "index.html".length()))).append("</loc>");
                    String lastmod = lastModified.apply(plan.entries().get(p));
                    if (!lastmod.isEmpty()) sb.append("<lastmod>").append(xml(lastmod)).append("</lastmod>");
                    sb.append("</url>\n");
                });
        sb.append("</urlset>\n");
        return sb.toString();
    }

    /** Whether a page exists in its language: a record's page in another language only when the record is translated. */
    private static boolean translated(Site site, PageEntry e) {
        if (e.language().isEmpty() || e.kind() != PageEntry.Kind.RECORD) return true;
        int slash = e.subject().indexOf('/');
        accord.content.RecordId id = new accord.content.RecordId(e.subject().substring(0, slash), e.subject().substring(slash + 1));
        Deps.note(Deps.record(id));
        return site.find(id, e.language()).isPresent();
    }

    /** The instant an {@code <updated>} names; a year RFC 3339 cannot write (as {@link #atomDate} may) as the earliest. */
    private static java.time.Instant instant(String when) {
        try {
            return java.time.OffsetDateTime.parse(when).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.Instant.MIN;
        }
    }

    private static String atomDate(PartialDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02dT00:00:00Z", d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }

    private static final java.util.regex.Pattern NOT_XML = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]");

    /** Text or an attribute value in XML 1.0: markup escaped, and characters XML 1.0 forbids (C0 controls) as spaces. */
    static String xml(String s) {
        return NOT_XML.matcher(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"))
                .replaceAll(" ");
    }
}
