package accord.report;

import accord.report.QualityReport.Caveat;
import accord.report.QualityReport.CollectionFindings;
import accord.report.QualityReport.Duplicate;
import accord.report.QualityReport.EmptyFields;
import accord.report.QualityReport.RecordRef;
import java.util.List;

/**
 * The report as a page of the live preview ({@code /__accord/report}), never written by a build. Every text from
 * content is escaped; links go only to the preview's own record pages (the base URL there is {@code /}), styled by the
 * theme's stylesheet.
 */
public final class ReportPage {
    private ReportPage() {
    }

    public static String of(QualityReport report) {
        int total = report.collections().stream().mapToInt(CollectionFindings::count).sum();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Data quality report</title>\n<meta name=\"robots\" content=\"noindex\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/style.css\">\n")
                .append("<style>.report-scroll{overflow-x:auto;max-width:100%}.report-scroll table{min-width:44rem}.report-scroll caption{text-align:left}</style>\n")
                .append("</head>\n<body>\n<main id=\"main\" class=\"wrap\">\n")
                .append("<h1>Data quality report</h1>\n<p>")
                .append(ReportText.count(report.records(), "record")).append(" in ")
                .append(ReportText.count(report.collections().size(), "collection")).append(", ")
                .append(ReportText.count(total, "finding"))
                .append(". This page is part of the preview only: <code>accord build</code> never writes it."
                        + " <a href=\"/\">Back to the site</a>.</p>\n");
        sb.append("<div class=\"report-scroll\" role=\"region\" aria-labelledby=\"report-caption\" tabindex=\"0\">\n")
                .append("<table>\n<caption id=\"report-caption\">Findings per collection</caption>\n<thead><tr><th scope=\"col\">Collection</th>")
                .append("<th scope=\"col\">Records</th><th scope=\"col\">Not referenced</th><th scope=\"col\">Likely duplicates</th>")
                .append("<th scope=\"col\">No sources</th><th scope=\"col\">Weak sources only</th>")
                .append("<th scope=\"col\">Empty fields</th><th scope=\"col\">Open caveats</th></tr></thead>\n<tbody>\n");
        for (CollectionFindings c : report.collections()) {
            sb.append("<tr><th scope=\"row\"><a href=\"#c-").append(esc(c.name())).append("\">").append(esc(c.title()))
                    .append("</a></th><td>").append(c.records()).append("</td><td>").append(c.unreferenced().size())
                    .append("</td><td>").append(c.duplicates().size()).append("</td><td>")
                    .append(c.sourcesChecked() ? String.valueOf(c.withoutSources().size()) : "not checked").append("</td><td>")
                    .append(c.weakestGrade().isPresent() ? String.valueOf(c.weakSourcesOnly().size()) : "not checked")
                    .append("</td><td>").append(c.emptyFields().size()).append("</td><td>").append(c.caveats().size())
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
        for (CollectionFindings c : report.collections()) {
            sb.append("<section aria-labelledby=\"c-").append(esc(c.name())).append("\">\n<h2 id=\"c-").append(esc(c.name()))
                    .append("\">").append(esc(c.title())).append("</h2>\n");
            if (c.count() == 0 && c.missingTranslations().isEmpty()) sb.append("<p>Nothing to look at.</p>\n");
            refs(sb, "No other record refers to these", c.unreferenced());
            if (!c.duplicates().isEmpty()) {
                sb.append("<h3>Likely duplicates</h3>\n<ul>\n");
                for (Duplicate d : c.duplicates()) {
                    sb.append("<li>\u201c").append(esc(d.name())).append("\u201d: ");
                    for (int i = 0; i < d.records().size(); i++) {
                        if (i > 0) sb.append(", ");
                        link(sb, d.records().get(i));
                    }
                    sb.append("</li>\n");
                }
                sb.append("</ul>\n");
            }
            refs(sb, "No sources", c.withoutSources());
            c.weakestGrade().ifPresent(g -> refs(sb, "Only sources of grade " + g, c.weakSourcesOnly()));
            if (!c.emptyFields().isEmpty()) {
                sb.append("<h3>Expected fields left empty</h3>\n<ul>\n");
                for (EmptyFields e : c.emptyFields()) {
                    e.byPosition().forEach((at, names) -> {
                        sb.append("<li><a href=\"/").append(esc(e.record().href())).append("\">").append(esc(e.record().title()))
                                .append("</a> (<code>").append(esc(at.toString())).append("</code>): ").append(esc(String.join(", ", names)))
                                .append("</li>\n");
                    });
                }
                sb.append("</ul>\n");
            }
            if (!c.caveats().isEmpty()) {
                sb.append("<h3>Open caveats</h3>\n<ul>\n");
                for (Caveat cv : c.caveats()) {
                    sb.append("<li><a href=\"/").append(esc(cv.record().href())).append("\">").append(esc(cv.record().title()))
                            .append("</a> (<code>").append(esc(cv.at().toString())).append("</code>)");
                    if (!cv.field().isEmpty()) sb.append(", ").append(esc(cv.field()));
                    if (!cv.status().isEmpty()) sb.append(", ").append(esc(cv.status()));
                    sb.append(": ").append(esc(ReportText.oneLine(cv.text()))).append("</li>\n");
                }
                sb.append("</ul>\n");
            }
            if (!c.missingTranslations().isEmpty()) {
                sb.append("<h3>Missing translations</h3>\n<ul>\n");
                for (QualityReport.MissingTranslations m : c.missingTranslations()) {
                    sb.append("<li>");
                    link(sb, m.record());
                    sb.append(": ").append(esc(String.join(", ", m.languages()))).append("</li>\n");
                }
                sb.append("</ul>\n");
            }
            sb.append("</section>\n");
        }
        if (report.schemaTranslations().stream().anyMatch(l -> !l.missing().isEmpty())) {
            sb.append("<section aria-labelledby=\"schema-words\">\n<h2 id=\"schema-words\">Schema words with no translation</h2>\n")
                    .append("<p>Their pages show the default language's word; add the key in <code>content/schema.yml</code>.</p>\n");
            for (QualityReport.SchemaTranslations l : report.schemaTranslations()) {
                if (l.missing().isEmpty()) continue;
                sb.append("<h3>").append(esc(ReportText.summary(l))).append("</h3>\n");
                if (l.missing().size() == l.words()) continue;
                sb.append("<ul>\n");
                for (String line : ReportText.schemaLines(l)) sb.append("<li>").append(esc(line)).append("</li>\n");
                sb.append("</ul>\n");
            }
            sb.append("</section>\n");
        }
        return sb.append("</main>\n</body>\n</html>\n").toString();
    }

    /** The page while no model exists (the settings could not be read); the overlay says why. */
    public static String unavailable() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Data quality report</title>\n</head>\n<body>\n<main>\n<h1>Data quality report</h1>\n"
                + "<p>No report yet: the portal's settings could not be read.</p>\n</main>\n</body>\n</html>\n";
    }

    private static void refs(StringBuilder sb, String heading, List<RecordRef> refs) {
        if (refs.isEmpty()) return;
        sb.append("<h3>").append(esc(heading)).append("</h3>\n<ul>\n");
        for (RecordRef r : refs) {
            sb.append("<li>");
            link(sb, r);
            sb.append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    private static void link(StringBuilder sb, RecordRef r) {
        sb.append("<a href=\"/").append(esc(r.href())).append("\">").append(esc(r.title())).append("</a> (<code>")
                .append(esc(r.file())).append("</code>)");
    }

    static String esc(String s) {
        return accord.text.Html.escape(s);
    }
}
