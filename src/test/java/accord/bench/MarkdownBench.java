package accord.bench;

import accord.markdown.LinkResolver;
import accord.markdown.MarkdownRenderer;
import accord.problem.Problems;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times rendering every record body of a portal to HTML on one thread, round after round, so a change
 * to {@code accord.markdown} is a measurement: the first round is what a cold JVM pays, the later ones
 * what the optimising compiler makes of it. Links to other records resolve to a fixed address (the
 * body's own work, not the model's). Prints each round's thread CPU time and megabytes of Markdown a second.
 * Usage: {@code MarkdownBench <portal> [rounds]} (default 5).
 */
public final class MarkdownBench {
    private MarkdownBench() {
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]).resolve("content");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String[]> bodies = new ArrayList<>();
        long chars = 0;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) : -1;
                String body = end < 0 ? text : text.substring(end + 5);
                bodies.add(new String[] {body, "content/" + content.relativize(p).toString().replace('\\', '/')});
                chars += body.length();
            }
        }
        MarkdownRenderer markdown = new MarkdownRenderer(false);
        LinkResolver links = path -> Optional.of("/" + path);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long html = 0;
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (String[] body : bodies) html += markdown.render(body[0], body[1], 1, links, new Problems()).html().length();
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("round %d: %.2f s CPU, %.1f MB/s (%d bodies, %.1f M characters)%n", round, seconds,
                    chars / seconds / 1e6, bodies.size(), chars / 1e6);
        }
        System.out.println("HTML written: " + html + " characters");
    }
}
