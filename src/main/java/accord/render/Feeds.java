package accord.render;

import accord.model.Record;
import accord.model.Site;
import accord.schema.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The Atom feed (records placed in time by their {@code date} role, newest first) and the sitemap. */
final class Feeds {
    /** How many records the feed carries. */
    static final int FEED_SIZE = 50;

    private Feeds() {
    }

    static String atom(Site site) {
        List<Record> dated = new ArrayList<>();
        for (Record r : site.records().values()) {
            if (r.date().isPresent()) dated.add(r);
        }
        dated.sort(Comparator.comparing((Record r) -> r.date().get()).reversed().thenComparing(Record::id));
        String base = site.config().baseUrl();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        sb.append("  <title>").append(xml(site.config().title())).append("</title>\n");
        sb.append("  <id>").append(xml(base)).append("</id>\n");
        sb.append("  <link rel=\"alternate\" href=\"").append(xml(base)).append("\"/>\n");
        sb.append("  <link rel=\"self\" href=\"").append(xml(base)).append("feed.xml\"/>\n");
        sb.append("  <updated>").append(dated.isEmpty() ? "1970-01-01T00:00:00Z" : atomDate(dated.get(0).date().get()))
                .append("</updated>\n");
        for (Record r : dated.subList(0, Math.min(FEED_SIZE, dated.size()))) {
            String url = base + Routes.record(r.id());
            sb.append("  <entry>\n    <title>").append(xml(r.title())).append("</title>\n");
            sb.append("    <id>").append(xml(url)).append("</id>\n");
            sb.append("    <link href=\"").append(xml(url)).append("\"/>\n");
            sb.append("    <updated>").append(atomDate(r.date().get())).append("</updated>\n");
            sb.append("    <author><name>").append(xml(site.config().title())).append("</name></author>\n");
            // A date the sources only bound says so in words: <updated> cannot carry the qualifier.
            String qualified = r.dateBasis().isPresent() ? ". Date: " + r.dateForReaders().orElse("") : "";
            sb.append("    <summary>").append(xml(r.collection().singular() + ": " + r.title() + qualified)).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    /** Every page of the plan that is a folder's index, at its clean URL, sorted. */
    static String sitemap(Site site, PagePlan plan) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        plan.entries().keySet().stream().filter(p -> p.equals("index.html") || p.endsWith("/index.html"))
                .filter(p -> translated(site, plan.entries().get(p))).sorted()
                .forEach(p -> sb.append("  <url><loc>").append(xml(site.config().baseUrl()
                        + p.substring(0, p.length() - "index.html".length()))).append("</loc></url>\n"));
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

    private static String atomDate(PartialDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02dT00:00:00Z", d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
