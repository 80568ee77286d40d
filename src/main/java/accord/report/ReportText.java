package accord.report;

import accord.report.QualityReport.Caveat;
import accord.report.QualityReport.CollectionFindings;
import accord.report.QualityReport.Duplicate;
import accord.report.QualityReport.EmptyFields;
import accord.report.QualityReport.RecordRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                    e.byPosition().forEach((at, names) -> sb.append("    ").append(at).append(": ")
                            .append(String.join(", ", names)).append('\n'));
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
        schemaWords(sb, report.schemaTranslations());
        return sb.toString();
    }

    /** What the report says of the schema's words with no translation; a heading, then a line per language. */
    static final String SCHEMA_WORDS = "schema words with no translation (their pages show the default language's word;"
            + " add the key in content/schema.yml)";

    /**
     * The schema's words with no translation, per language: a line per collection or field, at its line in schema.yml,
     * with the keys to add and the words pages show meanwhile; a language with none of them translated in one line.
     */
    private static void schemaWords(StringBuilder sb, List<QualityReport.SchemaTranslations> languages) {
        if (languages.stream().allMatch(l -> l.missing().isEmpty())) return;
        sb.append('\n').append(SCHEMA_WORDS).append(":\n");
        for (QualityReport.SchemaTranslations l : languages) {
            if (l.missing().isEmpty()) continue;
            sb.append("  ").append(summary(l)).append('\n');
            if (l.missing().size() == l.words()) continue;
            for (String line : schemaLines(l)) sb.append("    ").append(line).append('\n');
        }
    }

    /** {@code ru: 5 of 182 words}, or for a language the schema does not translate at all, that and what to add. */
    static String summary(QualityReport.SchemaTranslations l) {
        String lang = l.language();
        if (l.missing().size() == l.words()) {
            return lang + ": none of its " + count(l.words(), "word") + " (add title_" + lang + ", singular_" + lang + ", label_"
                    + lang + " and the like)";
        }
        return lang + ": " + l.missing().size() + " of " + count(l.words(), "word");
    }

    /**
     * One line per collection or field that lacks words in {@code l}'s language, in schema.yml's order: {@code
     * content/schema.yml:115:7: field kind: label_ru (Kind); labels_ru for conference (Conference), summit (Summit)}.
     */
    static List<String> schemaLines(QualityReport.SchemaTranslations l) {
        Map<String, List<QualityReport.MissingWord>> byPlace = new LinkedHashMap<>();
        for (QualityReport.MissingWord w : l.missing()) {
            byPlace.computeIfAbsent(w.at() + ": " + w.place(), k -> new ArrayList<>()).add(w);
        }
        List<String> lines = new ArrayList<>();
        byPlace.forEach((place, words) -> {
            StringBuilder sb = new StringBuilder(place).append(": ");
            String lastKey = null;
            for (QualityReport.MissingWord w : words) {
                if (w.key().equals(lastKey)) {
                    sb.append(", ");
                } else {
                    if (lastKey != null) sb.append("; ");
                    sb.append(w.key()).append(w.value().isEmpty() ? " " : " for ");
                }
                if (!w.value().isEmpty()) sb.append(w.value()).append(' ');
                sb.append('(').append(oneLine(w.word())).append(')');
                lastKey = w.key();
            }
            lines.add(sb.toString());
        });
        return lines;
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
