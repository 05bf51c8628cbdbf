// Run queries (a JSON list on stdin) through the search page's engine, on the search files
// of a built site (argv[2], its search/ folder), as the page does, and print for each the
// slugs of its results in order, how many have every word (primary), how many follow in a
// near spelling (near), the time to the answer in ms (files read from disk, parsed; records
// not included) and the files and bytes read for it (records not included), or {error}.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const search = require("../../../theme/static/js/search-engine.js");

const folder = process.argv[2];

//: The files and bytes the engine of the query being run has read.
const read = { files: 0, bytes: 0 };

function engine() {
  return new search.Engine((name) => {
    const text = fs.readFileSync(path.join(folder, name + ".js"), "utf8");
    read.files += 1;
    read.bytes += Buffer.byteLength(text);
    return Promise.resolve(search.parseFile(text));
  });
}

function slugOf(record) {
  return record.url.replace(/\/$/, "").split("/").pop();
}

async function run(query) {
  const started = process.hrtime.bigint();
  try {
    read.files = 0;
    read.bytes = 0;
    const e = engine();
    // Before the query language of issue 27 the engine had only search(): any word.
    const found = e.find ? await e.find(query) : { results: await e.search(query), primary: -1 };
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const cost = { files: read.files, bytes: read.bytes };
    const records = await Promise.all(found.results.map((r) => engine().documents([r.ref])));
    return {
      slugs: records.map((r) => slugOf(r[0])),
      primary: found.primary,
      near: found.near || 0,
      ms: ms,
      files: cost.files,
      bytes: cost.bytes,
    };
  } catch (error) {
    return { error: String(error.message || error) };
  }
}

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  const answers = [];
  for (const query of JSON.parse(input)) answers.push(await run(query));
  process.stdout.write(JSON.stringify(answers));
});
