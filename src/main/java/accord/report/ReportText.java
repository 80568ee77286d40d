package accord.report;

import accord.report.QualityReport.Caveat;
import accord.report.QualityReport.CollectionFindings;
import accord.report.QualityReport.Duplicate;
import accord.report.QualityReport.EmptyFields;
import accord.report.QualityReport.RecordRef;
import java.util.List;
import java.util.stream.Collectors;

/** The report for people: a line per collection with its counts, then each finding as {@code file: what}. */
public final class ReportText {
    private ReportText() {
    }

    public static String of(QualityReport report) {
        StringBuilder sb = new StringBuilder();
        int total = report.collections().stream().mapToInt(CollectionFindings::count).sum();
        sb.append("data quality report: ").append(count(report.records(), "record")).append(" in ")
                .append(count(report.collections().size(), "collection")).append(", ").append(count(total, "finding"))
                .append('\n');
        for (CollectionFindings c : report.collections()) {
            sb.append('\n').append(c.name()).append(": ").append(count(c.records(), "record")).append(", ")
                    .append(count(c.count(), "finding")).append('\n');
            refs(sb, "no other record refers to these", c.unreferenced());
            if (!c.duplicates().isEmpty()) {
                sb.append("  likely duplicates (the same name under two slugs; merge them, or name each other in the"
                        + " look-alike field):\n");
                for (Duplicate d : c.duplicates()) {
                    sb.append("    \"").append(oneLine(d.name())).append("\": ")
                            .append(d.records().stream().map(ReportText::ref).collect(Collectors.joining(", "))).append('\n');
                }
            }
            refs(sb, "no sources", c.withoutSources());
            c.weakestGrade().ifPresent(g -> refs(sb, "only sources of grade " + g, c.weakSourcesOnly()));
            if (!c.emptyFields().isEmpty()) {
                sb.append("  expected fields left empty (fill them in, or add a caveat saying why they are empty):\n");
                for (EmptyFields e : c.emptyFields()) {
                    sb.append("    ").append(e.record().file()).append(": ").append(String.join(", ", e.fields())).append('\n');
                }
            }
            if (!c.caveats().isEmpty()) {
                sb.append("  open caveats:\n");
                for (Caveat cv : c.caveats()) sb.append("    ").append(caveat(cv)).append('\n');
            }
            if (!c.missingTranslations().isEmpty()) {
                sb.append("  missing translations (write <slug>.<language>.md beside the record):\n");
                for (QualityReport.MissingTranslations m : c.missingTranslations()) {
                    sb.append("    ").append(ref(m.record())).append(": ").append(String.join(", ", m.languages())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void refs(StringBuilder sb, String heading, List<RecordRef> refs) {
        if (refs.isEmpty()) return;
        sb.append("  ").append(heading).append(":\n");
        for (RecordRef r : refs) sb.append("    ").append(ref(r)).append('\n');
    }

    private static String ref(RecordRef r) {
        return r.file() + " (" + oneLine(r.title()) + ")";
    }

    /** {@code content/x.md:12:5: born, Uncertain: Only one source gives it.} */
    static String caveat(Caveat c) {
        StringBuilder sb = new StringBuilder(c.at().toString()).append(": ");
        if (!c.field().isEmpty()) sb.append(c.field()).append(", ");
        if (!c.status().isEmpty()) sb.append(c.status()).append(": ");
        return sb.append(oneLine(c.text())).toString();
    }

    /**
     * Content's text on one line, safe for a terminal: runs of white space (line breaks included) as one space, and
     * control characters (a terminal's escape sequences) and bidirectional overrides, which could rewrite what the
     * editor sees, as U+FFFD.
     */
    static String oneLine(String s) {
        String line = s.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").strip();
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
            sb.append(unsafe ? '\ufffd' : c);
        }
        return sb.toString();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
