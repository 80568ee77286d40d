/*
 * Accord search: the filters the schema declares (search: { facet: true }), loaded by assets/search.js with the
 * manifest when the filters open or the address holds one. A facet of a few values is a list; a facet of many values
 * (people, organizations) is a text box whose choices load by prefix from search/p/<facet>/<hex prefix>.js as the
 * reader types, never the whole list. Values are shown as text nodes only.
 *
 * On a page in another language than the default, a facet's name and its values are the words that search/l/<lang>
 * gives (its "words"), a large facet's choices load from search/p/<facet>/<lang>/, and a name or value given only in
 * the default language carries that language in its lang attribute (WCAG 3.1.2).
 */
(function () {
  'use strict';
  var accord = window.accord = window.accord || {};

  /*
   * ctx: what search.js lends: load, hex, api (tokens, queryTokens), words, changed, fields (the filters' box), option,
   * maxTerm, lang (the page's) and fallback (the default language).
   */
  accord.searchFacets = function (ctx) {
    var W = ctx.words;

    /* A value's words: its label, or for a yes-or-no field (label "") yes or no. */
    function valueLabel(v) {
      return v[1] !== '' ? v[1] : v[0] === 'true' ? W.yes : v[0] === 'false' ? W.no : v[0];
    }

    /* The facet's name: in the page's language where its words give it, else the manifest's, marked as in the default. */
    function field(key, label, words) {
      var box = document.createElement('div');
      box.className = 'search-facet';
      var l = document.createElement('label');
      l.htmlFor = 'search-f-' + key;
      var own = words && words.facets[key];
      l.textContent = own || label;
      if (words && !own) l.lang = ctx.fallback;
      box.appendChild(l);
      ctx.fields.appendChild(box);
      return box;
    }

    /* A facet of a few values: a list of them with their counts. */
    function smallFacet(key, label, values, words) {
      var box = field(key, label, words);
      var select = document.createElement('select');
      select.id = 'search-f-' + key;
      ctx.option(select, '', W.any);
      var own = words && words.values[key] || {};
      // In the order of the labels shown (the manifest's are the default language's), as the index sorts them.
      var shown = values.map(function (v) { return {v: v, text: own[v[0]], fold: ctx.api.fold(own[v[0]] || valueLabel(v))}; });
      if (words) shown.sort(function (a, b) { return a.fold < b.fold ? -1 : a.fold > b.fold ? 1 : a.v[0] < b.v[0] ? -1 : 1; });
      shown.forEach(function (s) {
        var o = ctx.option(select, s.v[0], (s.text || valueLabel(s.v)) + ' (' + s.v[2] + ')');
        // Yes and no are the page's words; any other value not in its words is as the default language writes it.
        if (words && !s.text && s.v[1] !== '') o.lang = ctx.fallback;
      });
      box.appendChild(select);
      select.addEventListener('change', ctx.changed);
      return {
        value: function () { return select.value; },
        set: function (v) { select.value = v || ''; }
      };
    }

    /*
     * A facet of many values (people, organizations): a text box. As the reader types, the values whose label has a
     * word starting with the first word typed load from the facet's prefix files (p/<key>/<hex prefix>), only those,
     * and the ones whose label also has the other words typed are offered as buttons; choosing one filters by it.
     */
    function largeFacet(key, label, words) {
      var box = field(key, label, words);
      // A page in another language has its own prefix files: its labels, each value's [key, label, records, and the
      // default language where the label is that language's].
      var dir = 'p/' + key + '/' + (words ? ctx.lang + '/' : '');
      var text = document.createElement('input');
      text.type = 'text';
      text.id = 'search-f-' + key;
      text.autocomplete = 'off';
      text.spellcheck = false;
      text.setAttribute('aria-describedby', 'search-f-' + key + '-hint');
      box.appendChild(text);
      var hint = document.createElement('span');
      hint.id = 'search-f-' + key + '-hint';
      hint.className = 'search-hint';
      hint.setAttribute('aria-live', 'polite');
      hint.textContent = W.choose;
      box.appendChild(hint);
      var choices = document.createElement('ul');
      choices.className = 'search-choices';
      choices.hidden = true;
      box.appendChild(choices);
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'search-remove';
      remove.textContent = W.remove;
      remove.hidden = true;
      box.appendChild(remove);
      var chosen = null, asked = 0;

      function choose(v, quiet) {
        chosen = v;
        text.value = v ? valueLabel(v) : '';
        if (v && v[3]) text.lang = v[3];
        else text.removeAttribute('lang');
        remove.hidden = !v;
        choices.hidden = true;
        choices.textContent = '';
        hint.textContent = v ? '' : W.choose;
        if (!quiet) ctx.changed();
      }

      function suggest() {
        var ask = ++asked;
        // A hyphenated word by its parts, each the start of a word of a label (as search.js matches it).
        var words = [];
        ctx.api.queryTokens(text.value).forEach(function (w) { words.push.apply(words, ctx.api.hyphenParts(w) || [w]); });
        words = words.map(function (w) { return Array.from(w).slice(0, ctx.maxTerm).join(''); });
        choices.textContent = '';
        choices.hidden = true;
        if (!words.length) { hint.textContent = W.choose; return; }
        // Each typed word's prefix file (the first three words): a word many labels share lists only the values of
        // most records, so a value is found through its rarer words too.
        var found = {}, split = false;
        function step(word, chars, n) {
          return ctx.load(dir + ctx.hex(chars.slice(0, n).join(''))).then(function (data) {
            if (!data) return;
            Object.keys(data).forEach(function (w) {
              if (w !== '' && w.indexOf(word) === 0) data[w].forEach(function (v) { found[v[0]] = v; });
            });
            if (data[''] === 2) {
              if (chars.length > n) return step(word, chars, n + 1);
              split = true;
            }
          });
        }
        Promise.all(words.slice(0, 3).map(function (w) { return step(w, Array.from(w), 1); })).then(function () {
          if (ask !== asked) return;
          var values = Object.keys(found).map(function (k) { return found[k]; }).filter(function (v) {
            var tokens = ctx.api.tokens(valueLabel(v));
            return words.every(function (w) { return tokens.some(function (t) { return t.indexOf(w) === 0; }); });
          });
          values.sort(function (a, b) { return b[2] - a[2] || (valueLabel(a) < valueLabel(b) ? -1 : 1); });
          values.slice(0, 10).forEach(function (v) {
            var li = document.createElement('li');
            var b = document.createElement('button');
            b.type = 'button';
            b.textContent = valueLabel(v) + ' (' + v[2] + ')';
            if (v[3]) b.lang = v[3];
            b.addEventListener('click', function () { choose(v); text.focus(); });
            li.appendChild(b);
            choices.appendChild(li);
          });
          choices.hidden = !values.length;
          hint.textContent = values.length ? '' : split ? W.choose : W.noChoice;
        });
      }

      text.addEventListener('input', function () {
        if (chosen) { chosen = null; remove.hidden = true; ctx.changed(); }
        suggest();
      });
      text.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowDown' && !choices.hidden) { e.preventDefault(); choices.querySelector('button').focus(); }
      });
      choices.addEventListener('keydown', function (e) {
        var buttons = Array.prototype.slice.call(choices.querySelectorAll('button'));
        var i = buttons.indexOf(document.activeElement);
        if (e.key === 'ArrowDown' && i < buttons.length - 1) { e.preventDefault(); buttons[i + 1].focus(); }
        if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? buttons[i - 1] : text).focus(); }
        if (e.key === 'Escape') { e.preventDefault(); choices.hidden = true; text.focus(); }
      });
      remove.addEventListener('click', function () { choose(null); text.focus(); });
      return {
        value: function () { return chosen ? chosen[0] : ''; },
        /* A value from the address: its label comes with its file of records (f/v/<key>/<value>), in each language it has. */
        set: function (v) {
          if (!v) { if (chosen) choose(null, true); return Promise.resolve(); }
          if (chosen && chosen[0] === v) return Promise.resolve();
          return ctx.load('f/v/' + key + '/' + v).then(function (data) {
            var label = data && !Array.isArray(data) ? data.label : v;
            var own = words && data && data.labels && data.labels[ctx.lang];
            choose(own ? [v, own, 0] : [v, label, 0, words && label !== '' ? ctx.fallback : undefined], true);
          });
        }
      };
    }

    return {small: smallFacet, large: largeFacet};
  };
})();
