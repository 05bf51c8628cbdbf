// Bytes of a built site's search files, and bytes a query downloads, as the page asks for
// them: before its first result (manifest, term shards, word lists, the first record) and
// for its first page (twenty records and, where the site has them, their texts).
//   node bench/search_bytes.js output/search '["raqqa", "\"sleeper cell\""]'
// ENGINE=path/to/search-engine.js measures another version's engine (an older build).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const search = require(process.env.ENGINE || "../theme/static/js/search-engine.js");

const folder = path.resolve(process.argv[2]);
const queries = JSON.parse(process.argv[3] || '["isis"]');
const PAGE = 20;

function totals() {
  const kinds = {};
  for (const name of fs.readdirSync(folder)) {
    const kind = name.replace(/-\d+\.js$/, "").replace(/\.js$/, "");
    const size = fs.statSync(path.join(folder, name)).size;
    kinds[kind] = (kinds[kind] || 0) + size;
  }
  return kinds;
}

function engine(tally) {
  return new search.Engine((name) => {
    const text = fs.readFileSync(path.join(folder, name + ".js"), "utf8");
    tally.bytes += Buffer.byteLength(text);
    return Promise.resolve(search.parseFile(text));
  });
}

async function measure(query) {
  const tally = { bytes: 0 };
  const e = engine(tally);
  const found = await e.find(query);
  const refs = found.results.slice(0, PAGE).map((r) => r.ref);
  if (refs.length) await e.documents([refs[0]]);
  const first = tally.bytes;
  await e.documents(refs);
  const records = tally.bytes;
  const hasTexts = fs.existsSync(path.join(folder, "text-0.js"));
  if (hasTexts && refs.length) await e.texts(refs);
  return { query, results: found.results.length, first, records, page: tally.bytes };
}

(async () => {
  const kinds = totals();
  const all = Object.values(kinds).reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({ total: all, kinds }));
  for (const query of queries) console.log(JSON.stringify(await measure(query)));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
