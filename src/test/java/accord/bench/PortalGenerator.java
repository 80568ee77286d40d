package accord.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic portal shaped like a real archive, for the benchmark and for tests that need
 * many records: the same records for the same (records, seed), every record valid against the
 * default portal's {@code content/schema.yml}.
 *
 * <p>Shape at 10,000 records, scaled proportionally for other sizes: 3,500 sessions, 3,000 people,
 * 1,000 each of declarations, plans and organizations, 300 events, 200 topics. Bodies of 300–1,050
 * words (median about 660) with {@code ##} headings, emphasis and 2–3 relative links to other
 * records' files. About 3 references per record (at most 19), and a few hub organizations, events
 * and topics that 3–9 % of all records point at (300–900 times at 10,000). Some people and
 * organizations have Russian and Azerbaijani aliases.
 *
 * <p>Usage: {@code PortalGenerator DIR RECORDS [SEED [SCHEMA]]}; SCHEMA defaults to
 * {@code content/schema.yml} in the current folder.
 */
public final class PortalGenerator {
    /** Collections in generation order, with their shares per 10,000 records and file-name prefixes. */
    static final String[] COLLECTIONS = {"sessions", "speakers", "declarations", "plans", "organizations", "events", "topics"};
    private static final int[] SHARE = {3500, 3000, 1000, 1000, 1000, 300, 200};
    private static final String[] PREFIX = {"session", "speaker", "declaration", "plan", "organization", "event", "topic"};
    private static final int SESSIONS = 0, SPEAKERS = 1, DECLARATIONS = 2, PLANS = 3, ORGANIZATIONS = 4, EVENTS = 5,
            TOPICS = 6;
    /** Hubs per collection, as the fraction of all records that point at each one. */
    private static final double[][] HUBS = {{}, {}, {}, {}, {0.09, 0.06, 0.03}, {0.08, 0.045}, {0.07, 0.05, 0.035}};
    /** The most references one record gets. */
    static final int MAX_REFS = 19;

    /** A reference field: where it points, how many values it takes, how often it is chosen. */
    private record Field(String name, int target, int max, double weight, boolean required, boolean older) {
    }

    private static Field one(String name, int target, double weight) {
        return new Field(name, target, 1, weight, false, false);
    }

    private static Field many(String name, int target, int max, double weight) {
        return new Field(name, target, max, weight, false, false);
    }

    /** A field pointing into its own collection; it only points at older records, so chains never loop. */
    private static Field older(String name, int max, double weight, int self) {
        return new Field(name, self, max, weight, false, true);
    }

    /** Reference fields by collection; "quotes" and "figures" stand for one quote or figure per value. */
    private static final Field[][] FIELDS = {
            { // sessions
                    new Field("event", EVENTS, 1, 0, true, false), many("speakers", SPEAKERS, 6, 3),
                    many("organizers", ORGANIZATIONS, 3, 1.5), many("moderators", SPEAKERS, 2, 0.4),
                    many("participants", SPEAKERS, 6, 0.8), many("declarations", DECLARATIONS, 2, 0.3),
                    many("plans", PLANS, 2, 0.3), many("topics", TOPICS, 3, 1.2), many("quotes", SPEAKERS, 3, 0.3),
                    many("figures", SPEAKERS, 2, 0.2), older("disambiguation", 1, 0.03, SESSIONS)},
            { // speakers
                    one("organization", ORGANIZATIONS, 3), many("topics", TOPICS, 3, 1), older("disambiguation", 1, 0.05, SPEAKERS)},
            { // declarations
                    one("session", SESSIONS, 1), one("event", EVENTS, 1.2), many("signatories", ORGANIZATIONS, 8, 1.5),
                    older("supersedes", 1, 0.2, DECLARATIONS), many("establishes", PLANS, 3, 0.5), many("topics", TOPICS, 3, 1)},
            { // plans
                    one("owner", ORGANIZATIONS, 2), one("adopted_at", EVENTS, 1), older("implements", 1, 0.3, PLANS),
                    many("topics", TOPICS, 3, 1)},
            { // organizations
                    older("parent", 1, 0.6, ORGANIZATIONS), many("topics", TOPICS, 3, 1),
                    older("disambiguation", 1, 0.05, ORGANIZATIONS)},
            { // events
                    many("organizers", ORGANIZATIONS, 4, 2), many("people", SPEAKERS, 8, 1), older("parent", 1, 0.3, EVENTS),
                    many("topics", TOPICS, 3, 1)},
            { // topics
                    many("topics", TOPICS, 3, 1)},
    };

    /** One generated record: its identity, its names and the records its fields point at. */
    private static final class Rec {
        final int coll;
        final int idx;
        final String slug;
        String title;
        String[] aliases = {};
        final Map<String, List<Rec>> refs = new LinkedHashMap<>();

        Rec(int coll, int idx) {
            this.coll = coll;
            this.idx = idx;
            this.slug = PREFIX[coll] + "-" + idx;
        }

        String path() {
            return COLLECTIONS[coll] + "/" + slug;
        }
    }

    /** One value of a reference field, still to be pointed somewhere. */
    private static final class Slot {
        final Rec owner;
        final Field field;
        Rec target;

        Slot(Rec owner, Field field) {
            this.owner = owner;
            this.field = field;
        }
    }

    private final int records;
    private final Random rnd;
    private final List<List<Rec>> byColl;
    private final List<Rec> all;

    private PortalGenerator(int records, long seed) {
        this.records = records;
        this.rnd = new Random(seed);
        this.byColl = new ArrayList<>();
        this.all = new ArrayList<>();
    }

    /** The same records as {@code g}, with a Random of its own for writing one record. */
    private PortalGenerator(PortalGenerator g, long seed) {
        this.records = g.records;
        this.rnd = new Random(seed);
        this.byColl = g.byColl;
        this.all = g.all;
    }

    /** Writes a portal of {@code records} records into {@code portalDir}, with the schema at content/schema.yml. */
    public static void generate(Path portalDir, int records, long seed) {
        generate(portalDir, records, seed, Path.of("content", "schema.yml"));
    }

    /**
     * Writes {@code portalDir/content/**}: {@code schema.yml} copied from {@code schema}, {@code site.yml},
     * and {@code records} records, the same bytes for the same arguments. {@code content/} must be absent
     * or empty.
     */
    public static void generate(Path portalDir, int records, long seed, Path schema) {
        if (records < COLLECTIONS.length) {
            throw new IllegalArgumentException("records: at least " + COLLECTIONS.length + " (one per collection), got " + records);
        }
        try {
            Path content = portalDir.resolve("content");
            if (Files.isDirectory(content)) {
                try (Stream<Path> s = Files.list(content)) {
                    if (s.findAny().isPresent()) {
                        throw new IllegalArgumentException(content + " is not empty (generate into a new folder)");
                    }
                }
            }
            Files.createDirectories(content);
            Files.copy(schema, content.resolve("schema.yml"));
            Files.writeString(content.resolve("site.yml"), SITE);
            for (String c : COLLECTIONS) Files.createDirectories(content.resolve(c));
            PortalGenerator g = new PortalGenerator(records, seed);
            g.makeRecords();
            g.makeReferences();
            // Each record's text draws on a Random of its own, so the files are written in parallel and
            // still come out the same.
            IntStream.range(0, g.all.size()).parallel().forEach(i -> {
                Rec r = g.all.get(i);
                String text = new PortalGenerator(g, seed * 0x9E3779B97F4A7C15L + i).write(r);
                try {
                    Files.writeString(content.resolve(COLLECTIONS[r.coll]).resolve(r.slug + ".md"), text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many records of each collection a portal of {@code records} records has. */
    static int[] counts(int records) {
        int[] n = new int[COLLECTIONS.length];
        int sum = 0;
        for (int c = 0; c < n.length; c++) {
            n[c] = Math.max(1, (int) Math.round((double) records * SHARE[c] / 10_000));
            sum += n[c];
        }
        // Sessions, the largest collection, absorb the rounding.
        for (int c = 0; sum != records; c = (c + 1) % n.length) {
            if (sum < records) {
                n[c]++;
                sum++;
            } else if (n[c] > 1) {
                n[c]--;
                sum--;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- records and names

    private void makeRecords() {
        int[] n = counts(records);
        for (int c = 0; c < n.length; c++) {
            List<Rec> list = new ArrayList<>(n[c]);
            for (int i = 1; i <= n[c]; i++) {
                Rec r = new Rec(c, i);
                name(r);
                list.add(r);
                all.add(r);
            }
            byColl.add(list);
        }
    }

    private void name(Rec r) {
        switch (r.coll) {
            case SPEAKERS -> {
                int f = rnd.nextInt(FIRST.length), l = rnd.nextInt(LAST.length);
                r.title = FIRST[f][0] + " " + LAST[l][0];
                if (rnd.nextInt(10) < 3) {
                    r.aliases = new String[] {FIRST[f][1] + " " + LAST[l][1], "ru", FIRST[f][2] + " " + LAST[l][2], "az"};
                }
            }
            case ORGANIZATIONS -> {
                int k = rnd.nextInt(ORG_KINDS.length), c = rnd.nextInt(COUNTRIES.length);
                r.title = ORG_KINDS[k][0] + " of " + COUNTRIES[c][0];
                if (rnd.nextInt(10) < 4) {
                    r.aliases = new String[] {ORG_KINDS[k][1] + " (" + COUNTRIES[c][1] + ")", "ru",
                            COUNTRIES[c][2] + " " + ORG_KINDS[k][2], "az"};
                }
            }
            case SESSIONS -> r.title = pick(SESSION_KINDS) + " on " + pick(THEMES);
            case DECLARATIONS -> r.title = pick(CITIES) + " Declaration on " + cap(pick(THEMES));
            case PLANS -> {
                int y = 2015 + rnd.nextInt(12);
                r.title = cap(pick(THEMES)) + " " + pick(PLAN_KINDS) + " " + y + "–" + (y + 2 + rnd.nextInt(4));
            }
            case EVENTS -> r.title = pick(EVENT_NAMES) + " " + (1 + rnd.nextInt(30)) + ", " + pick(CITIES);
            case TOPICS -> r.title = cap(THEMES[(r.idx - 1) % THEMES.length])
                    + (r.idx > THEMES.length ? " " + (1 + (r.idx - 1) / THEMES.length) : "");
            default -> throw new IllegalStateException();
        }
    }

    // ---------------------------------------------------------------- references

    private void makeReferences() {
        List<List<Slot>> slotsTo = new ArrayList<>();
        for (int c = 0; c < COLLECTIONS.length; c++) slotsTo.add(new ArrayList<>());
        for (Rec r : all) {
            for (Slot s : slotsOf(r)) slotsTo.get(s.field.target).add(s);
        }
        for (int c = 0; c < COLLECTIONS.length; c++) {
            List<Slot> slots = slotsTo.get(c);
            Collections.shuffle(slots, rnd);
            List<Rec> targets = byColl.get(c);
            int hubs = Math.min(HUBS[c].length, targets.size() - 1);
            // Hubs take their quota of the shuffled values first, at most once per record's field.
            for (int h = 0; h < hubs; h++) {
                Rec hub = targets.get(h);
                int quota = (int) Math.round(HUBS[c][h] * records);
                for (int i = 0; i < slots.size() && quota > 0; i++) {
                    Slot s = slots.get(i);
                    if (s.target == null && fits(s, hub)) {
                        s.target = hub;
                        quota--;
                    }
                }
            }
            // The rest point anywhere but at the hubs.
            for (Slot s : slots) {
                if (s.target != null) continue;
                int lo = hubs, hi = s.field.older ? s.owner.idx - 1 : targets.size();
                if (lo >= hi) lo = 0;
                for (int tries = 0; tries < 20 && hi > lo && s.target == null; tries++) {
                    Rec t = targets.get(lo + rnd.nextInt(hi - lo));
                    if (fits(s, t)) s.target = t;
                }
            }
        }
        // Keep each record's fields in the schema's order, whatever order the collections were done in.
        for (Rec r : all) {
            Map<String, List<Rec>> ordered = new LinkedHashMap<>();
            for (Field f : FIELDS[r.coll]) {
                List<Rec> v = r.refs.get(f.name);
                if (v != null && !v.isEmpty()) ordered.put(f.name, v);
            }
            r.refs.clear();
            r.refs.putAll(ordered);
        }
    }

    /** Whether {@code s} may point at {@code t}; if so, records it in the owner's field. */
    private static boolean fits(Slot s, Rec t) {
        if (t == s.owner || (s.field.older && t.idx >= s.owner.idx)) return false;
        List<Rec> taken = s.owner.refs.get(s.field.name);
        if (taken == null) {
            s.owner.refs.put(s.field.name, taken = new ArrayList<>());
        }
        if (taken.contains(t)) return false;
        taken.add(t);
        return true;
    }

    /** The values of {@code r}'s reference fields, still unpointed: about 3 in all, at most {@link #MAX_REFS}. */
    private List<Slot> slotsOf(Rec r) {
        // A geometric count: 1 + floor(Exp(mean 2.5)) has mean 3 and reaches 19 about once in 1,300.
        int want = Math.min(MAX_REFS, 1 + (int) (-Math.log(1 - rnd.nextDouble()) * 2.7));
        Field[] fields = FIELDS[r.coll];
        int[] used = new int[fields.length];
        int total = 0;
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].required) {
                used[i]++;
                total++;
            }
        }
        while (total < want) {
            double sum = 0;
            for (int i = 0; i < fields.length; i++) if (room(r, fields[i], used[i])) sum += fields[i].weight;
            if (sum == 0) break;
            double x = rnd.nextDouble() * sum;
            int chosen = -1;
            for (int i = 0; i < fields.length; i++) {
                if (!room(r, fields[i], used[i])) continue;
                chosen = i;
                x -= fields[i].weight;
                if (x < 0) break;
            }
            used[chosen]++;
            total++;
        }
        List<Slot> slots = new ArrayList<>(total);
        for (int i = 0; i < fields.length; i++) {
            for (int k = 0; k < used[i]; k++) slots.add(new Slot(r, fields[i]));
        }
        return slots;
    }

    private boolean room(Rec r, Field f, int used) {
        if (used >= f.max || f.weight == 0) return false;
        int candidates = f.older ? r.idx - 1 : byColl.get(f.target).size() - (f.target == r.coll ? 1 : 0);
        return used < candidates;
    }

    // ---------------------------------------------------------------- the record's file

    private String write(Rec r) {
        StringBuilder b = new StringBuilder(8192);
        b.append("---\n");
        kv(b, "title", r.title);
        switch (r.coll) {
            case SESSIONS -> {
                kv(b, "date", date(2015, 11));
                if (rnd.nextInt(4) == 0) kv(b, "location", pick(VENUES) + ", " + pick(CITIES));
            }
            case SPEAKERS -> {
                kv(b, "name", r.title);
                int space = r.title.indexOf(' ');
                kv(b, "sort_name", r.title.substring(space + 1) + ", " + r.title.substring(0, space));
                kv(b, "position", pick(POSITIONS));
                if (rnd.nextBoolean()) kv(b, "country", pick(COUNTRIES)[0]);
                if (rnd.nextInt(3) == 0) kv(b, "born", date(1950, 40));
            }
            case DECLARATIONS -> {
                kv(b, "kind", pick("declaration", "decision", "joint-statement", "communique"));
                if (rnd.nextInt(3) == 0) kv(b, "symbol", "DOC/" + (2000 + r.idx) + "/" + (1 + rnd.nextInt(40)));
                if (rnd.nextInt(4) != 0) kv(b, "date", date(2010, 15));
                if (rnd.nextBoolean()) kv(b, "place", pick(CITIES));
                kv(b, "status", pick("signed", "adopted", "endorsed", "reported", "unknown"));
                if (rnd.nextBoolean()) kv(b, "text_status", pick("published", "summary-only", "not-publicly-located"));
                if (rnd.nextBoolean()) kv(b, "url", "https://example.org/declarations/" + r.idx);
            }
            case PLANS -> {
                kv(b, "kind", pick("action-plan", "strategy", "vision", "fund", "partnership", "programme", "roadmap"));
                if (rnd.nextBoolean()) kv(b, "adopted", date(2010, 15));
                if (rnd.nextBoolean()) kv(b, "status", pick("active", "completed", "proposed", "unknown"));
                if (rnd.nextInt(3) == 0) list(b, "partners", pick(COUNTRIES)[0], pick(COUNTRIES)[0]);
                if (rnd.nextInt(3) == 0) kv(b, "commitments", sentence(12));
            }
            case ORGANIZATIONS -> {
                kv(b, "acronym", acronym(r.title));
                kv(b, "kind", pick("intergovernmental-programme", "development-bank", "ministry", "un-body",
                        "intergovernmental-organization", "non-profit", "government"));
                if (rnd.nextBoolean()) kv(b, "headquarters", pick(CITIES));
                if (rnd.nextInt(3) == 0) kv(b, "established", String.valueOf(1960 + rnd.nextInt(60)));
                if (rnd.nextInt(4) == 0) kv(b, "website", "https://example.org/organizations/" + r.idx);
            }
            case EVENTS -> {
                kv(b, "kind", pick("conference", "ministerial-conference", "working-group-meeting", "governing-council",
                        "summit", "meeting"));
                LocalDate start = LocalDate.of(2010, 1, 1).plusDays(rnd.nextInt(15 * 365));
                kv(b, "start", start.toString());
                if (rnd.nextBoolean()) kv(b, "end", start.plusDays(1 + rnd.nextInt(10)).toString());
                if (rnd.nextInt(3) == 0) kv(b, "venue", pick(VENUES));
                kv(b, "city", pick(CITIES));
                if (rnd.nextInt(3) == 0) list(b, "outcomes", sentence(8), sentence(10));
                if (rnd.nextBoolean()) kv(b, "url", "https://example.org/events/" + r.idx);
            }
            case TOPICS -> kv(b, "description", sentence(14));
            default -> throw new IllegalStateException();
        }
        if (r.aliases.length > 0) {
            b.append("aliases:\n");
            for (int i = 0; i < r.aliases.length; i += 2) {
                b.append("  - name: ").append(q(r.aliases[i])).append("\n    lang: ").append(q(r.aliases[i + 1])).append('\n');
            }
        }
        for (Map.Entry<String, List<Rec>> e : r.refs.entrySet()) refField(b, r, e.getKey(), e.getValue());
        b.append("sources:\n");
        for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
            b.append("  - title: ").append(q(cap(sentence(6 + rnd.nextInt(6))))).append('\n');
            b.append("    publisher: ").append(q(pick(PUBLISHERS))).append('\n');
            if (rnd.nextInt(5) != 0) b.append("    url: ").append(q("https://example.org/" + r.path() + "/" + (i + 1))).append('\n');
            if (rnd.nextBoolean()) b.append("    date: ").append(q(date(2010, 15))).append('\n');
            b.append("    quality: ").append(q(pick("A", "B", "B", "C"))).append('\n');
        }
        if (rnd.nextInt(10) == 0) {
            b.append("caveats:\n  - status: ").append(q(pick("uncertain", "not-found", "conflicting")))
                    .append("\n    text: ").append(q(cap(sentence(15)))).append('\n');
        }
        b.append("---\n");
        body(b, r);
        return b.toString();
    }

    private void refField(StringBuilder b, Rec r, String field, List<Rec> targets) {
        switch (field) {
            case "quotes" -> {
                b.append("quotes:\n");
                for (Rec t : targets) {
                    b.append("  - speaker: ").append(q(t.slug)).append("\n    text: ").append(q(cap(sentence(18)))).append('\n');
                }
            }
            case "figures" -> {
                b.append("figures:\n");
                for (Rec t : targets) {
                    b.append("  - label: ").append(q(cap(sentence(4)))).append("\n    value: ")
                            .append(q((1 + rnd.nextInt(900)) + " million")).append("\n    given_by: ").append(q(t.slug)).append('\n');
                }
            }
            case "disambiguation" -> {
                b.append("disambiguation:\n");
                for (Rec t : targets) b.append("  - ").append(q(t.path())).append('\n');
            }
            default -> {
                if (FIELDS[r.coll][indexOf(r.coll, field)].max == 1) {
                    kv(b, field, targets.get(0).slug);
                } else {
                    b.append(field).append(":\n");
                    for (Rec t : targets) b.append("  - ").append(q(t.slug)).append('\n');
                }
            }
        }
    }

    private static int indexOf(int coll, String field) {
        for (int i = 0; i < FIELDS[coll].length; i++) if (FIELDS[coll][i].name.equals(field)) return i;
        throw new IllegalArgumentException(field);
    }

    /** 300–1,050 words, median about 660, in paragraphs under distinct {@code ##} headings, with 2–3 links. */
    private void body(StringBuilder b, Rec r) {
        double u = (rnd.nextDouble() + rnd.nextDouble()) / 2;
        int words = 300 + (int) Math.round(750 * Math.pow(u, 1.06));
        int links = 2 + rnd.nextInt(2);
        int paragraphs = Math.max(3, words / 75);
        boolean[] linkAt = new boolean[paragraphs];
        for (int placed = 0; placed < links; ) {
            int p = rnd.nextInt(paragraphs);
            if (!linkAt[p]) {
                linkAt[p] = true;
                placed++;
            }
        }
        List<String> headings = new ArrayList<>(List.of(HEADINGS));
        Collections.shuffle(headings, rnd);
        int written = 0, heading = 0;
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && p % 3 == 0 && heading < headings.size()) {
                b.append("## ").append(headings.get(heading++)).append("\n\n");
                written += 2;
            }
            int left = words - written, paraWords = p == paragraphs - 1 ? Math.max(left, 10) : Math.max(10, left / (paragraphs - p));
            if (rnd.nextInt(8) == 0 && paraWords > 20) {
                // A short list instead of prose.
                int items = 3 + rnd.nextInt(3);
                for (int i = 0; i < items; i++) {
                    b.append("- ");
                    written += prose(b, paraWords / items, false);
                    b.append('\n');
                }
            } else {
                written += prose(b, paraWords, true);
            }
            if (linkAt[p]) {
                Rec t = all.get(rnd.nextInt(all.size()));
                if (t == r) t = all.get((t.coll == 0 ? all.size() - 1 : 0));
                b.append(" See ").append(rnd.nextBoolean() ? "also " : "").append('[').append(t.title).append("](../")
                        .append(t.path()).append(".md).");
                written += 3 + t.title.split(" ").length;
            }
            b.append("\n\n");
        }
        b.setLength(b.length() - 1);
    }

    /** Writes about {@code words} words of sentences, some emphasised; returns how many it wrote. */
    private int prose(StringBuilder b, int words, boolean sentences) {
        int written = 0;
        while (written < words) {
            int n = Math.min(words - written, 8 + rnd.nextInt(14));
            if (n < 3) n = 3;
            if (written > 0) b.append(' ');
            boolean afterSemicolon = written > 0 && b.charAt(b.length() - 2) == ';';
            for (int i = 0; i < n; i++) {
                String w = WORDS[rnd.nextInt(WORDS.length)];
                if (i == 0 && !afterSemicolon) w = cap(w);
                if (i > 0) b.append(' ');
                int e = rnd.nextInt(40);
                if (e == 0 && i < n - 1) b.append('*').append(w).append('*');
                else if (e == 1 && i < n - 1) b.append("**").append(w).append("**");
                else b.append(w);
            }
            if (sentences || written + n < words) b.append(rnd.nextInt(12) == 0 ? ';' : '.');
            written += n;
        }
        return written;
    }

    // ---------------------------------------------------------------- small helpers

    private String sentence(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) b.append(' ');
            b.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private String date(int fromYear, int years) {
        return LocalDate.of(fromYear, 1, 1).plusDays(rnd.nextInt(years * 365)).toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String acronym(String title) {
        StringBuilder a = new StringBuilder();
        for (String w : title.split(" ")) if (Character.isUpperCase(w.charAt(0))) a.append(w.charAt(0));
        return a.toString();
    }

    private static void kv(StringBuilder b, String key, String value) {
        b.append(key).append(": ").append(q(value)).append('\n');
    }

    private static void list(StringBuilder b, String key, String... values) {
        b.append(key).append(":\n");
        for (String v : values) b.append("  - ").append(q(v)).append('\n');
    }

    private static String q(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: PortalGenerator DIR RECORDS [SEED [SCHEMA]]   (SEED 1, SCHEMA content/schema.yml)");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        int records = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Path schema = args.length > 3 ? Path.of(args[3]) : Path.of("content", "schema.yml");
        generate(Path.of(args[0]), records, seed, schema);
        System.out.println("generated " + records + " records in " + args[0] + " (seed " + seed + ", "
                + (System.nanoTime() - t0) / 1_000_000 + " ms)");
    }

    // ---------------------------------------------------------------- word lists

    private static final String SITE = """
            title: "Benchmark portal"
            description: "A synthetic archive of sessions, declarations, plans, people, organizations, events and topics, made by accord.bench.PortalGenerator."
            base_url: "https://accord.test/bench/"
            language: en
            navigation:
              - { title: Sessions, href: sessions/ }
              - { title: Declarations, href: declarations/ }
              - { title: Plans and funds, href: plans/ }
              - { title: People, href: speakers/ }
              - { title: Organizations, href: organizations/ }
              - { title: Events, href: events/ }
              - { title: Topics, href: topics/ }
            intro: |
              A synthetic portal for measuring builds. Its records are **generated**: every name, date and
              source is made up, and every reference points at another generated record.
            """;

    /** English, Russian and Azerbaijani forms. */
    private static final String[][] FIRST = {
            {"Mikayil", "Микаил", "Mikayıl"}, {"Nurlan", "Нурлан", "Nurlan"}, {"Aigerim", "Айгерим", "Aygerim"},
            {"Rustam", "Рустам", "Rüstəm"}, {"Leyla", "Лейла", "Leyla"}, {"Timur", "Тимур", "Teymur"},
            {"Dilnoza", "Дилноза", "Dilnoza"}, {"Farid", "Фарид", "Fərid"}, {"Gulnara", "Гульнара", "Gülnarə"},
            {"Yevgeniy", "Евгений", "Yevgeni"}, {"Shahin", "Шахин", "Şahin"}, {"Zarina", "Зарина", "Zərinə"},
            {"Bakhtiyor", "Бахтиёр", "Bəxtiyar"}, {"Madina", "Мадина", "Mədinə"}, {"Askar", "Аскар", "Əsgər"},
            {"Nigora", "Нигора", "Nigar"}, {"Elchin", "Эльчин", "Elçin"}, {"Saule", "Сауле", "Saule"},
            {"Jamshid", "Джамшид", "Cəmşid"}, {"Kamila", "Камила", "Kamilə"}, {"Anvar", "Анвар", "Ənvər"},
            {"Lyaziza", "Ляззат", "Ləziza"}, {"Oleg", "Олег", "Oleq"}, {"Gulshan", "Гюльшан", "Gülşən"},
    };
    private static final String[][] LAST = {
            {"Jabbarov", "Джаббаров", "Cabbarov"}, {"Baibazarov", "Байбазаров", "Baybazarov"},
            {"Sabyrova", "Сабырова", "Sabırova"}, {"Babayev", "Бабаев", "Babayev"}, {"Zhukov", "Жуков", "Jukov"},
            {"Aliyeva", "Алиева", "Əliyeva"}, {"Karimov", "Каримов", "Kərimov"}, {"Nazarbekova", "Назарбекова", "Nazarbəyova"},
            {"Huseynov", "Гусейнов", "Hüseynov"}, {"Tokayeva", "Токаева", "Tokayeva"}, {"Mammadov", "Мамедов", "Məmmədov"},
            {"Rahimova", "Рахимова", "Rəhimova"}, {"Usmonov", "Усмонов", "Osmanov"}, {"Ismayilova", "Исмаилова", "İsmayılova"},
            {"Sultanov", "Султанов", "Sultanov"}, {"Akhmetova", "Ахметова", "Əhmədova"}, {"Kasymov", "Касымов", "Qasımov"},
            {"Abdullayeva", "Абдуллаева", "Abdullayeva"}, {"Rashidov", "Рашидов", "Rəşidov"}, {"Bekova", "Бекова", "Bəyova"},
            {"Safarov", "Сафаров", "Səfərov"}, {"Orazova", "Оразова", "Orazova"}, {"Valiyev", "Валиев", "Vəliyev"},
            {"Nurmatova", "Нурматова", "Nurmətova"}, {"Guliyev", "Гулиев", "Quliyev"}, {"Ergasheva", "Эргашева", "Erqaşeva"},
    };
    private static final String[][] ORG_KINDS = {
            {"Ministry of Economy", "Министерство экономики", "İqtisadiyyat Nazirliyi"},
            {"Ministry of Energy", "Министерство энергетики", "Energetika Nazirliyi"},
            {"Ministry of Ecology", "Министерство экологии", "Ekologiya Nazirliyi"},
            {"Ministry of Finance", "Министерство финансов", "Maliyyə Nazirliyi"},
            {"Ministry of Transport", "Министерство транспорта", "Nəqliyyat Nazirliyi"},
            {"Water Resources Agency", "Агентство водных ресурсов", "Su Ehtiyatları Agentliyi"},
            {"Development Fund", "Фонд развития", "İnkişaf Fondu"},
            {"Climate Centre", "Климатический центр", "İqlim Mərkəzi"},
            {"Statistics Committee", "Комитет по статистике", "Statistika Komitəsi"},
            {"Chamber of Commerce", "Торговая палата", "Ticarət Palatası"},
            {"Investment Agency", "Инвестиционное агентство", "İnvestisiya Agentliyi"},
            {"Hydrometeorological Service", "Гидрометеорологическая служба", "Hidrometeorologiya Xidməti"},
    };
    private static final String[][] COUNTRIES = {
            {"Azerbaijan", "Азербайджан", "Azərbaycan"}, {"Kazakhstan", "Казахстан", "Qazaxıstan"},
            {"Kyrgyzstan", "Кыргызстан", "Qırğızıstan"}, {"Tajikistan", "Таджикистан", "Tacikistan"},
            {"Uzbekistan", "Узбекистан", "Özbəkistan"}, {"Turkmenistan", "Туркменистан", "Türkmənistan"},
            {"Georgia", "Грузия", "Gürcüstan"}, {"Mongolia", "Монголия", "Monqolustan"}, {"Pakistan", "Пакистан", "Pakistan"},
            {"Afghanistan", "Афганистан", "Əfqanıstan"}, {"China", "Китай", "Çin"}, {"Türkiye", "Турция", "Türkiyə"},
    };
    private static final String[] CITIES = {"Baku", "Astana", "Almaty", "Tashkent", "Samarkand", "Bishkek", "Dushanbe",
            "Ashgabat", "Tbilisi", "Ulaanbaatar", "Islamabad", "Urumqi", "Ganja", "Osh", "Khujand", "Batumi"};
    private static final String[] VENUES = {"Baku Olympic Stadium", "Palace of Independence", "Congress Hall",
            "Nizami plenary hall", "Expo Centre", "State Guest House", "University Conference Centre"};
    private static final String[] THEMES = {"climate finance", "regional trade and transit", "water security",
            "energy transition", "transport corridors", "digital connectivity", "food security", "disaster risk reduction",
            "carbon markets", "green hydrogen", "gender equality", "public health", "education reform", "sustainable tourism",
            "agricultural productivity", "glacier monitoring", "air quality", "biodiversity", "urban resilience",
            "renewable power", "customs cooperation", "cross-border electricity", "drought preparedness", "land restoration",
            "private sector investment", "climate adaptation", "methane reduction", "circular economy", "rail freight",
            "labour mobility", "financial inclusion", "waste management", "early warning systems", "forest protection",
            "water-energy-food nexus", "clean cooking", "critical minerals", "statistics capacity", "debt sustainability",
            "small business finance"};
    private static final String[] SESSION_KINDS = {"High-level session", "Panel discussion", "Ministerial dialogue",
            "Side event", "Roundtable", "Plenary", "Technical workshop", "Press briefing"};
    private static final String[] PLAN_KINDS = {"Action Plan", "Strategy", "Roadmap", "Programme", "Fund", "Partnership"};
    private static final String[] EVENT_NAMES = {"Ministerial Conference", "Working Group on Climate Change",
            "Governing Council", "Regional Summit", "Senior Officials' Meeting", "Climate Week", "Investment Forum",
            "Trade Facilitation Committee"};
    private static final String[] POSITIONS = {"Minister of Economy", "Deputy Minister of Energy", "Director General",
            "Head of Delegation", "Senior Adviser", "Country Director", "Programme Officer", "Ambassador",
            "Chief Economist", "Vice-President", "Chair of the Board", "Climate Envoy"};
    private static final String[] PUBLISHERS = {"Ministry press office", "Trend", "Kazinform", "Xalq qazeti", "Report",
            "Vestnik Kavkaza", "AKIpress", "UzA", "Asia-Plus", "ENB/IISD", "Programme secretariat", "Caliber.az"};
    private static final String[] HEADINGS = {"Background", "Context", "Discussion", "Outcomes", "Positions taken",
            "Follow-up", "Financing", "Participants", "Commitments", "Timeline", "Reactions", "Open questions",
            "Earlier work", "Implementation", "Figures given", "Related records"};
    private static final String[] WORDS = ("the of and to in a regional cooperation climate finance trade transit "
            + "energy water ministers agreed programme partnership corridor investment countries delegation session "
            + "declaration plan adopted signed support development bank secretariat report national framework "
            + "adaptation resilience mitigation infrastructure projects funding billion million percent growth "
            + "region member states officials chair meeting conference working group council summit presented "
            + "priorities targets capacity technical assistance private sector public policy reform markets "
            + "emissions reduction renewable power grid railway road border customs digital data monitoring "
            + "commitment implementation review progress year years period first second third new joint "
            + "statement strategy vision action fund launched announced noted stressed welcomed called for "
            + "stronger closer further greater better shared common long-term short-term sustainable green "
            + "low-carbon inclusive efficient modern safe reliable open transparent accountable with on by "
            + "from at as for its their this that these those which who was were is are be been has have "
            + "will would could should also more most between across within under over after before during "
            + "since until while because although however therefore")
            .split(" ");
}
