// Filters and counts over a facet table shaped like archivist.search_index.facet_table's.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const facets = require("../../theme/static/js/search-facets.js");

const table = {
  values: {
    tag: ["attacks", "isis"], place: [["raqqa", "Raqqa"], ["tal-abyad", "Tal Abyad"]],
    language: ["ar", "en"], source: ["Example Wire"]
  },
  docs: [
    ["2022-12-01", 0, -1, [0, 1], [0]],
    ["2021-11", 0, 0, [1], [1]],
    ["", 1, 0, [0], [0, 1]]
  ]
};
const results = [{ ref: "0" }, { ref: "1" }, { ref: "2" }];

test("counts list each value once with its label, among results passing other filters", () => {
  assert.deepEqual(facets.counts(table, results, { language: "ar" }, "place"), [
    { key: "raqqa", label: "Raqqa", count: 1 },
    { key: "tal-abyad", label: "Tal Abyad", count: 1 }
  ]);
  assert.deepEqual(facets.counts(table, results, { language: "ar" }, "language"), [
    { key: "ar", label: "ar", count: 2 },
    { key: "en", label: "en", count: 1 }
  ]);
});

test("date ranges take partial dates and leave undated reports out", () => {
  const kept = (values) => results.filter((r) => facets.passes(table, Number(r.ref), values, null))
    .map((r) => r.ref);
  assert.deepEqual(kept({ from: "2022" }), ["0"]);
  assert.deepEqual(kept({ to: "2021-11" }), ["1"]);
  assert.deepEqual(kept({ tag: "attacks", place: "tal-abyad" }), ["2"]);
  assert.equal(facets.anyFilter({ tag: "", from: "" }), false);
});
