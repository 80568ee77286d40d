package accord.bench;

import accord.config.ConfigReader;
import accord.config.SiteConfig;
import accord.content.ContentReader;
import accord.content.RecordId;
import accord.content.TranslationFiles;
import accord.content.YamlNode;
import accord.model.Record;
import accord.model.Site;
import accord.model.SiteBuilder;
import accord.model.Translations;
import accord.problem.Problems;
import accord.render.Routes;
import accord.schema.FieldValue;
import accord.schema.Role;
import accord.schema.Schema;
import accord.schema.SchemaReader;
import accord.schema.SchemaValidator;
import accord.schema.ValidatedRecord;
import accord.search.SearchIndex;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;

/**
 * Times building the search index alone, so a change to {@code accord.search} is a measurement: reads and models a
 * portal once (as a build does, without rendering anything), then builds its index from nothing {@code runs} times
 * and brings it up to date after a one-record title edit {@code updates} times, on a pool of the build's size, and
 * prints the median CPU time of the whole process (every thread, the collector's and the JIT's included) and the
 * wall time of each, with a digest of every index file's path and text, which must not change when only the speed
 * does. Usage: {@code SearchIndexBench <portal> [runs] [updates] [threads]}; the portal is only read.
 *
 * <pre>
 * mvn -B -q -ntp package -DskipTests &amp;&amp; mvn -B -q -ntp test-compile
 * java -cp target/test-classes:target/classes accord.bench.SearchIndexBench /dev/shm/b10k/portal 7 20
 * </pre>
 */
public final class SearchIndexBench {
    private SearchIndexBench() {
    }

    public static void main(String[] args) throws Exception {
        Path portal = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int updates = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(threads);

        long t0 = System.nanoTime();
        Site site = pool.submit(() -> load(portal)).get();
        System.out.printf("model: %d records, %d translated, %.1f s%n", site.records().size(), site.translations().size(),
                (System.nanoTime() - t0) / 1e9);
        BiFunction<Record, String, String> href = (r, lang) -> Routes.record(r.id(), lang, site.config().language());

        List<long[]> full = new ArrayList<>();
        SearchIndex index = null;
        for (int i = 0; i < runs; i++) {
            long cpu = cpu();
            long wall = System.nanoTime();
            index = pool.submit(() -> SearchIndex.build(site, href)).get();
            full.add(new long[] {(cpu() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000});
        }
        System.out.printf("full: median %d ms CPU, %d ms wall over %d runs (CPU %s); %d files, digest %s%n",
                median(full, 0), median(full, 1), runs, column(full, 0), index.files().size(), digest(index));

        // An update: one record's title edited and back again, as an editor saving twice.
        Record edited = site.byCollection().values().stream().flatMap(List::stream)
                .filter(r -> r.collection().roleField(Role.TITLE).isPresent()).findFirst().orElseThrow();
        Site retitled = retitle(site, edited);
        List<long[]> partial = new ArrayList<>();
        int written = 0;
        for (int i = 0; i < updates; i++) {
            Site to = i % 2 == 0 ? retitled : site;
            SearchIndex live = index;
            long cpu = cpu();
            long wall = System.nanoTime();
            written = pool.submit(() -> live.update(to, Optional.of(List.of(edited.id())))).get().size();
            partial.add(new long[] {(cpu() - cpu) / 1000, (System.nanoTime() - wall) / 1000});
        }
        if (updates > 0) {
            System.out.printf("update of %s: median %.1f ms CPU, %.1f ms wall over %d edits, %d files written%n", edited.id(),
                    median(partial, 0) / 1000.0, median(partial, 1) / 1000.0, updates, written);
        }
        if (updates % 2 == 0) System.out.println("after the updates: digest " + digest(index) + " (the same as full's)");
        pool.shutdown();
    }

    /** The portal's model, made as a build makes it (read, validated, translations attached). */
    private static Site load(Path root) {
        ContentReader reader = new ContentReader(root);
        Problems problems = new Problems();
        Optional<YamlNode> schemaYaml = reader.readYamlFile("schema.yml", problems);
        Schema schema = SchemaReader.read(schemaYaml.orElseThrow(), accord.build.OwnNames.reserved(), problems);
        SiteConfig config = ConfigReader.read(reader.readYamlFile("site.yml", problems), problems);
        List<String> files = reader.recordFiles(problems);
        List<ValidatedRecord[]> read = files.parallelStream().map(p -> {
            Problems own = new Problems();
            SchemaValidator validator = new SchemaValidator(schema, own, false);
            boolean translation = TranslationFiles.language(p).isPresent();
            Optional<ValidatedRecord> v = reader.readFile(p).document()
                    .flatMap(d -> translation ? validator.validateTranslation(d) : validator.validate(d));
            return v.map(r -> translation ? new ValidatedRecord[] {null, r} : new ValidatedRecord[] {r, null}).orElse(null);
        }).filter(v -> v != null).toList();
        List<ValidatedRecord> records = new ArrayList<>();
        List<ValidatedRecord> translations = new ArrayList<>();
        for (ValidatedRecord[] v : read) {
            if (v[0] != null) records.add(v[0]);
            else translations.add(v[1]);
        }
        Site site = SiteBuilder.build(schema, config, records, Set.of(), false, problems);
        if (!translations.isEmpty()) {
            Set<RecordId> all = new HashSet<>();
            records.forEach(r -> all.add(r.id()));
            site = site.withTranslations(Translations.attach(site, translations, all, problems));
        }
        if (problems.hasErrors()) throw new IllegalStateException("the portal has errors: " + problems.sorted());
        return site;
    }

    /** {@code site} with {@code r}'s title changed, as the model of an update would be. */
    private static Site retitle(Site site, Record r) {
        String field = r.collection().roleField(Role.TITLE).orElseThrow().name();
        Map<String, FieldValue> fields = new LinkedHashMap<>(r.fields());
        FieldValue.StringValue title = (FieldValue.StringValue) fields.get(field);
        fields.put(field, new FieldValue.StringValue("Edited " + title.value(), title.position()));
        Site changed = SiteBuilder.replace(site, List.of(new ValidatedRecord(r.source(), r.collection(), fields)), false)
                .orElseThrow();
        return changed.withTranslations(site.translations());
    }

    /** CPU time of the whole process, in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long median(List<long[]> rows, int column) {
        List<Long> values = new ArrayList<>();
        rows.forEach(r -> values.add(r[column]));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    private static String column(List<long[]> rows, int column) {
        List<Long> values = new ArrayList<>();
        rows.forEach(r -> values.add(r[column]));
        return values.toString();
    }

    private static String digest(SearchIndex index) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (SearchIndex.IndexFile f : index.files().values()) {
            md.update(f.path().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(f.digest());
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }
}
