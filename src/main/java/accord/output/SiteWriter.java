package accord.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the site into {@code .<name>.accord-new} beside the output folder, then swaps it in:
 * the old folder is renamed to {@code .<name>.accord-old}, the new one takes its name, and the old
 * one is deleted. A build killed before the swap leaves the old site untouched; one killed between
 * the two renames is repaired by the next run. Accord marks the folders it creates with
 * {@value #MARKER} and never deletes a folder without that mark.
 */
public final class SiteWriter {
    public static final String MARKER = ".accord-site";

    /** The output folders a build of this process is writing now. */
    private static final java.util.Set<Path> STAGING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A refusal to write, with what to do instead. */
    public static final class RefusedException extends IOException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private SiteWriter() {
    }

    public static void write(Path output, List<OutputFile> files) throws IOException {
        OutputSink staged = stage(output);
        try {
            for (OutputFile f : files) staged.write(f.path(), f.bytes());
        } catch (IOException | RuntimeException e) {
            staged.abort();
            throw e;
        }
        staged.commit();
    }

    /**
     * A whole new site, streamed into {@code .<name>.accord-new} beside {@code output} and swapped in
     * at {@link OutputSink#commit}; {@link OutputSink#abort} deletes it and leaves {@code output} as it was.
     */
    public static OutputSink stage(Path output) throws IOException {
        return stage(output, List.of());
    }

    /**
     * {@link #stage(Path)}, leaving the top-level files and folders named in {@code keep} (site.yml's
     * {@code keep:}, such as a git host's {@code CNAME}) as they are: a folder that holds only those counts as
     * empty, and at commit they are copied into the new site, with their times, before it is swapped in. A
     * kept name that the build wrote itself is refused at commit, which then changes nothing.
     */
    public static OutputSink stage(Path output, List<String> keep) throws IOException {
        List<String> kept = List.copyOf(keep);
        Path out = output.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) throw new RefusedException("cannot write the site to the file-system root (choose --output)");
        String name = out.getFileName().toString();
        Path fresh = parent.resolve("." + name + ".accord-new");
        Path old = parent.resolve("." + name + ".accord-old");

        // A build running now, in this process or another, holds its new site's mark locked until it has swapped it
        // in (the mark moves with it). Within a process the set below says so: closing a second channel on the mark
        // would release the lock that the first holds.
        if (!STAGING.add(out)) throw busy(out);
        java.nio.channels.FileChannel held;
        try {
            held = begin(out, fresh, old, kept);
        } catch (IOException | RuntimeException e) {
            STAGING.remove(out); // a refusal (a folder Accord did not make, say) leaves the folder free to try again
            throw e;
        }
        // The folders made so far: the new site is this build's alone, so a folder made once stays, and every later
        // file in it skips the two system calls that would find it there (10,000 records write 63,000 files).
        java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Reuse reuse = new Reuse(Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS));
        return new OutputSink() {
            @Override
            public void write(String path, byte[] bytes) throws IOException {
                Path target = made(inside(fresh, path));
                reuse.unlink(target);
                if (!reuse.linked(inside(out, path), bytes, target)) Files.write(target, bytes);
            }

            /** {@code target}, its folder made unless this build made it already. */
            private Path made(Path target) throws IOException {
                if (!folders.contains(target.getParent())) {
                    Files.createDirectories(target.getParent());
                    folders.add(target.getParent());
                }
                return target;
            }

            /** Straight to the file, a piece at a time. */
            @Override
            public void write(String path, java.util.function.Consumer<java.io.OutputStream> content) throws IOException {
                Path target = made(inside(fresh, path));
                reuse.unlink(target);
                try (java.io.OutputStream file = Files.newOutputStream(target)) {
                    content.accept(file);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public void delete(String path) {
                // A new site holds only what was written to it.
            }

            @Override
            public void commit() throws IOException {
                try {
                    KeepList.carryOver(out, fresh, kept);
                    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                        requireOursNamed(old);
                        deleteTree(old);
                    }
                    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) move(out, old);
                    move(fresh, out);
                    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) deleteTree(old);
                } finally {
                    release();
                }
            }

            @Override
            public void abort() throws IOException {
                try {
                    if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) deleteTree(fresh);
                } finally {
                    release();
                }
            }

            private void release() throws IOException {
                held.close();
                STAGING.remove(out);
            }
        };
    }

    /**
     * A file the site already has, with the same bytes, goes into the new site as a second name (a hard link) for
     * the file that is there, instead of as a new file. Making a file costs the file system a new inode, and right
     * after a build has deleted the previous site's thousands of them, ext4 searches past each recently freed one
     * before it hands one out: a rebuild of the real portal (3,000 files) spent 3.3 s of system time there, more than
     * the build's own work. A link costs none of that, and the file keeps its time, as an unchanged file should.
     * Nothing is ever written through a link: a path written a second time in one build loses its link first
     * ({@link #unlink}), and changes in place ({@link #inPlace}) rename a new file over the old name. The bytes are compared, not trusted from the old manifest, so
     * a file changed by hand in the site is written again. Where the file system has no hard links, every file is written.
     */
    private static final class Reuse {
        private volatile boolean on;

        /** The new site's names made links by this build: writing one again must not write into the current site. */
        private final java.util.Set<Path> links = java.util.concurrent.ConcurrentHashMap.newKeySet();

        Reuse(boolean on) {
            this.on = on;
        }

        /** Before {@code target} is written: if it is a link this build made, the name goes, the current site's file stays. */
        void unlink(Path target) throws IOException {
            if (links.remove(target)) Files.delete(target);
        }

        /** Whether {@code target} was made a link to {@code existing}, which holds {@code bytes} exactly. */
        boolean linked(Path existing, byte[] bytes, Path target) {
            if (!on) return false;
            try {
                BasicFileAttributes a = Files.readAttributes(existing, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile() || a.size() != bytes.length) return false;
                if (!java.util.Arrays.equals(Files.readAllBytes(existing), bytes)) return false;
                Files.createLink(target, existing);
                links.add(target);
                return true;
            } catch (java.nio.file.NoSuchFileException | java.nio.file.FileAlreadyExistsException e) {
                return false; // no such file in the current site, or this build wrote the path already (not as a link)
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                on = false; // no hard links here (or not for us): write every file from now on
                return false;
            }
        }
    }

    /** Makes {@code fresh}, after the checks and the repair, and returns its mark's channel, locked. */
    private static java.nio.channels.FileChannel begin(Path out, Path fresh, Path old, List<String> kept) throws IOException {
        requireIdle(fresh, out);
        requireIdle(out, out);
        recover(out, old);
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) requireOursNamed(out, kept);
        Files.createDirectories(out.getParent());
        if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
            requireOursNamed(fresh);
            deleteTree(fresh);
        }
        Files.createDirectory(fresh);
        Files.write(fresh.resolve(MARKER), "This folder was made by Accord; the next build replaces it.\n"
                .getBytes(StandardCharsets.UTF_8));
        java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(fresh.resolve(MARKER),
                java.nio.file.StandardOpenOption.WRITE);
        if (held.tryLock() == null) {
            held.close();
            throw busy(out);
        }
        return held;
    }

    /**
     * Refuses to touch {@code folder} while another build holds its mark locked: that build is writing it, and
     * deleting or repairing its folders would leave it a site with files missing. The lock goes with the process,
     * so a killed build never leaves one behind.
     */
    private static void requireIdle(Path folder, Path out) throws IOException {
        Path mark = folder.resolve(MARKER);
        if (!Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)) return;
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(mark, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) throw busy(out);
            lock.release();
        }
    }

    private static RefusedException busy(Path out) {
        return new RefusedException(out + ": another build is writing it now (wait for it to finish, then build again)");
    }

    /**
     * Changes to a site Accord made, in place: each file is written beside its target under a
     * temporary name and renamed over it at {@link OutputSink#commit}, when deleted files also go (with
     * folders left empty). {@link OutputSink#abort} removes the temporary files, so the site stays as it was.
     */
    public static OutputSink inPlace(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        requireOursNamed(out);
        if (!Files.exists(out.resolve(MARKER))) throw new RefusedException(out + ": not a site Accord made (build it first)");
        java.util.Map<Path, Path> written = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Set<Path> deleted = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return new OutputSink() {
            @Override
            public void write(String path, byte[] bytes) throws IOException {
                Path target = inside(out, path);
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling("." + target.getFileName() + ".accord-tmp");
                Files.write(tmp, bytes);
                written.put(target, tmp);
            }

            @Override
            public void delete(String path) {
                deleted.add(inside(out, path));
            }

            @Override
            public boolean publish() throws IOException {
                moveWritten();
                return true;
            }

            /** Renames the files written since the last publish or commit into place; their paths. */
            private java.util.Set<Path> moveWritten() throws IOException {
                java.util.TreeMap<Path, Path> now = new java.util.TreeMap<>(written);
                for (var e : now.entrySet()) {
                    Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    written.remove(e.getKey());
                }
                return now.keySet();
            }

            @Override
            public void commit() throws IOException {
                java.util.Set<Path> moved = moveWritten();
                for (Path p : new java.util.TreeSet<>(deleted)) {
                    if (moved.contains(p)) continue;
                    Files.deleteIfExists(p);
                    for (Path dir = p.getParent(); dir != null && !dir.equals(out); dir = dir.getParent()) {
                        try (Stream<Path> s = Files.list(dir)) {
                            if (s.findAny().isPresent()) break;
                        }
                        Files.delete(dir);
                    }
                }
                deleted.clear();
            }

            @Override
            public void abort() throws IOException {
                for (Path tmp : written.values()) Files.deleteIfExists(tmp);
                written.clear();
                deleted.clear();
            }
        };
    }

    /** {@code path} inside {@code root}; a path that would leave it is a bug, never content. */
    private static Path inside(Path root, String path) {
        new OutputFile(path, new byte[0]);
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalStateException("output path escapes the output folder: " + path);
        }
        return target;
    }

    /**
     * Puts back a previous site that a run killed between the two renames left under the old name.
     * Called at the start of every build that writes, so the site is back even when this build fails.
     */
    public static void repair(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        if (out.getParent() == null) return;
        recover(out, out.getParent().resolve("." + out.getFileName() + ".accord-old"));
    }

    /** A run killed between the two renames left the previous site under the old name: put it back. */
    private static void recover(Path out, Path old) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)
                && Files.exists(old.resolve(MARKER))) {
            move(old, out);
        }
    }

    /**
     * Why Accord will not write to {@code output}, if it will not: it exists and is a symbolic link,
     * a file, or a non-empty folder without Accord's mark. Checked again by {@link #write}.
     */
    public static java.util.Optional<String> refusal(Path output) {
        return refusal(output, List.of());
    }

    /** {@link #refusal(Path)}, where the names in {@code keep} may be there without Accord's mark. */
    public static java.util.Optional<String> refusal(Path output, List<String> keep) {
        Path out = output.toAbsolutePath().normalize();
        if (out.getParent() == null) return java.util.Optional.of("cannot write the site to the file-system root (choose --output)");
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) return java.util.Optional.empty();
        try {
            requireOurs(out, keep);
            return java.util.Optional.empty();
        } catch (RefusedException e) {
            return java.util.Optional.of(e.getMessage());
        } catch (IOException e) {
            return java.util.Optional.of("cannot read the output folder: " + e.getMessage() + " (choose another --output)");
        }
    }

    private static void requireOursNamed(Path dir) throws IOException {
        requireOursNamed(dir, List.of());
    }

    private static void requireOursNamed(Path dir, List<String> keep) throws IOException {
        try {
            requireOurs(dir, keep);
        } catch (RefusedException e) {
            throw new RefusedException(dir + ": " + e.getMessage());
        }
    }

    private static void requireOurs(Path dir, List<String> keep) throws IOException {
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir)) {
            throw new RefusedException("output folder exists and is not a folder Accord made (choose another --output, or move it away)");
        }
        if (Files.exists(dir.resolve(MARKER))) return;
        List<String> foreign = KeepList.foreign(dir, keep);
        if (foreign.isEmpty()) return;
        throw new RefusedException("output folder is not empty and was not made by Accord, so Accord will not replace it;"
                + " it holds " + KeepList.describe(foreign)
                + " (choose another --output, or move those files away; a file the web host needs there, such as CNAME,"
                + " can be listed under keep: in site.yml)");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder Accord made; symbolic links inside are removed, never followed. */
    public static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
