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
      var parts = run.split(JOINT);
      if (parts.length === 1 || NUMBER.test(run)) {
        out.push(run);
      } else if (!DIGIT.test(run)) {
        out.push.apply(out, parts);
      } else {
        out.push(run);
        if (query) return;
        var joints = [];
        var m;
        JOINTS.lastIndex = 0;
        while ((m = JOINTS.exec(run)) !== null) joints.push(m.index);
        for (var k = 0; k < joints.length - 1; k++) out.push(run.substring(joints[k] + 1));
        out.push.apply(out, parts);
      }
    });
    return out;
  }

  var api = {fold: fold, tokens: function (t) { return tokens(t, false); }, queryTokens: function (t) { return tokens(t, true); },
    distance: distance};
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
  var accord = window.accord = window.accord || {};
  var loaded = {}, waiting = {}, promises = {};

  accord.searchShard = function (name, data) {
    loaded[name] = data;
    if (waiting[name]) {
      waiting[name](data);
      delete waiting[name];
    }
  };

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
  var MAX_TERM = 32, MAX_WORDS = 10, TOP = 10;
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
  function shard(dir, chars, n) {
    var entries = {};
    function step(n) {
      return load(dir + hex(chars.slice(0, n).join(''))).then(function (data) {
        if (!data) return entries;
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
   * shard of its last two characters (for a typo in the first three).
   */
  function matchWord(word) {
    var chars = Array.from(word);
    var length = chars.length;
    var maxTypos = length >= 7 ? 2 : length >= 5 ? 1 : 0;
    return shard('t/', chars, 3).then(function (entries) {
      var hits = [];
      Object.keys(entries).forEach(function (t) {
        if (t === word) hits.push([t, 1]);
        else if (length >= 3 && t.indexOf(word) === 0) hits.push([t, 0.7]);
      });
      if (hits.length || !maxTypos) return {list: hits, entries: entries};
      var near = nearest(word, entries, maxTypos);
      if (near.best === 1) return {list: near.list, entries: entries};
      return shard('x/', chars.slice().reverse(), 2).then(function (more) {
        Object.keys(more).forEach(function (t) { entries[t] = more[t]; });
        return {list: nearest(word, entries, maxTypos).list, entries: entries};
      });
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
    (list || []).forEach(function (d) { n += d; set[n] = true; });
    return set;
  }

  function search(state) {
    var terms = [];
    api.queryTokens(state.q).forEach(function (t) {
      t = Array.from(t).slice(0, MAX_TERM).join('');
      if (terms.indexOf(t) < 0 && terms.length < MAX_WORDS) terms.push(t);
    });
    return load('manifest').then(function (manifest) {
      var filters = [];
      if (state.collection) filters.push('f/c/' + state.collection);
      if (state.topic) filters.push('f/t/' + state.topic);
      if (state.year) filters.push('f/y/' + state.year);
      // Superseded and withdrawn records (f/s/retired, when the manifest counts any) rank after every current one.
      var demoted = manifest.retired ? [load('f/s/retired')] : [];
      return Promise.all(terms.map(matchWord).concat(filters.map(load)).concat(demoted)).then(function (got) {
        var retired = docsOf(demoted.length ? got.pop() : []);
        var matched = got.slice(0, terms.length);
        var own = [];
        matched.forEach(function (m) {
          m.list.forEach(function (hit) { if (m.entries[hit[0]] === 1) own.push('w/' + hex(hit[0])); });
        });
        return Promise.all(own.map(load)).then(function () {
          var hitTerms = [], tops = {};
          var scores = null;
          matched.forEach(function (m) {
            var found = {};
            m.list.forEach(function (hit) {
              hitTerms.push(hit[0]);
              var p = m.entries[hit[0]];
              var raw = decode(p === 1 ? loaded['w/' + hex(hit[0])] || '' : p);
              tops[hit[0]] = top(raw);
              Object.keys(raw).forEach(function (d) {
                var s = raw[d] * hit[1];
                if (!(found[d] >= s)) found[d] = s;
              });
            });
            var df = Object.keys(found).length;
            var idf = Math.log(1 + manifest.records / Math.max(1, df));
            var next = {};
            Object.keys(found).forEach(function (d) {
              if (scores === null || d in scores) next[d] = (scores === null ? 0 : scores[d]) + found[d] * idf;
            });
            scores = next;
          });
          got.slice(terms.length).forEach(function (f) {
            var allowed = docsOf(f);
            if (scores === null) {
              scores = {};
              Object.keys(allowed).forEach(function (d) { scores[d] = 0; });
            } else {
              Object.keys(scores).forEach(function (d) { if (!allowed[d]) delete scores[d]; });
            }
          });
          var docs = Object.keys(scores || {}).map(Number);
          docs.sort(function (x, y) { return (retired[x] ? 1 : 0) - (retired[y] ? 1 : 0) || scores[y] - scores[x] || x - y; });
          return {manifest: manifest, docs: docs, terms: terms, hits: hitTerms, tops: tops};
        });
      });
    });
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
      var name = 'd/' + Math.floor(d / result.manifest.chunk);
      if (names.indexOf(name) < 0) names.push(name);
    });
    return Promise.all(names.map(function (name) { return load(name).then(remember); })).then(function () {
      return docs.map(function (d) { return rows[d] || null; });
    });
  }

  /* A query's count and its first page's titles and addresses, as the page shows them (for tests and the console). */
  accord.query = function (state) {
    var s = {q: state.q || '', collection: state.collection || '', topic: state.topic || '', year: state.year || ''};
    return search(s).then(function (result) {
      return details(result, result.docs.slice(0, TOP)).then(function (list) {
        return {count: result.docs.length, titles: list.map(function (d) { return d && d[0]; }),
          hrefs: list.map(function (d) { return d && d[1]; })};
      });
    });
  };

  // ---- the page ----

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var selects = {collection: document.getElementById('search-collection'), topic: document.getElementById('search-topic'),
    year: document.getElementById('search-year')};
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var PAGE = 10;
  var current = null, shown = 0, generation = 0;

  function readState() {
    var p = new URLSearchParams(location.search);
    return {q: p.get('q') || '', collection: p.get('collection') || '', topic: p.get('topic') || '', year: p.get('year') || ''};
  }

  function formState() {
    return {q: input.value, collection: selects.collection.value, topic: selects.topic.value, year: selects.year.value};
  }

  function setForm(state) {
    input.value = state.q;
    Object.keys(selects).forEach(function (k) { selects[k].value = state[k]; });
  }

  function url(state) {
    var p = new URLSearchParams();
    ['q', 'collection', 'topic', 'year'].forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    var s = p.toString();
    return location.pathname + (s ? '?' + s : '');
  }

  function option(select, value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }

  function isHit(word, result) {
    return api.tokens(word).some(function (t) {
      return result.hits.indexOf(t) >= 0 || result.terms.some(function (q) { return q.length >= 3 && t.indexOf(q) === 0; });
    });
  }

  var WORD = /[\p{L}\p{N}\p{M}]+(?:[./,\-][\p{L}\p{N}\p{M}]+)*/gu;

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

  /* The part of the excerpt around the first matching word. */
  function snippet(text, result) {
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (!isHit(m[0], result)) continue;
      if (m.index < 80) return text.length > 220 ? text.substring(0, text.lastIndexOf(' ', 220)) + ' …' : text;
      var start = text.indexOf(' ', m.index - 60) + 1;
      var end = text.length > start + 200 ? text.lastIndexOf(' ', start + 200) : text.length;
      return '… ' + text.substring(start, end > start ? end : text.length) + (end < text.length ? ' …' : '');
    }
    return text.length > 220 ? text.substring(0, text.lastIndexOf(' ', 220)) + ' …' : text;
  }

  function item(doc, result) {
    var li = document.createElement('li');
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = root + doc[1] + (fromDisk ? 'index.html' : '');
    marked(a, doc[0], result);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'search-meta';
    var c = result.manifest.collections[doc[2]];
    meta.textContent = (c ? c[1] : '') + (doc[3] ? ' · ' + doc[3] : '');
    li.appendChild(meta);
    if (doc[4]) {
      var p = document.createElement('p');
      marked(p, snippet(doc[4], result), result);
      li.appendChild(p);
    }
    return li;
  }

  function showMore(gen) {
    var next = current.docs.slice(shown, shown + PAGE);
    return details(current, next).then(function (docs) {
      if (gen !== generation) return;
      docs.forEach(function (d) { if (d) list.appendChild(item(d, current)); });
      shown += next.length;
      more.hidden = shown >= current.docs.length;
    });
  }

  function run(state) {
    var gen = ++generation;
    var active = state.q.trim() || state.collection || state.topic || state.year;
    if (!active) {
      list.textContent = '';
      status.textContent = '';
      more.hidden = true;
      return Promise.resolve();
    }
    return search(state).then(function (result) {
      if (gen !== generation) return;
      current = result;
      shown = 0;
      list.textContent = '';
      var n = result.docs.length;
      status.textContent = n === 0 ? 'No records match.' : n === 1 ? '1 record matches.' : n + ' records match.';
      return showMore(gen);
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

  load('manifest').then(function (manifest) {
    if (!manifest) {
      status.textContent = 'The search index is missing; rebuild the site.';
      return;
    }
    manifest.topics.forEach(function (t) { option(selects.topic, t[0], t[1] + ' (' + t[2] + ')'); });
    manifest.years.forEach(function (y) { option(selects.year, String(y[0]), y[0] + ' (' + y[1] + ')'); });
    document.getElementById('search-filters').hidden = false;
    var state = readState();
    setForm(state);
    run(state);
  });

  input.addEventListener('input', changed);
  Object.keys(selects).forEach(function (k) { selects[k].addEventListener('change', changed); });
  more.addEventListener('click', function () { showMore(generation); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    var state = formState();
    history.pushState(null, '', url(state));
    run(state);
  });
  window.addEventListener('popstate', function () {
    var state = readState();
    setForm(state);
    run(state);
  });
})();
