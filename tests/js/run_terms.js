// Read a JSON list of texts on stdin, print the JS pipeline's terms of each (for pytest).
"use strict";
const pipeline = require("../../theme/static/js/textpipeline.js");
const { fold, tables } = require("../../theme/static/js/folding.js");
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const texts = JSON.parse(input);
  process.stdout.write(JSON.stringify({
    terms: texts.map(pipeline.terms),
    folds: texts.map(fold),
    stopWords: pipeline.stopWords,
    tables: tables,
  }));
});
