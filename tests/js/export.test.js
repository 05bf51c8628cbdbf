// CSV and BibTeX of a result set: quoting, formulas kept as text, the articles' own entries.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { toCsv, toBibtex } = require("../../theme/static/js/search-export.js");

const items = [{
  score: 1.23456,
  record: {
    url: "articles/a-b/", title: 'He said "no", then {left}', date: "2019-10", source: "=cmd",
    language: "en", places: ["Girê Spî", "تل أبيض"], tags: ["isis"]
  }
}];
const absolute = (url) => "https://example.org/archive/" + url;

test("CSV quotes fields and keeps a leading = as text", () => {
  const lines = toCsv(items, "q", absolute).split("\r\n");
  assert.equal(lines[0], "# query: q");
  assert.equal(lines[1], "rank,title,date,source,language,places,tags,url,score");
  assert.equal(lines[2], '1,"He said ""no"", then {left}",2019-10,\'=cmd,en,Girê Spî; تل أبيض,isis,' +
    "https://example.org/archive/articles/a-b/,1.235");
});

test("BibTeX is each article's own entry, in order, under the query", () => {
  const entries = ["@article{anf2019operations,\n  title = {{A}}\n}\n", "@article{anon2022b,\n  title = {{B}}\n}"];
  const bib = toBibtex(entries, "q\nr");
  assert.equal(bib, "% Search results for: q r\n\n" + entries[0] + "\n" + entries[1] + "\n");
});
