// search-score.js answers a plain query exactly as lunr.js does on the same index, and
// leaves every other query to lunr.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const lunr = require("lunr");
const score = require("../../theme/static/js/search-score.js");

const documents = [
  { id: "0", title: "Attack on the prison", body: "The 2019 attack near the Raqqa prison" },
  { id: "1", title: "Raqqa in 2019", body: "A drone strike on a checkpoint; attacks go on" },
  { id: "2", title: "Checkpoint", body: "Prison guards at the checkpoint in 2019 and 2020" },
  { id: "10", title: "Smuggling", body: "Smuggling across the border, not an attack" }
];
const index = JSON.parse(JSON.stringify(lunr(function () {
  this.ref("id");
  this.field("title");
  this.field("body");
  documents.forEach(function (document) { this.add(document); }, this);
})));

function byRef(a, b) { return Number(a.ref) - Number(b.ref); }

function lunrAnswer(text) {
  return lunr.Index.load(index).search(text).map(function (result) {
    return { ref: result.ref, score: result.score, terms: Object.keys(result.matchData.metadata) };
  }).sort(byRef);
}

function parsed(text) {
  const query = new lunr.Query(index.fields);
  new lunr.QueryParser(text, query).parse();
  return query;
}

test("a plain query gets lunr's refs, scores and terms, in lunr's order of terms", () => {
  const queries = [
    "attack", "prison raqqa", "2020 checkpoint 2019 prison", "title:raqqa body:prison",
    "prison^3 attack", "prison prison", "smuggling attack", "nothing"
  ];
  for (const text of queries) {
    assert.deepEqual(score.search(index, parsed(text)).sort(byRef), lunrAnswer(text), text);
  }
});

test("a query with +, -, * or ~ is left to lunr", () => {
  for (const text of ["+prison", "-prison", "prison -raqqa", "pris*", "prisn~1"]) {
    assert.equal(score.search(index, parsed(text)), null, text);
  }
});
