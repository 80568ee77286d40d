package accord.markdown;

import accord.problem.LineMap;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;

/**
 * Renders Markdown with tables, footnotes, strikethrough, heading ids and typographic quotes. A bare
 * address in prose stays text (write {@code <https://...>} to link it): GFM's autolink extension
 * scanned every text node with regular expressions and cost a third of all Markdown time. Raw HTML is escaped unless the site allows it, in which case it is cleaned with a safelist.
 * Link URLs are checked on the syntax tree: only http, https, mailto and relative links pass.
 * The flexmark parser and renderer are built once and are safe to share between threads.
 */
public final class MarkdownRenderer {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final int MAX_NESTING = 32;

    /** Past the limit, the reuse cache starts afresh: each save leaves its old text behind in it. */
    private static final int CACHE_LIMIT = 50_000;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean rawHtml;
    /** Renderings kept for reuse, once {@link #keepRenderings} is called; null until then. */
    private volatile Map<CacheKey, Cached> cache;

    /** What decides a rendering, besides the state of the files it links to. */
    private record CacheKey(String markdown, String path, int firstLine, boolean columns, Object resolver) {
    }

    /** A linked file as the resolver saw it: the href it gave, and whether it was unreadable. */
    private record Resolution(String sourcePath, Optional<String> href, boolean unreadable) {
    }

    private record Cached(RenderedMarkdown result, List<Resolution> resolutions) {
    }

    public MarkdownRenderer(boolean rawHtml) {
        this(rawHtml, true);
    }

    /** With {@code plainText} false, text is written by flexmark's core renderer alone (what {@link PlainText} is tested against). */
    MarkdownRenderer(boolean rawHtml, boolean plainText) {
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), TypographicExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.ESCAPE_HTML, !rawHtml);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        HtmlRenderer.Builder html = HtmlRenderer.builder(options);
        if (plainText) html.nodeRendererFactory(o -> new PlainText());
        this.renderer = html.build();
    }

    /**
     * Keeps each rendering that found no problem, and gives it back for the same text, path and
     * resolver as long as every file it links to resolves as before. A live preview renders the
     * same bodies again on many saves (a page shows its neighbours, which change); a one-off build
     * never asks, and keeps nothing.
     */
    public void keepRenderings() {
        if (cache == null) cache = new ConcurrentHashMap<>();
    }

    /** Renders a small document that uses every extension, so a cold JVM loads flexmark off the critical path. */
    public void warmUp() {
        render("# A\n\n*b* ~~c~~ \"d\" <https://example.org>[^1]\n\n| e | f |\n|---|---|\n| g | h |\n\n[^1]: i\n",
                "content/warm-up.md", 1, LinkResolver.NONE, new Problems());
    }

    /**
     * Renders {@code markdown}, which starts on line {@code firstLine} of {@code path}.
     * Links to {@code .md} files are resolved relative to {@code path} and rewritten by {@code links}.
     */
    public RenderedMarkdown render(String markdown, String path, int firstLine, LinkResolver links, Problems problems) {
        return render(markdown, path, firstLine, true, links, problems);
    }

    /**
     * Renders Markdown written as a YAML value (a {@code text} field, the site's intro) that starts
     * at {@code at}. A multi-line value is a block scalar ({@code |} or {@code >}) whose text starts
     * on the next line. Problems name the line only: a column inside a YAML scalar (indented,
     * perhaps folded or quoted) is not the file's column.
     */
    public RenderedMarkdown renderEmbedded(String markdown, SourcePosition at, LinkResolver links, Problems problems) {
        int firstLine = Math.max(1, at.line()) + (markdown.stripTrailing().contains("\n") ? 1 : 0);
        return render(markdown, at.file(), firstLine, false, links, problems);
    }

    private RenderedMarkdown render(String markdown, String path, int firstLine, boolean columns, LinkResolver links,
                                    Problems problems) {
        if (markdown.isBlank()) return RenderedMarkdown.EMPTY;
        Map<CacheKey, Cached> kept = cache;
        if (kept != null && links.cacheKey() != null) {
            CacheKey key = new CacheKey(markdown, path, firstLine, columns, links.cacheKey());
            Cached c = kept.get(key);
            if (c != null && stillResolves(c, links)) return c.result();
            Recorder recorder = new Recorder(links);
            Problems own = new Problems();
            RenderedMarkdown result = renderUncached(markdown, path, firstLine, columns, recorder, own);
            List<accord.problem.Problem> found = own.sorted();
            found.forEach(problems::add);
            if (found.isEmpty()) {
                if (kept.size() > CACHE_LIMIT) kept.clear();
                kept.put(key, new Cached(result, List.copyOf(recorder.seen)));
            }
            return result;
        }
        return renderUncached(markdown, path, firstLine, columns, links, problems);
    }

    /** Whether every file a kept rendering linked to resolves to the same href (noting the page's dependencies again). */
    private static boolean stillResolves(Cached c, LinkResolver links) {
        boolean same = true;
        for (Resolution r : c.resolutions()) {
            if (!links.resolve(r.sourcePath()).equals(r.href()) || links.unreadable(r.sourcePath()) != r.unreadable()) same = false;
        }
        return same;
    }

    /** A resolver that remembers what it answered, so a rendering can be checked before it is reused. */
    private static final class Recorder implements LinkResolver {
        private final LinkResolver inner;
        private final List<Resolution> seen = new ArrayList<>();

        Recorder(LinkResolver inner) {
            this.inner = inner;
        }

        @Override
        public Optional<String> resolve(String sourcePath) {
            Optional<String> href = inner.resolve(sourcePath);
            seen.add(new Resolution(sourcePath, href, inner.unreadable(sourcePath)));
            return href;
        }

        @Override
        public boolean unreadable(String sourcePath) {
            return inner.unreadable(sourcePath);
        }

        @Override
        public Optional<String> draft(String sourcePath) {
            return inner.draft(sourcePath);
        }

        @Override
        public java.util.Collection<String> knownPaths() {
            return inner.knownPaths();
        }

        @Override
        public Optional<Moved> movedTo(String sourcePath) {
            return inner.movedTo(sourcePath);
        }
    }

    private RenderedMarkdown renderUncached(String markdown, String path, int firstLine, boolean columns,
                                            LinkResolver links, Problems problems) {
        try {
            return renderBounded(shortenBreaks(markdown), path, firstLine, columns, links, problems);
        } catch (StackOverflowError e) {
            // flexmark recurses (partly through regular expressions) on some inputs; nothing in a
            // record should end the build with a stack trace.
            problems.error(SourcePosition.of(path, firstLine + longestLine(markdown)), "Markdown too complex to render"
                    + " (a very long line or deeply nested markup; split it into shorter lines or flatten it)");
            return RenderedMarkdown.EMPTY;
        }
    }

    /** The 0-based index of the longest line: the likeliest culprit when the parser runs out of stack. */
    private static int longestLine(String markdown) {
        String[] lines = markdown.split("\n", -1);
        int best = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].length() > lines[best].length()) best = i;
        }
        return best;
    }

    /**
     * A line of many {@code -}, {@code *} or {@code _} is a thematic break (or a setext underline),
     * but flexmark matches it with a regular expression that recurses once per character: about
     * 2,000 of them exhaust a thread's stack. Three characters mean the same thing, and only that
     * line changes, so positions on every other line stay as written. Only lines over 1,000
     * characters are touched, so an ordinary separator line inside a code block keeps its length.
     * (Plain loops here: a regular expression would recurse in the same way.)
     */
    static String shortenBreaks(String markdown) {
        StringBuilder out = null;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) end = markdown.length();
            String shorter = end - start > 1000 ? shortBreak(markdown.substring(start, end)) : null;
            if (shorter != null) {
                if (out == null) out = new StringBuilder(markdown.substring(0, start));
                out.append(shorter);
            } else if (out != null) {
                out.append(markdown, start, end);
            }
            if (end < markdown.length() && out != null) out.append('\n');
            start = end + 1;
        }
        return out == null ? markdown : out.toString();
    }

    /** {@code line} written as three marks if it is a thematic break, else null. */
    private static String shortBreak(String line) {
        int indent = 0;
        while (indent < line.length() && indent < 3 && line.charAt(indent) == ' ') indent++;
        if (indent >= line.length()) return null;
        char mark = line.charAt(indent);
        if (mark != '-' && mark != '*' && mark != '_') return null;
        int marks = 0;
        for (int i = indent; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) marks++;
            else if (c != ' ' && c != '\t') return null;
        }
        return marks >= 3 ? line.substring(0, indent) + String.valueOf(mark).repeat(3) : null;
    }

    private RenderedMarkdown renderBounded(String markdown, String path, int firstLine, boolean columns, LinkResolver links,
                                           Problems problems) {
        LineMap lines = new LineMap(markdown);
        int deepest = deepestNesting(markdown);
        if (deepest > MAX_NESTING) {
            problems.error(new SourcePosition(path, lines.line(deepestOffset(markdown)) + firstLine - 1, columns ? 1 : 0),
                    "Markdown nested " + deepest + " levels deep (at most " + MAX_NESTING + "; flatten the lists or quotes)");
            return RenderedMarkdown.EMPTY;
        }
        Document doc = parser.parse(markdown);
        List<LinkRef> refs = new ArrayList<>();
        List<Node> refused = new ArrayList<>();
        for (Node node : doc.getDescendants()) {
            if (node instanceof AutoLink || node instanceof MailLink) {
                String url = node instanceof AutoLink a ? a.getText().toString() : "mailto:" + ((MailLink) node).getText();
                SourcePosition at = at(path, firstLine, columns, lines, node.getStartOffset());
                if (!checkScheme(url, at, problems)) refused.add(node);
                continue;
            }
            if (!(node instanceof LinkNodeBase link)) continue;
            String written = link.getUrl().toString();
            SourcePosition at = at(path, firstLine, columns, lines, node.getStartOffset());
            String url = org.jsoup.parser.Parser.unescapeEntities(written, false).strip();
            Optional<String> href = rewrite(url, written, path, at, links, problems);
            if (href.isEmpty()) {
                refused.add(node);
                continue;
            }
            if (!href.get().equals(written)) link.setUrl(BasedSequence.of(href.get()));
            refs.add(new LinkRef(written, href.get(), at));
        }
        // A refused link has been reported once; it must not reach the HTML (where a browser would
        // follow it) nor be reported again by the link checker as a broken relative link.
        for (Node node : refused) neutralise(node);
        String html = renderer.render(doc);
        if (rawHtml) html = clean(html);
        return new RenderedMarkdown(html, refs);
    }

    /** Replaces a refused link or image by its text; a refused reference definition points nowhere. */
    private static void neutralise(Node node) {
        if (node instanceof Reference ref) {
            ref.setUrl(BasedSequence.of("#"));
            return;
        }
        if (node instanceof Image image) {
            image.insertBefore(new Text(image.getText()));
            image.unlink();
            return;
        }
        if (node instanceof AutoLink || node instanceof MailLink) {
            node.insertBefore(new Text(node.getChars()));
            node.unlink();
            return;
        }
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static SourcePosition at(String path, int firstLine, boolean columns, LineMap lines, int offset) {
        return new SourcePosition(path, lines.line(offset) + firstLine - 1, columns ? lines.column(offset) : 0);
    }

    private Optional<String> rewrite(String url, String written, String path, SourcePosition at, LinkResolver links,
                                     Problems problems) {
        if (url.isEmpty() || url.startsWith("#")) return Optional.of(written);
        if (!checkScheme(url, at, problems)) return Optional.empty();
        if (SCHEME.matcher(url).find() || url.startsWith("//")) return Optional.of(written);
        String target = url;
        String fragment = "";
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = target.substring(hash);
            target = target.substring(0, hash);
        }
        if (!target.endsWith(".md")) {
            problems.error(at, "link '" + written + "': only links to other records (.md files) and full web addresses are supported (link to the record's .md file)");
            return Optional.empty();
        }
        Optional<String> resolvedPath = resolvePath(path, target);
        if (resolvedPath.isEmpty()) {
            problems.error(at, "link '" + written + "' points outside content/ (link to a record's .md file)");
            return Optional.empty();
        }
        Optional<String> href = links.resolve(resolvedPath.get());
        if (href.isEmpty() && links.unreadable(resolvedPath.get())) return Optional.empty();
        Optional<String> draft = href.isEmpty() ? links.draft(resolvedPath.get()) : Optional.empty();
        if (draft.isPresent()) {
            problems.error(at, "link '" + written + "': " + draft.get());
            return Optional.empty();
        }
        if (href.isEmpty()) {
            Optional<LinkResolver.Moved> moved = links.movedTo(resolvedPath.get());
            problems.error(at, "broken link '" + written + "': no record " + resolvedPath.get()
                    + (moved.isPresent() ? movedHint(path, target, resolvedPath.get(), moved.get())
                    : nearestLink(path, target, resolvedPath.get(), links.knownPaths())));
            return Optional.empty();
        }
        return Optional.of(href.get() + fragment);
    }

    /**
     * ": it moved to content/sessions/new.md, whose redirect_from lists the old address (link to
     * '../sessions/new.md')": the new file written the way the link was written when it is in the same folder,
     * else relative to the linking file {@code from}.
     */
    private static String movedHint(String from, String written, String resolved, LinkResolver.Moved moved) {
        String now = moved.sourcePath();
        String link;
        if (now.substring(0, now.lastIndexOf('/')).equals(resolved.substring(0, resolved.lastIndexOf('/')))) {
            link = written.substring(0, written.lastIndexOf('/') + 1) + now.substring(now.lastIndexOf('/') + 1);
        } else {
            link = java.nio.file.Path.of(from).getParent().relativize(java.nio.file.Path.of(now)).toString().replace('\\', '/');
        }
        return ": it moved to " + now + ", whose " + moved.field() + " lists the old address (link to '" + link + "')";
    }

    /**
     * " (did you mean '../speakers/mikayil-jabbarov.md'?)": the nearest record file in the folder
     * the link points into, compared by file name and written the way the link was written.
     */
    private static String nearestLink(String from, String written, String resolved, java.util.Collection<String> known) {
        int slash = resolved.lastIndexOf('/');
        String folder = resolved.substring(0, slash + 1);
        String name = resolved.substring(slash + 1, resolved.length() - ".md".length());
        List<String> names = known.stream().filter(k -> k.startsWith(folder) && k.indexOf('/', folder.length()) < 0)
                .map(k -> k.substring(folder.length(), k.length() - ".md".length())).sorted().toList();
        String prefix = written.substring(0, written.lastIndexOf('/') + 1);
        // A translation that does not exist (x.de.md): the record's own file, however far the names are apart.
        int dot = name.indexOf('.');
        if (dot > 0 && names.contains(name.substring(0, dot))) return " (did you mean '" + prefix + name.substring(0, dot) + ".md'?)";
        // The folder left out ([her](aigerim-seitkali.md) in a session): the one record of that file name elsewhere.
        List<String> elsewhere = known.stream().filter(k -> !k.startsWith(folder) && k.endsWith("/" + name + ".md")).toList();
        Optional<String> other = elsewhere.size() == 1 ? Optional.of(java.nio.file.Path.of(from).getParent()
                .relativize(java.nio.file.Path.of(elsewhere.get(0))).toString().replace('\\', '/')) : Optional.empty();
        if (other.isPresent() && prefix.isEmpty()) return " (did you mean '" + other.get() + "'?)";
        return accord.text.Suggestions.nearest(name, names)
                .map(n -> " (did you mean '" + prefix + n + ".md'?)")
                .or(() -> other.map(o -> " (did you mean '" + o + "'?)"))
                .orElse(" (fix the path, or create the record)");
    }

    /** {@code content/sessions/x.md} + {@code ../speakers/y.md} = {@code content/speakers/y.md}. */
    static Optional<String> resolvePath(String from, String relative) {
        List<String> parts = new ArrayList<>(List.of(from.split("/")));
        parts.remove(parts.size() - 1);
        if (relative.startsWith("/")) return Optional.empty();
        for (String p : relative.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        if (parts.isEmpty() || !parts.get(0).equals("content")) return Optional.empty();
        return Optional.of(String.join("/", parts));
    }

    private static final Pattern SPACES_AND_CONTROLS = Pattern.compile("[\\s\\p{Cntrl}]");

    private static boolean checkScheme(String url, SourcePosition at, Problems problems) {
        String compact = SPACES_AND_CONTROLS.matcher(url).replaceAll("");
        Matcher m = SCHEME.matcher(compact);
        if (!m.find()) return true;
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) return true;
        problems.error(at, "link uses the '" + scheme + ":' scheme (only http, https, mailto and relative links are allowed)");
        return false;
    }

    /** The deepest nesting of block quotes and list markers on any line, as a cheap bound. */
    private static int deepestNesting(String markdown) {
        int deepest = 0;
        for (String line : markdown.split("\n", -1)) {
            deepest = Math.max(deepest, nesting(line));
        }
        return deepest;
    }

    private static int deepestOffset(String markdown) {
        int offset = 0;
        int best = 0;
        int bestOffset = 0;
        for (String line : markdown.split("\n", -1)) {
            int n = nesting(line);
            if (n > best) {
                best = n;
                bestOffset = offset;
            }
            offset += line.length() + 1;
        }
        return bestOffset;
    }

    private static int nesting(String line) {
        int n = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '>' ) {
                n++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                n++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
            i++;
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') indent++;
        boolean listItem = indent < line.length() && "-*+>0123456789".indexOf(line.charAt(indent)) >= 0;
        return listItem ? Math.max(n, indent / 2) : n;
    }

    private static String clean(String html) {
        // relaxed() lacks some tags flexmark emits (del for strikethrough, hr for thematic breaks).
        Safelist safelist = Safelist.relaxed()
                .addTags("del", "s", "hr")
                .addAttributes(":all", "id", "class")
                .addAttributes("a", "rel")
                .preserveRelativeLinks(true);
        OutputSettings settings = new OutputSettings().prettyPrint(false);
        // jsoup checks a link's protocol on its absolute form; with no base URI a relative link
        // (../speakers/x/, #fn-1) has none and is dropped. A placeholder base lets relative links
        // through unchanged (preserveRelativeLinks) while javascript: and the like still fail.
        return Jsoup.clean(html, "https://accord.invalid/", safelist, settings);
    }
}
