package accord.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a copy of a site against its {@code manifest.json}: every file listed must be there with its size and
 * SHA-256, and no other file may be (but the manifest itself and Accord's folder mark). Reads the manifest as
 * {@link Fixity} writes it, one file a line; refuses a listed path that would lead outside the folder.
 */
public final class Verify {
    private static final Pattern LINE = Pattern.compile(
            "\\s*\\{\"path\":\"((?:[^\"\\\\]|\\\\[\"\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*)\",\"size\":([0-9]{1,18}),\"sha256\":\"([0-9a-f]{64})\"},?\\s*");
    private static final Set<String> IGNORED = Set.of(Fixity.FILE, ".accord-site");

    private Verify() {
    }

    /** What was found: each difference as one line ({@code missing: x}, {@code changed: x (…)}, {@code extra: x}). */
    public record Report(int listed, List<String> differences) {
        public boolean ok() {
            return differences.isEmpty();
        }
    }

    /** Thrown when there is no manifest to check against, or it cannot be read. */
    public static final class ManifestException extends IOException {
        public ManifestException(String message) {
            super(message);
        }
    }

    /**
     * Refuses a manifest that is not, line for line, as {@link Fixity} writes it: its opening lines, one file a line,
     * its closing lines and nothing after them. Anything else in it (text added, a line changed) is a change to the
     * record of the copy, and is named by its line.
     */
    private static void shape(List<String> lines) throws ManifestException {
        List<String> head = List.of("{", "  \"algorithm\": \"SHA-256\",", "  \"files\": [");
        boolean none = lines.size() == 4 && lines.get(2).equals("  \"files\": []");
        List<String> tail = none ? List.of("}") : List.of("  ]", "}");
        int entries = none ? 0 : lines.size() - head.size() - tail.size();
        for (int i = 0; i < Math.min(lines.size(), none ? 2 : head.size()); i++) {
            if (!lines.get(i).equals(head.get(i))) throw notAsWritten(i, head.get(i));
        }
        if (entries < 0) throw notAsWritten(lines.size(), tail.get(tail.size() - 1));
        // From the last line back, so text added at the end is named where it is.
        for (int i = tail.size() - 1; i >= 0; i--) {
            int at = lines.size() - tail.size() + i;
            if (!lines.get(at).equals(tail.get(i))) throw notAsWritten(at, tail.get(i));
        }
    }

    private static ManifestException notAsWritten(int index, String expected) {
        return new ManifestException(Fixity.FILE + ":" + (index + 1) + ": not as Accord writes it (expected '" + expected.strip()
                + "' there; a manifest changed by hand cannot vouch for the files: make it again with 'accord build')");
    }

    public static Report check(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ManifestException("there is no folder " + dir + " (give the folder 'accord build' wrote, such as site)");
        }
        Path manifest = dir.resolve(Fixity.FILE);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            throw new ManifestException("no " + Fixity.FILE + " in " + dir + " (verify checks a folder written by"
                    + " 'accord build', which puts the manifest at its root)");
        }
        Map<String, Fixity.Entry> listed = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        shape(lines);
        for (int i = 3; i < lines.size() - 2; i++) {
            String line = lines.get(i);
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new ManifestException(Fixity.FILE + ":" + (i + 1) + ": not a file entry as Accord writes it"
                        + " ({\"path\":…,\"size\":…,\"sha256\":…})");
            }
            String path = unescape(m.group(1));
            if (!safe(path)) {
                differences.add("unsafe: " + Redirects.printable(path) + " (" + Fixity.FILE + ":" + (i + 1)
                        + " names a path outside the folder; not read)");
                continue;
            }
            // Accord lists each file once; with two entries for one path, the copy could match either of them.
            if (listed.containsKey(path)) {
                throw new ManifestException(Fixity.FILE + ":" + (i + 1) + ": lists " + Redirects.printable(path) + " a second"
                        + " time (Accord lists each file once; a manifest changed by hand cannot vouch for the files: make it"
                        + " again with 'accord build')");
            }
            listed.put(path, Fixity.Entry.of(Long.parseLong(m.group(2)), m.group(3)));
        }
        Set<String> present = new TreeSet<>();
        Path root = dir.toAbsolutePath().normalize();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (!IGNORED.contains(rel)) present.add(rel);
                return FileVisitResult.CONTINUE;
            }
        });
        for (Map.Entry<String, Fixity.Entry> e : listed.entrySet()) {
            Path file = root.resolve(e.getKey());
            if (!present.contains(e.getKey())) {
                differences.add("missing: " + e.getKey());
            } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                differences.add("changed: " + e.getKey() + " (not a plain file)");
            } else {
                long size = Files.size(file);
                String digest = digest(file);
                if (size != e.getValue().size() || !digest.equals(e.getValue().sha256())) {
                    differences.add("changed: " + e.getKey() + " (" + (size != e.getValue().size()
                            ? e.getValue().size() + " bytes listed, " + size + " found"
                            : "same size, different SHA-256") + ")");
                }
            }
        }
        for (String p : present) {
            if (!listed.containsKey(p)) differences.add("extra: " + p);
        }
        return new Report(listed.size(), differences);
    }

    private static boolean safe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) return false;
        for (String s : path.split("/", -1)) {
            if (s.isEmpty() || s.equals(".") || s.equals("..")) return false;
        }
        return true;
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'u' -> {
                    if (i + 4 < s.length()) {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
