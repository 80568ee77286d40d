package accord.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The log read last time, kept in the repository's git folder ({@code .git/accord-history/}) with the commit it
 * was read at, so the next build asks git only for the commits made since (or for nothing, when the commit checked
 * out is the same). One file per portal folder inside the repository. The file holds a header (format version,
 * commit, the portal's folder, the SHA-256 of the log) and the log exactly as git wrote it; a file that does not
 * match its header, or is of another version, is ignored and read again from git. Writing goes to a temporary file
 * moved into place, so two builds at once never see half a file; a git folder that cannot be written to (a
 * read-only clone) only means no cache.
 */
final class HistoryCache {
    private static final String MAGIC = "accord-history 3";

    /** A log {@code log} (in {@link GitLogParser#FORMAT}) of the history up to and including {@code head}. */
    record Entry(String head, String log) {
    }

    private final Path file;
    private final String prefix;

    HistoryCache(Path gitDir, String prefix) {
        this.file = gitDir.resolve("accord-history").resolve(digest(prefix.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".log");
        this.prefix = prefix;
    }

    Path file() {
        return file;
    }

    Optional<Entry> load() {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            byte[] bytes = Files.readAllBytes(file);
            int[] at = {0};
            String magic = line(bytes, at);
            String head = line(bytes, at);
            String folder = line(bytes, at);
            String sha = line(bytes, at);
            if (!MAGIC.equals(magic) || head == null || folder == null || sha == null) return Optional.empty();
            if (!head.startsWith("head ") || !folder.equals("prefix " + hex(prefix)) || !sha.startsWith("sha256 ")) return Optional.empty();
            byte[] log = java.util.Arrays.copyOfRange(bytes, at[0], bytes.length);
            if (!digest(log).equals(sha.substring("sha256 ".length()))) return Optional.empty();
            String commit = head.substring("head ".length());
            if (!commit.matches("[0-9a-f]{40,64}")) return Optional.empty();
            return Optional.of(new Entry(commit, new String(log, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void save(Entry entry) {
        byte[] log = entry.log().getBytes(StandardCharsets.UTF_8);
        String header = MAGIC + "\nhead " + entry.head() + "\nprefix " + hex(prefix) + "\nsha256 " + digest(log) + "\n";
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), ".history", ".tmp");
            try (var out = Files.newOutputStream(tmp)) {
                out.write(header.getBytes(StandardCharsets.UTF_8));
                out.write(log);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // No cache: the next build reads the whole log again.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for the next save's temporary-file name to differ
                }
            }
        }
    }

    private static String line(byte[] bytes, int[] at) {
        for (int i = at[0]; i < bytes.length && i - at[0] < 4096; i++) {
            if (bytes[i] == '\n') {
                String s = new String(bytes, at[0], i - at[0], StandardCharsets.UTF_8);
                at[0] = i + 1;
                return s;
            }
        }
        return null;
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
