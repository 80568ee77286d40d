// The snippet a search result shows (passages in templates/assets/search.js): the words a query matched, wherever
// they are in the record's text, cut at spaces and marked with "…" where the text goes on. Run: node --test src/test/js/
// (ACCORD_SEARCH_JS names another copy of the script to test: SearchTextTest tests the one a build writes too.)
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const search = require(process.env.ACCORD_SEARCH_JS || path.join(__dirname, '..', '..', '..', 'templates', 'assets', 'search.js'));
const is = (term) => (word) => search.tokens(word).includes(term);
const words = (n, from = 0) => Array.from({ length: n }, (_, i) => 'word' + (from + i)).join(' ');

test('a match in the opening shows the opening', () => {
  const text = 'Mikayil Jabbarov spoke. ' + words(100);
  const shown = search.passages(text, [is('jabbarov')], 220);
  assert.ok(shown.startsWith('Mikayil Jabbarov spoke. word0'));
  assert.ok(shown.endsWith(' …'));
  assert.ok(shown.length <= 222);
});

test('a match deep in the text shows a passage around it, cut at spaces', () => {
  const text = words(300) + ' the minister Mikayil Jabbarov described the corridor ' + words(300, 300);
  const shown = search.passages(text, [is('jabbarov')], 220);
  assert.match(shown, /^… word\d+ .* the minister Mikayil Jabbarov described the corridor word300 .* word\d+ …$/);
  assert.ok(shown.length <= 230, shown);
});

test('two words far apart show two passages, in the order of the text', () => {
  const text = 'Opening. ' + words(200) + ' Baku hosted it. ' + words(200, 200) + ' Jabbarov spoke. ' + words(200, 400);
  const shown = search.passages(text, [is('jabbarov'), is('baku')], 220);
  assert.ok(shown.startsWith('… ') && shown.endsWith(' …'), shown);
  const parts = shown.slice(2, -2).split(' … ');
  assert.strictEqual(parts.length, 2, shown);
  assert.ok(parts[0].includes('Baku hosted it.'), shown);
  assert.ok(parts[1].includes('Jabbarov spoke.'), shown);
  assert.ok(shown.length <= 240, shown);
});

test('the end of the text has no closing mark, and no match shows the opening', () => {
  const text = words(200) + ' at last Jabbarov';
  assert.match(search.passages(text, [is('jabbarov')], 220), /^… .* at last Jabbarov$/);
  assert.strictEqual(search.passages('Short text.', [is('jabbarov')], 220), 'Short text.');
  assert.strictEqual(search.passages('Short text.', [], 220), 'Short text.');
});
