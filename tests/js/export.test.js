// CSV and BibTeX of a result set: quoting, formulas kept as text, braces escaped.
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

test("BibTeX has one @misc per result with escaped braces and the permalink", () => {
  const bib = toBibtex(items, "q", absolute);
  assert.match(bib, /@misc\{a-b,/);
  assert.match(bib, /title = \{He said "no", then \\\{left\\\}\}/);
  assert.match(bib, /year = \{2019\},\n {2}month = \{10\}/);
  assert.match(bib, /url = \{https:\/\/example.org\/archive\/articles\/a-b\/\}/);
});
