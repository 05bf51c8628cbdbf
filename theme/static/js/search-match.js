// The reports a list of lunr clauses (search-find.js) matches, worked out from the
// serialised index without loading it in lunr (see search-score.js): every required term
// (or a word it stands for: a prefix's or near spelling's expansions, a place's names),
// none of the prohibited ones, scored as lunr scores them. No DOM: node tests run it.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("lunr"), require("./search-score.js"));
  } else {
    root.archivistSearchMatch = factory(root.lunr, root.archivistSearchScore);
  }
})(typeof self !== "undefined" ? self : this, function (lunr, score) {
  "use strict";

  var REQUIRED = lunr.Query.presence.REQUIRED, PROHIBITED = lunr.Query.presence.PROHIBITED;

  /** The index words a clause stands for: its expansions, its names' terms, or its term. */
  function wordsOf(clause) {
    if (clause.names) return Array.from(new Set([].concat.apply([], clause.names)));
    return clause.expansions || [clause.term];
  }

  /** The refs holding every term of one of `names` in one of `fields`. */
  function namedIn(postings, names, fields) {
    var refs = new Set();
    names.forEach(function (name) {
      var holding = null;
      name.forEach(function (term) {
        var these = refsOf(postings, term, fields);
        holding = holding === null ? these : new Set(Array.from(these).filter(function (ref) {
          return holding.has(ref);
        }));
      });
      (holding || []).forEach(function (ref) { refs.add(ref); });
    });
    return refs;
  }

  /** The index's postings by term, made once per index. */
  function postingsOf(index) {
    if (!index.postings) {
      Object.defineProperty(index, "postings", { value: new Map(index.invertedIndex) });
    }
    return index.postings;
  }

  /** The refs with `term` in one of `fields`. */
  function refsOf(postings, term, fields) {
    var refs = new Set(), posting = postings.get(term);
    if (posting === undefined) return refs;
    fields.forEach(function (field) {
      Object.keys(posting[field] || {}).forEach(function (ref) { refs.add(ref); });
    });
    return refs;
  }

  /**
   * The clauses' answer from the serialised index, without loading it in lunr (see
   * search-score.js): lunr's scores of the positive terms, of the documents with every
   * required term (or word it stands for) and none of the prohibited ones.
   */
  function fast(index, list) {
    var postings = postingsOf(index), required = null, prohibited = new Set();
    var requiring = list.filter(function (c) { return c.presence === REQUIRED; }).length;
    var plain = new lunr.Query(index.fields);
    list.forEach(function (c) {
      var words = wordsOf(c), refs = new Set();
      // One required clause of words needs no set: scoring its words finds the same reports.
      var needed = c.presence === REQUIRED && (requiring > 1 || c.names);
      if (c.names) {
        refs = namedIn(postings, c.names, c.fields);
      } else if (c.presence === PROHIBITED || needed) {
        words.forEach(function (term) {
          refsOf(postings, term, c.fields).forEach(function (ref) { refs.add(ref); });
        });
      }
      if (c.presence === PROHIBITED) {
        refs.forEach(function (ref) { prohibited.add(ref); });
        return;
      }
      if (needed) {
        required = required === null ? refs : new Set(Array.from(refs).filter(function (ref) {
          return required.has(ref);
        }));
      }
      words.forEach(function (term) {
        plain.term(term, { fields: c.fields, usePipeline: false });
      });
    });
    return score.search(index, plain, function (ref) {
      return !prohibited.has(ref) && (required === null || required.has(ref));
    });
  }

  function run(index, list) {
    if (!list.some(function (c) { return c.presence !== PROHIBITED; })) return [];
    return fast(index, list);
  }

  return { run: run, wordsOf: wordsOf, refsOf: refsOf, postingsOf: postingsOf };
});
