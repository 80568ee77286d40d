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

  /* A term, or its first three characters (a shard's key), as the hex code points that name its file. */
  function hex(term, all) {
    var out = '';
    var chars = Array.from(term);
    (all ? chars : chars.slice(0, 3)).forEach(function (ch) {
      var h = ch.codePointAt(0).toString(16);
      out += '0000'.substring(h.length) + h;
    });
    return out;
  }

  // ---- querying ----

  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-';
  var DIGITS = {};
  for (var a = 0; a < 64; a++) DIGITS[ALPHABET[a]] = a;

  /* Decodes accord.search.Postings: gaps between record numbers in base 32, each followed by a score 1..63. */
  function decode(encoded, factor, found) {
    var doc = 0, gap = 0;
    for (var i = 0; i < encoded.length; i++) {
      var d = DIGITS[encoded[i]];
      gap = gap * 32 + (d & 31);
      if (d >= 32) continue;
      doc += gap;
      gap = 0;
      var s = DIGITS[encoded[++i]] * factor;
      if (!(found[doc] >= s)) found[doc] = s;
    }
  }

  /* The index terms one query term matches: itself and longer terms it begins; typos only when neither exists. */
  function matches(term, shard) {
    var hits = [], typos = [];
    if (!shard) return hits;
    var length = Array.from(term).length;
    var maxTypos = length >= 9 ? 2 : length >= 5 ? 1 : 0;
    Object.keys(shard).forEach(function (t) {
      if (t === term) hits.push([t, 1]);
      else if (length >= 3 && t.indexOf(term) === 0) hits.push([t, 0.7]);
      else if (maxTypos && distance(term, t, maxTypos) <= maxTypos) typos.push([t, 0.4]);
    });
    return hits.length ? hits : typos;
  }

  function docsOf(list) {
    var set = {}, n = 0;
    (list || []).forEach(function (d) { n += d; set[n] = true; });
    return set;
  }

  function search(state) {
    var terms = api.queryTokens(state.q);
    return load('manifest').then(function (manifest) {
      var filters = [];
      if (state.collection) filters.push('f/c/' + state.collection);
      if (state.topic) filters.push('f/t/' + state.topic);
      if (state.year) filters.push('f/y/' + state.year);
      // On a portal in several languages, documents in the reader's language come first, then the others.
      var prefer = manifest.languages && manifest.languages.indexOf(state.lang) >= 0 ? ['f/l/' + state.lang] : [];
      var names = terms.map(function (t) { return 't/' + hex(t); }).concat(filters).concat(prefer);
      return Promise.all(names.map(load)).then(function (files) {
        var matched = terms.map(function (term, i) { return matches(term, files[i]); });
        var own = [];
        matched.forEach(function (list, i) {
          list.forEach(function (m) { if (files[i][m[0]] === 1) own.push('w/' + hex(m[0], true)); });
        });
        return Promise.all(own.map(load)).then(function () {
          var hitTerms = [];
          var scores = null;
          matched.forEach(function (list, i) {
            var found = {};
            list.forEach(function (m) {
              hitTerms.push(m[0]);
              var p = files[i][m[0]];
              decode(p === 1 ? loaded['w/' + hex(m[0], true)] || '' : p, m[1], found);
            });
            var df = Object.keys(found).length;
            var idf = Math.log(1 + manifest.records / Math.max(1, df));
            var next = {};
            Object.keys(found).forEach(function (d) {
              if (scores === null || d in scores) next[d] = (scores === null ? 0 : scores[d]) + found[d] * idf;
            });
            scores = next;
          });
          files.slice(terms.length, terms.length + filters.length).forEach(function (f) {
            var allowed = docsOf(f);
            if (scores === null) {
              scores = {};
              Object.keys(allowed).forEach(function (d) { scores[d] = 0; });
            } else {
              Object.keys(scores).forEach(function (d) { if (!allowed[d]) delete scores[d]; });
            }
          });
          var docs = Object.keys(scores || {}).map(Number);
          var mine = prefer.length ? docsOf(files[files.length - 1]) : null;
          docs.sort(function (a, b) { return (mine ? (mine[b] ? 1 : 0) - (mine[a] ? 1 : 0) : 0) || scores[b] - scores[a] || a - b; });
          return {manifest: manifest, docs: docs, terms: terms, hits: hitTerms};
        });
      });
    });
  }

  function details(manifest, docs) {
    var chunks = {};
    docs.forEach(function (d) { chunks[Math.floor(d / manifest.chunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return load('d/' + c); })).then(function () {
      return docs.map(function (d) {
        var chunk = loaded['d/' + Math.floor(d / manifest.chunk)];
        return chunk ? chunk[d % manifest.chunk] : null;
      });
    });
  }

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
    return {q: p.get('q') || '', collection: p.get('collection') || '', topic: p.get('topic') || '', year: p.get('year') || '',
      lang: p.get('lang') || document.documentElement.lang};
  }

  function formState() {
    return {q: input.value, collection: selects.collection.value, topic: selects.topic.value, year: selects.year.value,
      lang: readState().lang};
  }

  function setForm(state) {
    input.value = state.q;
    Object.keys(selects).forEach(function (k) { selects[k].value = state[k]; });
  }

  function url(state) {
    var p = new URLSearchParams();
    ['q', 'collection', 'topic', 'year'].forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    if (state.lang && state.lang !== document.documentElement.lang) p.set('lang', state.lang);
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
    if (doc[5]) a.lang = doc[5];
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'search-meta';
    var c = result.manifest.collections[doc[2]];
    meta.textContent = (c ? c[1] : '') + (doc[3] ? ' · ' + doc[3] : '') + (doc[5] ? ' · ' + doc[5].toUpperCase() : '');
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
    return details(current.manifest, next).then(function (docs) {
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
