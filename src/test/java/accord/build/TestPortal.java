package accord.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A portal described inline, in the style of Hugo's integration tests: one text block with
 * {@code -- content/speakers/x.md --} lines starting each file, written under a folder.
 */
public final class TestPortal {
    private static final Pattern MARKER = Pattern.compile("(?m)^-- (\\S+) --[ \\t]*\\n");

    /** A minimal schema with the five default collections and a few fields each. */
    public static final String SCHEMA = """
            -- content/schema.yml --
            common:
              title: { type: string, required: true, label: Title }
              topics: { type: list(ref(topics)), label: Topics, backlink: Tagged with this topic }
              draft: { type: enum(true|false), label: Draft }
              caveats:
                type: list(object)
                label: Caveats
                fields:
                  field: { type: string, label: Concerns }
                  status: { type: enum(uncertain|not-found), required: true, label: Status }
                  text: { type: text, required: true, label: Caveat }
            collections:
              events:
                title: Events
                singular: Event
                order: -start
                fields:
                  start: { type: date, required: true, label: Start, role: date }
                  kind: { type: enum(conference|summit|meeting), label: Kind }
                  organizers: { type: list(ref(organizations)), label: Organizers, backlink: Events organized }
              sessions:
                title: Sessions
                singular: Session
                order: -date
                summary: date
                fields:
                  date: { type: date, required: true, label: Date }
                  event: { type: ref(events), required: true, label: Event, backlink: Sessions }
                  speakers: { type: list(ref(speakers)), label: Speakers, backlink: Spoke at }
                  moderators: { type: list(ref(speakers)), label: Moderators, backlink: Moderated }
              speakers:
                title: People
                singular: Person
                order: sort_name
                fields:
                  sort_name: { type: string, required: true, label: Sorted as }
                  organization: { type: ref(organizations), label: Organization, backlink: People }
              organizations:
                title: Organizations
                singular: Organization
                fields:
                  acronym: { type: string, label: Acronym }
              topics:
                title: Topics
                singular: Topic
                fields:
                  description: { type: text, label: Description }
            """;

    /** A small valid portal on top of {@link #SCHEMA}. */
    public static final String PORTAL = SCHEMA + """
            -- content/site.yml --
            title: Test portal
            base_url: https://accord.test/portal/
            language: en
            -- content/events/cop29.md --
            ---
            title: COP29
            start: 2024-11-11
            kind: conference
            organizers: [unfccc]
            ---
            The 29th climate conference.
            -- content/sessions/alpha-session.md --
            ---
            title: Opening plenary
            date: 2024-11-12
            event: cop29
            speakers: [mikayil-jabbarov]
            topics: [climate-finance]
            ---
            The opening.
            -- content/sessions/beta-session.md --
            ---
            title: Closing plenary
            date: 2024-11-24
            event: cop29
            speakers:
              - mikayil-jabbarov
              - anna-zeller
            moderators: [bob-adams]
            ---
            The closing.
            -- content/sessions/gamma-session.md --
            ---
            title: Ministerial dialogue
            date: 2024-11-10
            event: cop29
            ---
            See [the closing plenary](beta-session.md) and
            [the minister](../speakers/mikayil-jabbarov.md).
            -- content/sessions/secret-session.md --
            ---
            title: Secret talk
            date: 2024-12-01
            event: cop29
            speakers: [bob-adams]
            draft: true
            ---
            Not yet public.
            -- content/speakers/mikayil-jabbarov.md --
            ---
            title: Mikayil Jabbarov
            sort_name: Jabbarov, Mikayil
            organization: ministry-of-economy
            topics: [climate-finance]
            ---
            Minister of Economy.
            -- content/speakers/anna-zeller.md --
            ---
            title: Anna Zeller
            sort_name: Zeller, Anna
            ---
            -- content/speakers/bob-adams.md --
            ---
            title: Bob Adams
            sort_name: Adams, Bob
            ---
            -- content/organizations/unfccc.md --
            ---
            title: UNFCCC
            acronym: UNFCCC
            topics: [climate-finance]
            ---
            -- content/organizations/ministry-of-economy.md --
            ---
            title: Ministry of Economy
            ---
            -- content/topics/climate-finance.md --
            ---
            title: Climate finance
            description: Money for climate action.
            ---
            -- content/topics/trade.md --
            ---
            title: Trade
            ---
            """;

    private TestPortal() {
    }

    /** Writes every {@code -- path --} section of {@code files} under {@code root}; later sections replace earlier ones. */
    public static Path write(Path root, String files) {
        Map<String, String> sections = parse(files);
        try {
            for (Map.Entry<String, String> e : sections.entrySet()) {
                Path file = root.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** The sections of {@code files}, by path, in the order written (a repeated path keeps the last text). */
    public static Map<String, String> parse(String files) {
        Matcher m = MARKER.matcher(files);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        if (names.isEmpty() || !files.substring(0, starts.get(0)[0]).isBlank()) {
            throw new IllegalArgumentException("test portal text must start with a '-- path --' line");
        }
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? starts.get(i + 1)[0] : files.length();
            sections.put(names.get(i), files.substring(starts.get(i)[1], end));
        }
        return sections;
    }

    /** Builds {@code root} into {@code root/site}, writing when there is no error. */
    public static BuildResult build(Path root) {
        return build(root, false);
    }

    public static BuildResult build(Path root, boolean drafts) {
        try {
            return new Build(new BuildOptions(root, root.resolve("site"), drafts, Optional.empty(), true)).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A session over {@code root} that has built it, staged, into {@code out} without an error (the caller closes it). */
    public static BuildSession builtSession(Path root, Path out) throws IOException {
        BuildSession session = new BuildSession(new BuildOptions(root, out, false, Optional.empty(), true));
        BuildResult first = session.build(accord.output.SiteWriter.stage(out)).result();
        if (!first.ok()) {
            session.close();
            throw new AssertionError("the portal does not build: " + problems(first));
        }
        return session;
    }

    /** The problems of a build, each as {@code Problem.format()}. */
    public static List<String> problems(BuildResult result) {
        return result.problems().stream().map(accord.problem.Problem::format).toList();
    }

    /** Every regular file under {@code dir}, by path relative to it (forward slashes), with its bytes. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) return files;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    files.put(rel + "/", new byte[0]);
                } else {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A snapshot as comparable text: path, then the bytes as hex-free string, so assertion messages show differences. */
    public static Map<String, String> snapshotText(Path dir) {
        Map<String, String> text = new TreeMap<>();
        snapshot(dir).forEach((k, v) -> text.put(k, new String(v, StandardCharsets.ISO_8859_1)));
        return text;
    }
}
