package accord.bench;

import accord.history.GitHistory;
import accord.history.History;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The history benchmark (bench/history). {@code stream RECORDS COMMITS} writes a git fast-import stream
 * to standard output: a repository whose first commits add RECORDS record files under content/ (in
 * batches of 100), and whose other commits each amend one to three records, every 40th also renaming
 * one, by eight authors an hour apart. {@code time DIR RUNS} reads DIR's history RUNS times with
 * {@link GitHistory} and prints each time and the median.
 */
public final class HistoryBench {
    private static final String[] COLLECTIONS = {"sessions", "speakers", "declarations", "plans", "organizations"};

    private HistoryBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("stream")) {
            stream(Integer.parseInt(args[1]), Integer.parseInt(args[2]), System.out);
        } else if (args.length == 3 && args[0].equals("time")) {
            time(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            System.err.println("usage: HistoryBench stream RECORDS COMMITS | time DIR RUNS");
            System.exit(2);
        }
    }

    static void stream(int records, int commits, OutputStream raw) throws IOException {
        Random random = new Random(10);
        OutputStream out = new BufferedOutputStream(raw, 1 << 20);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < records; i++) names.add("content/" + COLLECTIONS[i % COLLECTIONS.length] + "/record-" + i + ".md");
        long time = 1_700_000_000L;
        int made = 0;
        int renames = 0;
        for (int c = 1; c <= commits; c++) {
            StringBuilder body = new StringBuilder();
            String subject;
            if (made < records) {
                int to = Math.min(records, made + 100);
                for (int i = made; i < to; i++) file(body, names.get(i), "first version of " + i);
                subject = "Add records " + made + " to " + (to - 1);
                made = to;
            } else {
                int n = 1 + random.nextInt(3);
                StringBuilder which = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    int i = random.nextInt(records);
                    file(body, names.get(i), "version " + c + " of " + i + "\n" + "a line of text ".repeat(20));
                    which.append(k == 0 ? "" : ", ").append(i);
                }
                subject = "Amend records " + which;
                if (c % 40 == 0) {
                    int i = random.nextInt(records);
                    String to = names.get(i).replace(".md", "-r" + (++renames) + ".md");
                    body.append("R ").append(names.get(i)).append(' ').append(to).append('\n');
                    names.set(i, to);
                    subject += "; rename record " + i;
                }
            }
            String who = "Author " + (c % 8);
            time += 3600;
            StringBuilder head = new StringBuilder();
            head.append("commit refs/heads/main\n");
            head.append("author ").append(who).append(" <a").append(c % 8).append("@example.org> ").append(time).append(" +0000\n");
            head.append("committer ").append(who).append(" <a").append(c % 8).append("@example.org> ").append(time).append(" +0000\n");
            data(head, subject);
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body.toString().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        out.flush();
    }

    private static void file(StringBuilder sb, String path, String content) {
        sb.append("M 100644 inline ").append(path).append('\n');
        data(sb, "---\ntitle: \"" + path + "\"\n---\n" + content + "\n");
    }

    private static void data(StringBuilder sb, String text) {
        sb.append("data ").append(text.getBytes(StandardCharsets.UTF_8).length).append('\n').append(text).append('\n');
    }

    static void time(Path dir, int runs) {
        long[] ms = new long[runs];
        History h = null;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            h = new GitHistory(dir).read();
            ms[r] = (System.nanoTime() - start) / 1_000_000;
            System.out.println("run " + (r + 1) + ": " + ms[r] + " ms");
        }
        long changes = h.files().values().stream().mapToLong(List::size).sum();
        Arrays.sort(ms);
        System.out.println("history: " + h.state() + ", " + h.files().size() + " files, " + changes + " file changes; median "
                + ms[runs / 2] + " ms over " + runs + " runs");
    }
}
