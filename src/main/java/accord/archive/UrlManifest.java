package accord.archive;

import accord.model.Site;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import accord.render.PageEntry;
import accord.render.PagePlan;
import accord.render.Routes;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The committed list of the site's published addresses, {@code content/urls.txt}: one path a line, from the
 * site's root ({@code /sessions/x/}), sorted; lines starting with {@code #} are comments. Every build and
 * check holds the site to it: an address listed there that the build no longer makes is an error, unless a
 * record's {@code redirect_from} keeps it (it makes a page at that address, so it counts as
 * published). {@code accord urls --update} rewrites it. Without the file nothing is checked.
 *
 * <p>What is listed: every page (HTML) a reader can follow a link to, except the 404 page. Data files, feeds and
 * search files follow their records and are not listed.
 *
 * <p>Some listed pages are made from the records and come and go with them: a year of the timeline (a year's only
 * record withdrawn or deleted), the timeline itself (no dated record left), a list's later pages and those of "What
 * changed" (fewer records). Such an address is not an error when the build no longer makes it: {@link #listings} makes
 * it a redirect to the page that took its place, so the address keeps leading somewhere and stays published.
 */
public final class UrlManifest {
    public static final String PATH = "content/urls.txt";
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private UrlManifest() {
    }

    /** The addresses {@code plan} publishes, as the manifest lists them. */
    public static SortedSet<String> published(PagePlan plan) {
        SortedSet<String> urls = new TreeSet<>();
        for (PageEntry e : plan.entries().values()) {
            if (!e.isHtml() || e.kind() == PageEntry.Kind.NOT_FOUND) continue;
            // A list's later pages are listed too: their records shift as records come and go, but readers follow
            // links to them, and when one is no longer made its address leads to the list's last page (listings).
            urls.add("/" + Routes.clean(e.path()));
        }
        return urls;
    }

    /**
     * A redirect for each address the manifest {@code text} lists that {@code plan} does not make and that names a page
     * generated from the records, which come and go with them, to the page that took its place, in the same language:
     * <ul>
     * <li>a year of the timeline ({@code /timeline/2020/}) to the timeline, or to the home page when there is no timeline;
     * <li>the timeline ({@code /timeline/}) to the home page;
     * <li>a later page of a collection's list ({@code /sessions/page/3/}) to the list's last page, and of "What changed"
     * to its last page.
     * </ul>
     * Any other address (a record's page, a collection's list, a language the site no longer has) is left to
     * {@link #check}. Ordered by path.
     */
    public static List<Redirects.Redirect> listings(String text, PagePlan plan, Site site) {
        if (text == null) return List.of();
        java.util.Map<String, PageEntry> entries = plan.entries();
        Set<String> languages = new java.util.HashSet<>(site.config().otherLanguages());
        Set<String> collections = new java.util.HashSet<>();
        site.collections().forEach(c -> collections.add(c.name()));
        java.util.Map<String, Redirects.Redirect> byPath = new java.util.TreeMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("/") || line.startsWith("//") || !line.matches("[A-Za-z0-9._~/-]+") || !line.endsWith("/")) continue;
            String path = line.substring(1) + "index.html";
            if (entries.containsKey(path) || byPath.containsKey(path)) continue;
            String[] parts = line.substring(1, line.length() - 1).split("/", -1);
            String lang = "";
            int at = 0;
            if (parts.length > 1 && languages.contains(parts[0])) {
                lang = parts[0];
                at = 1;
            }
            String prefix = lang.isEmpty() ? "" : lang + "/";
            List<String> rest = List.of(parts).subList(at, parts.length);
            String home = prefix + "index.html";
            String to = null;
            if (rest.size() == 2 && rest.get(0).equals("timeline") && rest.get(1).matches("[0-9]{1,9}")) {
                to = entries.containsKey(prefix + "timeline/index.html") ? prefix + "timeline/index.html" : home;
            } else if (rest.size() == 1 && rest.get(0).equals("timeline")) {
                to = home;
            } else if (rest.size() == 3 && rest.get(1).equals("page") && rest.get(2).matches("[0-9]{1,9}")
                    && (collections.contains(rest.get(0)) || rest.get(0).equals("changes") && lang.isEmpty())) {
                to = last(entries, prefix + rest.get(0) + "/");
            }
            if (to == null || !entries.containsKey(to)) continue;
            byPath.put(path, new Redirects.Redirect(path, null, new SourcePosition(PATH, i + 1, 1), lang, to));
        }
        return List.copyOf(byPath.values());
    }

    /** The output file of the last page the plan makes of the list at {@code first} ({@code sessions/}), or null. */
    private static String last(java.util.Map<String, PageEntry> entries, String first) {
        PageEntry e = entries.get(first + "index.html");
        if (e == null) return null;
        String last = first + "index.html";
        for (int n = 2; entries.containsKey(first + "page/" + n + "/index.html"); n++) last = first + "page/" + n + "/index.html";
        return last;
    }

    /**
     * The lines of the manifest {@code text} that list an address (not comments, not tombstones) and are not among
     * {@code urls}: what rewriting it with {@code urls} gives up, in file order, control characters shown as escapes.
     */
    public static List<String> dropped(String text, SortedSet<String> urls) {
        return text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !Tombstones.isTombstone(l) && !urls.contains(l))
                .distinct().map(Redirects::printable).toList();
    }

    /** Whether line {@code line} (from 1) of the manifest {@code text} is a tombstone line ({@code gone …}). */
    public static boolean isTombstoneLine(String text, int line) {
        if (line < 1) return false;
        return text.lines().skip(line - 1).findFirst().map(l -> Tombstones.isTombstone(l.strip())).orElse(false);
    }

    /** The manifest's text for {@code urls}. */
    public static String render(SortedSet<String> urls) {
        return render(urls, List.of());
    }

    /** The manifest's text for {@code urls}, with the tombstone lines {@code gone} kept as they were written, at the end. */
    public static String render(SortedSet<String> urls, List<String> gone) {
        StringBuilder sb = new StringBuilder("# Every address this site has published. `accord build` and `accord check` fail when one\n"
                + "# disappears without a redirect_from; `accord urls --update` rewrites this file.\n");
        urls.forEach(u -> sb.append(u).append('\n'));
        if (!gone.isEmpty()) {
            sb.append("# Removed pages: 'gone <address> <date> <why>' makes a page there saying so (kept by --update).\n");
            gone.forEach(g -> sb.append(g).append('\n'));
        }
        return sb.toString();
    }

    /**
     * Checks {@code plan} against the manifest under {@code root}, if there is one: each listed address must
     * still be published; while a record's file exists but cannot be read ({@link Site#unreadable}, already an
     * error), which addresses it would make is not known, and none is reported as gone. Returns whether a manifest
     * was found.
     */
    public static boolean check(Path root, PagePlan plan, Site site, Problems problems) {
        Path file = root.resolve(PATH);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return false;
        // A symbolic link is refused, and reported, by the content reader; it is never followed here.
        if (Files.isSymbolicLink(file)) return true;
        Optional<String> read = text(root, problems);
        if (read.isEmpty()) return true;
        String text = read.get();
        SortedSet<String> published = published(plan);
        // A record whose file exists but could not be read (already an error, so nothing is published) makes pages no
        // one can list: its own in every language, its redirects, a year of the timeline it alone fills. Until it is
        // mended, no listed address is said to be gone: the advice to run 'accord urls --update' would lose them.
        boolean complete = site.unreadable().isEmpty();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || Tombstones.isTombstone(line)) continue;
            SourcePosition at = new SourcePosition(PATH, i + 1, 1);
            if (!line.startsWith("/") || line.startsWith("//") || !line.matches("[A-Za-z0-9._~/-]+")) {
                problems.error(at, "'" + Redirects.printable(line) + "' is not a path of the site such as "
                        + Redirects.example(Redirects.exampleCollection(site), "x")
                        + " (fix the line, or rewrite the file with 'accord urls --update')");
            } else if (complete && !published.contains(line)) {
                problems.error(at, line + " was published and this build no longer makes it (keep the address: add it"
                        + " to the redirect_from of the record that replaced it, or a line 'gone " + line + " <date> <why>'"
                        + " here for a page saying it was removed; or, if it should go, run 'accord urls --update')");
            }
        }
        return true;
    }

    /**
     * The manifest's text under {@code root}, when it is there and readable: a plain UTF-8 file of at most 8 MiB (problems
     * for one that is not; with {@code problems} null, nothing is reported).
     */
    public static Optional<String> text(Path root, Problems problems) {
        Path file = root.resolve(PATH);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) return Optional.empty();
        if (problems == null) problems = new Problems();
        SourcePosition whole = SourcePosition.of(PATH);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(whole, "the URL manifest must be a plain file, not a folder (replace it with"
                    + " the output of 'accord urls --update')");
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(whole, "the URL manifest is larger than 8 MiB (rewrite it with 'accord urls --update')");
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            problems.error(whole, "the URL manifest is not UTF-8 text (rewrite it with 'accord urls --update')");
        } catch (IOException e) {
            problems.error(whole, "cannot read the URL manifest: " + e.getMessage());
        }
        return Optional.empty();
    }
}
