package accord.portable;

import accord.archive.Fixity;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The offline edition as one zip file, {@code <folder>.zip} beside its folder, holding the folder's files under
 * its name ({@code offline/index.html}, …, {@code offline/manifest.json}) so unpacking it makes one folder.
 *
 * <p>Its bytes depend only on the files: entries in the order of their paths (compared as Java strings), every
 * entry dated 1 January 2000 at midnight, written as a local date so the building machine's time zone cannot change
 * it (1 January 1980, the format's first day, would make Java add a time-zone-dependent extra field), no extra fields, no comment, no folder entries, no file modes; each file
 * deflated at the default level. Accord's folder mark is left out, and so are the names at the top that site.yml's
 * {@code keep:} gives ({@code CNAME}, {@code .nojekyll}): they are a host's, not the edition's, and its manifest names
 * them without listing them, so the unpacked folder verifies without them. The zip is written beside its final name and
 * moved over it, so a failure leaves the previous zip as it was.
 */
public final class EditionZip {
    /** The one date every entry carries. */
    static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);

    private EditionZip() {
    }

    /** Where the zip of the edition in {@code folder} goes: beside it, its name with {@code .zip}. */
    public static Path beside(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return f.resolveSibling(f.getFileName() + ".zip");
    }

    /**
     * Why Accord will not replace {@code zip}, if it will not: it exists and is not a zip of an edition named
     * {@code name} (every entry under {@code name/}, its manifest among them), which Accord would have made.
     */
    public static Optional<String> refusal(Path zip, String name) {
        if (!Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        String why = zip + ": exists and is not an offline edition Accord made, so Accord will not replace it"
                + " (move it away, or choose another --output)";
        if (!Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)) return Optional.of(why);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            boolean manifest = false;
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                String entry = e.nextElement().getName();
                if (!entry.startsWith(name + "/")) return Optional.of(why);
                if (entry.equals(name + "/" + Fixity.FILE)) manifest = true;
            }
            return manifest ? Optional.empty() : Optional.of(why);
        } catch (IOException e) {
            return Optional.of(why);
        }
    }

    /**
     * Writes {@code zip} from the files of {@code folder}, but those under the top-level names in {@code kept}
     * (site.yml's {@code keep:}); returns how many it holds.
     */
    public static int write(Path folder, Path zip, List<String> kept) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        String name = root.getFileName().toString();
        List<String> paths = files(root, Set.copyOf(kept));
        Path target = zip.toAbsolutePath().normalize();
        Path fresh = target.resolveSibling("." + target.getFileName() + ".accord-new");
        try {
            try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(fresh), 1 << 16))) {
                for (String p : paths) {
                    ZipEntry entry = new ZipEntry(name + "/" + p);
                    entry.setTimeLocal(EPOCH);
                    out.putNextEntry(entry);
                    Files.copy(root.resolve(p), out);
                    out.closeEntry();
                }
            }
            try {
                Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(fresh);
        }
        return paths.size();
    }

    /**
     * Every plain file under {@code root} but Accord's mark and what is under the top-level names in {@code kept}, as
     * relative paths with forward slashes, sorted.
     */
    private static List<String> files(Path root, Set<String> kept) throws IOException {
        TreeSet<String> paths = new TreeSet<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return root.equals(dir.getParent()) && kept.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (!rel.equals(accord.output.SiteWriter.MARKER) && !(root.equals(file.getParent())
                        && kept.contains(file.getFileName().toString()))) {
                    paths.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new ArrayList<>(paths);
    }
}
