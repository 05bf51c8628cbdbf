// The JS fold gives the outputs of tests/vectors/fold.json, like archivist.folding.fold.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { fold } = require("../../theme/static/js/folding.js");
const vectors = require("../vectors/fold.json");

for (const c of vectors.cases) {
  test(`fold(${JSON.stringify(c.input)})`, () => {
    assert.equal(fold(c.input), c.fold);
  });
}

test("folding is idempotent on the vectors", () => {
  for (const c of vectors.cases) assert.equal(fold(c.fold), c.fold);
});
