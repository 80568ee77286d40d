/*
 * Accord search. Loaded only by the search page. Reads the index files the build writes under search/,
 * each a script that calls accord.searchShard(name, data), so the same code works over HTTP and from
 * file://. Results are built from DOM text nodes; no record text is ever parsed as HTML.
 *
 * fold() and tokens() follow accord.search.SearchText rule for rule; both are tested against
 * src/test/resources/search/normalise-vectors.json.
 */
(function () {
  'use strict';

  var MARKS = /\p{M}+/gu;
  var RUN = /[\p{L}\p{N}]+(?:[./,\-][\p{L}\p{N}]+)*/gu;
  var JOINT = /[./,\-]/;
  var JOINTS = /[./,\-]/g;
  var DIGIT = /\p{N}/u;
  var NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;
  var HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;
  var LETTER = /\p{L}/u;
  var MAP = {'ı': 'i', 'ə': 'e', 'ß': 'ss', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'æ': 'ae', 'œ': 'oe', 'ς': 'σ'};
  var MAPPED = /[ıəßøłđðþæœς]/g;

  function fold(s) {
    var t = s.normalize('NFKD').toLowerCase();
    t = t.normalize('NFKD').replace(MARKS, '');
    return t.replace(MAPPED, function (c) { return MAP[c]; });
  }

  function tokens(text, query) {
    var out = [];
    var runs = fold(text).match(RUN) || [];
    runs.forEach(function (run) {
      var parts = run.split(JOINT), hyphenated = HYPHENATED.test(run);
      if (parts.length === 1 || NUMBER.test(run) || (query && hyphenated)) {
        out.push(run);
      } else if (!DIGIT.test(run)) {
        out.push.apply(out, parts);
        if (hyphenated) out.push(parts.join(''));
      } else {
        out.push(run);
        if (query) return;
        var joints = [];
        var m;
        JOINTS.lastIndex = 0;
        while ((m = JOINTS.exec(run)) !== null) joints.push(m.index);
        for (var k = 0; k < joints.length - 1; k++) out.push(run.substring(joints[k] + 1));
        out.push.apply(out, parts);
        if (hyphenated && LETTER.test(run)) out.push(parts.join(''));
      }
    });
    return out;
  }

  /* A word of a record's text, as the page marks it (joints kept, as the index's terms keep them). */
  var WORD = /[\p{L}\p{N}\p{M}]+(?:[./,\-][\p{L}\p{N}\p{M}]+)*/gu;

  /*
   * The part of text a result shows, at most about max characters: where every match is in its opening, the opening;
   * else a passage around the first word of text that each test accepts (a test per query word, at most three), each
   * passage max / their number long, passages that meet joined, cut at spaces, with "…" where the text goes on.
   */
  function passages(text, tests, max) {
    var spots = [], m;
    tests.forEach(function (test) {
      WORD.lastIndex = 0;
      while ((m = WORD.exec(text)) !== null) {
        if (!test(m[0])) continue;
        var at = m.index, end = at + m[0].length;
        if (!spots.some(function (s) { return s[0] === at; })) spots.push([at, end]);
        break;
      }
    });
    spots = spots.slice(0, 3).sort(function (x, y) { return x[0] - y[0]; });
    if (!spots.length || spots[spots.length - 1][1] <= max * 0.8) {
      if (text.length <= max) return text;
      var cut = text.lastIndexOf(' ', max);
      return text.substring(0, cut > max / 2 ? cut : max) + ' …';
    }
    var each = Math.floor(max / spots.length), windows = [];
    spots.forEach(function (s) {
      var start = Math.max(0, s[0] - Math.floor(Math.max(0, each - (s[1] - s[0])) / 3));
      if (start > 0) start = text.lastIndexOf(' ', start) + 1;
      var end = Math.max(s[1], start + each);
      if (end >= text.length) {
        end = text.length;
      } else {
        var space = text.lastIndexOf(' ', end);
        if (space < s[1]) space = text.indexOf(' ', s[1]);
        end = space < 0 ? text.length : space;
      }
      var last = windows[windows.length - 1];
      if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
      else windows.push([start, end]);
    });
    return (windows[0][0] > 0 ? '… ' : '') + windows.map(function (w) { return text.substring(w[0], w[1]); }).join(' … ')
      + (windows[windows.length - 1][1] < text.length ? ' …' : '');
  }

  /* A word with hyphens alone (carec-cop29): its parts; else null. */
  function hyphenParts(word) {
    return HYPHENATED.test(word) ? word.split('-') : null;
  }

  var api = {fold: fold, tokens: function (t) { return tokens(t, false); }, queryTokens: function (t) { return tokens(t, true); },
    hyphenParts: hyphenParts, distance: distance, passages: passages};
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
    return;
  }

  /* Edit distance with adjacent transpositions, stopping early above max. */
  function distance(a, b, max) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > max) return max + 1;
    var prev2 = null, prev = [], cur;
    for (var j = 0; j <= lb; j++) prev.push(j);
    for (var i = 1; i <= la; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= lb; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur.push(v);
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[lb];
  }

  // ---- loading index files ----

  var script = document.currentScript;
  var root = script.getAttribute('data-root') || '';
  var fromDisk = location.protocol === 'file:';
  /*
   * The portal's languages, the default first (site.yml's order): document n is record floor(n / L) in
   * languages[n % L]. The record count weighs a word's rarity. Both come with the page, so a query needs no
   * manifest; the manifest (topic and year counts) loads when the filters are opened or used.
   */
  var languages = (script.getAttribute('data-languages') || '').split(' ').filter(Boolean);
  if (!languages.length) languages = [document.documentElement.lang || ''];
  var L = languages.length;
  var RECORDS = Math.max(1, Number(script.getAttribute('data-records')) || 1);
  /* How many records are superseded or withdrawn: their list (f/s/retired) loads with a query, to rank them last. */
  var RETIRED = Number(script.getAttribute('data-retired')) || 0;
  /* The result count's words in the page's language (templates/i18n: search_none, search_one, search_many). */
  var WORDS = {
    none: script.getAttribute('data-none') || 'No records match.',
    one: script.getAttribute('data-one') || '1 record matches.',
    many: script.getAttribute('data-many') || '{n} records match.',
    any: script.getAttribute('data-any') || 'Any',
    yes: script.getAttribute('data-yes') || 'Yes',
    no: script.getAttribute('data-no') || 'No',
    choose: script.getAttribute('data-choose') || 'Type to see choices.',
    noChoice: script.getAttribute('data-no-choice') || 'Nothing starts with that.',
    remove: script.getAttribute('data-remove') || 'Remove filter',
    failed: script.getAttribute('data-failed') || 'Search cannot answer: part of its index could not be loaded.',
    missing: script.getAttribute('data-missing') || 'Not found in any record, so left out: {words}.'
  };
  var accord = window.accord = window.accord || {};
  var loaded = {}, waiting = {}, promises = {};

  accord.searchShard = function (name, data) {
    loaded[name] = data;
    if (waiting[name]) {
      waiting[name](data);
      delete waiting[name];
    }
  };

  /*
   * An index file's data, or null where it did not load: missing (a term shard for a word the index does not have,
   * or a file a partial upload left out), refused (a browser that loads no scripts from disk), or not a shard.
   */
  function load(name) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) return Promise.resolve(loaded[name]);
    if (promises[name]) return promises[name];
    promises[name] = new Promise(function (resolve) {
      waiting[name] = resolve;
      var s = document.createElement('script');
      s.src = root + 'search/' + name + '.js';
      s.onload = s.onerror = function () {
        if (waiting[name]) { delete waiting[name]; resolve(null); }
      };
      document.head.appendChild(s);
    });
    return promises[name];
  }

  /* The index cannot answer: a file that must exist did not load. The page says so, never "no records match". */
  function Unavailable(name) { this.name = name; }

  /* A file the index always has (a term's results or postings, a block of result data, the manifest, the shard list). */
  function required(name) {
    return load(name).then(function (data) {
      if (data === null) throw new Unavailable(name);
      return data;
    });
  }

  /*
   * Whether shards that did not load were missing (names in the shard list k.js) rather than absent because the index
   * has no such term: a query that found nothing and skipped a shard checks this before it says that nothing matched.
   */
  function verify(absent) {
    if (!absent.length) return Promise.resolve();
    return required('k').then(function (k) {
      absent.forEach(function (name) {
        var dir = name.charAt(0), file = name.substring(2);
        if ((' ' + (k[dir] || '') + ' ').indexOf(' ' + file + ' ') >= 0) throw new Unavailable(name);
      });
    });
  }

  /* A string's code points as lower-case hex, at least four digits each: the name of its file. */
  function hex(s) {
    var out = '';
    Array.from(s).forEach(function (ch) {
      var h = ch.codePointAt(0).toString(16);
      out += '0000'.substring(h.length) + h;
    });
    return out;
  }

  // ---- querying ----

  /* As accord.search.SearchIndex: terms are cut to MAX_TERM code points; a query uses its first MAX_WORDS words. */
  var MAX_TERM = 32, MAX_WORDS = 10, TOP = 10, CHUNK = 64 * L;
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-';
  var DIGITS = {};
  for (var a = 0; a < 64; a++) DIGITS[ALPHABET[a]] = a;

  /* Decodes accord.search.Postings: gaps between record numbers in base 32, each followed by a score 1..63. */
  function decode(encoded) {
    var out = {}, doc = 0, gap = 0;
    for (var i = 0; i < encoded.length; i++) {
      var d = DIGITS[encoded[i]];
      gap = gap * 32 + (d & 31);
      if (d >= 32) continue;
      doc += gap;
      gap = 0;
      out[doc] = DIGITS[encoded[++i]];
    }
    return out;
  }

  /*
   * The entries of the shards a word needs, in dir t/ (keyed by the word's first three characters) or x/ (by
   * its last two, backwards): a shard that holds "": 2 was split, and the word's next character names the next.
   */
  function shard(dir, chars, n, absent) {
    var entries = {};
    function step(n) {
      var name = dir + hex(chars.slice(0, n).join(''));
      return load(name).then(function (data) {
        if (!data) {
          if (absent) absent.push(name);
          return entries;
        }
        Object.keys(data).forEach(function (t) { if (t !== '') entries[t] = data[t]; });
        return data[''] === 2 && chars.length > n ? step(n + 1) : entries;
      });
    }
    return step(Math.min(n, chars.length));
  }

  /*
   * The index terms one query word matches, each with a factor: itself (1) and the longer terms it begins
   * (0.7); only where there are none, the nearest terms one edit away (0.4), or two for a word of seven or
   * more characters (0.25): in the word's own shard, and unless one is one edit away there, in the typo
   * shard of its last two characters (for a typo in the first three). Without typos, none of those.
   */
  function matchWord(word, absent, typos) {
    var chars = Array.from(word);
    var length = chars.length;
    var maxTypos = !typos ? 0 : length >= 7 ? 2 : length >= 5 ? 1 : 0;
    return shard('t/', chars, 3, absent).then(function (entries) {
      var hits = [];
      Object.keys(entries).forEach(function (t) {
        if (t === word) hits.push([t, 1]);
        else if (length >= 3 && t.indexOf(word) === 0) hits.push([t, 0.7]);
      });
      if (hits.length || !maxTypos) return {list: hits, entries: entries};
      var near = nearest(word, entries, maxTypos);
      if (near.best === 1) return {list: near.list, entries: entries};
      return shard('x/', chars.slice().reverse(), 2, absent).then(function (more) {
        Object.keys(more).forEach(function (t) { entries[t] = more[t]; });
        return {list: nearest(word, entries, maxTypos).list, entries: entries};
      });
    });
  }

  /*
   * matchWord, or for a hyphenated word all its terms, with parts (each part's match) and alt (without typos, the word
   * together, cop29, and whole where it has a digit, as the index keeps them); see rank.
   */
  function matchQueryWord(word, absent) {
    var parts = hyphenParts(word);
    if (!parts) return matchWord(word, absent, true);
    var alts = [parts.join(''), word].filter(function (a, i) { return (i ? DIGIT : LETTER).test(a); });
    return Promise.all(parts.concat(alts).map(function (w, i) { return matchWord(w, absent, i < parts.length); })).then(function (got) {
      var m = {list: [], entries: {}, parts: got.slice(0, parts.length), alt: {list: [], entries: {}}};
      got.forEach(function (g, i) {
        g.list.forEach(function (hit) {
          (i < parts.length ? [m] : [m, m.alt]).forEach(function (x) {
            if (!(hit[0] in x.entries)) x.list.push(hit);
            x.entries[hit[0]] = g.entries[hit[0]];
          });
        });
      });
      return m;
    });
  }

  /* The terms nearest to word, at most max edits away, each with its factor; best is their distance. */
  function nearest(word, entries, max) {
    var best = max + 1, list = [];
    Object.keys(entries).forEach(function (t) {
      var d = distance(word, t, Math.min(max, best));
      if (d < best) { best = d; list = []; }
      if (d === best && d <= max) list.push([t, d === 1 ? 0.4 : 0.25]);
    });
    return {best: best, list: list};
  }

  /* A term's TOP best records, as its r/ file lists them: by score, then by number. */
  function top(scores) {
    return Object.keys(scores).map(Number).sort(function (x, y) { return scores[y] - scores[x] || x - y; }).slice(0, TOP);
  }

  function docsOf(list) {
    var set = {}, n = 0;
    // A schema facet's value file is {label, records}; the others are the list itself.
    if (list && !Array.isArray(list)) list = list.records;
    (list || []).forEach(function (d) { n += d; set[n] = true; });
    return set;
  }

  /* The index of the reader's language: the address's lang (the search boxes of other languages' pages send it), else the page's. */
  function readerLanguage(state) {
    var i = languages.indexOf(state.lang);
    if (i < 0) i = languages.indexOf(document.documentElement.lang);
    return i < 0 ? 0 : i;
  }

  /*
   * A query's result: {docs: document numbers in rank order (null until needed, see below), count, terms (the
   * query's), hits (the index terms matched), tops (each hit's TOP best documents)}. A query of one word that
   * matches one term with a file of its own, in a portal of one language and without filters, is answered
   * from the term's r/ file: its first page is that file, in that order, and the shard gives the count; the
   * postings load only for the next page (more()).
   */
  function search(state) {
    var terms = [];
    api.queryTokens(state.q).forEach(function (t) {
      t = Array.from(t).slice(0, MAX_TERM).join('');
      if (terms.indexOf(t) < 0 && terms.length < MAX_WORDS) terms.push(t);
    });
    var filters = [];
    if (state.collection) filters.push('f/c/' + state.collection);
    if (state.topic) filters.push('f/t/' + state.topic);
    if (state.year) filters.push('f/y/' + state.year);
    Object.keys(state.facets || {}).sort().forEach(function (k) { filters.push('f/v/' + k + '/' + state.facets[k]); });
    var absent = [];
    return Promise.all(terms.map(function (t) { return matchQueryWord(t, absent); }).concat(filters.map(filterList))).then(function (got) {
      var matched = got.slice(0, terms.length), filterLists = got.slice(terms.length);
      // A word that no record has, not even one edit away, is left out, and the page names it, rather than one unknown
      // word leaving nothing to show; where no word is known, nothing matches.
      var missing = terms.filter(function (t, i) { return !matched[i].list.length; });
      if (missing.length && missing.length < terms.length) {
        terms = terms.filter(function (t, i) { return matched[i].list.length; });
        matched = matched.filter(function (m) { return m.list.length; });
      } else {
        missing = [];
      }
      var result = {docs: null, count: 0, terms: terms, hits: [], tops: {}, reader: readerLanguage(state), words: [],
        missing: missing};
      function names(list) { return list.map(function (hit) { return hit[0]; }); }
      matched.forEach(function (m, i) {
        m.list.forEach(function (hit) { result.hits.push(hit[0]); });
        // A snippet shows each part of a hyphenated word (or the word together).
        (m.parts ? hyphenParts(terms[i]) : [terms[i]]).forEach(function (p, k) {
          result.words.push(wordTest(p, m.parts ? names(m.parts[k].list).concat(names(m.alt.list)) : names(m.list)));
        });
      });
      var only = matched.length === 1 && !matched[0].parts && matched[0].list.length === 1 ? matched[0].list[0][0] : null;
      // The r/ file ranks by score alone; with retired records to put last, the whole list is ranked instead.
      if (L === 1 && !RETIRED && !filters.length && only !== null && typeof matched[0].entries[only] === 'number') {
        result.count = matched[0].entries[only];
        result.first = only;
        result.more = function () { return rank(matched, [], result); };
        return result;
      }
      return rank(matched, filterLists, result);
    }).then(function (result) {
      // Nothing, or a word without a match: a shard that failed to load must not pass for a word no record has.
      return result.count === 0 || result.missing.length ? verify(absent).then(function () { return result; }) : result;
    });
  }

  /*
   * A filter's records. A value with no records has no file; where the manifest lists the value with records, the
   * file is missing and the index cannot answer. (A large facet's values are not in the manifest: a missing one
   * counts as none.)
   */
  function filterList(name) {
    return load(name).then(function (list) {
      if (list !== null) return list;
      return required('manifest').then(function (manifest) {
        var parts = name.split('/'), value = parts[parts.length - 1], listed = [];
        if (parts[1] === 'c') listed = manifest.collections;
        else if (parts[1] === 't') listed = manifest.topics;
        else if (parts[1] === 'y') listed = manifest.years.map(function (y) { return [String(y[0])]; });
        else if (parts[1] === 'v') {
          (manifest.facets || []).forEach(function (f) { if (f[0] === parts[2] && Array.isArray(f[2])) listed = f[2]; });
        }
        listed.forEach(function (v) { if (v[0] === value && v[v.length - 1] !== 0) throw new Unavailable(name); });
        return [];
      });
    });
  }

  /* Ranks every matching document: loads the postings with files of their own, scores, filters, and keeps one document per record. */
  function rank(matched, filterLists, result) {
    var own = [];
    matched.forEach(function (m) {
      m.list.forEach(function (hit) { if (typeof m.entries[hit[0]] === 'number') own.push('w/' + hex(hit[0])); });
    });
    var demoted = RETIRED ? [required('f/s/retired')] : [];
    return Promise.all(own.map(required).concat(demoted)).then(function (got) {
      var retired = {};
      Object.keys(docsOf(RETIRED ? got[got.length - 1] : [])).forEach(function (d) { retired[Math.floor(d / L)] = 1; });
      /* The documents a word's terms match, each with its best score times the word's rarity. */
      function scored(m) {
        var found = {};
        m.list.forEach(function (hit) {
          var p = m.entries[hit[0]];
          var raw = decode(typeof p === 'number' ? loaded['w/' + hex(hit[0])] || '' : p);
          result.tops[hit[0]] = top(raw);
          Object.keys(raw).forEach(function (d) {
            var s = raw[d] * hit[1];
            if (!(found[d] >= s)) found[d] = s;
          });
        });
        var idf = Math.log(1 + RECORDS * L / Math.max(1, Object.keys(found).length));
        Object.keys(found).forEach(function (d) { found[d] *= idf; });
        return found;
      }
      /* found added to scores where scores has the document (all, where scores is null). */
      function and(scores, found) {
        var next = {};
        Object.keys(found).forEach(function (d) {
          if (scores === null || d in scores) next[d] = (scores === null ? 0 : scores[d]) + found[d];
        });
        return next;
      }
      /* A hyphenated word: all its parts, plus the word together or whole (so carec-cop29 ranks above CAREC, COP29). */
      function wordScores(m) {
        if (!m.parts) return scored(m);
        var found = m.parts.reduce(function (sum, p) { return and(sum, scored(p)); }, null);
        var alt = scored(m.alt);
        Object.keys(alt).forEach(function (d) { found[d] = (found[d] || 0) + alt[d]; });
        return found;
      }
      var scores = null;
      matched.forEach(function (m) { scores = and(scores, wordScores(m)); });
      filterLists.forEach(function (f) {
        var allowed = docsOf(f);
        if (scores === null) {
          scores = {};
          Object.keys(allowed).forEach(function (d) { scores[d] = 0; });
        } else {
          Object.keys(scores).forEach(function (d) { if (!allowed[d]) delete scores[d]; });
        }
      });
      var docs = Object.keys(scores || {}).map(Number);
      if (L > 1) docs = oneVersionEach(docs, scores, result.reader);
      else docs.sort(function (x, y) { return scores[y] - scores[x] || x - y; });
      // Superseded and withdrawn records after every current one, each group in the order above (a stable sort).
      if (RETIRED) docs.sort(function (x, y) { return (retired[Math.floor(x / L)] || 0) - (retired[Math.floor(y / L)] || 0); });
      result.docs = docs;
      result.count = docs.length;
      return result;
    });
  }

  /*
   * Of the documents that match, one per record: its version in the reader's language where that matched, else
   * its best-scoring version (the page in the language that matched). Records rank by the best score of any
   * version, whichever language it is in (a person found by an alias in the reader's language ranks above the
   * records that merely name them, also where the person's record has no version in that language, or one that names
   * them otherwise); where that is equal, a record that matched in the reader's language comes first; then by number.
   */
  function oneVersionEach(docs, scores, reader) {
    var chosen = {}, best = {};
    docs.forEach(function (d) {
      var r = Math.floor(d / L), c = chosen[r];
      best[r] = Math.max(best[r] === undefined ? -1 : best[r], scores[d]);
      if (c === undefined) { chosen[r] = d; return; }
      var mine = d % L === reader, theirs = c % L === reader;
      if (mine !== theirs ? mine : scores[d] > scores[c] || (scores[d] === scores[c] && d < c)) chosen[r] = d;
    });
    var out = Object.keys(chosen).map(function (r) { return chosen[r]; });
    out.sort(function (x, y) {
      var tx = x % L === reader ? 0 : 1, ty = y % L === reader ? 0 : 1;
      return best[Math.floor(y / L)] - best[Math.floor(x / L)] || tx - ty || x - y;
    });
    return out;
  }

  /* What each result shows, by record number, from the r/ and d/ files loaded so far. */
  var rows = {};

  function remember(list) {
    (list || []).forEach(function (row) { rows[row[0]] = row.slice(1); });
  }

  /*
   * The rows of docs: first from the r/ files of the matched terms whose best records hold most of them (one
   * file for a one-word query's first page), then from the d/ chunks of the rest.
   */
  function details(result, docs) {
    var need = docs.filter(function (d) { return !rows[d]; });
    var names = [];
    var terms = Object.keys(result.tops);
    while (need.length) {
      var best = null, most = 0;
      terms.forEach(function (t) {
        var n = need.filter(function (d) { return result.tops[t].indexOf(d) >= 0; }).length;
        if (n > most) { most = n; best = t; }
      });
      if (!best) break;
      names.push('r/' + hex(best));
      need = need.filter(function (d) { return result.tops[best].indexOf(d) < 0; });
      terms.splice(terms.indexOf(best), 1);
    }
    need.forEach(function (d) {
      var name = 'd/' + Math.floor(d / CHUNK);
      if (names.indexOf(name) < 0) names.push(name);
    });
    return Promise.all(names.map(function (name) { return required(name).then(remember); })).then(function () {
      return docs.map(function (d) { return rows[d] || null; });
    });
  }

  /* A query's count and its first page's titles and addresses, as the page shows them (for tests and the console). */
  accord.query = function (state) {
    var s = {q: state.q || '', collection: state.collection || '', topic: state.topic || '', year: state.year || '',
      lang: state.lang || '', facets: state.facets || {}};
    return search(s).then(function (result) {
      return page(result, 0).then(function (list) {
        return {count: result.count, titles: list.map(function (d) { return d.row && d.row[0]; }),
          hrefs: list.map(function (d) { return d.row && d.row[1]; }), missing: result.missing};
      });
    });
  };

  /*
   * The documents from index start, with what each shows: {n, row}. The first page of a query answered from an
   * r/ file is that file; anything after it needs the whole ranking first.
   */
  function page(result, start) {
    if (result.docs === null && start === 0) {
      return required('r/' + hex(result.first)).then(function (rowsOfTerm) {
        remember(rowsOfTerm);
        return (rowsOfTerm || []).map(function (row) { return {n: row[0], row: rows[row[0]]}; });
      });
    }
    var ready = result.docs === null ? result.more() : Promise.resolve(result);
    return ready.then(function () {
      var next = result.docs.slice(start, start + TOP);
      return details(result, next).then(function (list) {
        return list.map(function (row, i) { return {n: next[i], row: row}; });
      });
    });
  }

  // ---- the page ----

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var selects = {collection: document.getElementById('search-collection'), topic: document.getElementById('search-topic'),
    year: document.getElementById('search-year')};
  /* A portal whose schema gives records no topics, or no dates, has no such filter. */
  Object.keys(selects).forEach(function (k) { if (!selects[k]) delete selects[k]; });
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  /* The collections' lists, shown where the index cannot answer (made from the collection filter's options). */
  var browse = null;
  var fields = document.querySelector('#search-filters .search-filter-fields');
  var PAGE = 10;
  var current = null, shown = 0, generation = 0;

  var filters = document.getElementById('search-filters');
  var lang = '';
  /* The address's own parameters; any other names a facet of the schema. */
  var OWN = ['q', 'collection', 'topic', 'year', 'lang'];
  /* What a filter's value may be: a file name of the index, never a path. */
  var VALUE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,200}$/;
  /* The schema's facets, from the manifest: key -> {label, control: a select, or for a large facet the text box's parts}. */
  var facetControls = {};

  function readState() {
    var p = new URLSearchParams(location.search);
    lang = p.get('lang') || '';
    var state = {q: p.get('q') || '', collection: '', topic: '', year: '', lang: lang, facets: {}};
    Object.keys(selects).forEach(function (k) {
      var v = p.get(k) || '';
      if (VALUE.test(v)) state[k] = v;
    });
    p.forEach(function (v, k) {
      if (OWN.indexOf(k) < 0 && /^[a-z][a-z0-9_]*$/.test(k) && VALUE.test(v)) state.facets[k] = v;
    });
    return state;
  }

  function formState() {
    var state = {q: input.value, collection: '', topic: '', year: '', lang: lang, facets: {}};
    Object.keys(selects).forEach(function (k) { state[k] = selects[k].value; });
    Object.keys(facetControls).forEach(function (k) {
      var v = facetControls[k].value();
      if (v) state.facets[k] = v;
    });
    return state;
  }

  /* Whether the address names filters the manifest describes (a topic, a year, a facet of the schema). */
  function needsManifest(state) {
    return state.topic || state.year || Object.keys(state.facets).length > 0;
  }

  /*
   * The collections' names by their index in the result rows, as the collection filter lists them, each with its
   * language: the page's, or the option's lang where the name fell back to another.
   */
  var collections = Array.prototype.slice.call(selects.collection.options, 1).map(function (o) {
    return {title: o.getAttribute('data-title') || o.textContent, lang: o.lang || document.documentElement.lang};
  });

  /*
   * The topic and year filters' values and the schema's facets come with the manifest, loaded the first time the
   * filters open or are used.
   */
  var facetsLoaded = null;
  function loadFacets() {
    if (!facetsLoaded) {
      facetsLoaded = Promise.all([required('manifest'), facetScript(), filterWords()]).then(function (got) {
        var manifest = got[0], make = got[1], words = got[2];
        if (selects.topic) {
          var topic = selects.topic.value;
          // In the order of the titles shown, as the manifest's are in the default language's.
          var topics = manifest.topics.map(function (t) {
            var title = words && words.topics[t[0]];
            return {t: t, title: title, fold: fold(title || t[1])};
          });
          if (words) topics.sort(function (a, b) { return a.fold < b.fold ? -1 : a.fold > b.fold ? 1 : a.t[0] < b.t[0] ? -1 : 1; });
          topics.forEach(function (x) {
            var o = option(selects.topic, x.t[0], (x.title || x.t[1]) + ' (' + x.t[2] + ')');
            if (words && !x.title) o.lang = languages[0];
          });
          selects.topic.value = topic;
        }
        if (selects.year) {
          var year = selects.year.value;
          manifest.years.forEach(function (y) { option(selects.year, String(y[0]), y[0] + ' (' + y[1] + ')'); });
          selects.year.value = year;
        }
        (manifest.facets || []).forEach(function (f) {
          facetControls[f[0]] = Array.isArray(f[2]) ? make.small(f[0], f[1], f[2], words) : make.large(f[0], f[1], words);
        });
      });
      facetsLoaded.catch(failed);
    }
    return facetsLoaded;
  }

  /*
   * The filters' words in the page's language where it is not the default (search/l/<lang>: the facets' names, the
   * values of those the manifest lists, the topics' titles, where the schema and the translations give them in it),
   * loaded with the manifest; null on a page in the default language, whose words the manifest has.
   */
  var PAGE_LANG = document.documentElement.lang;
  function filterWords() {
    return L > 1 && languages.indexOf(PAGE_LANG) > 0 ? required('l/' + PAGE_LANG) : Promise.resolve(null);
  }

  /*
   * The schema's facet controls are in assets/search-facets.js, loaded with the manifest: a query without filters
   * never needs them. It is given what it uses of this script.
   */
  var facetMaker = null;
  function facetScript() {
    if (!facetMaker) {
      facetMaker = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = root + 'assets/search-facets.js';
        s.onload = function () {
          if (!accord.searchFacets) { reject(new Unavailable('search-facets')); return; }
          resolve(accord.searchFacets({load: load, hex: hex, api: api, words: WORDS, changed: function () { changed(); },
            fields: fields, option: option, maxTerm: MAX_TERM, lang: PAGE_LANG, fallback: languages[0]}));
        };
        s.onerror = function () { reject(new Unavailable('search-facets')); };
        document.head.appendChild(s);
      });
    }
    return facetMaker;
  }

  function setForm(state) {
    input.value = state.q;
    Object.keys(selects).forEach(function (k) { selects[k].value = state[k]; });
    return Promise.all(Object.keys(facetControls).map(function (k) { return facetControls[k].set(state.facets[k]); }));
  }

  function url(state) {
    var p = new URLSearchParams();
    ['q', 'collection', 'topic', 'year'].forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    Object.keys(state.facets).sort().forEach(function (k) { p.set(k, state.facets[k]); });
    if (state.lang) p.set('lang', state.lang);
    var s = p.toString();
    return location.pathname + (s ? '?' + s : '');
  }

  function option(select, value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
    return o;
  }

  function isHit(word, result) {
    return api.tokens(word).some(function (t) {
      return result.hits.indexOf(t) >= 0 || result.terms.some(function (q) { return q.length >= 3 && t.indexOf(q) === 0; });
    });
  }

  /* Whether a word of a record's text is one that query word term matched: one of its index terms (hits), or begun by it. */
  function wordTest(term, hits) {
    return function (word) {
      return api.tokens(word).some(function (t) { return hits.indexOf(t) >= 0 || (term.length >= 3 && t.indexOf(term) === 0); });
    };
  }

  /* Whether text has a word that test accepts. */
  function shows(text, test) {
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text || '')) !== null) if (test(m[0])) return true;
    return false;
  }

  /* Whether a result's row shows, in its title or excerpt, none of what one query word matched: its snippet needs its text. */
  function needsText(row, result) {
    return result.words.some(function (test) { return !shows(row[0], test) && !shows(row[4], test); });
  }

  /*
   * The text of each result on screen that needs it (needsText), by number: the s/ files of their blocks (one per
   * block and language), loaded together. A block that does not load (or a document it does not have: its excerpt is its whole text) leaves the
   * result its excerpt; the results themselves stand.
   */
  function texts(result, docs) {
    var names = [];
    docs.forEach(function (d) {
      var name = 's/' + languages[d.n % L] + '/' + Math.floor(d.n / CHUNK);
      if (d.row && needsText(d.row, result) && names.indexOf(name) < 0) names.push(name);
    });
    return Promise.all(names.map(load)).then(function (got) {
      var out = {};
      got.forEach(function (data) {
        if (!data || typeof data !== 'object') return;
        Object.keys(data).forEach(function (n) { if (typeof data[n] === 'string') out[n] = data[n]; });
      });
      return out;
    });
  }

  /* Appends text to el, with the words that match the query in <mark>, as text nodes only. */
  function marked(el, text, result) {
    var last = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (!isHit(m[0], result)) continue;
      if (m.index > last) el.appendChild(document.createTextNode(text.substring(last, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      el.appendChild(mark);
      last = m.index + m[0].length;
    }
    if (last < text.length) el.appendChild(document.createTextNode(text.substring(last)));
  }

  /*
   * A result's snippet: from its excerpt, or, where that shows none of what a query word matched and the title does
   * not either, from its text; around the words the title does not show (all of them where it shows every one).
   */
  function snippet(n, doc, result, text) {
    var rest = result.words.filter(function (test) { return !shows(doc[0], test); });
    var source = doc[4] || '';
    if (typeof text === 'string' && rest.some(function (test) { return !shows(source, test); })) source = text;
    return api.passages(source, rest.length ? rest : result.words, 220);
  }

  /*
   * A result's date after its collection: the row's date is "" where the record has none, else [iso, date], with how
   * the date is known third where the record says, and the basis's language fourth where it is not the result's. The
   * date goes in a <time datetime>, its basis in parentheses inside it, in a span with its lang where it has one, as
   * the theme's layout.time writes it on the record's pages:
   * <time datetime="2024-11-14">15 ноября 2024 (<span lang="en">date of the report</span>)</time>.
   */
  function dated(meta, date) {
    if (!date) return;
    meta.appendChild(document.createTextNode(' · '));
    var time = document.createElement('time');
    time.dateTime = date[0];
    time.appendChild(document.createTextNode(date[1] + (date[2] ? ' (' : '')));
    if (date[2]) {
      if (date[3]) {
        var basis = document.createElement('span');
        basis.lang = date[3];
        basis.textContent = date[2];
        time.appendChild(basis);
      } else {
        time.appendChild(document.createTextNode(date[2]));
      }
      time.appendChild(document.createTextNode(')'));
    }
    meta.appendChild(time);
  }

  function item(n, doc, result, text) {
    var li = document.createElement('li');
    var docLang = languages[n % L];
    if (L > 1 && docLang !== document.documentElement.lang) li.lang = docLang;
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = root + doc[1] + (fromDisk ? 'index.html' : '');
    marked(a, doc[0], result);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'search-meta';
    // The collection's name is in the page's language (or the one it fell back to), the row in its result's: a
    // name in another language than the row's is marked, as the theme marks a word that fell back.
    var c = collections[doc[2]];
    if (c && c.lang !== (li.lang || document.documentElement.lang)) {
      var name = document.createElement('span');
      name.lang = c.lang;
      name.textContent = c.title;
      meta.appendChild(name);
    } else {
      meta.textContent = c ? c.title : '';
    }
    dated(meta, doc[3]);
    li.appendChild(meta);
    if (doc[4] || text) {
      var p = document.createElement('p');
      marked(p, snippet(n, doc, result, text), result);
      li.appendChild(p);
    }
    return li;
  }

  /* Part of the index did not load: the status says so (announced), and no list pretends that nothing matched. */
  function failed(e) {
    list.textContent = '';
    more.hidden = true;
    status.textContent = WORDS.failed;
    status.classList.add('search-failed');
    if (!browse) {
      browse = document.createElement('ul');
      browse.id = 'search-browse';
      browse.className = 'collections';
      Array.prototype.slice.call(selects.collection.options, 1).forEach(function (o) {
        var li = document.createElement('li'), a = document.createElement('a');
        a.href = o.getAttribute('data-href') + (fromDisk ? 'index.html' : '');
        a.textContent = o.getAttribute('data-title');
        li.appendChild(a);
        browse.appendChild(li);
      });
      status.parentNode.insertBefore(browse, status.nextSibling);
    }
    browse.hidden = false;
    if (!(e instanceof Unavailable) && window.console) console.error(e);
  }

  /*
   * The next page of results. From the "More results" button (focus true), the first result it added takes the focus:
   * the reader goes on from there, a screen reader reads it, and the button hiding on the last page does not drop
   * the focus to the start of the page.
   */
  function showMore(gen, focus) {
    var result = current;
    return page(result, shown).then(function (docs) {
      return texts(result, docs).then(function (text) { return {docs: docs, text: text}; });
    }).then(function (got) {
      var docs = got.docs;
      if (gen !== generation) return;
      var first = null;
      docs.forEach(function (d) {
        if (!d.row) return;
        var li = item(d.n, d.row, current, got.text[d.n]);
        list.appendChild(li);
        if (!first) first = li;
      });
      shown += docs.length;
      more.hidden = shown >= current.count;
      if (focus && first) first.querySelector('a').focus();
    });
  }

  // The page's other language versions keep the search (not the reader's language, which is theirs), and the
  // window's title names it, as the address does.
  var baseTitle = document.title;
  var languageLinks = Array.prototype.slice.call(document.querySelectorAll('nav.languages a[hreflang]'));
  languageLinks.forEach(function (a) { a.setAttribute('data-href', a.getAttribute('href')); });
  function carry(state) {
    var own = url(state);
    var p = new URLSearchParams(own.indexOf('?') < 0 ? '' : own.substring(own.indexOf('?') + 1));
    p.delete('lang');
    var s = p.toString();
    languageLinks.forEach(function (a) { a.setAttribute('href', a.getAttribute('data-href') + (s ? '?' + s : '')); });
    var q = state.q.trim();
    document.title = q ? q + ' \u2013 ' + baseTitle : baseTitle;
  }

  function run(state) {
    var gen = ++generation;
    carry(state);
    var active = state.q.trim() || state.collection || state.topic || state.year || Object.keys(state.facets).length;
    status.classList.remove('search-failed');
    if (browse) browse.hidden = true;
    if (!active) {
      list.textContent = '';
      status.textContent = '';
      more.hidden = true;
      return Promise.resolve();
    }
    var ready = needsManifest(state) ? loadFacets() : Promise.resolve();
    return ready.then(function () {
      // Only the facets the manifest names filter; another parameter of the address is left alone.
      var known = {};
      Object.keys(state.facets).forEach(function (k) { if (facetControls[k]) known[k] = state.facets[k]; });
      return search({q: state.q, collection: state.collection, topic: state.topic, year: state.year, lang: state.lang,
        facets: known});
    }).then(function (result) {
      if (gen !== generation) return;
      current = result;
      shown = 0;
      list.textContent = '';
      var n = result.count;
      status.textContent = (n === 0 ? WORDS.none : n === 1 ? WORDS.one : WORDS.many.replace('{n}', String(n)))
        + (result.missing.length ? ' ' + WORDS.missing.replace('{words}', result.missing.join(', ')) : '');
      return showMore(gen);
    }).catch(function (e) {
      if (gen === generation) failed(e);
    });
  }

  var timer = null;
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var state = formState();
      history.replaceState(null, '', url(state));
      run(state);
    }, 120);
  }

  function start(state) {
    setForm(state);
    if (state.collection || needsManifest(state)) filters.open = true;
    if (needsManifest(state)) {
      return loadFacets().then(function () { return setForm(state); }).then(function () { return run(state); }, function () {
        return run(state);
      });
    }
    return run(state);
  }

  filters.hidden = false;
  filters.addEventListener('toggle', function () { if (filters.open) loadFacets(); });
  start(readState());

  input.addEventListener('input', changed);
  Object.keys(selects).forEach(function (k) { selects[k].addEventListener('change', changed); });
  more.addEventListener('click', function () { showMore(generation, true).catch(failed); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    var state = formState();
    history.pushState(null, '', url(state));
    run(state);
  });
  window.addEventListener('popstate', function () { start(readState()); });
})();
