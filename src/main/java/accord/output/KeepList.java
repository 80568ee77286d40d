package accord.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files Accord leaves alone in an output folder ({@code keep:} in site.yml), and the listing of the
 * ones it did not make when it refuses a folder.
 */
final class KeepList {
    /** How many foreign names a refusal spells out before it gives only their count. */
    static final int SHOWN = 10;

    private KeepList() {
    }

    /** The top-level names in {@code dir} that are not in {@code keep}, sorted; a folder's name ends in '/'. */
    static List<String> foreign(Path dir, List<String> keep) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> {
                String name = p.getFileName().toString();
                if (keep.contains(name)) return;
                names.add(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name);
            });
        }
        names.sort(null);
        return names;
    }

    /** {@code 'a', 'b/' and 'c'}, or the first ten and {@code and 5 more (15 in all)}. */
    static String describe(List<String> names) {
        List<String> quoted = names.stream().limit(SHOWN).map(n -> "'" + n + "'").toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < quoted.size(); i++) {
            if (i > 0) sb.append(i == quoted.size() - 1 && names.size() <= SHOWN ? " and " : ", ");
            sb.append(quoted.get(i));
        }
        if (names.size() > SHOWN) sb.append(" and ").append(names.size() - SHOWN).append(" more (").append(names.size()).append(" in all)");
        return sb.toString();
    }

    /**
     * Copies each kept name that exists in {@code out} into {@code fresh}, with its times and without
     * following links, so the swap leaves it as it was. Refused when the build wrote that name itself.
     */
    static void carryOver(Path out, Path fresh, List<String> keep) throws IOException {
        if (keep.isEmpty() || !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) return;
        for (String name : keep) {
            if (Files.exists(fresh.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new SiteWriter.RefusedException("keep: '" + name + "' is a file the build writes itself"
                        + " (remove it from keep: in site.yml)");
            }
        }
        for (String name : keep) {
            Path from = out.resolve(name);
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) copyTree(from, fresh.resolve(name));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                Files.copy(dir, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = file.equals(from) ? to : to.resolve(from.relativize(file).toString());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                // Copying the files changed the folder's modification time: give it back.
                Path target = to.resolve(from.relativize(dir).toString());
                Files.setLastModifiedTime(target, Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
