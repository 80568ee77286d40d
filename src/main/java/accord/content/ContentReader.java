package accord.content;

import accord.problem.Problem;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.text.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks {@code content/} under a source root: one folder per collection, one {@code .md} file per
 * record. Symbolic links are never followed. Files come back sorted by path, so everything
 * downstream sees the same order on every machine. Hidden files and folders (a name starting with a dot) are no
 * part of a portal: they are editors' and tools' own, such as Emacs's lock file {@code .#x.md} (a symbolic link
 * that points nowhere, there while a buffer has unsaved changes), Vim's {@code .x.md.swp} or an
 * {@code .obsidian/} folder, so they are passed over without a word, as {@code serve}'s watcher passes them over.
 */
public final class ContentReader {
    public static final String CONTENT = "content";
    /** Names Accord uses for its own pages inside a collection folder. */
    private static final Set<String> RESERVED_SLUGS = Set.of("index", "assets");
    private static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final Path root;
    private final BodyMemory bodies;
    private final Set<RecordId> unreadable = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** site.yml's languages, which a file name's suffix in the wrong case ({@code x.RU.md}) is told to be. */
    private volatile Set<String> languages = Set.of();

    public ContentReader(Path root) {
        this(root, BodyMemory.unlimited());
    }

    /** A reader whose records hold their bodies in memory as far as {@code bodies} allows (see {@link Body}). */
    public ContentReader(Path root, BodyMemory bodies) {
        this.root = root;
        this.bodies = bodies;
    }

    /**
     * The portal's languages, as site.yml lists them: a record file whose name ends in one of them in the wrong case
     * ({@code x.RU.md}) is told to be a translation ({@code x.ru.md}), not a slug with the language in it.
     */
    public void languages(java.util.Collection<String> tags) {
        languages = Set.copyOf(tags);
    }

    /** Gives back the memory {@code doc}'s body held, when the build lets go of the record. */
    public void release(SourceDocument doc) {
        doc.markdown().release(bodies);
    }

    /** Whether {@code slug} is a Windows device name or a name Accord uses for its own pages. */
    public static boolean isReserved(String slug) {
        return Slugs.isDeviceName(slug) || RESERVED_SLUGS.contains(slug);
    }

    /**
     * Records whose file exists with a valid name but could not be read (bad UTF-8, front matter,
     * YAML), after {@link #readRecords}. Their own error says what is wrong; later stages use this
     * to keep references and links to them from adding errors that only repeat it.
     */
    public Set<RecordId> unreadable() {
        return Set.copyOf(unreadable);
    }

    /** The path of {@code file} relative to the source root, with forward slashes. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Reads {@code content/<name>} as YAML, if the file exists. */
    public Optional<YamlNode> readYamlFile(String name, Problems problems) {
        Path file = root.resolve(CONTENT).resolve(name);
        String rel = relative(file);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        if (Files.isSymbolicLink(file)) {
            problems.error(SourcePosition.of(rel), "symbolic link refused (replace it with the file itself)");
            return Optional.empty();
        }
        return readBytes(file, rel, problems).flatMap(bytes -> TextDecoder.decode(bytes, rel, problems))
                .flatMap(text -> YamlReader.read(text, rel, 1, problems));
    }

    /** Every record file under {@code content/<collection>/}, read and split. */
    public List<SourceDocument> readRecords(Problems problems) {
        return recordFiles(problems).parallelStream()
                .map(rel -> {
                    FileRead read = readFile(rel);
                    read.problems().forEach(problems::add);
                    return read.document();
                })
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The files of every collection folder ({@code content/<collection>/<name>}), relative to the
     * source root and sorted. A folder that cannot hold records is reported here; each file is
     * judged by {@link #readFile}.
     */
    public List<String> recordFiles(Problems problems) {
        Path content = root.resolve(CONTENT);
        if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(SourcePosition.of(CONTENT), "no content folder (run Accord from the portal's root, or pass --source)");
            return List.of();
        }
        List<String> files = new ArrayList<>();
        for (Path folder : list(content)) {
            String rel = relative(folder);
            if (isHidden(folder)) continue;
            if (Files.isSymbolicLink(folder)) {
                problems.error(SourcePosition.of(rel), "symbolic link refused (content/ must hold real folders and files)");
                continue;
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                String name = folder.getFileName().toString();
                if (name.endsWith(".md") && startsWithFrontMatter(folder)) {
                    // A record, which would vanish from the site: an error. A note for editors (content/README.md) is not one.
                    problems.error(SourcePosition.of(rel), "a record outside every collection folder is not read"
                            + " (move it to content/<collection>/, the folder of its collection)");
                } else if (name.endsWith(".md")) {
                    problems.warning(SourcePosition.of(rel),
                            "ignored: records belong in a collection folder (move it to content/<collection>/)");
                }
                continue;
            }
            for (Path file : list(folder)) if (!isHidden(file)) files.add(relative(file));
        }
        return files;
    }

    /** Whether {@code path} is hidden, an editor's or a tool's file that no build reads (see the class comment). */
    /** Whether the file begins with a front matter line ({@code ---}), as a record does. */
    private static boolean startsWithFrontMatter(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] head = in.readNBytes(6);
            String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return start.startsWith("---");
        } catch (IOException e) {
            return false;
        }
    }

    /** How many Markdown files a folder holds, at any depth (none where it cannot be read). */
    private static long markdownFiles(Path folder) {
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    /**
     * One file of a collection folder, as read: its record, if it is one that could be read;
     * whether it is a record file that exists but could not be read ({@code unreadable}); and its
     * own problems. A file that does not exist (any more) reads as nothing, with no problem.
     */
    public record FileRead(Optional<SourceDocument> document, boolean unreadable, List<Problem> problems) {
        public FileRead {
            problems = List.copyOf(problems);
        }
    }

    /** Reads {@code rel}, a path such as {@code content/sessions/x.md}. Safe to call from many threads. */
    public FileRead readFile(String rel) {
        Problems problems = new Problems();
        Path file = root.resolve(rel);
        if (isHidden(file) || isHidden(file.getParent())
                || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return new FileRead(Optional.empty(), false, List.of());
        String collection = file.getParent().getFileName().toString();
        unreadable.remove(idOf(collection, file.getFileName().toString()));
        Optional<SourceDocument> doc = readRecord(collection, file, problems);
        String name = file.getFileName().toString();
        boolean failed = doc.isEmpty() && unreadable.contains(idOf(collection, name));
        return new FileRead(doc, failed, problems.sorted());
    }

    private static RecordId idOf(String collection, String name) {
        return new RecordId(collection, TranslationFiles.slug(name));
    }

    private Optional<SourceDocument> readRecord(String collection, Path file, Problems problems) {
        String rel = relative(file);
        String name = file.getFileName().toString();
        if (Files.isSymbolicLink(file)) {
            problems.error(SourcePosition.of(rel), "symbolic link refused (content/ must hold real folders and files)");
            return Optional.empty();
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            long records = markdownFiles(file);
            // Records sorted into a folder of their own (sessions/2024/) would all vanish from the site: an error.
            if (records > 0) {
                problems.error(SourcePosition.of(rel), "collections do not have sub-folders, so the " + (records == 1
                        ? "record" : records + " records") + " in it " + (records == 1 ? "is" : "are") + " not read (move "
                        + (records == 1 ? "it" : "them") + " into content/" + collection + "/)");
            } else {
                problems.warning(SourcePosition.of(rel), "ignored: collections do not have sub-folders");
            }
            return Optional.empty();
        }
        if (!name.endsWith(".md")) {
            Optional<String> ending = nearMissEnding(name);
            if (ending.isPresent()) {
                // Named like a record but not read as one: left out, it would vanish from the site with no more than a warning.
                String stem = name.substring(0, name.length() - ending.get().length());
                problems.error(SourcePosition.of(rel), "a record's file name ends in '.md', not '" + ending.get()
                        + "', so this record is not read " + rename(file, stem));
                return Optional.empty();
            }
            problems.warning(SourcePosition.of(rel), "ignored: not a Markdown record (records end in .md)");
            return Optional.empty();
        }
        // A translation, <slug>.<lang>.md, is read like its record's own file (TranslationFiles).
        String slug = TranslationFiles.slug(name);
        if (!Slugs.isValid(slug)) {
            problems.error(SourcePosition.of(rel), "file name '" + slug + "' is not a valid slug: use lower-case letters,"
                    + " digits and hyphens " + rename(file, slug));
            return Optional.empty();
        }
        if (isReserved(slug)) {
            problems.error(SourcePosition.of(rel), "file name '" + slug + "' is reserved (choose another slug)");
            return Optional.empty();
        }
        Optional<SourceDocument> doc = parse(collection, slug, file, rel, problems);
        if (doc.isEmpty()) unreadable.add(new RecordId(collection, slug));
        return doc;
    }

    /** Endings of Markdown files other than {@code .md}, in small letters; a file ending in one is a record misnamed. */
    private static final List<String> MARKDOWN_ENDINGS = List.of(".md.txt", ".markdown", ".mdown", ".mdwn", ".mkdn", ".mkd",
            ".md");

    /**
     * The ending of {@code name} if it is a Markdown file's other than {@code .md} ({@code .MD}, {@code .Md},
     * {@code .markdown}, {@code .mdown}, {@code .mkd}, or {@code .md.txt} as some editors save it), as written; empty
     * for {@code .md} itself and for files that are no record (an image, {@code notes.txt}, a backup {@code x.md~}).
     */
    static Optional<String> nearMissEnding(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ending : MARKDOWN_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() > ending.length() && !name.endsWith(".md")) {
                return Optional.of(name.substring(name.length() - ending.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * What to rename a file with the invalid slug {@code slug} to, in brackets: its slug made valid, keeping a suffix
     * that is one of the portal's languages as a translation's ({@code x.RU.md} to {@code x.ru.md}, not
     * {@code x-ru.md}). A name another file of the collection already has is never offered: renaming would overwrite
     * it ({@code Mukhtar-Babayev.md} beside {@code mukhtar-babayev.md}).
     */
    private String rename(Path file, String slug) {
        String name = proposedName(slug);
        boolean translation = TranslationFiles.language("content/c/" + name).isPresent();
        boolean taken;
        try (Stream<Path> s = Files.list(file.getParent())) {
            // By exact name: on a disk that ignores case, the file itself would answer to the new name.
            taken = s.anyMatch(p -> p.getFileName().toString().equals(name));
        } catch (IOException e) {
            taken = false;
        }
        if (!taken) return "(rename it to '" + name + "')";
        return "(" + (translation ? "a translation" : "a record") + " named '" + name + "' is already there: move what this file adds into it and delete this"
                + " file, or give this one another slug)";
    }

    /** The file name {@link #rename} offers for {@code slug}: itself where it is a valid slug, else made one. */
    private String proposedName(String slug) {
        if (Slugs.isValid(slug)) return slug + ".md";
        int dot = slug.lastIndexOf('.');
        String language = dot < 0 ? "" : slug.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        boolean translation = dot > 0 && languages.contains(language);
        return translation ? Slugs.fromTitle(slug.substring(0, dot)) + "." + language + ".md" : Slugs.fromTitle(slug) + ".md";
    }

    private Optional<SourceDocument> parse(String collection, String slug, Path file, String rel, Problems problems) {
        Optional<byte[]> bytes = readBytes(file, rel, problems);
        Optional<String> text = bytes.flatMap(b -> TextDecoder.decode(b, rel, problems));
        if (text.isEmpty()) return Optional.empty();
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(text.get(), rel, problems);
        if (split.isEmpty()) return Optional.empty();
        Optional<YamlNode> yaml = YamlReader.read(split.get().yaml(), rel, split.get().yamlLine(), problems);
        if (yaml.isEmpty()) return Optional.empty();
        if (!(yaml.get() instanceof YamlMap map)) {
            problems.error(yaml.get().position(), "front matter must be a mapping of field names to values, not "
                    + yaml.get().describe() + " (write 'field: value' lines)");
            return Optional.empty();
        }
        Body body = Body.of(split.get().body(), file, rel, bytes.get(), bodies);
        return Optional.of(new SourceDocument(rel, collection, slug, map, body, split.get().bodyLine()));
    }

    private Optional<byte[]> readBytes(Path file, String rel, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.error(SourcePosition.of(rel), "file is larger than 8 MiB (split it into several records)");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(SourcePosition.of(rel), "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
