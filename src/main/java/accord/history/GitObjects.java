package accord.history;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads git objects (trees, commits) by id, for {@link TreeLog}: from the repository's pack files directly, read
 * in place (a version-2 pack index, the pack's zlib streams and its deltas), and any object not found there (a
 * loose object, one in an alternate object store, a pack of another format) from one long-lived {@code git
 * cat-file --batch} process, started when first needed. git stays the authority: this only reads what git wrote,
 * the way git's own documentation of the pack format describes it, and anything it does not recognise is asked
 * of git.
 *
 * <p>Why not {@code cat-file} alone: the trees a history of 10,000 records compares are the versions of folders of
 * 2,000 entries, 84 KB each, about 36,000 of them: 3 GB through a pipe, which costs more than git's own log.
 * Read in place, a version is its delta applied to the previous one in memory. A delta's base is kept in a small
 * cache, so a run of versions in history order is read with one delta each.
 *
 * <p>The bytes of an object read are valid until the caller's next {@link #step()}: after it, they may be reused
 * for another object. Not thread-safe: one per thread.
 */
final class GitObjects implements Closeable {
    static final int COMMIT = 1;
    static final int TREE = 2;
    static final int BLOB = 3;
    static final int TAG = 4;
    private static final int OFS_DELTA = 6;
    private static final int REF_DELTA = 7;
    /**
     * How many bytes of resolved objects the delta-base cache keeps. Enough for the delta chains of the folders a
     * history changes, read in history order (less, and a 20,000-commit history applies twice the deltas; more, and
     * the collector copies more).
     */
    private static final long CACHE_BYTES = 32L << 20;

    /**
     * What a read object is: its type ({@link #COMMIT}, {@link #TREE}, ...) and its bytes, the first {@code length}
     * of {@code data} (a reused array may be longer).
     */
    record Obj(int type, byte[] data, int length) {
        Obj(int type, byte[] data) {
            this(type, data, data.length);
        }

        /** The bytes alone, copied when the array is longer. */
        byte[] bytes() {
            return length == data.length ? data : java.util.Arrays.copyOf(data, length);
        }
    }

    /** One pack: its index (the sorted ids, their offsets) and its data, both mapped read-only. */
    private record Pack(ByteBuffer idx, ByteBuffer pack, int count, int names, int offsets, int large) {
    }

    private final int hashLength;
    private final long cacheBytes;
    private final List<Pack> packs;
    private final ProcessStarter starter;
    private final Inflater inflater = new Inflater();
    private final Map<Long, Cached> cache = new LinkedHashMap<>(256, 0.75f, true);
    private long cached;
    /**
     * Arrays of objects that left the cache, by length, for the next object of that length: the versions of a folder
     * mostly have one length (amending a record changes an id, not a length), so a history of 36,000 folder versions
     * allocates a few hundred arrays instead of 3 GB, and the collector has next to nothing to do.
     */
    private final Map<Integer, ArrayDeque<byte[]>> spare = new HashMap<>();
    private long spareBytes;
    private long reused;
    private static final long SPARE_BYTES = 8L << 20;
    /** The caller's current step: an object read in it stays valid until the next {@link #step()}. */
    private long step;

    /** A resolved object in the cache, and the last step it was read in. */
    private static final class Cached {
        final Obj obj;
        long step;

        Cached(Obj obj, long step) {
            this.obj = obj;
            this.step = step;
        }
    }
    private Process catFile;
    private OutputStream catIn;
    private InputStream catOut;

    /** Starts git with the given arguments, in the portal's root, with the environment {@link GitHistory} uses. */
    interface ProcessStarter {
        Process start(String... args) throws IOException;
    }

    /**
     * Objects of the repository whose object folder is {@code objects} (null: none known, so git is asked for
     * everything), with ids of {@code hashLength} bytes (20 for SHA-1, 32 for SHA-256).
     */
    GitObjects(Path objects, int hashLength, ProcessStarter starter) {
        this(objects, hashLength, starter, CACHE_BYTES);
    }

    /** With a delta-base cache of {@code cacheBytes}: a test makes it small, so arrays are reused often. */
    GitObjects(Path objects, int hashLength, ProcessStarter starter, long cacheBytes) {
        this.cacheBytes = cacheBytes;
        this.hashLength = hashLength;
        this.starter = starter;
        this.packs = objects == null ? List.of() : openPacks(objects.resolve("pack"), hashLength);
    }

    int hashLength() {
        return hashLength;
    }

    /**
     * Starts a new step: the bytes of objects read before it may now be reused for others, so a caller keeps no
     * object's bytes from one step to the next (it reads them again: from the cache, as a rule).
     */
    void step() {
        step++;
    }

    /** How many arrays were reused: for tests, which check the reuse is tested. */
    long reused() {
        return reused;
    }

    /** How many packs are read in place: for tests, which check the packs are read at all. */
    int packs() {
        return packs.size();
    }

    private static List<Pack> openPacks(Path dir, int hashLength) {
        List<Pack> result = new ArrayList<>();
        if (!Files.isDirectory(dir)) return result;
        List<Path> indexes;
        try (var files = Files.list(dir)) {
            indexes = files.filter(p -> p.getFileName().toString().endsWith(".idx")).sorted().toList();
        } catch (IOException e) {
            return result;
        }
        for (Path idx : indexes) {
            String name = idx.getFileName().toString();
            Path pack = idx.resolveSibling(name.substring(0, name.length() - 4) + ".pack");
            try {
                ByteBuffer i = map(idx);
                ByteBuffer p = map(pack);
                // Version 2 only: "\377tOc", 2, then 256 fan-out counts. Anything else is left to git.
                if (i.capacity() < 8 + 1024 || i.getInt(0) != 0xff744f63 || i.getInt(4) != 2) continue;
                if (p.capacity() < 12 || p.getInt(0) != 0x5041434b) continue; // "PACK"
                int count = i.getInt(8 + 255 * 4);
                int names = 8 + 1024;
                int offsets = names + count * hashLength + count * 4;
                int large = offsets + count * 4;
                if (count < 0 || large > i.capacity()) continue;
                result.add(new Pack(i, p, count, names, offsets, large));
            } catch (IOException | RuntimeException e) {
                // unreadable: its objects come from git
            }
        }
        return result;
    }

    private static ByteBuffer map(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            return b;
        }
    }

    /** The object {@code id} (hex), from a pack or else from git. */
    Obj read(String id) throws IOException {
        return read(HexFormat.of().parseHex(id));
    }

    /** The object whose id is the bytes {@code raw}. */
    Obj read(byte[] raw) throws IOException {
        for (int p = 0; p < packs.size(); p++) {
            long offset = find(packs.get(p), raw);
            if (offset >= 0) {
                try {
                    return atOffset(p, offset);
                } catch (DataFormatException | RuntimeException e) {
                    break; // not what this reader understands: git says what it is
                }
            }
        }
        return fromGit(HexFormat.of().formatHex(raw));
    }

    /** The offset in {@code pack} of the object with id {@code raw}, or -1. */
    private long find(Pack pack, byte[] raw) {
        ByteBuffer idx = pack.idx();
        int first = raw[0] & 0xff;
        int lo = first == 0 ? 0 : idx.getInt(8 + (first - 1) * 4);
        int hi = idx.getInt(8 + first * 4);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(idx, pack.names() + mid * hashLength, raw);
            if (c == 0) {
                int off = idx.getInt(pack.offsets() + mid * 4);
                if (off >= 0) return off;
                return idx.getLong(pack.large() + (off & 0x7fffffff) * 8);
            }
            if (c < 0) lo = mid + 1;
            else hi = mid;
        }
        return -1;
    }

    private int compare(ByteBuffer idx, int at, byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            int c = Integer.compare(idx.get(at + i) & 0xff, raw[i] & 0xff);
            if (c != 0) return c;
        }
        return 0;
    }

    /** The object at {@code offset} in pack {@code p}, its deltas applied, through the cache. */
    private Obj atOffset(int p, long offset) throws DataFormatException, IOException {
        Long key = ((long) p << 48) | offset;
        Cached hit = cache.get(key);
        if (hit != null) {
            hit.step = step;
            return hit.obj;
        }
        ByteBuffer pack = packs.get(p).pack();
        int at = Math.toIntExact(offset);
        int c = pack.get(at++) & 0xff;
        int type = (c >> 4) & 7;
        long size = c & 15;
        int shift = 4;
        while ((c & 0x80) != 0) {
            c = pack.get(at++) & 0xff;
            size |= (long) (c & 0x7f) << shift;
            shift += 7;
        }
        Obj result;
        if (type == OFS_DELTA) {
            c = pack.get(at++) & 0xff;
            long back = c & 0x7f;
            while ((c & 0x80) != 0) {
                c = pack.get(at++) & 0xff;
                back = ((back + 1) << 7) | (c & 0x7f);
            }
            Obj base = atOffset(p, offset - back);
            result = patch(base, inflate(pack, at, Math.toIntExact(size), null));
        } else if (type == REF_DELTA) {
            byte[] baseId = new byte[hashLength];
            pack.get(at, baseId);
            at += hashLength;
            Obj base = read(baseId);
            result = patch(base, inflate(pack, at, Math.toIntExact(size), null));
        } else if (type >= COMMIT && type <= TAG) {
            int n = Math.toIntExact(size);
            result = new Obj(type, inflate(pack, at, n, array(n)), n);
        } else {
            throw new IllegalStateException("pack object of type " + type);
        }
        cache.put(key, new Cached(result, step));
        cached += result.data().length;
        var it = cache.values().iterator();
        while (cached > cacheBytes && it.hasNext()) {
            Cached old = it.next();
            cached -= old.obj.data().length;
            it.remove();
            // Read in this step, its bytes may still be in use: left to the collector.
            if (old.step != step) {
                // Full of lengths no longer asked for (a rename changes a folder's length for good): start again.
                int capacity = old.obj.data().length;
                if (spareBytes + capacity > SPARE_BYTES) {
                    spare.clear();
                    spareBytes = 0;
                }
                if (capacity >= BUCKET) {
                    spare.computeIfAbsent(capacity, n -> new ArrayDeque<>()).push(old.obj.data());
                    spareBytes += capacity;
                }
            }
        }
        return result;
    }

    /** The zlib stream at {@code at}, of {@code size} bytes once inflated, into {@code into} (null: a new array). */
    private byte[] inflate(ByteBuffer pack, int at, int size, byte[] into) throws DataFormatException {
        byte[] out = into != null ? into : new byte[size];
        inflater.reset();
        inflater.setInput(pack.slice(at, pack.capacity() - at));
        int n = 0;
        while (n < size) {
            int got = inflater.inflate(out, n, size - n);
            if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) break;
            n += got;
        }
        if (n != size) throw new DataFormatException("short object");
        return out;
    }

    /** Arrays are reused in steps of this many bytes, so a folder whose length drifts a little reuses one array. */
    private static final int BUCKET = 4096;

    /**
     * An array of at least {@code size} bytes (small ones exact): a spare one, or new. The caller writes the first
     * {@code size}; the rest is left as it was.
     */
    private byte[] array(int size) {
        if (size < BUCKET) return new byte[size];
        int capacity = (size + BUCKET - 1) / BUCKET * BUCKET;
        ArrayDeque<byte[]> free = spare.get(capacity);
        if (free == null || free.isEmpty()) return new byte[capacity];
        spareBytes -= capacity;
        reused++;
        return free.pop();
    }

    /** {@code from} with {@code delta} (git's copy and insert instructions) applied. */
    private Obj patch(Obj from, byte[] delta) {
        byte[] base = from.data();
        int[] at = {0};
        long baseSize = varint(delta, at);
        long size = varint(delta, at);
        if (baseSize != from.length()) throw new IllegalStateException("delta for another base");
        int length = Math.toIntExact(size);
        byte[] out = array(length);
        int o = 0;
        int i = at[0];
        while (i < delta.length) {
            int op = delta[i++] & 0xff;
            if ((op & 0x80) != 0) {
                long off = 0;
                int n = 0;
                if ((op & 0x01) != 0) off |= delta[i++] & 0xff;
                if ((op & 0x02) != 0) off |= (delta[i++] & 0xff) << 8;
                if ((op & 0x04) != 0) off |= (delta[i++] & 0xff) << 16;
                if ((op & 0x08) != 0) off |= (long) (delta[i++] & 0xff) << 24;
                if ((op & 0x10) != 0) n |= delta[i++] & 0xff;
                if ((op & 0x20) != 0) n |= (delta[i++] & 0xff) << 8;
                if ((op & 0x40) != 0) n |= (delta[i++] & 0xff) << 16;
                if (n == 0) n = 0x10000;
                if (off + n > from.length() || o + n > length) throw new IllegalStateException("delta copies out of range");
                System.arraycopy(base, Math.toIntExact(off), out, o, n);
                o += n;
            } else if (op != 0) {
                if (o + op > length) throw new IllegalStateException("delta inserts out of range");
                System.arraycopy(delta, i, out, o, op);
                i += op;
                o += op;
            } else {
                throw new IllegalStateException("delta opcode 0");
            }
        }
        if (o != length) throw new IllegalStateException("delta of the wrong size");
        return new Obj(from.type(), out, length);
    }

    private static long varint(byte[] b, int[] at) {
        long v = 0;
        int shift = 0;
        int c;
        do {
            c = b[at[0]++] & 0xff;
            v |= (long) (c & 0x7f) << shift;
            shift += 7;
        } while ((c & 0x80) != 0);
        return v;
    }

    /** Asks {@code git cat-file --batch} for {@code id}: "id type size\n", the bytes, "\n". */
    private Obj fromGit(String id) throws IOException {
        if (catFile == null) {
            catFile = starter.start("cat-file", "--batch");
            catIn = new BufferedOutputStream(catFile.getOutputStream());
            catOut = new BufferedInputStream(catFile.getInputStream(), 1 << 16);
        }
        catIn.write((id + "\n").getBytes(StandardCharsets.US_ASCII));
        catIn.flush();
        String header = line(catOut);
        String[] parts = header.split(" ");
        if (parts.length != 3) throw new IOException("git cat-file: " + header);
        int size = Integer.parseInt(parts[2]);
        byte[] data = catOut.readNBytes(size);
        if (data.length != size || catOut.read() != '\n') throw new IOException("git cat-file ended early");
        int type = switch (parts[1]) {
            case "commit" -> COMMIT;
            case "tree" -> TREE;
            case "blob" -> BLOB;
            case "tag" -> TAG;
            default -> throw new IOException("git cat-file: " + header);
        };
        return new Obj(type, data);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') sb.append((char) c);
        if (c < 0) throw new IOException("git cat-file ended early");
        return sb.toString();
    }

    @Override
    public void close() {
        inflater.end();
        if (catFile != null) {
            try {
                catIn.close();
            } catch (IOException ignored) {
                // git has gone already
            }
            try {
                catFile.getInputStream().close();
                catFile.getErrorStream().close();
            } catch (IOException ignored) {
                // nothing to read
            }
            catFile.destroy();
        }
        cache.clear();
        spare.clear();
    }
}
