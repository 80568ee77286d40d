package accord.serve;

import accord.portal.Chromium;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures {@code serve}'s two budgets (README, "Live preview"). Not a test: run it by hand.
 *
 * <pre>
 * mvn -B -q -ntp test-compile
 * CP=target/test-classes:target/classes:$(cat cp.txt)   # mvn dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp $CP accord.serve.ServeLatency browser . content/speakers/mikayil-jabbarov.md 30
 * java -cp $CP accord.bench.PortalGenerator /tmp/p10k 10000
 * java -cp $CP accord.serve.ServeLatency disk /tmp/p10k content/sessions/session-00042.md 30
 * </pre>
 *
 * {@code browser}: the portal is copied to a temporary folder and served; headless Chromium has the record's page
 * open; each round appends a word to the record's title, saves, and waits for the page to reload with it. The time
 * is from the save to the end of the new page's response in the browser (both clocks are this machine's).
 * {@code disk}: the portal is served in place of a copy as well; each round edits the record and takes the time
 * from the watcher's first event to the update's commit (the pages on disk), and from the save to it; and from the
 * first event to the record's own page on disk (published before the rest of the update).
 */
public final class ServeLatency {
    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path portal = copy(Path.of(args[1]));
        String record = args[2];
        int rounds = Integer.parseInt(args[3]);
        StringWriter log = new StringWriter();
        try (Preview preview = Preview.start(portal, false, 0, new PrintWriter(log, true))) {
            if (mode.equals("browser")) browser(preview, portal, record, rounds);
            else disk(preview, portal, record, rounds);
        } finally {
            delete(portal);
        }
    }

    private static void browser(Preview preview, Path portal, String record, int rounds) throws Exception {
        String page = record.replaceFirst("^content/", "").replaceFirst("\\.md$", "/");
        ChromeDriver driver = Chromium.start();
        try {
            JavascriptExecutor js = driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(2));
            driver.get(preview.url() + page);
            Path file = portal.resolve(record);
            String original = Files.readString(file);
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i <= rounds; i++) {
                wait.until(d -> (Boolean) js.executeScript("return window.accordPreview.events.readyState === 1;"));
                js.executeScript("window.accordTestMarker = 1;");
                Thread.sleep(100);
                String word = "Edit" + i;
                long saved = System.currentTimeMillis();
                Files.writeString(file, original.replaceFirst("(?m)^title: \"?([^\"\\n]*)\"?$", "title: \"$1 " + word + "\""));
                wait.until(d -> js.executeScript("return window.accordTestMarker;") == null
                        && d.findElement(By.tagName("h1")).getText().endsWith(word));
                double responseEnd = ((Number) js.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                        + "return performance.timeOrigin + n.responseEnd;")).doubleValue();
                if (i > 0) ms.add(responseEnd - saved); // round 0 warms up
            }
            report("save to new page in the browser", ms);
        } finally {
            driver.quit();
        }
    }

    private static void disk(Preview preview, Path portal, String record, int rounds) throws Exception {
        BlockingQueue<Preview.Round> done = new LinkedBlockingQueue<>();
        preview.onRound(done::add);
        Path file = portal.resolve(record);
        String original = Files.readString(file);
        List<Double> fromEvent = new ArrayList<>();
        List<Double> fromSave = new ArrayList<>();
        List<Double> pageFromEvent = new ArrayList<>();
        List<Map<String, Long>> stages = new ArrayList<>();
        for (int i = 0; i <= rounds; i++) {
            Thread.sleep(150);
            long saved = System.nanoTime();
            Files.writeString(file, original.replaceFirst("(?m)^title: \"?([^\"\\n]*)\"?$", "title: \"$1 Edit" + i + "\""));
            Preview.Round r = done.poll(60, TimeUnit.SECONDS);
            if (r == null || !r.update().result().ok()) throw new IllegalStateException("no good round: " + r);
            if (i == 0) continue;
            fromEvent.add((r.doneNanos() - r.firstEventNanos()) / 1e6);
            fromSave.add((r.doneNanos() - saved) / 1e6);
            // The saved record's page, published before the rest when nothing stands in the way.
            long page = r.publishedNanos() != 0 ? r.publishedNanos() : r.doneNanos();
            pageFromEvent.add((page - r.firstEventNanos()) / 1e6);
            stages.add(r.update().result().stageMillis());
            if (i == rounds) System.out.println("files written by the last round: " + r.update().written().size());
        }
        report("file event to pages on disk (includes the " + Preview.QUIET_MILLIS + " ms quiet period)", fromEvent);
        report("save to pages on disk", fromSave);
        report("file event to the record's own page on disk (includes the quiet period)", pageFromEvent);
        List<String> names = new ArrayList<>(stages.get(0).keySet());
        StringBuilder sb = new StringBuilder("median ms by stage of update():");
        for (String n : names) {
            List<Double> v = stages.stream().map(m -> (double) m.getOrDefault(n, 0L)).toList();
            sb.append(' ').append(n).append(' ').append(median(v));
        }
        System.out.println(sb);
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("%s: median %.0f ms, p90 %.0f ms, min %.0f, max %.0f (%d rounds)%n", what, median(sorted),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static Path copy(Path portal) throws IOException {
        Path to = Files.createTempDirectory("accord-latency-");
        for (String part : List.of("content", "templates")) {
            Path from = portal.resolve(part);
            if (!Files.isDirectory(from)) continue;
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path target = to.resolve(portal.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
