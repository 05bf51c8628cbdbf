// Near spellings: the index words a prefix* or near~ word stands for (refused when too
// many), and, for a query that found nothing, a word of the index or a place's name near
// one it has. No DOM: node tests run it.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./search-query.js"));
  } else {
    root.archivistSearchNear = factory(root.archivistSearchQuery);
  }
})(typeof self !== "undefined" ? self : this, function (query) {
  "use strict";

  /**
   * Is `a` within `limit` edits (insert, delete, change, and with `swaps` swap two) of `b`?
   * A near~ word takes no swaps: whoosh's fuzzy terms (the terminal's) count one as two.
   */
  //: How many letters of a typed word may be an ending its term drops.
  var ENDING = 4;

  function near(a, b, limit, swaps) {
    if (Math.abs(a.length - b.length) > limit) return false;
    var before = null, row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var next = [i], best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost);
        if (swaps && before && i > 1 && j > 1 && a[i - 1] === b[j - 2] &&
            a[i - 2] === b[j - 1]) {
          value = Math.min(value, before[j - 2] + 1);
        }
        next.push(value);
        best = Math.min(best, value);
      }
      if (best > limit) return false;
      before = row;
      row = next;
    }
    return row[b.length] <= limit;
  }

  /** The edit distances (insert, delete, change, swap) from `a` to each beginning of `b`. */
  function distances(a, b) {
    var before = [], row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var next = [i];
      for (j = 1; j <= b.length; j++) {
        var value = Math.min(row[j] + 1, next[j - 1] + 1,
          row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, before[j - 2] + 1);
        }
        next.push(value);
      }
      before = row;
      row = next;
    }
    return row;
  }

  /**
   * The index words a typed word with a typo stands for, as Typesense reads one (fewest typos
   * first): of `terms`, those fewest edits (at most `limit`) from the word's term `stem` or,
   * for a word as long as what is kept, from the typed word less an ending of up to ENDING
   * letters, TYPOS.one letters kept at least (its term may keep none of a misspelt ending:
   * "repatriaton" is "repatri" and an ending); only the nearest.
   */
  function typoWords(terms, stem, typed, limit) {
    var a = Array.from(stem), b = Array.from(typed), best = limit + 1, found = [];
    var shortest = Math.min(b.length, Math.max(query.TYPOS.one, b.length - ENDING));
    terms.forEach(function (t) {
      var letters = Array.from(t), n = letters.length;
      var cost = Math.abs(n - a.length) <= limit ? distances(letters, a)[a.length] : limit + 1;
      if (n >= shortest && n <= b.length + limit) {
        distances(letters, b).slice(shortest).forEach(function (d) { cost = Math.min(cost, d); });
      }
      if (cost < best) { best = cost; found = []; }
      if (cost === best && cost <= limit) found.push(t);
    });
    return found;
  }

  /**
   * Give each prefix* or near~ clause the index words it stands for (`expansions`); refuse
   * one that stands for too many.
   */
  function expand(all, terms) {
    all.forEach(function (clause) {
      if (clause.expansions || (!clause.wildcard && !clause.editDistance)) return;
      var literal = clause.wildcard ? clause.term.slice(0, -1) : clause.term;
      clause.expansions = clause.typed
        ? typoWords(terms, literal, clause.typed, clause.editDistance)
        : terms.filter(function (t) {
          return clause.wildcard ? t.startsWith(literal) : near(t, literal, clause.editDistance);
        });
      var count = clause.expansions.length;
      if (count > query.LIMITS.expansions) {
        throw new query.QueryError(query.t(
          "'{word}' stands for {count} words; give more letters ({limit} words at most)",
          { word: literal + (clause.wildcard ? "*" : "~"), count: count,
            limit: query.LIMITS.expansions }));
      }
    });
  }

  /**
   * Give each near~ or prefix* clause the words it stands for, from the index's words of
   * its first letter (search/terms-N.js): only their shards are loaded then, not the
   * letter's, and one standing for too many is refused before any shard is loaded.
   */
  function nearWords(files, all) {
    var fuzzy = all.filter(function (c) { return c.editDistance || c.wildcard; });
    var letters = files.manifest.vocabulary || [];
    return Promise.all(fuzzy.map(function (clause) {
      var n = letters.indexOf(Array.from(clause.term)[0]);
      if (n === -1) return Promise.resolve(clause.expansions = []);
      return files.vocabulary(n).then(function (terms) { expand([clause], terms); });
    }));
  }

  /** The word of `terms` nearest to `word` (not `word`), two edits at most, or "". */
  function nearest(terms, word) {
    for (var limit = 1; limit <= 2; limit++) {
      var found = terms.filter(function (t) {
        return t !== word && near(t, word, limit, true);
      });
      if (found.length) return found[0];
    }
    return "";
  }

  /** The name of a place of the manifest's table whose name is near `text`, or "". */
  function nearPlace(places, text) {
    var key = query.placeKey(text);
    var found = key && places.filter(function (place) {
      return place[2].some(function (k) { return k !== key && near(k, key, 2, true); });
    })[0];
    return found ? found[0] : "";
  }

  return {
    near: near, typoWords: typoWords, expand: expand, nearWords: nearWords, nearest: nearest,
    nearPlace: nearPlace
  };
});
