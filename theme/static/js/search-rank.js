// The order of results, the same in the page and in `archivist search`
// (src/archivist/curator/ranking.py): first the reports whose title holds a word of the
// query (or a name of a place it names), then those about a place it names or whose
// places hold one of its words, then the rest; within each, the archive's order (newest
// first), which is the order of refs. No DOM: node-tested.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./search-query.js"));
  } else {
    root.archivistSearchRank = factory(root.archivistSearchQuery);
  }
})(typeof self !== "undefined" ? self : this, function (query) {
  "use strict";

  /** The query's words to find, as terms: not excluded, not * or ~, not an article. */
  function wordTerms(parsed) {
    var terms = [];
    parsed.parts.forEach(function (part) {
      (part.words || [part]).forEach(function (word) {
        if (word.negated || word.wildcard || word.editDistance) return;
        word.terms.forEach(function (term) {
          if (!query.ARTICLES[term] && terms.indexOf(term) === -1) terms.push(term);
        });
      });
    });
    return terms;
  }

  /** What a title may hold to come first: a word, or all the terms of a place's name. */
  function titleLists(parsed, places) {
    var lists = wordTerms(parsed).map(function (term) { return [term]; });
    parsed.places.forEach(function (p) {
      places[p][2].forEach(function (key) { lists.push(key.split(" ")); });
    });
    return lists;
  }

  function has(postings, term, field, ref) {
    var posting = postings.get(term);
    return posting !== undefined && posting[field] !== undefined && ref in posting[field];
  }

  /** `results` in tiers (title, place, rest), each in the archive's order. */
  function rank(index, results, parsed, places, placed) {
    var postings = index.postings || new Map(index.invertedIndex);
    var lists = titleLists(parsed, places), words = wordTerms(parsed);
    function tier(ref) {
      if (lists.some(function (list) {
        return list.every(function (term) { return has(postings, term, "title", ref); });
      })) return 0;
      if (placed.has(ref) || words.some(function (t) { return has(postings, t, "places", ref); })) {
        return 1;
      }
      return 2;
    }
    return results.map(function (r) { return { result: r, tier: tier(r.ref) }; })
      .sort(function (a, b) { return a.tier - b.tier || Number(a.result.ref) - Number(b.result.ref); })
      .map(function (entry) { return entry.result; });
  }

  return { rank: rank, titleLists: titleLists, wordTerms: wordTerms };
});
