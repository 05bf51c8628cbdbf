// Phrases checked on reports' texts, and the passage a snippet shows (search-passage.js).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const passage = require("../../theme/static/js/search-passage.js");

const record = (title) => ({ title, places: [], tags: [], summary: "", source: "" });

test("a phrase's words must stand side by side, in order, after folding and stemming", () => {
  const phrase = { terms: passage.phraseTerms("sleeper cell"), field: "" };
  const holds = (text) => passage.holds(passage.fieldTexts(record(""), [text, ""]), phrase);
  assert.equal(holds("SDF arrests ISIS Sleeper Cells in Raqqa"), true);
  assert.equal(holds("a cell of sleepers"), false);
  assert.equal(holds("the sleeper, a member of the cell"), false);
});

test("a phrase keeps its stop words and works in Arabic", () => {
  const arabic = { terms: passage.phraseTerms("قوات سوريا"), field: "" };
  const texts = passage.fieldTexts(record(""), ["أعلنت قوات سوريا الديمقراطية", ""]);
  assert.equal(passage.holds(texts, arabic), true);
  const women = { terms: passage.phraseTerms("women and children"), field: "" };
  const other = passage.fieldTexts(record(""), ["women or children", ""]);
  assert.equal(passage.holds(other, women), false);
});

test("a phrase in one field does not run on into the next", () => {
  const phrase = { terms: passage.phraseTerms("raqqa sdf"), field: "" };
  const texts = passage.fieldTexts(record("Attack in Raqqa"), ["SDF says", ""]);
  assert.equal(passage.holds(texts, phrase), false);
  const titled = { terms: passage.phraseTerms("in raqqa"), field: "title" };
  assert.equal(passage.holds(texts, titled), true);
});

test("only reports with the phrase's words are read, a batch at a time, and the rest flagged", async () => {
  const results = Array.from({ length: 100 }, (_, i) => ({ ref: String(i) }));
  const phrase = {
    terms: ["sleeper", "cell"], field: "", negated: false,
    refs: new Set(results.map((r) => r.ref).filter((ref) => ref !== "0"))
  };
  const asked = [];
  const load = (refs) => {
    asked.push(refs.length);
    return Promise.resolve(refs.map((ref) => [record(""), [Number(ref) % 2 ? "a sleeper cell" : "cell sleeper", ""]]));
  };
  const kept = await passage.keep(results, [phrase], load);
  assert.deepEqual(asked, [20, 20]); // 40 read: 20 hold the phrase, a page
  assert.equal(asked.reduce((a, b) => a + b), 40);
  const sure = kept.filter((r) => !r.unchecked);
  assert.equal(sure.length, 20);
  assert.ok(sure.every((r) => Number(r.ref) % 2 === 1));
  assert.equal(kept.filter((r) => r.unchecked).length, 99 - 40);
});

test("the snippet starts near the passage with the most of the query's words", () => {
  const text = "Opening words about nothing. ".repeat(20) +
    "Later the SDF arrested a sleeper cell in Raqqa.";
  const chosen = passage.passage(text, new Set(["raqqa", "arrest"]), [["sleeper", "cell"]]);
  assert.ok(chosen.from > 400);
  const marked = chosen.words.filter((w) => w.hit).map((w) => text.slice(w.start, w.end));
  assert.deepEqual(marked, ["arrested", "sleeper", "cell", "Raqqa"]);
});
