// lunr's answer to a plain query (words, field:word, word^boost: no +, -, * or ~), worked
// out from a serialised index without loading it: the refs, scores and matched terms that
// lunr.Index.load(index).search() gives, with lunr's own vectors doing the arithmetic, so
// scores agree to the last bit. lunr makes several objects for every field of every
// matching document; at 10k articles a common word matches ~8,000 documents, and that
// search took ~110 ms of the page's first result (measured in Chromium). Any other query
// is left to lunr (`null`). tests/js/acceptance.js holds both to the monolithic index.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("lunr"));
  } else {
    root.archivistSearchScore = factory(root.lunr);
  }
})(typeof self !== "undefined" ? self : this, function (lunr) {
  "use strict";

  function isPlain(query) {
    return query.clauses.every(function (clause) {
      return clause.presence === lunr.Query.presence.OPTIONAL && !("editDistance" in clause) &&
        clause.term.indexOf("*") === -1;
    });
  }

  function add(a, b) { return a + b; }

  /**
   * Which documents match in which fields, as lunr.Index#query walks the clauses: each
   * document's fields in the order they first matched, each with its terms in order, and
   * the query vector of every field.
   */
  function matchesOf(index, query) {
    var postings = new Map(index.invertedIndex);
    var searchPipeline = lunr.Pipeline.load(index.pipeline);
    var queryVectors = {}, walked = new Set(), documents = new Map();
    index.fields.forEach(function (field) { queryVectors[field] = new lunr.Vector(); });
    for (var c = 0; c < query.clauses.length; c++) {
      var clause = query.clauses[c];
      var terms = clause.usePipeline
        ? searchPipeline.runString(clause.term, { fields: clause.fields })
        : [clause.term];
      for (var t = 0; t < terms.length; t++) {
        var term = terms[t], posting = postings.get(term);
        if (term.indexOf("*") !== -1) return null;
        if (posting === undefined) continue;
        for (var f = 0; f < clause.fields.length; f++) {
          var field = clause.fields[f];
          queryVectors[field].upsert(posting._index, clause.boost, add);
          if (walked.has(term + "/" + field)) continue;
          walked.add(term + "/" + field);
          Object.keys(posting[field]).forEach(function (ref) {
            var fields = documents.get(ref);
            if (fields === undefined) documents.set(ref, fields = []);
            var match = fields.find(function (m) { return m.field === field; });
            if (match === undefined) fields.push({ field: field, terms: [term] });
            else if (match.terms.indexOf(term) === -1) match.terms.push(term);
          });
        }
      }
    }
    return { queryVectors: queryVectors, documents: documents };
  }

  /** The terms of lunr's match data: keyed by term, so in the order of an object's keys. */
  function termsOf(fields) {
    if (fields.length === 1 && fields[0].terms.length === 1) return fields[0].terms.slice();
    var keys = Object.create(null);
    fields.forEach(function (match) {
      match.terms.forEach(function (term) { keys[term] = true; });
    });
    return Object.keys(keys);
  }

  /**
   * [{ref, score, terms}] in no particular order, or null if `query` is not plain; with
   * `keep` (ref -> boolean), of the documents it keeps only.
   */
  function search(index, query, keep) {
    if (!isPlain(query)) return null;
    var found = matchesOf(index, query);
    if (found === null) return null;
    var vectors = new Map(index.fieldVectors), results = [];
    found.documents.forEach(function (fields, ref) {
      if (keep && !keep(ref)) return;
      var score = 0;
      fields.forEach(function (match) {
        var vector = new lunr.Vector(vectors.get(match.field + "/" + ref));
        score += found.queryVectors[match.field].similarity(vector);
      });
      results.push({ ref: ref, score: score, terms: termsOf(fields) });
    });
    return results;
  }

  return { search: search };
});
