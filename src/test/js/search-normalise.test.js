// The search page's normalisation (templates/assets/search.js) against the shared vectors, which
// accord.search.SearchTextTest holds the Java index builder to. Run: node --test src/test/js/
// (ACCORD_SEARCH_JS names another copy of the script to test: SearchTextTest tests the one a build writes too.)
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const repo = path.join(__dirname, '..', '..', '..');
const search = require(process.env.ACCORD_SEARCH_JS || path.join(repo, 'templates', 'assets', 'search.js'));
const { vectors } = JSON.parse(fs.readFileSync(path.join(repo, 'src', 'test', 'resources', 'search', 'normalise-vectors.json'), 'utf8'));

for (const v of vectors) {
  test(`tokens of ${JSON.stringify(v.input)}`, () => {
    assert.deepStrictEqual(search.tokens(v.input), v.tokens);
    if (v.query) assert.deepStrictEqual(search.queryTokens(v.input), v.query);
  });
}

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.strictEqual(search.distance('jabarov', 'jabbarov', 2), 1);
  assert.strictEqual(search.distance('declaraton', 'declaration', 2), 1);
  assert.strictEqual(search.distance('sabyrva', 'sabyrova', 2), 1);
  assert.strictEqual(search.distance('jabbraov', 'jabbarov', 2), 1);
  assert.strictEqual(search.distance('baku', 'bonn', 1), 2);
});
