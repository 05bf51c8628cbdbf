// The JS pipeline gives the terms of tests/vectors/pipeline.json, like archivist.textpipeline.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const lunr = require("lunr");
const pipeline = require("../../theme/static/js/textpipeline.js");
const vectors = require("../vectors/pipeline.json");

for (const c of vectors.cases) {
  test(`terms(${JSON.stringify(c.input)})`, () => {
    assert.deepEqual(pipeline.terms(c.input), c.terms);
  });
}

for (const c of vectors.queries) {
  test(`prepareQuery(${JSON.stringify(c.input)})`, () => {
    assert.equal(pipeline.prepareQuery(c.input), c.query);
  });
}

test("the registered lunr pipeline gives the same terms as terms()", () => {
  const search = lunr.Pipeline.load(pipeline.LABELS);
  for (const c of vectors.cases) assert.deepEqual(search.runString(c.input), c.terms);
});

test("the minified lunr the site serves stems like the lunr the tests load", () => {
  const minified = require("lunr/lunr.min.js");
  for (const c of vectors.cases) {
    for (const word of pipeline.words(c.input)) {
      const a = lunr.stemmer(new lunr.Token(word, {})).toString();
      const b = minified.stemmer(new minified.Token(word, {})).toString();
      assert.equal(b, a);
    }
  }
});
