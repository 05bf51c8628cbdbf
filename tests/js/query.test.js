// The page's query reader: the shared vectors (tests/vectors/query.json, which the
// terminal's reader runs too), and places read in the query.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const query = require("../../theme/static/js/search-query.js");
const vectors = require("../vectors/query.json");

const PLACES = [
  ["Deir ez-Zor", ["derezor"], ["deir zor", "deir zour", "دير زور"].map(query.placeKey)],
  ["Girê Spî", ["gire", "spi"], ["Girê Spî", "Tal Abyad", "تل أبيض"].map(query.placeKey)]
];

test("a mistake or a bound is refused with the terminal's message", () => {
  for (const [text, message] of vectors.refused) {
    assert.throws(() => query.parse(text, []), (error) => {
      assert.equal(error.name, "QueryError");
      assert.equal(error.message, message, text);
      return true;
    });
  }
});

test("a 10,000-character query is refused, not searched", () => {
  assert.throws(() => query.parse("raqqa ".repeat(2000), []), /keep it under 500/);
});

test("queries within the bounds are read", () => {
  for (const text of vectors.accepted) assert.ok(query.parse(text, []).parts.length, text);
});

test("place keys leave out the article, in Latin letters and in Arabic", () => {
  for (const [name, key] of vectors.place_keys) assert.equal(query.placeKey(name), key, name);
});

test("a run of words naming a place is read as the place, in any spelling", () => {
  for (const text of ["Deir al-Zor", "deir el-zor", "دير الزور", "Deir Zour"]) {
    const parsed = query.parse(text + " prison", PLACES);
    assert.deepEqual(parsed.places, [0], text);
    assert.equal(parsed.parts.length, 2, text);
  }
  assert.deepEqual(query.parse("tal abyad", PLACES).places, [1]);
  assert.deepEqual(query.parse("tal abyad", PLACES, true).places, []);
});

test("a quoted or excluded place name stays words", () => {
  assert.deepEqual(query.parse('"Deir al-Zor"', PLACES).places, []);
  assert.deepEqual(query.parse("isis -Tal Abyad", PLACES).places, []);
});

test("source: and language: become filters", () => {
  const parsed = query.parse("attack source:Rudaw language:en", []);
  assert.deepEqual(parsed.filters, { source: "Rudaw", language: "en" });
  assert.equal(parsed.parts.length, 1);
});

test("a word of five letters or more may be a letter off, of nine or more two", () => {
  for (const [text, expected] of vectors.typos) {
    const typed = query.parse(text, []);
    const near = query.typos(typed);
    const words = near ? near.parts.filter((part, i) => {
      return part.editDistance && !typed.parts[i].editDistance;
    }).map((part) => part.text + "~" + part.editDistance) : [];
    assert.deepEqual(words, expected, text);
  }
});

test("a place's words stay as typed in the near-spelling reading", () => {
  assert.equal(query.typos(query.parse("Deir al-Zor", PLACES)), null);
  const near = query.typos(query.parse("Deir al-Zor prisons", PLACES));
  assert.deepEqual(near.parts.map((part) => part.editDistance || 0), [0, 1]);
});
