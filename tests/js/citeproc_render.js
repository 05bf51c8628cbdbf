// The tests' oracle for the "Cite this" references: citeproc-js, the CSL processor of
// Zotero and citation.js, rendering CSL-JSON items with the archive's own CSL styles.
// Reads {locale, styles: {name: xml}, items: [...]} on stdin and writes
// {id: {style: html}}: each item's bibliography entry in each style, rendered on its own.
"use strict";

const fs = require("fs");
const CSL = require("citeproc");

function render(request) {
  const byId = new Map(request.items.map((item) => [String(item.id), item]));
  const out = {};
  for (const id of byId.keys()) out[id] = {};
  for (const [name, xml] of Object.entries(request.styles)) {
    const system = { retrieveLocale: () => request.locale, retrieveItem: (id) => byId.get(id) };
    const engine = new CSL.Engine(system, xml, "en-US");
    engine.setOutputFormat("html");
    for (const id of byId.keys()) {
      engine.updateItems([id]);
      const [meta, entries] = engine.makeBibliography();
      if (meta.bibliography_errors.length) throw new Error(`${id}: ${meta.bibliography_errors}`);
      out[id][name] = entries.join("").trim();
    }
  }
  return out;
}

process.stdout.write(JSON.stringify(render(JSON.parse(fs.readFileSync(0, "utf8")))));
