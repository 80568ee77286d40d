package accord.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A portal on {@link TestPortal#SCHEMA} generated from a seed, kept as a model of its records so
 * that an edit can be made the way an editor makes it (a title, a reference, a body link, a draft
 * flag, a new file, a deleted or renamed one, a template, site.yml) and written back to disk.
 * Edits may break the portal (a reference to a deleted record): the build must then say so in the
 * same words whichever way it ran.
 */
final class RandomPortal {
    private static final String[] COLLECTIONS = {"events", "sessions", "speakers", "organizations", "topics"};

    /** One record: its fields as YAML lines after the title, and its body. */
    static final class Rec {
        String collection;
        String slug;
        String title;
        boolean draft;
        /** Withdrawn (the lifecycle), with a reason: it leaves the timeline and calendars and ranks last in search. */
        boolean withdrawn;
        final TreeMap<String, List<String>> refs = new TreeMap<>();
        String scalar = "";
        String body = "";
        /** The body of its Russian translation, or null when it has none. */
        String translation;

        String path() {
            return "content/" + collection + "/" + slug + ".md";
        }

        String translationPath() {
            return "content/" + collection + "/" + slug + ".ru.md";
        }
    }

    private final Path root;
    private final Random random;
    private final TreeMap<String, Rec> records = new TreeMap<>();
    private int serial;
    private int siteVersion;
    private int templateVersion;

    RandomPortal(Path root, long seed, int size) {
        this.root = root;
        this.random = new Random(seed);
        // The title is translatable here, so that a translation's own title reaches the Russian lists, home and timeline.
        // Two search facets (issue 8), so that the index's facet files, labels and prefix files follow every edit.
        TestPortal.write(root, TestPortal.SCHEMA.replace("title: { type: string, required: true, label: Title }",
                "title: { type: string, required: true, label: Title, translatable: true }")
                .replace("speakers: { type: list(ref(speakers)), label: Speakers, backlink: Spoke at }",
                        "speakers: { type: list(ref(speakers)), label: Speakers, backlink: Spoke at, search: { facet: true } }")
                .replace("organization: { type: ref(organizations), label: Organization, backlink: People }",
                        "organization: { type: ref(organizations), label: Organization, backlink: People, search: { facet: true } }")
                // The lifecycle, so that withdrawing a record is an edit too.
                .replace("common:\n", "common:\n" + LifecycleBuildTest.LIFECYCLE_FIELDS));
        writeSite();
        for (String c : COLLECTIONS) add(c);
        for (int i = COLLECTIONS.length; i < size; i++) add(COLLECTIONS[random.nextInt(COLLECTIONS.length)]);
        // Fill references only once every collection has records to point at.
        for (Rec r : List.copyOf(records.values())) {
            fill(r);
            write(r);
        }
    }

    Path root() {
        return root;
    }

    private Rec add(String collection) {
        Rec r = new Rec();
        r.collection = collection;
        r.slug = collection.substring(0, 3) + "-" + (++serial);
        r.title = "Record " + serial + " " + words(1 + random.nextInt(3));
        records.put(r.path(), r);
        return r;
    }

    private void fill(Rec r) {
        r.refs.clear();
        switch (r.collection) {
            case "events" -> {
                r.scalar = "start: 2024-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28)) + "\nkind: conference\n";
                r.refs.put("organizers", pick("organizations", random.nextInt(3)));
            }
            case "sessions" -> {
                r.scalar = "date: 2024-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28)) + "\n";
                r.refs.put("event", pick("events", 1));
                r.refs.put("speakers", pick("speakers", random.nextInt(4)));
            }
            case "speakers" -> {
                r.scalar = "sort_name: " + r.title.substring(r.title.lastIndexOf(' ') + 1) + ", " + r.slug + "\n";
                r.refs.put("organization", pick("organizations", random.nextInt(2)));
            }
            case "organizations" -> r.scalar = random.nextBoolean() ? "acronym: ORG" + serial + "\n" : "";
            default -> r.scalar = "description: About " + words(3) + ".\n";
        }
        if (!r.collection.equals("topics")) r.refs.put("topics", pick("topics", random.nextInt(3)));
        r.body = body();
    }

    private String body() {
        StringBuilder sb = new StringBuilder("## " + words(2) + "\n\n" + words(8) + ".\n");
        int links = random.nextInt(3);
        for (int i = 0; i < links && !records.isEmpty(); i++) {
            Rec target = any();
            // Some links name a heading of the target's body, so a heading that changes breaks a link on a page
            // that was not rendered again (the session must find it as a full build does).
            String fragment = random.nextInt(3) == 0 && target.body.startsWith("## ") ? "#" + headingId(target.body) : "";
            sb.append("\nSee [").append(words(2)).append("](../").append(target.collection).append('/')
                    .append(target.slug).append(".md").append(fragment).append(").\n");
        }
        return sb.toString();
    }

    /** The id flexmark gives the body's first heading ({@code ## climate Baku} gives {@code climate-baku}). */
    private static String headingId(String body) {
        String heading = body.substring(3, body.indexOf('\n') < 0 ? body.length() : body.indexOf('\n'));
        return heading.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private List<String> pick(String collection, int n) {
        List<Rec> pool = records.values().stream().filter(r -> r.collection.equals(collection) && !r.draft).toList();
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < n && !pool.isEmpty(); i++) chosen.add(pool.get(random.nextInt(pool.size())).slug);
        return new ArrayList<>(chosen);
    }

    private Rec any() {
        List<Rec> all = List.copyOf(records.values());
        return all.get(random.nextInt(all.size()));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static final String[] WORDS = {"climate", "trade", "Baku", "partnership", "finance", "regional", "innovation",
            "declaration", "water", "energy", "corridor", "Astana", "ministers", "plan", "fund"};

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return sb.toString();
    }

    /** Makes one random edit on disk and returns the paths it changed, relative to the root. */
    Set<String> edit() {
        Set<String> changed = new LinkedHashSet<>();
        Rec r = any();
        switch (random.nextInt(13)) {
            case 0, 1 -> r.title = "Retitled " + (++serial) + " " + words(2);
            case 2 -> {
                String field = r.collection.equals("sessions") ? "speakers" : "topics";
                if (!r.collection.equals("topics")) r.refs.put(field, pick(field.equals("speakers") ? "speakers" : "topics", 1 + random.nextInt(3)));
            }
            case 3 -> r.refs.values().forEach(l -> {
                if (l.size() > 1) l.remove(0);
            });
            case 4 -> r.body = body();
            case 5 -> r.draft = !r.draft;
            case 6 -> {
                Rec added = add(COLLECTIONS[random.nextInt(COLLECTIONS.length)]);
                fill(added);
                write(added);
                changed.add(added.path());
                return changed;
            }
            case 7 -> {
                records.remove(r.path());
                delete(r.path());
                changed.add(r.path());
                if (r.translation != null) {
                    delete(r.translationPath());
                    changed.add(r.translationPath());
                }
                return changed;
            }
            case 11 -> r.withdrawn = !r.withdrawn;
            case 10 -> {
                // A translation comes, changes or goes (its title follows the record's, in its own words).
                r.translation = r.translation == null || random.nextBoolean() ? "Перевод: " + words(4) + ".\n" : null;
                if (r.translation == null) delete(r.translationPath());
                else writeTranslation(r);
                changed.add(r.translationPath());
                return changed;
            }
            case 8 -> {
                String old = r.path();
                if (r.translation != null) {
                    delete(r.translationPath());
                    changed.add(r.translationPath());
                    r.translation = null;
                }
                records.remove(old);
                r.slug = r.slug + "-renamed";
                records.put(r.path(), r);
                delete(old);
                changed.add(old);
            }
            case 9 -> {
                templateVersion++;
                String layout = "templates/layout.ftlh";
                TestPortal.write(root, "-- " + layout + " --\n" + theme("layout.ftlh")
                        .replace("Every record lists its sources;", "Every record (" + templateVersion + ") lists its sources;"));
                changed.add(layout);
                return changed;
            }
            default -> {
                siteVersion++;
                writeSite();
                changed.add("content/site.yml");
                return changed;
            }
        }
        write(r);
        changed.add(r.path());
        if (r.translation != null) changed.add(r.translationPath());
        return changed;
    }

    /** Fixes every broken reference and body link, as an editor would after a failed build; returns the files touched. */
    Set<String> repair() {
        Set<String> changed = new LinkedHashSet<>();
        Set<String> published = new java.util.HashSet<>();
        records.values().forEach(r -> {
            if (!r.draft) published.add(r.collection + "/" + r.slug);
        });
        for (Rec r : records.values()) {
            boolean touched = false;
            for (var e : r.refs.entrySet()) {
                String target = switch (e.getKey()) {
                    case "event" -> "events";
                    case "speakers" -> "speakers";
                    case "organization", "organizers" -> "organizations";
                    default -> "topics";
                };
                List<String> kept = new ArrayList<>(e.getValue().stream().filter(s -> published.contains(target + "/" + s)).toList());
                if (e.getKey().equals("event") && kept.isEmpty()) kept = pick("events", 1);
                if (!kept.equals(e.getValue())) {
                    e.setValue(kept);
                    touched = true;
                }
            }
            String body = r.body.replaceAll("(?m)^See \\[[^]]*\\]\\(\\.\\./([a-z]+)/([a-z0-9-]+)\\.md(#[a-z0-9-]+)?\\)\\.$", "§$1/$2§");
            StringBuilder fixed = new StringBuilder();
            for (String line : body.split("\n", -1)) {
                if (line.startsWith("§")) {
                    String id = line.substring(1, line.length() - 1);
                    if (published.contains(id)) {
                        fixed.append("See [it](../").append(id).append(".md).");
                    }
                } else {
                    fixed.append(line);
                }
                fixed.append('\n');
            }
            String newBody = fixed.substring(0, fixed.length() - 1);
            if (!newBody.equals(r.body)) {
                r.body = newBody;
                touched = true;
            }
            if (touched) {
                write(r);
                changed.add(r.path());
                if (r.translation != null) changed.add(r.translationPath());
            }
        }
        return changed;
    }

    private void writeSite() {
        TestPortal.write(root, "-- content/site.yml --\ntitle: Random portal " + siteVersion
                + "\nbase_url: https://accord.test/r/\nlanguages: [en, ru]\npage_size: 4\nfeatured:\n  - { collection: sessions, title: Latest, limit: 3 }\n");
    }

    private static String theme(String name) {
        try (var in = RandomPortal.class.getResourceAsStream("/theme/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Rec r) {
        StringBuilder sb = new StringBuilder("---\ntitle: \"").append(r.title).append("\"\n").append(r.scalar);
        r.refs.forEach((field, slugs) -> {
            if (field.equals("event") || field.equals("organization")) {
                if (!slugs.isEmpty()) sb.append(field).append(": ").append(slugs.get(0)).append('\n');
            } else if (!slugs.isEmpty()) {
                sb.append(field).append(": [").append(String.join(", ", slugs)).append("]\n");
            }
        });
        if (r.draft) sb.append("draft: true\n");
        if (r.withdrawn) sb.append("lifecycle: withdrawn\nlifecycle_reason: A duplicate of another record.\n");
        sb.append("---\n").append(r.body);
        TestPortal.write(root, "-- " + r.path() + " --\n" + sb);
        if (r.translation != null) writeTranslation(r);
    }

    /** The record's Russian translation: its own title (made from the record's) and its own body. */
    private void writeTranslation(Rec r) {
        TestPortal.write(root, "-- " + r.translationPath() + " --\n---\ntitle: \"Перевод: " + r.title + "\"\n---\n" + r.translation);
    }

    private void delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
