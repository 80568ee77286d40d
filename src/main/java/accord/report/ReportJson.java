package accord.report;

import accord.report.QualityReport.Caveat;
import accord.report.QualityReport.CollectionFindings;
import accord.report.QualityReport.Duplicate;
import accord.report.QualityReport.EmptyFields;
import accord.report.QualityReport.RecordRef;
import accord.text.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report for tools ({@code accord report --format json}); README documents the shape. A record is
 * {@code {id, title, file, href}}, {@code href} relative to the site's root.
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static String of(QualityReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("records", report.records());
        root.put("findings", report.collections().stream().mapToInt(CollectionFindings::count).sum());
        List<Object> collections = new ArrayList<>();
        for (CollectionFindings c : report.collections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("title", c.title());
            m.put("records", c.records());
            m.put("findings", c.count());
            m.put("unreferenced", refs(c.unreferenced()));
            List<Object> dups = new ArrayList<>();
            for (Duplicate d : c.duplicates()) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("name", d.name());
                dm.put("records", refs(d.records()));
                dups.add(dm);
            }
            m.put("duplicates", dups);
            m.put("without_sources", c.sourcesChecked() ? refs(c.withoutSources()) : null);
            m.put("weakest_grade", c.weakestGrade().orElse(null));
            m.put("weak_sources_only", c.weakestGrade().isPresent() ? refs(c.weakSourcesOnly()) : null);
            List<Object> empty = new ArrayList<>();
            for (EmptyFields e : c.emptyFields()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("record", ref(e.record()));
                em.put("fields", e.names());
                List<Object> positions = new ArrayList<>();
                for (QualityReport.EmptyField f : e.fields()) {
                    Map<String, Object> pm = new LinkedHashMap<>();
                    pm.put("field", f.name());
                    pm.put("line", f.at().line());
                    pm.put("column", f.at().column());
                    positions.add(pm);
                }
                em.put("positions", positions);
                empty.add(em);
            }
            m.put("empty_fields", empty);
            List<Object> caveats = new ArrayList<>();
            for (Caveat cv : c.caveats()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("record", ref(cv.record()));
                cm.put("line", cv.at().line());
                cm.put("column", cv.at().column());
                cm.put("field", cv.field());
                cm.put("status", cv.status());
                cm.put("text", cv.text());
                caveats.add(cm);
            }
            m.put("open_caveats", caveats);
            List<Object> untranslated = new ArrayList<>();
            for (QualityReport.MissingTranslations mt : c.missingTranslations()) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("record", ref(mt.record()));
                tm.put("languages", List.copyOf(mt.languages()));
                untranslated.add(tm);
            }
            m.put("missing_translations", untranslated);
            collections.add(m);
        }
        root.put("collections", collections);
        List<Object> languages = new ArrayList<>();
        for (QualityReport.SchemaTranslations l : report.schemaTranslations()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("language", l.language());
            lm.put("words", l.words());
            List<Object> missing = new ArrayList<>();
            for (QualityReport.MissingWord w : l.missing()) {
                Map<String, Object> wm = new LinkedHashMap<>();
                wm.put("line", w.at().line());
                wm.put("column", w.at().column());
                wm.put("place", w.place());
                wm.put("key", w.key());
                wm.put("value", w.value());
                wm.put("word", w.word());
                missing.add(wm);
            }
            lm.put("missing", missing);
            languages.add(lm);
        }
        root.put("schema_translations", languages);
        return Json.write(root);
    }

    private static List<Object> refs(List<RecordRef> refs) {
        List<Object> out = new ArrayList<>();
        refs.forEach(r -> out.add(ref(r)));
        return out;
    }

    private static Map<String, Object> ref(RecordRef r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("title", r.title());
        m.put("file", r.file());
        m.put("href", r.href());
        return m;
    }
}
