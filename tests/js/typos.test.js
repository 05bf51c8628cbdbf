// typoWords (search-near.js) gives the words of tests/vectors/typos.json, as typo_words does
// in Python (tests/curator/test_typos.py).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const near = require("../../theme/static/js/search-near.js");
const vectors = require("../vectors/typos.json");

for (const c of vectors.cases) {
  test(`'${c.typed}' (term ${c.term}, ${c.limit} edits) stands for ${c.words.join(", ")}`, () => {
    assert.deepEqual(near.typoWords(vectors.vocabulary, c.term, c.typed, c.limit), c.words);
  });
}

test("a word with a misspelt ending stands for the term of the word it misspells", () => {
  // "repatriaton" is not stemmed; "repatriation" is "repatri", four letters shorter.
  assert.deepEqual(near.typoWords(["repatri", "report"], "repatriaton", "repatriaton", 2),
    ["repatri"]);
});
