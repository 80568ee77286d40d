package accord.bench;

import accord.build.DataFiles;
import accord.config.ConfigReader;
import accord.config.SiteConfig;
import accord.content.ContentReader;
import accord.content.RecordId;
import accord.content.TranslationFiles;
import accord.export.RecordParts;
import accord.model.Site;
import accord.model.SiteBuilder;
import accord.model.Translations;
import accord.output.OutputSink;
import accord.problem.Problems;
import accord.render.PageEntry;
import accord.schema.Schema;
import accord.schema.SchemaReader;
import accord.schema.SchemaValidator;
import accord.schema.ValidatedRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * Times the open data files alone: reads a portal's model once, then renders every data file of its page plan
 * ({@code data/**} and {@code datapackage.json}, as a one-off build makes them: no parts kept) into a sink that only
 * counts bytes and sums a CRC-32C of each file (taking the large files as a stream, as the build's sink does), N
 * times on one thread, and prints each run's CPU time (the process's, so the collector's work counts too, and the
 * rendering thread's), what the thread allocated, and the medians.
 * The CRC sum is the same before and after a change that keeps the bytes. Usage:
 * {@code DataBench <portal> [runs] [--write DIR]}: with {@code --write}, one more run (not timed) writes the files
 * under DIR, to compare with a build's {@code site/} by {@code diff -r}.
 *
 * <p>Run it with the test classes and the dependencies on the class path:
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}, then
 * {@code java -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat cp.txt) accord.bench.DataBench PORTAL 7}.
 */
public final class DataBench {
    private DataBench() {
    }

    public static void main(String[] args) throws IOException {
        Path portal = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path writeTo = args.length > 3 && args[2].equals("--write") ? Path.of(args[3]) : null;
        long t0 = System.nanoTime();
        Site site = model(portal);
        List<PageEntry> entries = DataFiles.plan(site).stream().filter(e -> e.kind() == PageEntry.Kind.DATA).toList();
        System.out.printf("model: %d records, %d data files, %.1f s%n", site.records().size(), entries.size(),
                (System.nanoTime() - t0) / 1e9);

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Long> process = new ArrayList<>();
        List<Long> thread = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Counting sink = new Counting();
            Map<String, Long> byKind = new TreeMap<>();
            long p0 = os.getProcessCpuTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long a0 = threads.getCurrentThreadAllocatedBytes();
            for (PageEntry e : entries) {
                long k0 = threads.getCurrentThreadCpuTime();
                DataFiles.write(e, site, RecordParts.none(), sink);
                String subject = e.subject();
                int colon = subject.indexOf(':');
                byKind.merge(colon < 0 ? subject : subject.substring(0, colon), threads.getCurrentThreadCpuTime() - k0, Long::sum);
            }
            long c = threads.getCurrentThreadCpuTime() - c0;
            long p = os.getProcessCpuTime() - p0;
            long a = threads.getCurrentThreadAllocatedBytes() - a0;
            process.add(p);
            thread.add(c);
            allocated.add(a);
            StringBuilder kinds = new StringBuilder();
            byKind.forEach((k, v) -> kinds.append(' ').append(k).append('=').append(v / 1_000_000));
            System.out.printf("run %d: process CPU %d ms, thread CPU %d ms, allocated %d MB; %d files, %d bytes, crc sum %016x;%s%n",
                    run + 1, p / 1_000_000, c / 1_000_000, a >> 20, sink.files, sink.bytes, sink.crcSum, kinds);
        }
        System.out.printf("median of %d: process CPU %d ms, thread CPU %d ms, allocated %d MB%n", runs,
                median(process) / 1_000_000, median(thread) / 1_000_000, median(allocated) >> 20);
        if (writeTo != null) {
            OutputSink disk = accord.output.SiteWriter.stage(writeTo);
            for (PageEntry e : entries) DataFiles.write(e, site, RecordParts.none(), disk);
            disk.commit();
            System.out.println("written under " + writeTo);
        }
    }

    /** The model as a build makes it: settings, every record read and validated, translations attached. */
    private static Site model(Path portal) {
        Problems problems = new Problems();
        ContentReader reader = new ContentReader(portal);
        Schema schema = SchemaReader.read(reader.readYamlFile("schema.yml", problems).orElseThrow(), accord.build.OwnNames.reserved(), problems);
        SiteConfig config = ConfigReader.read(reader.readYamlFile("site.yml", problems), problems);
        // In path order, as the build's session holds them.
        List<String> files = new ArrayList<>(reader.recordFiles(problems));
        Collections.sort(files);
        ValidatedRecord[] validated = new ValidatedRecord[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
            ContentReader.FileRead r = reader.readFile(files.get(i));
            SchemaValidator validator = new SchemaValidator(schema, new Problems(), false);
            boolean translation = TranslationFiles.language(files.get(i)).isPresent();
            validated[i] = r.document().flatMap(d -> translation ? validator.validateTranslation(d) : validator.validate(d)).orElse(null);
        });
        List<ValidatedRecord> records = new ArrayList<>();
        List<ValidatedRecord> translations = new ArrayList<>();
        for (int i = 0; i < validated.length; i++) {
            if (validated[i] != null) (TranslationFiles.language(files.get(i)).isPresent() ? translations : records).add(validated[i]);
        }
        Site site = SiteBuilder.build(schema, config, records, Set.of(), false, problems);
        if (!translations.isEmpty()) {
            Set<RecordId> all = new HashSet<>();
            records.forEach(r -> all.add(r.id()));
            site = site.withTranslations(Translations.attach(site, translations, all, problems));
        }
        if (problems.hasErrors()) throw new IllegalStateException("the portal has errors: " + problems.sorted().get(0));
        return site;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Counts files and bytes, and sums each file's CRC-32C, so two runs (or two versions) can be told apart. */
    private static final class Counting implements OutputSink {
        long files;
        long bytes;
        long crcSum;

        @Override
        public synchronized void write(String path, byte[] content) {
            CRC32C crc = new CRC32C();
            crc.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(content);
            files++;
            bytes += content.length;
            crcSum += crc.getValue();
        }

        /** Taken as it comes, as the build's sink takes the large files. */
        @Override
        public synchronized void write(String path, java.util.function.Consumer<java.io.OutputStream> content) {
            CRC32C crc = new CRC32C();
            crc.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long[] size = {0};
            content.accept(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    crc.update(b, off, len);
                    size[0] += len;
                }
            });
            files++;
            bytes += size[0];
            crcSum += crc.getValue();
        }

        @Override
        public void delete(String path) {
        }

        @Override
        public void commit() {
        }

        @Override
        public void abort() {
        }
    }
}
