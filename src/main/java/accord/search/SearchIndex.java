package accord.search;

import accord.content.RecordId;
import accord.model.Record;
import accord.model.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The search index of a site, as the files the build writes under {@code search/}, each a script that hands
 * its data to {@code accord.searchShard(name, data)} so that it loads from {@code file://} as well as over
 * HTTP. One object lives as long as a build session and is brought up to date record by record
 * ({@link #update}); whatever the order of updates, its files are those a fresh {@link #build} makes.
 *
 * <ul>
 *   <li>{@code search/manifest.js}: the number of records, the slots of a result-data chunk, and the facet
 *       values with their counts of records (collections, topics, years); the search page loads it only for
 *       its filters;</li>
 *   <li>{@code search/t/<key>.js}: every term whose first three characters are the key (written as hex code
 *       points; shorter terms are their own key), each with its records and scores encoded by {@link Postings},
 *       or the number of its records where it has many and a file of its own, {@code search/w/<term>.js}. A shard
 *       over {@link #SHARD_LIMIT} characters is split: it keeps the terms as long as its key and {@code "":2},
 *       and the longer terms go to the shards of their key one character longer, and so on;</li>
 *   <li>{@code search/x/<key>.js}: the same for every term of five or more characters, keyed by its last two
 *       characters read backwards, so a word misspelt in its first letters (where its {@code t/} shard is
 *       not the query's) is still found;</li>
 *   <li>{@code search/r/<term>.js}: what a result shows (number, title, address, collection, date with its basis
 *       apart ({@link ResultDate#appendTo}), an excerpt) for the {@link #TOP} best records of the term, in rank
 *       order: the first page of a one-word query is one file;</li>
 *   <li>{@code search/d/<n>.js}: the same for every record numbered {@code n*CHUNK} to {@code n*CHUNK+CHUNK-1},
 *       for the results no {@code r/} file holds;</li>
 *   <li>{@code search/s/<language>/<n>.js}: the same documents' indexed text in one language ({@link Doc#text}), by number, for those that have
 *       more than their excerpt: the page loads it only for a result on screen whose excerpt shows none of the words
 *       that matched, and cuts the snippet from it;</li>
 *   <li>{@code search/f/c/<collection>.js}, {@code f/t/<topic>.js}, {@code f/y/<year>.js}: the records of
 *       each facet value, so a filter loads one small list, never the whole facet;</li>
 *   <li>{@code search/f/v/<field>/<value>.js}: the same for a value of a facet the schema declares
 *       ({@code search: { facet: true }}, {@link SchemaFacets}), as {@code {"label": …, "records": […]}};</li>
 *   <li>{@code search/p/<field>/<hex prefix>.js}: for a schema facet of more than {@link SchemaFacets#LISTED} values
 *       (which the manifest then gives only as a number), the words of its values' labels that start with the
 *       prefix, each with at most {@link #PER_WORD} values ({@code [value, label, records]}), split by one more
 *       character past {@link #PREFIX_LIMIT} characters, as shards are: the page loads them as the reader types; in
 *       each language but the default the same under {@code p/<field>/<lang>/}, by the labels its readers see;</li>
 *   <li>{@code search/l/<lang>.js}, for each language but the default: the filters' words in it, which only its
 *       search page loads ({@link #words});</li>
 *   <li>{@code search/k.js}: the names of every {@code t/} and {@code x/} file, which the page loads when a query
 *       that skipped a shard found nothing, to tell a missing file from a word the index does not have.</li>
 * </ul>
 *
 * <p>Record numbers are stable: a record's number is a hash of its id into a space of eight to sixteen slots
 * per record (a power of two), the next free slot when two records collide (in the order of hash, then id).
 * Adding or removing a record moves no other record, except one that collided with it, and every record only
 * when the count crosses a power of two. Each record is a document in its own language and one in each of its
 * translations: the version in the language at index {@code i} of site.yml's languages is document
 * {@code number * languages + i} (with one language, the record's number), so search.js knows a document's record
 * and language from its number alone. A score is computed from the record alone (its weighted term count,
 * damped by the length of its own text) and the titles of the records it references, so an update recomputes
 * the changed records and the records that reference them, and regenerates only the files of their terms,
 * chunks and facet values; a file whose text comes out the same is not reported as changed.
 *
 * <p>Bounds: a term is at most {@link #MAX_TERM} code points (longer ones are cut); a term's entry in a shard
 * is at most {@link #OWN_FILE} characters of postings (more goes to its own {@code w/} file, one to three
 * characters per record that has the term); so a {@code t/} or {@code x/} file is at most {@link #SHARD_LIMIT}
 * characters plus one entry (a split shard keeps only the term equal to its key), whatever one record holds.
 * An {@code r/} file holds {@link #TOP} rows, a {@code d/} file at most {@link #CHUNK}, each with an excerpt of
 * at most 240 characters; an {@code s/} file the whole text of the same documents in one language (four to eight
 * records).
 */
public final class SearchIndex {
    public static final String DIR = "search/";
    /** Slots per result-data chunk: with eight to sixteen slots per record, four to eight records. */
    static final int CHUNK = 64;
    /** A build that keeps no terms makes its documents in this many parts (of 16 records at least). */
    static final int PARTS = 16;
    /** Results per {@code r/} file: the search page's first page. */
    static final int TOP = 10;
    /** Terms whose encoded records take more characters than this get a file of their own. */
    static final int OWN_FILE = 2000;
    /** A shard's text above this many characters is split by one more character of its terms. */
    static final int SHARD_LIMIT = 24_000;
    /** Terms are sharded by their first characters; shorter terms by all of theirs. */
    static final int KEY_LENGTH = 3;
    /** Typo shards are keyed by this many last characters, of terms at least {@link #TYPO_MIN} long. */
    static final int TYPO_KEY = 2;
    static final int TYPO_MIN = 5;
    /** Longer terms are indexed by their first this many code points; search.js cuts a query word alike. */
    public static final int MAX_TERM = 32;
    /** The most documents (each record in each language) the index takes: a number is 23 bits of an int. */
    static final int MAX_DOCUMENTS = (1 << 23) - 1;

    /**
     * One output file: its path and the SHA-256 digest of its bytes, by which an update tells whether it changed. Its
     * bytes are {@link #bytes}: the index keeps a file's text only until it is written (at 10,000 records the texts
     * were a third of the index's memory).
     */
    public record IndexFile(String path, byte[] digest) {
    }

    /** Where {@link #update(Site, Optional, Out)} gives the files it makes: each one's path, bytes and SHA-256 digest. */
    @FunctionalInterface
    public interface Out {
        void write(String path, byte[] bytes, byte[] sha256);
    }

    /** A file as generated: its bytes (UTF-8) and their digest. */
    private record Made(byte[] bytes, byte[] digest) {
        static Made of(String text) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new Made(bytes, accord.text.Sha256.of(bytes));
        }
    }

    /** A record's address in a language, relative to the site root. */
    private final BiFunction<Record, String, String> href;
    /** A record's date as its page in a language writes it, and its basis apart, for the result rows. */
    private final BiFunction<Record, String, ResultDate> dateText;
    private Site site;
    /** Each record's documents: its own language's first, then its translations. */
    private final Map<RecordId, List<Doc>> docs = new HashMap<>();
    /** For each record, the records whose entries index its title. */
    private final Map<RecordId, Set<RecordId>> indexedBy = new HashMap<>();
    private final Map<RecordId, Integer> numbers = new HashMap<>();
    /** Every document by its number. */
    private final TreeMap<Integer, Doc> byNumber = new TreeMap<>();
    /** Texts made with their documents and not yet in their block's file, by number ({@link #textOf}); empty between updates. */
    private final ConcurrentHashMap<Integer, Optional<String>> pendingTexts = new ConcurrentHashMap<>();
    private int space;
    /** site.yml's languages, the default first: a document's number is its record's times their count, plus its language's index. */
    private List<String> languages = List.of();
    /** Each term's records, in ascending number; a term with no record has no entry. */
    private final Map<String, TermRecords> postings = new HashMap<>();
    /** The one copy of each term string that the docs and {@link #postings} share (docs are made in parallel). */
    private final ConcurrentHashMap<String, String> canonical = new ConcurrentHashMap<>();
    /** Each facet value's records, by number; a value with no record has no entry. */
    private final Map<String, Members> facets = new HashMap<>();
    private final Map<String, TreeSet<String>> termsByKey = new HashMap<>();
    private final Map<String, TreeSet<String>> termsByTypoKey = new HashMap<>();
    private final Map<String, Set<String>> groupFiles = new HashMap<>();
    private final TreeMap<String, IndexFile> files = new TreeMap<>();
    /** The bytes of the files new or changed since they were last taken ({@link #bytes}). */
    private final Map<String, byte[]> unwritten = new ConcurrentHashMap<>();
    /** Each file's group (see {@link #generate}), to make a file again whose bytes were taken already. */
    private final Map<String, String> groupOf = new HashMap<>();
    /** Whether each schema facet has more than {@link SchemaFacets#LISTED} values (and so prefix files). */
    private final Map<String, Boolean> largeFacets = new HashMap<>();
    /**
     * Set by {@link #release}: the index holds its files' digests and groups only, and the next {@link #update}
     * indexes every record again.
     */
    private boolean released;
    /** Prefix files of a large facet above this many characters are split by one more character. */
    static final int PREFIX_LIMIT = 6_000;
    /** A word of a large facet's labels lists at most this many values in its prefix file, those of most records. */
    static final int PER_WORD = 50;

    private SearchIndex(BiFunction<Record, String, String> href, BiFunction<Record, String, ResultDate> dateText) {
        this.href = href;
        this.dateText = dateText;
    }

    /**
     * An empty index, to be filled by {@link #update}; {@code href} gives a record's address in a language (one of
     * site.yml's languages; the translation itself for another than the default) relative to the site root, and
     * {@code dateText} its date as its page in that language writes it ({@code 14 ноября 2024}) and how it is known, in
     * the language it was written in ({@link ResultDate}), or {@link ResultDate#NONE} for a record with no date.
     */
    public static SearchIndex empty(BiFunction<Record, String, String> href, BiFunction<Record, String, ResultDate> dateText) {
        return new SearchIndex(href, dateText);
    }

    /** Builds the index of {@code site} from nothing (for benchmarks: dates as {@link Record#dateForReaders} gives them). */
    public static SearchIndex build(Site site, BiFunction<Record, String, String> href) {
        SearchIndex index = empty(href, (r, lang) -> r.date().map(d -> new ResultDate(d.iso(), r.dateForReaders().orElseThrow(), "", ""))
                .orElse(ResultDate.NONE));
        index.update(site, Optional.empty());
        return index;
    }

    public Map<String, IndexFile> files() {
        return java.util.Collections.unmodifiableMap(files);
    }

    public Optional<IndexFile> find(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /**
     * The bytes of the file at {@code path}, one of {@link #files()}: those the last update made, handed over once and
     * then let go; made again from the index as it is when asked a second time (an update that failed writes its files
     * again at the next). Safe to call from many threads between updates.
     */
    public byte[] bytes(String path) {
        byte[] made = unwritten.remove(path);
        if (made != null) return made;
        if (released) throw new IllegalStateException("the search index was released before " + path + " was written");
        String group = groupOf.get(path);
        String text = group == null ? null : generate(group).get(path);
        if (text == null) throw new IllegalArgumentException("no search index file " + path);
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Lets go of what the index holds to update itself (its documents, postings and facets: at 100,000 records about
     * 300 MB), keeping each file's digest and group, once the files the last update made are written: a build that
     * will not be updated needs none of it while it renders its pages. The next {@link #update} indexes every record
     * again and returns the files whose text differs from what they were, as it would have.
     *
     * @throws IllegalStateException when a file the last update made is not written yet
     */
    public void release() {
        if (!unwritten.isEmpty()) throw new IllegalStateException(unwritten.size() + " search index files not written yet");
        site = null;
        docs.clear();
        indexedBy.clear();
        numbers.clear();
        byNumber.clear();
        postings.clear();
        canonical.clear();
        facets.clear();
        termsByKey.clear();
        termsByTypoKey.clear();
        groupOf.clear();
        largeFacets.clear();
        released = true;
    }

    /**
     * Brings the index to {@code site}, where {@code changed} holds the records whose files changed (added,
     * edited or removed), or is empty to recompute every record. Returns the paths of the files whose text is
     * new or different; files no longer in {@link #files()} are gone.
     */
    public Set<String> update(Site site, Optional<Collection<RecordId>> changed) {
        return update(site, changed, null);
    }

    /**
     * {@link #update(Site, Optional)} for a build that will not update the index again: every record is indexed, each
     * file whose text is new or different goes to {@code out} as soon as it is made (from many threads at once), and
     * then the index is {@link #release released}. What it holds at its peak is the postings and the documents'
     * rows, not their terms nor the files' text (at 100,000 records those were 180 MB more, when the model is in
     * memory too). Null {@code out}: as {@link #update(Site, Optional)}.
     */
    public Set<String> update(Site site, Optional<Collection<RecordId>> changed, Out out) {
        this.site = site;
        Set<RecordId> redo = new HashSet<>();
        boolean everything = changed.isEmpty() || released || out != null;
        released = false;
        if (everything) {
            redo.addAll(docs.keySet());
            redo.addAll(site.records().keySet());
        } else {
            for (RecordId id : changed.get()) {
                redo.add(id);
                redo.addAll(indexedBy.getOrDefault(id, Set.of()));
            }
        }

        // Numbering: a function of which records exist; a record's version in the language at index i of
        // site.yml's languages is number * languages + i.
        // The same records keep the same numbers: an edit that adds or removes none skips numbering them all again.
        boolean sameRecords = site.records().keySet().equals(numbers.keySet());
        Map<RecordId, Integer> newNumbers = sameRecords ? numbers : number(site.records().keySet());
        int newSpace = space(site.records().size());
        List<String> newLanguages = site.config().languages();
        if (newSpace != space || !newLanguages.equals(languages)) everything = true;
        space = newSpace;
        if (!sameRecords) {
            for (RecordId id : site.records().keySet()) {
                if (!newNumbers.get(id).equals(numbers.get(id))) redo.add(id);
            }
            for (RecordId id : numbers.keySet()) {
                if (!newNumbers.containsKey(id)) redo.add(id);
            }
        }
        if (everything) redo.addAll(docs.keySet());

        Set<String> dirty = new HashSet<>();
        // Take out what the records to redo contributed, under their old numbers.
        for (RecordId id : redo) {
            List<Doc> old = docs.remove(id);
            if (old == null) continue;
            for (Doc d : old) {
                for (RecordId in : d.inputs()) {
                    Set<RecordId> s = indexedBy.get(in);
                    if (s != null && s.remove(id) && s.isEmpty()) indexedBy.remove(in);
                }
                int n = number(numbers.get(id), d.lang());
                byNumber.remove(n);
                for (String term : d.terms()) {
                    TermRecords p = postings.get(term);
                    p.remove(n);
                    if (p.size == 0) {
                        postings.remove(term);
                        canonical.remove(term);
                        removeFrom(termsByKey, shardKey(term), term);
                        if (typoKey(term) != null) removeFrom(termsByTypoKey, typoKey(term), term);
                    }
                }
                for (String f : d.facets()) {
                    Members b = facets.get(f);
                    b.remove(n);
                    if (b.isEmpty()) facets.remove(f);
                }
                dirtyOf(d, n, dirty);
            }
        }
        if (!sameRecords) {
            numbers.clear();
            numbers.putAll(newNumbers);
        }
        languages = List.copyOf(newLanguages);

        // Put in what they contribute now: each record in its own language and in every translation.
        // In ascending number, a part of the records at a time: each part's documents are made (in parallel), then
        // appended, so a build that keeps no terms (out given) holds one part's terms at once, not every document's
        // (at 100,000 records they were about 80 MB more at the build's peak).
        List<Record> fresh = redo.stream().map(site::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparingInt(r -> numbers.get(r.id()))).toList();
        int part = out == null ? Math.max(1, fresh.size()) : Math.max(16, (fresh.size() + PARTS - 1) / PARTS);
        UnaryOperator<String> one = t -> {
            // A lookup first: most terms are there already, and a get takes no lock where putIfAbsent locks the bin.
            String had = canonical.get(t);
            if (had == null) had = canonical.putIfAbsent(t, t);
            return had == null ? t : had;
        };
        List<TermRecords> unsorted = new ArrayList<>();
        // A full build that writes its files as it goes makes each block's result rows and texts (d/, s/) once the
        // parts have appended all its records, with the texts made from the bodies the documents were made from:
        // so no body is read twice, and only a part's texts are held at once.
        boolean early = everything && out != null;
        Map<String, Map<String, Made>> madeEarly = new LinkedHashMap<>();
        int nextBlock = 0;
        for (int from = 0; from < fresh.size(); from += part) {
            List<Doc> made = fresh.subList(from, Math.min(fresh.size(), from + part)).parallelStream().flatMap(r -> {
                List<Doc> versions = new ArrayList<>();
                versions.add(Doc.of(site, r, languages.get(0), href, dateText, one, early ? textOf(r, languages.get(0)) : null));
                site.translations().getOrDefault(r.id(), Map.of()).forEach((lang, t) -> {
                    if (languages.contains(lang)) versions.add(Doc.of(site, t, lang, href, dateText, one, early ? textOf(r, lang) : null));
                });
                return versions.stream();
            }).toList();
            append(made, everything, out != null, unsorted, dirty);
            if (early) {
                // The blocks before the next part's first record are whole now (records come in ascending number).
                int upTo = from + part < fresh.size() ? numbers.get(fresh.get(from + part).id()) / CHUNK : Integer.MAX_VALUE;
                List<String> whole = new ArrayList<>();
                for (int c : blocksFrom(nextBlock)) {
                    if (c < upTo) whole.add("d:" + c);
                }
                List<Map<String, Made>> blocks = whole.parallelStream().map(g -> made(g, out)).toList();
                for (int i = 0; i < whole.size(); i++) madeEarly.put(whole.get(i), blocks.get(i));
                if (upTo != Integer.MAX_VALUE) nextBlock = Math.max(nextBlock, upTo);
            }
        }
        pendingTexts.clear();
        if (out != null) {
            // Nothing will be taken out of this index: what only that needs goes now, before its files are made.
            docs.replaceAll((id, versions) -> List.of()); // the manifest counts them
            indexedBy.clear();
            canonical.clear();
        }
        unsorted.parallelStream().forEach(TermRecords::sort);
        // A full build appended every list from empty, doubling each as it grew: a quarter of their room was spare.
        if (everything) postings.values().forEach(TermRecords::trim);

        // A schema facet that grows past SchemaFacets.LISTED values (or shrinks back) moves its values between the
        // manifest and its prefix files: every prefix file of it is made again.
        Map<String, Integer> valueCounts = facetValueCounts();
        for (String field : SchemaFacets.declared(site).keySet()) {
            boolean large = valueCounts.getOrDefault(field, 0) > SchemaFacets.LISTED;
            if (!Boolean.valueOf(large).equals(largeFacets.put(field, large)) && !everything) {
                groupFiles.keySet().stream().filter(g -> g.startsWith("p:" + field + ":") || g.startsWith("p:" + field + "/"))
                        .forEach(dirty::add);
                facets.keySet().stream().filter(f -> f.startsWith("v/" + field + "/")).forEach(f -> prefixGroups(f, dirty));
            }
        }
        largeFacets.keySet().retainAll(SchemaFacets.declared(site).keySet());
        if (everything) {
            dirty.clear();
            dirty.addAll(groupFiles.keySet());
            termsByKey.keySet().forEach(k -> dirty.add("t:" + k));
            termsByTypoKey.keySet().forEach(k -> dirty.add("x:" + k));
            postings.keySet().forEach(t -> dirty.add("r:" + t));
            byNumber.keySet().forEach(n -> dirty.add("d:" + n / chunk()));
            facets.keySet().forEach(f -> dirty.add("f:" + f));
            facets.keySet().forEach(f -> prefixGroups(f, dirty));
        }
        dirty.add("m");
        // Each other language's words for the filters, made as the manifest is (on every update).
        SchemaFacets.otherLanguages(site).forEach(l -> dirty.add("l:" + l));
        dirty.add("k");

        // Regenerate the dirty groups' files and keep those that differ; the list of shards (k) last, from the others.
        dirty.remove("k");
        dirty.removeAll(madeEarly.keySet());
        List<String> groups = new ArrayList<>(dirty);
        List<Map<String, Made>> generated = new ArrayList<>(groups.parallelStream().map(g -> made(g, out)).toList());
        groups.addAll(madeEarly.keySet());
        generated.addAll(madeEarly.values());
        Set<String> written = new TreeSet<>();
        apply(groups, generated, written);
        apply(List.of("k"), List.of(made("k", out)), written);
        if (out != null) release();
        return written;
    }

    /**
     * Appends {@code made}, the documents of a part of the records, to the index; the parts come in ascending number.
     * Where {@code noTerms}, each document is kept without its terms once its postings are made.
     */
    private void append(List<Doc> made, boolean everything, boolean noTerms, List<TermRecords> unsorted, Set<String> dirty) {
        // Each record's entries are appended to its terms' lists (in ascending number on a full build, as the
        // records are sorted by number first); a list appended out of order is sorted once at the end.
        // Sorted by number as packed longs (number, then place in the list): no boxing, no lookup per comparison.
        long[] order = new long[made.size()];
        for (int i = 0; i < order.length; i++) {
            Doc d = made.get(i);
            order[i] = (long) number(numbers.get(d.record().id()), d.lang()) << 32 | i;
        }
        Arrays.sort(order);
        for (long o : order) {
            Doc d = made.get((int) o);
            RecordId id = d.record().id();
            Doc kept = noTerms ? d.withoutTerms() : d;
            docs.computeIfAbsent(id, k -> new ArrayList<>(1)).add(kept);
            byNumber.put((int) (o >>> 32), kept);
            // What only taking a record out again needs: an index that keeps no terms will not.
            if (!noTerms) for (RecordId in : d.inputs()) indexedBy.computeIfAbsent(in, k -> new HashSet<>()).add(id);
            int n = number(numbers.get(id), d.lang());
            String[] terms = d.terms();
            for (int i = 0; i < terms.length; i++) {
                String term = terms[i];
                TermRecords p = postings.get(term);
                if (p == null) {
                    p = new TermRecords();
                    postings.put(term, p);
                    termsByKey.computeIfAbsent(shardKey(term), x -> new TreeSet<>()).add(term);
                    if (typoKey(term) != null) termsByTypoKey.computeIfAbsent(typoKey(term), x -> new TreeSet<>()).add(term);
                }
                if (!p.append(n, d.score(i)) && !p.unsorted) {
                    p.unsorted = true;
                    unsorted.add(p);
                }
            }
            for (String f : d.facets()) facets.computeIfAbsent(f, k -> new Members()).add(n);
            // On a full build every group is regenerated anyway (below).
            if (!everything) dirtyOf(d, n, dirty);
        }
    }

    /** The files of {@code group}; with {@code out}, those that changed are given to it and only their digests kept. */
    private Map<String, Made> made(String group, Out out) {
        Map<String, Made> made = new HashMap<>();
        generate(group).forEach((path, text) -> {
            Made m = Made.of(text);
            if (out != null) {
                IndexFile before = files.get(path);
                if (before == null || !Arrays.equals(before.digest(), m.digest())) out.write(path, m.bytes(), m.digest());
                m = new Made(null, m.digest());
            }
            made.put(path, m);
        });
        return made;
    }

    private void apply(List<String> groups, List<Map<String, Made>> generated, Set<String> written) {
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            Map<String, Made> now = generated.get(i);
            for (String path : groupFiles.getOrDefault(group, Set.of())) {
                if (!now.containsKey(path)) {
                    files.remove(path);
                    unwritten.remove(path);
                    groupOf.remove(path);
                }
            }
            now.forEach((path, made) -> {
                IndexFile before = files.get(path);
                groupOf.put(path, group);
                if (before == null || !Arrays.equals(before.digest(), made.digest())) {
                    files.put(path, new IndexFile(path, made.digest()));
                    if (made.bytes() != null) unwritten.put(path, made.bytes());
                    written.add(path);
                }
            });
            if (now.isEmpty()) groupFiles.remove(group);
            else groupFiles.put(group, Set.copyOf(now.keySet()));
        }
    }

    /**
     * One term's records as {@code number << 8 | score}, sorted: a list of ints where a tree of boxed integers
     * took twenty times the memory and most of a full build's index time (and a list of longs twice). Appending keeps
     * the order while numbers come in ascending order (a full build); otherwise the list is marked and sorted once.
     * A number takes 23 bits: {@link #MAX_DOCUMENTS}.
     */
    private static final class TermRecords {
        int[] entries = new int[2];
        int size;
        boolean unsorted;
        /**
         * The entries encoded and quoted, kept until they change: a term's shard, typo shard and own file are made
         * from it, and an update remakes whole shards of which most terms did not change. Made by the parallel
         * regeneration of files, possibly twice at once: both make the same immutable string.
         */
        private String quoted;

        String quoted() {
            String q = quoted;
            if (q == null) {
                StringBuilder sb = new StringBuilder(size * 2 + 4);
                accord.text.Json.quote(sb, Postings.encode(entries, size));
                quoted = q = sb.toString();
            }
            return q;
        }

        /** Appends; false when that broke the order. */
        boolean append(int n, int score) {
            quoted = null;
            if (n > MAX_DOCUMENTS) {
                throw new IllegalStateException("the search index takes at most " + MAX_DOCUMENTS + " documents (records"
                        + " times languages); this portal has more");
            }
            if (size == entries.length) entries = Arrays.copyOf(entries, size * 2);
            int e = n << 8 | score;
            entries[size++] = e;
            return size == 1 || entries[size - 2] < e;
        }

        void sort() {
            quoted = null;
            Arrays.sort(entries, 0, size);
            unsorted = false;
        }

        void remove(int n) {
            quoted = null;
            int i = Arrays.binarySearch(entries, 0, size, n << 8);
            if (i < 0) i = -i - 1;
            if (i >= size || entries[i] >>> 8 != n) throw new IllegalStateException("no record " + n);
            System.arraycopy(entries, i + 1, entries, i, size - i - 1);
            size--;
        }

        int number(int i) {
            return entries[i] >>> 8;
        }

        int score(int i) {
            return entries[i] & 0xff;
        }

        /** Lets go of the room kept for appending. */
        void trim() {
            if (entries.length > size) entries = Arrays.copyOf(entries, Math.max(size, 1));
        }
    }

    private static void removeFrom(Map<String, TreeSet<String>> map, String key, String term) {
        TreeSet<String> s = map.get(key);
        if (s != null && s.remove(term) && s.isEmpty()) map.remove(key);
    }

    /** The number of {@code record}'s version in {@code lang}. */
    private int number(int record, String lang) {
        return record * languages.size() + languages.indexOf(lang);
    }

    /** Slots per result-data chunk: {@link #CHUNK} records' worth, in every language. */
    private int chunk() {
        return CHUNK * languages.size();
    }

    /** The groups of files a document's entry, under number {@code n}, takes part in. */
    private void dirtyOf(Doc d, int n, Set<String> dirty) {
        for (String term : d.terms()) {
            dirty.add("t:" + shardKey(term));
            String typo = typoKey(term);
            if (typo != null) dirty.add("x:" + typo);
            dirty.add("r:" + term);
        }
        dirty.add("d:" + n / chunk());
        d.facets().forEach(f -> dirty.add("f:" + f));
        d.facetLabels().forEach((f, label) -> prefixGroups(f, label, dirty));
    }

    /**
     * The prefix-file groups of a schema facet's value: one per first character of its label's words, in the default
     * language ({@code p:<field>:<first>}) and in each other ({@code p:<field>/<lang>:<first>}, the label its readers see).
     */
    private void prefixGroups(String facet, Set<String> dirty) {
        SchemaFacets.Label label = facetLabel(facet);
        if (label != null) prefixGroups(facet, label, dirty);
    }

    private void prefixGroups(String facet, SchemaFacets.Label label, Set<String> dirty) {
        if (!facet.startsWith("v/")) return;
        String field = facet.substring(2, facet.indexOf('/', 2));
        SearchText.eachToken(label.label(), w -> dirty.add("p:" + field + ":" + key(w, 1)));
        for (String lang : languages.subList(Math.min(1, languages.size()), languages.size())) {
            SearchText.eachToken(label.in(lang), w -> dirty.add("p:" + field + "/" + lang + ":" + key(w, 1)));
        }
    }

    /** A schema facet value's label, from its first document (every document with the value gives the same). */
    private SchemaFacets.Label facetLabel(String facet) {
        Members members = facets.get(facet);
        if (members == null) return null;
        Doc d = byNumber.get(members.first());
        return d == null ? null : d.facetLabels().get(facet);
    }

    /** How many values each schema facet has. */
    private Map<String, Integer> facetValueCounts() {
        Map<String, Integer> out = new HashMap<>();
        for (String f : facets.keySet()) {
            if (f.startsWith("v/")) out.merge(f.substring(2, f.indexOf('/', 2)), 1, Integer::sum);
        }
        return out;
    }

    /** Records, not documents: a record in two languages counts once. */
    private int records(Members members) {
        return languages.size() == 1 ? members.size() : (int) members.stream().map(n -> n / languages.size()).distinct().count();
    }

    // ---- numbering ----

    /** Eight to sixteen slots per record, at least 64: a power of two, so it changes only when the count doubles. */
    static int space(int records) {
        return Integer.highestOneBit(Math.max(64, records * 8 - 1)) << 1;
    }

    /** Each record's number: its hash's slot, or the next free one, taken in the order of slot and then id. */
    static Map<RecordId, Integer> number(Collection<RecordId> ids) {
        int space = space(ids.size());
        RecordId[] sorted = ids.toArray(new RecordId[0]);
        Arrays.sort(sorted);
        // Slot, then place in the ids' natural order, packed in a long: one primitive sort, no map per comparison.
        long[] keys = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) keys[i] = (long) slot(sorted[i], space) << 32 | i;
        Arrays.sort(keys);
        Map<RecordId, Integer> out = new HashMap<>(sorted.length * 2);
        int last = -1;
        for (long k : keys) {
            last = Math.max((int) (k >>> 32), last + 1);
            out.put(sorted[(int) k], last);
        }
        return out;
    }

    /** FNV-1a of the id's UTF-16 units with a final mix, reduced to {@code space} (a power of two). */
    static int slot(RecordId id, int space) {
        String s = id.toString();
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (space - 1);
    }

    // ---- files ----

    private Map<String, String> generate(String group) {
        Map<String, String> out = new TreeMap<>();
        String key = group.substring(group.indexOf(':') + 1);
        switch (group.charAt(0)) {
            case 't' -> shards(out, "t/", key, termsByKey.getOrDefault(key, new TreeSet<>()), false);
            case 'x' -> shards(out, "x/", key, termsByTypoKey.getOrDefault(key, new TreeSet<>()), true);
            case 'r' -> top(out, key);
            case 'd' -> chunk(out, Integer.parseInt(key));
            case 'f' -> facet(out, key);
            case 'm' -> manifest(out);
            case 'l' -> words(out, key);
            case 'p' -> prefixes(out, key.substring(0, key.indexOf(':')), key.substring(key.indexOf(':') + 1));
            case 'k' -> keys(out);
            default -> throw new IllegalStateException(group);
        }
        return out;
    }

    /** A term's records, encoded by {@link Postings}, as a JSON string. */
    private String encoded(String term) {
        return postings.get(term).quoted();
    }

    /** The shards of {@code terms}, split by longer keys while too large; own files for long postings (in {@code t/} only). */
    private void shards(Map<String, String> out, String dir, String key, TreeSet<String> terms, boolean typo) {
        if (terms.isEmpty()) return;
        Map<String, String> entries = new TreeMap<>();
        for (String term : terms) {
            String quoted = encoded(term);
            if (quoted.length() - 2 > OWN_FILE) {
                // Its records are in w/: the shard gives their count, which a one-word query shows at once.
                entries.put(term, Integer.toString(postings.get(term).size));
                if (!typo) put(out, "w/" + hex(term), quoted);
            } else {
                entries.put(term, quoted);
            }
        }
        split(out, dir, key, entries, typo, SHARD_LIMIT);
    }

    private static void split(Map<String, String> out, String dir, String key, Map<String, String> entries, boolean typo, int limit) {
        int size = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) size += e.getKey().length() + e.getValue().length() + 4;
        int depth = key.codePointCount(0, key.length());
        Map<String, Map<String, String>> deeper = new TreeMap<>();
        Map<String, String> here = new TreeMap<>();
        if (size > limit) {
            entries.forEach((term, v) -> {
                if (term.codePointCount(0, term.length()) > depth) {
                    deeper.computeIfAbsent(typo ? typoKey(term, depth + 1) : key(term, depth + 1), k -> new TreeMap<>()).put(term, v);
                } else {
                    here.put(term, v);
                }
            });
        }
        if (deeper.isEmpty()) {
            here.clear();
            here.putAll(entries);
        }
        StringBuilder data = new StringBuilder("{");
        if (!deeper.isEmpty()) data.append("\"\":2");
        here.forEach((term, v) -> {
            if (data.length() > 1) data.append(',');
            accord.text.Json.quote(data, term);
            data.append(':').append(v);
        });
        data.append('}');
        put(out, dir + hex(key), data.toString());
        deeper.forEach((k, e) -> split(out, dir, k, e, typo, limit));
    }

    /** The result data of a term's best records, best first (score as search.js decodes it, then number). */
    private void top(Map<String, String> out, String term) {
        TermRecords p = postings.get(term);
        if (p == null) return;
        // The TOP best by a running selection: a common word has thousands of records, and only ten are shown.
        int[] best = new int[Math.min(TOP, p.size)];
        int[] bestScore = new int[best.length];
        int count = 0;
        for (int i = 0; i < p.size; i++) {
            int n = p.number(i);
            int s = Postings.scaled(p.score(i));
            // Numbers ascend, so a record ties after every record already kept with its score.
            if (count == best.length && s <= bestScore[count - 1]) continue;
            int at = count == best.length ? count - 1 : count++;
            while (at > 0 && bestScore[at - 1] < s) {
                best[at] = best[at - 1];
                bestScore[at] = bestScore[at - 1];
                at--;
            }
            best[at] = n;
            bestScore[at] = s;
        }
        StringBuilder data = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            if (i > 0) data.append(',');
            row(data, best[i]);
        }
        put(out, "r/" + hex(term), data.append(']').toString());
    }

    private void chunk(Map<String, String> out, int c) {
        var range = byNumber.subMap(c * chunk(), (c + 1) * chunk());
        if (range.isEmpty()) return;
        StringBuilder data = new StringBuilder("[");
        range.keySet().forEach(n -> {
            if (data.length() > 1) data.append(',');
            row(data, n);
        });
        put(out, "d/" + c, data.append(']').toString());
        // The same documents' text, for the snippets of results whose excerpt does not show what matched: a file per
        // language, as a reader's results are mostly in one (on the real portal a block's three languages were 30 KB).
        Map<String, StringBuilder> texts = new TreeMap<>();
        range.forEach((n, d) -> {
            Optional<String> had = pendingTexts.remove(n);
            String t = had != null ? had.orElse(null) : Doc.text(site, d.record(), d.lang());
            if (t == null) return;
            StringBuilder text = texts.computeIfAbsent(d.lang(), l -> new StringBuilder("{"));
            if (text.length() > 1) text.append(',');
            text.append('"').append(n).append("\":");
            accord.text.Json.quote(text, t);
        });
        texts.forEach((lang, text) -> put(out, "s/" + lang + "/" + c, text.append('}').toString()));
    }

    /** Where {@link Doc#of} puts the text of {@code r} in {@code lang}, for its block's file (null: it has none). */
    private java.util.function.Consumer<String> textOf(Record r, String lang) {
        int n = number(numbers.get(r.id()), lang);
        return text -> pendingTexts.put(n, Optional.ofNullable(text));
    }

    /** The numbers of the blocks ({@link #chunk}) that hold a document, from {@code first} on. */
    private java.util.SortedSet<Integer> blocksFrom(int first) {
        java.util.SortedSet<Integer> blocks = new TreeSet<>();
        byNumber.tailMap(first * chunk()).keySet().forEach(n -> blocks.add(n / chunk()));
        return blocks;
    }

    private void row(StringBuilder data, int n) {
        Doc d = byNumber.get(n);
        data.append('[').append(n).append(',').append(d.row()).append(']');
    }

    private void facet(Map<String, String> out, String name) {
        Members members = facets.get(name);
        if (members == null) return;
        StringBuilder sb = new StringBuilder();
        // A schema facet's value file also gives its label, which the page shows for a value taken from its address.
        // In another language, the label its readers see where it differs (a large facet's box on their page shows it).
        if (name.startsWith("v/")) {
            SchemaFacets.Label label = facetLabel(name);
            sb.append("{\"label\":");
            accord.text.Json.quote(sb, label.label());
            boolean any = false;
            for (String lang : SchemaFacets.otherLanguages(site)) {
                if (!label.translations().containsKey(lang)) continue;
                sb.append(any ? "," : ",\"labels\":{");
                any = true;
                accord.text.Json.quote(sb, lang);
                sb.append(':');
                accord.text.Json.quote(sb, label.in(lang));
            }
            if (any) sb.append('}');
            sb.append(",\"records\":");
        }
        int open = sb.length();
        sb.append('[');
        int last = 0;
        for (int n : members.stream().toArray()) {
            if (sb.length() > open + 1) sb.append(',');
            sb.append(n - last);
            last = n;
        }
        sb.append(']');
        if (name.startsWith("v/")) sb.append('}');
        put(out, "f/" + name, sb.toString());
    }

    /** The values of a schema facet in rank order: {key, label, records}, by label folded, then key. */
    private List<String[]> facetValues(String field) {
        return facetValues(field, languages.get(0));
    }

    /**
     * The same with the labels readers of {@code lang} see, each with a fourth element, the default language, where
     * its label is not given in {@code lang} (the page marks it so).
     */
    private List<String[]> facetValues(String field, String lang) {
        List<String[]> values = new ArrayList<>();
        String prefix = "v/" + field + "/";
        boolean other = !lang.equals(languages.get(0));
        facets.forEach((f, members) -> {
            if (f.startsWith(prefix)) {
                SchemaFacets.Label label = facetLabel(f);
                String key = f.substring(prefix.length()), count = Integer.toString(records(members));
                values.add(!other ? new String[] {key, label.label(), count}
                        : label.translations().containsKey(lang) || label.label().isEmpty() ? new String[] {key, label.in(lang), count}
                        : new String[] {key, label.label(), count, languages.get(0)});
            }
        });
        values.sort(Comparator.comparing((String[] v) -> SearchText.fold(v[1])).thenComparing(v -> v[0]));
        return values;
    }

    private static void valueJson(StringBuilder sb, String[] v) {
        sb.append('[');
        accord.text.Json.quote(sb, v[0]);
        sb.append(',');
        accord.text.Json.quote(sb, v[1]);
        sb.append(',').append(v[2]);
        if (v.length > 3) {
            sb.append(',');
            accord.text.Json.quote(sb, v[3]);
        }
        sb.append(']');
    }

    /**
     * The prefix files of a large schema facet whose values' label words start with {@code first}: each word with
     * the values whose label has it, as {@code [key, label, records]} (at most {@link #PER_WORD}, those of most records),
     * split by longer prefixes past
     * {@link #PREFIX_LIMIT} as term shards are ({@code p/<field>/<hex prefix>.js}).
     */
    private void prefixes(Map<String, String> out, String group, String first) {
        // p:<field>:<first> in the default language, p:<field>/<lang>:<first> in another (p/<field>/<lang>/<hex>.js).
        int slash = group.indexOf('/');
        String field = slash < 0 ? group : group.substring(0, slash);
        String lang = slash < 0 ? languages.get(0) : group.substring(slash + 1);
        if (!largeFacets.getOrDefault(field, false) || !languages.contains(lang)) return;
        Map<String, List<String[]>> byWord = new TreeMap<>();
        for (String[] v : facetValues(field, lang)) {
            Set<String> words = new TreeSet<>();
            SearchText.eachToken(v[1], w -> {
                if (key(w, 1).equals(first)) words.add(SearchText.cut(w, MAX_TERM));
            });
            words.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(v));
        }
        if (byWord.isEmpty()) return;
        Map<String, String> entries = new TreeMap<>();
        byWord.forEach((w, values) -> {
            // A word many labels share (a title, a common first name) keeps the values of most records: the page
            // also loads the other words' files, and a value that has them is found there.
            values.sort(Comparator.comparing((String[] v) -> -Integer.parseInt(v[2])).thenComparing(v -> SearchText.fold(v[1]))
                    .thenComparing(v -> v[0]));
            StringBuilder sb = new StringBuilder("[");
            for (String[] v : values.subList(0, Math.min(PER_WORD, values.size()))) {
                if (sb.length() > 1) sb.append(',');
                valueJson(sb, v);
            }
            entries.put(w, sb.append(']').toString());
        });
        split(out, "p/" + group + "/", first, entries, false, PREFIX_LIMIT);
    }

    /**
     * {@code search/k.js}: the names of every term and typo shard. A query whose shard fails to load, and which
     * then finds nothing, loads it to tell a word the index does not have from a shard that is missing.
     */
    private void keys(Map<String, String> out) {
        StringBuilder sb = new StringBuilder("{");
        for (String dir : List.of("t", "x")) {
            if (sb.length() > 1) sb.append(',');
            sb.append('"').append(dir).append("\":\"");
            String prefix = DIR + dir + "/";
            int start = sb.length();
            for (String path : files.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
                if (sb.length() > start) sb.append(' ');
                sb.append(path, prefix.length(), path.length() - 3);
            }
            sb.append('"');
        }
        put(out, "k", sb.append('}').toString());
    }

    private void manifest(Map<String, String> out) {
        Map<String, Integer> counts = new HashMap<>();
        // Records, not documents: a record found in two languages counts once.
        facets.forEach((f, members) -> counts.put(f, records(members)));
        StringBuilder m = new StringBuilder("{\"records\":").append(docs.size()).append(",\"chunk\":").append(chunk());
        m.append(",\"collections\":[");
        for (int i = 0; i < site.collections().size(); i++) {
            var c = site.collections().get(i);
            if (i > 0) m.append(',');
            m.append('[');
            accord.text.Json.quote(m, c.name());
            m.append(',');
            accord.text.Json.quote(m, c.title());
            m.append(',').append(counts.getOrDefault("c/" + c.name(), 0)).append(']');
        }
        m.append("],\"topics\":[");
        List<String[]> topicList = new ArrayList<>();
        new TreeMap<>(counts).forEach((f, count) -> {
            if (!f.startsWith("t/")) return;
            String k = f.substring(2);
            String id = k.replace("--", "/");
            int slash = id.indexOf('/');
            String title = slash < 0 ? id : site.find(new RecordId(id.substring(0, slash), id.substring(slash + 1)))
                    .map(Record::title).orElse(id);
            topicList.add(new String[] {k, title, Integer.toString(count)});
        });
        topicList.sort(Comparator.comparing((String[] t) -> SearchText.fold(t[1])).thenComparing(t -> t[0]));
        for (int i = 0; i < topicList.size(); i++) {
            if (i > 0) m.append(',');
            m.append('[');
            accord.text.Json.quote(m, topicList.get(i)[0]);
            m.append(',');
            accord.text.Json.quote(m, topicList.get(i)[1]);
            m.append(',').append(topicList.get(i)[2]).append(']');
        }
        m.append("],\"years\":[");
        List<Integer> years = new ArrayList<>();
        counts.keySet().stream().filter(f -> f.startsWith("y/")).forEach(f -> years.add(Integer.parseInt(f.substring(2))));
        years.sort(Comparator.reverseOrder());
        for (int i = 0; i < years.size(); i++) {
            if (i > 0) m.append(',');
            m.append('[').append(years.get(i)).append(',').append(counts.get("y/" + years.get(i))).append(']');
        }
        m.append(']');
        // The schema's facets: each with its values where it has at most SchemaFacets.LISTED of them, else with their
        // number (the page then loads them by prefix, p/).
        m.append(",\"facets\":[");
        boolean firstFacet = true;
        for (Map.Entry<String, String> facet : SchemaFacets.declared(site).entrySet()) {
            List<String[]> values = facetValues(facet.getKey());
            if (!firstFacet) m.append(',');
            firstFacet = false;
            m.append('[');
            accord.text.Json.quote(m, facet.getKey());
            m.append(',');
            accord.text.Json.quote(m, facet.getValue());
            m.append(',');
            if (values.size() > SchemaFacets.LISTED) {
                m.append(values.size());
            } else {
                m.append('[');
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) m.append(',');
                    valueJson(m, values.get(i));
                }
                m.append(']');
            }
            m.append(']');
        }
        m.append(']');
        // Issue 10: how many records are superseded or withdrawn (f/s/retired lists them; search.js ranks them last).
        if (counts.containsKey("s/retired")) m.append(",\"retired\":").append(counts.get("s/retired"));
        m.append('}');
        put(out, "manifest", m.toString());
    }

    /**
     * {@code search/l/<lang>.js}, for each language but the default: the filters' words that the schema and the
     * translations give in it, which its search page loads with the manifest and shows instead of the manifest's:
     * {@code {"facets": {field: label}, "values": {field: {value: label}}, "topics": {record: title}}} ("topics": the
     * records the schema's topics role names, as the manifest's {@code t/} filters), the values of
     * the facets the manifest lists only (a larger facet has prefix files of its own in each language). What it
     * leaves out is in the default language, and the page marks it so.
     */
    private void words(Map<String, String> out, String lang) {
        if (!SchemaFacets.otherLanguages(site).contains(lang)) return;
        StringBuilder sb = new StringBuilder("{\"facets\":{");
        int start = sb.length();
        SchemaFacets.declaredIn(site, lang).forEach((field, label) -> {
            if (sb.length() > start) sb.append(',');
            accord.text.Json.quote(sb, field);
            sb.append(':');
            accord.text.Json.quote(sb, label);
        });
        sb.append("},\"values\":{");
        int values = sb.length();
        for (String field : SchemaFacets.declared(site).keySet()) {
            List<String[]> list = facetValues(field, lang);
            if (list.size() > SchemaFacets.LISTED) continue;
            StringBuilder one = new StringBuilder();
            for (String[] v : list) {
                if (v.length > 3 || v[1].isEmpty()) continue;
                one.append(one.length() > 0 ? "," : "");
                accord.text.Json.quote(one, v[0]);
                one.append(':');
                accord.text.Json.quote(one, v[1]);
            }
            if (one.length() == 0) continue;
            if (sb.length() > values) sb.append(',');
            accord.text.Json.quote(sb, field);
            sb.append(":{").append(one).append('}');
        }
        sb.append("},\"topics\":{");
        int topics = sb.length();
        new TreeMap<>(facets).keySet().forEach(f -> {
            if (!f.startsWith("t/")) return;
            String id = f.substring(2).replace("--", "/");
            int cut = id.indexOf('/');
            if (cut < 0) return;
            SchemaFacets.titleIn(site, new RecordId(id.substring(0, cut), id.substring(cut + 1)), lang).ifPresent(title -> {
                if (sb.length() > topics) sb.append(',');
                accord.text.Json.quote(sb, f.substring(2));
                sb.append(':');
                accord.text.Json.quote(sb, title);
            });
        });
        put(out, "l/" + lang, sb.append("}}").toString());
    }

    private static void put(Map<String, String> out, String name, String json) {
        StringBuilder js = new StringBuilder(json.length() + 40);
        js.append("accord.searchShard(");
        accord.text.Json.quote(js, name);
        js.append(',').append(json).append(");\n");
        out.put(DIR + name + ".js", js.toString());
    }

    // ---- keys ----

    /** The shard a term is in: its first {@link #KEY_LENGTH} characters (code points). */
    static String shardKey(String term) {
        return key(term, KEY_LENGTH);
    }

    static String key(String term, int length) {
        int end = term.offsetByCodePoints(0, Math.min(length, term.codePointCount(0, term.length())));
        return term.substring(0, end);
    }

    /** The typo shard a term is in: its last {@link #TYPO_KEY} code points, backwards; none for short terms. */
    static String typoKey(String term) {
        if (term.codePointCount(0, term.length()) < TYPO_MIN) return null;
        return typoKey(term, TYPO_KEY);
    }

    static String typoKey(String term, int length) {
        return key(new StringBuilder(term).reverse().toString(), length);
    }

    /** A shard key as a file name: each code point as lower-case hex, at least four digits, joined by nothing. */
    static String hex(String key) {
        StringBuilder sb = new StringBuilder(key.length() * 4);
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            i += Character.charCount(cp);
            String h = Integer.toHexString(cp); // lower case, as %04x (String.format cost a tenth of an update)
            for (int pad = h.length(); pad < 4; pad++) sb.append('0');
            sb.append(h);
        }
        return sb.toString();
    }
}
