/*
 * Accord search: the filters the schema declares (search: { facet: true }), loaded by assets/search.js with the
 * manifest when the filters open or the address holds one. A facet of a few values is a list; a facet of many values
 * (people, organizations) is a text box whose choices load by prefix from search/p/<facet>/<hex prefix>.js as the
 * reader types, never the whole list. Values are shown as text nodes only.
 */
(function () {
  'use strict';
  var accord = window.accord = window.accord || {};

  /* ctx: what search.js lends: load, hex, api (tokens, queryTokens), words, changed, fields (the filters' box), option, maxTerm. */
  accord.searchFacets = function (ctx) {
    var W = ctx.words;

    /* A value's words: its label, or for a yes-or-no field (label "") yes or no. */
    function valueLabel(v) {
      return v[1] !== '' ? v[1] : v[0] === 'true' ? W.yes : v[0] === 'false' ? W.no : v[0];
    }

    function field(key, label) {
      var box = document.createElement('div');
      box.className = 'search-facet';
      var l = document.createElement('label');
      l.htmlFor = 'search-f-' + key;
      l.textContent = label;
      box.appendChild(l);
      ctx.fields.appendChild(box);
      return box;
    }

    /* A facet of a few values: a list of them with their counts. */
    function smallFacet(key, label, values) {
      var box = field(key, label);
      var select = document.createElement('select');
      select.id = 'search-f-' + key;
      ctx.option(select, '', W.any);
      values.forEach(function (v) { ctx.option(select, v[0], valueLabel(v) + ' (' + v[2] + ')'); });
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
    function largeFacet(key, label) {
      var box = field(key, label);
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
          return ctx.load('p/' + key + '/' + ctx.hex(chars.slice(0, n).join(''))).then(function (data) {
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
        /* A value from the address: its label comes with its file of records (f/v/<key>/<value>). */
        set: function (v) {
          if (!v) { if (chosen) choose(null, true); return Promise.resolve(); }
          if (chosen && chosen[0] === v) return Promise.resolve();
          return ctx.load('f/v/' + key + '/' + v).then(function (data) {
            choose([v, data && !Array.isArray(data) ? data.label : v, 0], true);
          });
        }
      };
    }

    return {small: smallFacet, large: largeFacet};
  };
})();
