// Run queries (JSON list on stdin) through the real lunr.js, twice: on a monolithic index
// (argv[2], JSON) and through search-engine.js on the sharded search files of a folder
// (argv[3]), exactly as the page does. Prints [{monolith, sharded, terms}] with sorted
// results or {error}, and each result's matched terms by both ways. tests/test_search_acceptance.py compares both with lunr.py.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const lunr = require("lunr");
const search = require("../../theme/static/js/search-engine.js");

const monolith = lunr.Index.load(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
const folder = process.argv[3];

function freshEngine(loaded) {
  return new search.Engine((name) => {
    loaded.push(name);
    const text = fs.readFileSync(path.join(folder, name + ".js"), "utf8");
    return Promise.resolve(search.parseFile(text));
  });
}

function simple(results) {
  return results.map((r) => ({ ref: r.ref, score: r.score }));
}

async function run(query) {
  const answer = {};
  const loaded = [];
  const engine = freshEngine(loaded);
  try {
    const manifest = await engine.manifest();
    const parsed = search.parse(manifest, query);
    const results = search.ordered(monolith.search(parsed.text));
    answer.monolith = simple(results);
    answer.terms = { monolith: results.map((r) => Object.keys(r.matchData.metadata)) };
  } catch (error) {
    answer.monolith = { error: error.name };
  }
  try {
    const results = await engine.search(query);
    answer.sharded = simple(results);
    answer.terms = { ...answer.terms, sharded: results.map((r) => r.terms) };
  } catch (error) {
    answer.sharded = { error: error.name };
  }
  answer.loaded = loaded.slice().sort();
  return answer;
}

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  const answers = [];
  for (const query of JSON.parse(input)) answers.push(await run(query));
  process.stdout.write(JSON.stringify(answers));
});
