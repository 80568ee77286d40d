package accord.export;

import accord.model.Record;
import accord.model.Site;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record page cited as a web page, in BibTeX, RIS and CSL-JSON: its title, the portal as container
 * and publisher, its address, and what kind of record it is. No access date is written (that would
 * make every build different); reference managers add their own.
 */
public final class Citations {
    private Citations() {
    }

    public static String bibtex(Record r, Site site, Links links) {
        String url = site.config().baseUrl() + links.page(r.id());
        String u = bibUrl(url);
        return "@misc{" + r.id().collection() + "-" + r.id().slug() + ",\n"
                + "  title = {{" + bib(r.title()) + "}},\n"
                + "  organization = {" + bib(site.config().title()) + "},\n"
                + "  howpublished = {\\url{" + u + "}},\n"
                + "  url = {" + u + "},\n"
                + "  note = {" + bib(r.collection().singular() + " record") + "}\n"
                + "}\n";
    }

    public static String ris(Record r, Site site, Links links) {
        StringBuilder sb = new StringBuilder();
        line(sb, "TY", "ELEC");
        line(sb, "TI", r.title());
        line(sb, "T2", site.config().title());
        line(sb, "PB", site.config().title());
        line(sb, "UR", site.config().baseUrl() + links.page(r.id()));
        line(sb, "N1", r.collection().singular() + " record");
        line(sb, "ER", "");
        return sb.toString();
    }

    public static String cslJson(Record r, Site site, Links links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("type", "webpage");
        m.put("title", r.title());
        m.put("container-title", site.config().title());
        m.put("publisher", site.config().title());
        m.put("URL", site.config().baseUrl() + links.page(r.id()));
        m.put("note", r.collection().singular() + " record");
        return accord.text.Json.write(List.of(m));
    }

    /** One RIS line; a value is one line, so line breaks (of any kind) become spaces. */
    private static void line(StringBuilder sb, String tag, String value) {
        sb.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u2028\\u2029\\u0085\\u000b\\u000c]+", " ").strip();
    }

    /** Text inside a BibTeX field: LaTeX's special characters escaped, on one line. */
    static String bib(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : oneLine(s).toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '$', '&', '%', '#', '_' -> sb.append('\\').append(c);
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
