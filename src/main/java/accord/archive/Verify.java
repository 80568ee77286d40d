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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a copy of a site against its {@code manifest.json}: every file listed must be there with its size and
 * SHA-256, and no other file may be (but the manifest itself and Accord's folder mark). Where the manifest names the
 * commit the site was built from ({@code accord_source}, on its third line), the report says it; a manifest without it
 * (made without git's history, or by an Accord from before it was named) is read as before. Two kinds of name at the top
 * of the folder are left out, each said once in the report's notes, unless the manifest lists a file under it: what
 * the manifest names as kept (site.yml's {@code keep:}, such as {@code CNAME}: Accord did not make it and leaves it
 * alone), and a version-control folder ({@code .git}, {@code .hg}, {@code .svn}, {@code .bzr}: a site kept in git,
 * as a GitHub Pages branch is, is not made of its repository) or git's pointer file {@code .git} (a worktree or
 * submodule); a plain file named {@code .hg}, {@code .svn} or {@code .bzr} is not left out. Reads the manifest as {@link Fixity} writes it, one
 * file a line; refuses a listed path that would lead outside the folder.
 */
public final class Verify {
    /** A JSON string's text, as {@link Fixity} escapes it. */
    private static final String STRING = "((?:[^\"\\\\]|\\\\[\"\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*)";
    private static final Pattern LINE = Pattern.compile(
            "\\s*\\{\"path\":\"" + STRING + "\",\"size\":([0-9]{1,18}),\"sha256\":\"([0-9a-f]{64})\"},?\\s*");
    private static final Set<String> IGNORED = Set.of(Fixity.FILE, ".accord-site");
    /**
     * Version control's own folders: never part of a site. Only git also keeps a plain file of its name (a worktree's or
     * submodule's pointer to its repository); a plain file named {@code .hg}, {@code .svn} or {@code .bzr} is no
     * tool's, and a host could serve it, so it is checked like any other file.
     */
    private static final Set<String> VERSION_CONTROL = Set.of(".git", ".hg", ".svn", ".bzr");
    private static final String GIT_FILE = ".git";
    private static final Pattern QUOTED = Pattern.compile("\"" + STRING + "\"");
    private static final String KEPT = "  \"kept\": [";
    private static final String SOURCE = "  \"" + Fixity.SOURCE + "\": ";
    /** A date as the source line gives it: ISO 8601 with the committer's offset. */
    private static final String DATE = "([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2}))";
    /** The line naming the commit the site was built from, as {@link Fixity#sourceLine} writes it. */
    private static final Pattern SOURCE_LINE = Pattern.compile(Pattern.quote(SOURCE) + "\\{\"commit\":\"([0-9a-f]{40}|[0-9a-f]{64})\""
            + "(?:,\"commit_date\":\"" + DATE + "\")?(?:,\"records_changed\":\"" + DATE + "\")?(,\"uncommitted\":true)?},");

    private Verify() {
    }

    /**
     * What was found: each difference as one line ({@code missing: x}, {@code changed: x (…)}, {@code extra: x}), and
     * notes: the commit the copy was built from, when the manifest names it ({@code built from commit … (…)}), and
     * each name at the top of the folder left out unchecked, as one line ({@code left out: .git/ (…)}).
     */
    public record Report(int listed, List<String> differences, List<String> notes) {
        public Report {
            differences = List.copyOf(differences);
            notes = List.copyOf(notes);
        }

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
    private static int shape(List<String> lines, boolean source, boolean kept) throws ManifestException {
        List<String> head = new ArrayList<>(List.of("{", "  \"algorithm\": \"SHA-256\","));
        if (source) head.add(lines.get(2)); // read, and checked, by source()
        if (kept) head.add(lines.get(head.size())); // read, and checked, by kept()
        head.add("  \"files\": [");
        boolean none = lines.size() == head.size() + 1 && lines.get(head.size() - 1).equals("  \"files\": []");
        List<String> tail = none ? List.of("}") : List.of("  ]", "}");
        int entries = none ? 0 : lines.size() - head.size() - tail.size();
        for (int i = 0; i < Math.min(lines.size(), none ? head.size() - 1 : head.size()); i++) {
            if (!lines.get(i).equals(head.get(i))) throw notAsWritten(i, head.get(i));
        }
        if (entries < 0) throw notAsWritten(lines.size(), tail.get(tail.size() - 1));
        // From the last line back, so text added at the end is named where it is.
        for (int i = tail.size() - 1; i >= 0; i--) {
            int at = lines.size() - tail.size() + i;
            if (!lines.get(at).equals(tail.get(i))) throw notAsWritten(at, tail.get(i));
        }
        return head.size();
    }

    /**
     * The note naming the commit the copy was built from, from the manifest's third line
     * ({@code   "accord_source": {"commit":"…",…},}) when it has that line (a manifest written without git's history,
     * or by an Accord before it named the commit, has none: empty). A line not as {@link Fixity} writes it is refused.
     */
    private static Optional<String> source(List<String> lines) throws ManifestException {
        if (lines.size() < 3 || !lines.get(2).startsWith(SOURCE)) return Optional.empty();
        Matcher m = SOURCE_LINE.matcher(lines.get(2));
        if (!m.matches()) throw notAsWritten(2, "\"" + Fixity.SOURCE + "\": {\"commit\":\"…\", …},");
        StringBuilder note = new StringBuilder("built from commit ").append(m.group(1));
        List<String> about = new ArrayList<>();
        if (m.group(2) != null) about.add("committed " + m.group(2));
        if (m.group(3) != null) about.add("records last changed " + m.group(3));
        if (m.group(4) != null) about.add("with changes to content/ not committed");
        if (!about.isEmpty()) note.append(" (").append(String.join("; ", about)).append(')');
        return Optional.of(note.toString());
    }

    /**
     * The names the manifest's line {@code at} (its third, or its fourth after the commit's) gives as kept
     * ({@code   "kept": [".nojekyll", "CNAME"],}), when it has that line: plain names at the top of the folder, sorted,
     * each once, as {@link Fixity} writes them.
     */
    private static Set<String> kept(List<String> lines, int at) throws ManifestException {
        if (lines.size() <= at || !lines.get(at).startsWith(KEPT)) return Set.of();
        String line = lines.get(at);
        Set<String> names = new TreeSet<>();
        Matcher m = QUOTED.matcher(line);
        int from = KEPT.length();
        while (from < line.length() && m.find(from) && m.start() == from) {
            String name = unescape(m.group(1));
            if (!safe(name) || name.contains("/")) break;
            names.add(name);
            from = m.end();
            if (line.startsWith(", ", from)) from += 2;
            else break;
        }
        if (names.isEmpty() || !line.equals(Fixity.keptLine(List.copyOf(names)))) {
            throw notAsWritten(at, "\"kept\": [\"CNAME\", …],");
        }
        return names;
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
        TreeMap<String, Fixity.Entry> listed = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        Optional<String> source = source(lines);
        Set<String> kept = kept(lines, source.isPresent() ? 3 : 2);
        int first = shape(lines, source.isPresent(), !kept.isEmpty());
        for (int i = first; i < lines.size() - 2; i++) {
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
        Map<String, String> leftOut = new TreeMap<>();
        Path root = dir.toAbsolutePath().normalize();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                return !folder.equals(root) && leaveOut(folder, "/") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (!IGNORED.contains(rel) && !leaveOut(file, "")) present.add(rel);
                return FileVisitResult.CONTINUE;
            }

            /** Whether {@code path} is a kept or version-control name at the top, with nothing under it listed. */
            private boolean leaveOut(Path path, String slash) {
                if (!root.equals(path.getParent())) return false;
                String name = path.getFileName().toString();
                boolean versionControl = VERSION_CONTROL.contains(name) && (!slash.isEmpty() || name.equals(GIT_FILE));
                if (!kept.contains(name) && !versionControl) return false;
                String under = listed.ceilingKey(name + "/");
                if (listed.containsKey(name) || under != null && under.startsWith(name + "/")) return false;
                leftOut.put(name + slash, kept.contains(name)
                        ? "site.yml's keep: names it: Accord did not make it and leaves it alone; not checked"
                        : "version control's own " + (slash.isEmpty() ? "file" : "folder") + ", not part of the site; not checked");
                return true;
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
        List<String> notes = new ArrayList<>();
        source.ifPresent(notes::add);
        leftOut.forEach((name, why) -> notes.add("left out: " + Redirects.printable(name) + " (" + why + ")"));
        return new Report(listed.size(), differences, notes);
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
