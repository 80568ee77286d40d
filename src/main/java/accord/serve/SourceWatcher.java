package accord.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders of a portal ({@code content/} and {@code templates/}) and everything below them, folders created
 * later included, and hands out the changed files in batches: a batch starts at the first event and closes once no
 * event has come for the quiet period (or after a longest wait, so a steady stream of events still gets built).
 * Paths are relative to the portal's root with forward slashes, as {@code BuildSession.update} takes them.
 */
final class SourceWatcher implements AutoCloseable {
    /** One burst of changes: the paths, whether events were lost (then anything may have changed), and when it began. */
    record Batch(Set<String> paths, boolean overflow, long firstEventNanos) {
    }

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final long quietNanos;
    private final long longestNanos;

    SourceWatcher(Path root, List<String> watched, long quietMillis, long longestMillis) throws IOException {
        this.root = root;
        this.service = FileSystems.getDefault().newWatchService();
        this.quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
        this.longestNanos = TimeUnit.MILLISECONDS.toNanos(longestMillis);
        for (String w : watched) {
            Path dir = root.resolve(w);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) registerTree(dir, null);
        }
        // A watched folder that does not exist yet (templates/ often) is picked up when it appears in the root.
        register(root);
    }

    /** The next batch; empty once the watcher is closed. Blocks until there is one. */
    Optional<Batch> next() throws InterruptedException {
        Set<String> paths = new TreeSet<>();
        boolean[] overflow = {false};
        long first;
        try {
            WatchKey key = service.take();
            first = System.nanoTime();
            drain(key, paths, overflow);
            long lastEvent = first;
            while (true) {
                long now = System.nanoTime();
                long wait = Math.min(lastEvent + quietNanos, first + longestNanos) - now;
                if (wait <= 0) break;
                WatchKey more = service.poll(wait, TimeUnit.NANOSECONDS);
                if (more == null) break;
                drain(more, paths, overflow);
                lastEvent = System.nanoTime();
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
        return Optional.of(new Batch(paths, overflow[0], first));
    }

    private void drain(WatchKey key, Set<String> paths, boolean[] overflow) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow[0] = true;
                continue;
            }
            if (dir == null) continue;
            Path child = dir.resolve((Path) event.context());
            // Editors' swap and backup files (.x.md.swp, .#x.md) are dot files, which a build ignores too.
            if (child.getFileName().toString().startsWith(".")) continue;
            String rel = relative(child);
            if (dir.equals(root)) {
                // Only content/ and templates/ matter at the root; one appearing is watched from then on.
                if (!rel.equals("content") && !rel.equals("templates")) continue;
            }
            paths.add(rel);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                // Files may have been made in a new folder before it was watched: count them as changed.
                try {
                    registerTree(child, paths);
                } catch (IOException e) {
                    overflow[0] = true;
                }
            }
        }
        if (!key.reset()) folders.remove(key);
    }

    /**
     * Watches {@code top} and every folder in it. Each folder is watched before it is listed: a file made after the
     * listing raises an event, one made before is in the listing (and in {@code found}). Listing first, as a walk
     * does, lost the files made between the two (a folder made and filled by one save).
     */
    private void registerTree(Path top, Set<String> found) throws IOException {
        register(top);
        try (java.nio.file.DirectoryStream<Path> children = Files.newDirectoryStream(top)) {
            for (Path p : children) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) registerTree(p, found);
                else if (found != null) found.add(relative(p));
            }
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, dir);
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
