// A query of search-query.js answered from the term shards: every word required; a place
// named in the query matched by the reports about it and by those whose text holds one of
// its names (any spelling or script the gazetteer knows); when that finds none, those with
// every word in a near spelling follow; when it finds few, those with any of the words,
// each flagged. No DOM: search-engine.js gives it the files, node tests run it.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("lunr"), require("./search-query.js"),
      require("./search-match.js"), require("./search-rank.js"), require("./search-passage.js"),
      require("./search-near.js"));
  } else {
    root.archivistSearchFind = factory(root.lunr, root.archivistSearchQuery,
      root.archivistSearchMatch, root.archivistSearchRank, root.archivistSearchPassage,
      root.archivistSearchNear);
  }
})(typeof self !== "undefined" ? self : this,
function (lunr, query, match, ranking, passage, nearby) {
  "use strict";

  var REQUIRED = lunr.Query.presence.REQUIRED, PROHIBITED = lunr.Query.presence.PROHIBITED;
  var OPTIONAL = lunr.Query.presence.OPTIONAL;
  var run = match.run, wordsOf = match.wordsOf, refsOf = match.refsOf;
  var postingsOf = match.postingsOf;
  //: Fewer results than this with every word, and those with any word follow.
  var FEW = 3;

  /**
   * Lunr clauses of a reading: [{term, fields, presence, wildcard, editDistance}]; a place
   * read by its words is one clause with `names`, lists of terms: a report holding every
   * term of one of them in one of `fields`.
   */
  function clauses(parts, places, manifest, byPlace, anyWord) {
    var out = [];
    parts.forEach(function (part) {
      if ("place" in part && (byPlace || anyWord)) {
        places[part.place][1].forEach(function (term) {
          out.push({ term: term, fields: ["places"], presence: anyWord ? OPTIONAL : REQUIRED });
        });
        return;
      }
      if ("place" in part) {
        // The words as typed, or one of its names of one word (any script or spelling): a
        // name of several words, whose words may stand apart, would find too much.
        var typed = [].concat.apply([], part.words.map(function (w) { return w.terms; }));
        var names = [typed].concat(places[part.place][2].filter(function (key) {
          return key.indexOf(" ") === -1;
        }).map(function (key) { return [key]; }));
        out.push({
          term: typed[0], names: names, presence: REQUIRED,
          fields: part.words[0].field ? [query.FIELDS[part.words[0].field]] : manifest.fields
        });
        return;
      }
      // A phrase to leave out leaves out the reports with its words in order only.
      if (part.phrase && part.negated && passage.phraseTerms(part.text).length > 1) return;
      ("place" in part ? part.words : [part]).forEach(function (word) {
        var fields = word.field ? [query.FIELDS[word.field]] : manifest.fields;
        var presence = word.negated ? PROHIBITED : anyWord ? OPTIONAL : REQUIRED;
        word.terms.forEach(function (term) {
          // In the any-word reading an article word (al-, el-) would find every report.
          if (anyWord && query.ARTICLES[term]) return;
          out.push({
            term: term, fields: fields, presence: presence, wildcard: word.wildcard,
            editDistance: word.editDistance, phrase: Boolean(part.phrase),
            typed: word.typo ? query.fold(word.text).replace(/[^\p{L}\p{N}]/gu, "") : ""
          });
        });
      });
    });
    return out;
  }

  /** The shards the clauses need (numbers); a prefix or near spelling needs a range. */
  function shardsOf(all, starts, shardOf) {
    var needed = new Set();
    all.forEach(function (clause) {
      if (!clause.wildcard || clause.expansions) {
        wordsOf(clause).forEach(function (term) {
          var shard = shardOf(starts, term);
          if (shard !== -1) needed.add(shard);
        });
        return;
      }
      var literal = clause.term.slice(0, -1);
      var first = Math.max(shardOf(starts, literal), 0);
      for (var n = first; n < starts.length; n++) {
        if (n > first && !starts[n].startsWith(literal)) break;
        needed.add(n);
      }
    });
    return Array.from(needed).sort(function (a, b) { return a - b; });
  }


  /** `first`, then the results of `then` not in it. */
  function after(first, then) {
    var seen = new Set(first.map(function (r) { return r.ref; }));
    return first.concat(then.filter(function (r) { return !seen.has(r.ref); }));
  }

  function keep(table, filters) {
    var values = table.values;
    return function (result) {
      var row = table.docs[Number(result.ref)];
      if (filters.language &&
          query.fold(values.language[row[1]]) !== query.fold(filters.language)) return false;
      if (filters.source) {
        var source = row[2] >= 0 ? query.fold(values.source[row[2]]) : "";
        return source.indexOf(query.fold(filters.source)) !== -1;
      }
      return true;
    };
  }

  function everyDocument(manifest) {
    return Array.from({ length: manifest.documents }, function (_, i) {
      return { ref: String(i), score: 0, terms: [] };
    });
  }

  /**
   * The phrases of a reading to check word after word: [{terms, field, negated, refs}],
   * `refs` the reports with all its words (only those need their text checked).
   */
  function phrasesOf(parsed, postings, fields) {
    return parsed.parts.filter(function (part) { return part.phrase; }).map(function (part) {
      var field = query.FIELDS[part.field] || "", refs = null;
      part.terms.forEach(function (term) {
        var these = refsOf(postings, term, field ? [field] : fields);
        refs = refs === null ? these : new Set(Array.from(these).filter(function (ref) {
          return refs.has(ref);
        }));
      });
      return {
        terms: passage.phraseTerms(part.text), field: field, negated: part.negated,
        refs: refs || new Set()
      };
    });
  }

  /** The terms of the phrases to find that no other clause of `list` asks for. */
  function phraseOnly(parsed, list) {
    var loose = new Set();
    list.forEach(function (c) {
      if (c.phrase || c.presence === PROHIBITED) return;
      wordsOf(c).forEach(function (term) { loose.add(term); });
    });
    var only = new Set();
    parsed.parts.forEach(function (part) {
      if (!part.phrase || part.negated) return;
      passage.phraseTerms(part.text).forEach(function (t) { if (!loose.has(t)) only.add(t); });
    });
    return only;
  }

  /**
   * The reports with every word of `parsed`, ranked, from the shards they need:
   * {index, results, placed, byWords, anyWord}.
   */
  function matching(files, parsed, wordsOnly) {
    var m = files.manifest, places = m.places || [];
    var byPlace = clauses(parsed.parts, places, m, true, false);
    var byWords = clauses(parsed.parts, places, m, false, false);
    var anyWord = clauses(parsed.parts, places, m, false, true);
    var all = byPlace.concat(byWords, anyWord);
    // Titles rank; a phrase's words show where to check it (also one to leave out).
    var titles = [].concat.apply([], ranking.titleLists(parsed, places).concat(
      parsed.parts.filter(function (p) { return p.phrase; }).map(function (p) { return p.terms; })
    )).map(function (term) { return { term: term }; });
    return nearby.nearWords(files, all).then(function () {
      return files.shards(shardsOf(all.concat(titles), m.shards, files.shardOf));
    }).then(function (shards) {
      var index = files.merge(shards);
      nearby.expand(all, index.invertedIndex.map(function (entry) { return entry[0]; }));
      var placed = parsed.places.length ? run(index, byPlace) : [];
      var results = after(placed, run(index, byWords));
      if (!byWords.some(function (c) { return c.presence !== PROHIBITED; })) {
        // Only words to leave out, with a filter: every report but those with them.
        var out = new Set(run(index, byWords.map(function (c) {
          return Object.assign({}, c, { presence: OPTIONAL });
        })).map(function (r) { return r.ref; }));
        results = everyDocument(m).filter(function (r) { return !out.has(r.ref); });
      }
      var checks = phrasesOf(parsed, postingsOf(index), m.fields);
      return passage.keep(results, checks, files.texts).then(function (kept) {
        var inPlace = new Set(placed.map(function (r) { return r.ref; }));
        return {
          index: index, placed: placed, byWords: byWords, anyWord: anyWord, inPlace: inPlace,
          results: ranking.rank(index, kept, parsed, places, inPlace)
        };
      });
    });
  }

  /**
   * The reports with every word of the near-spelling reading of `parsed` (search-query.js's
   * typos), or none: asked only when `exact` is empty, so a query that finds its words as
   * typed loads no more files and shows nothing near (a word of the index is rarely a typo
   * of another). A word near too many others gives none.
   */
  function nearSpelling(files, parsed, exact) {
    var near = query.typos(parsed);
    if (exact.length || !near) return Promise.resolve([]);
    var seen = new Set(exact.map(function (r) { return r.ref; }));
    return matching(files, near).then(function (found) {
      // A word near no word of the index: no report has them all.
      if (found.byWords.some(function (c) { return c.typed && !c.expansions.length; })) return [];
      return found.results.filter(function (r) { return !seen.has(r.ref); });
    }, function (error) {
      if (error instanceof query.QueryError) return [];
      throw error;
    });
  }

  /**
   * Answer `text`: {results: [{ref, score, terms}], primary: how many have every word,
   * near: how many follow with every word in a near spelling, places: the labels of the
   * places read in the query, phrases: the terms of each phrase}.
   * `files` gives {manifest, shards(numbers), facets(), merge(shards), shardOf, texts(refs)}.
   * Rejects with a QueryError.
   */
  function find(files, text, wordsOnly) {
    var m = files.manifest, places = m.places || [];
    var parsed = query.parse(text, places, wordsOnly);
    return matching(files, parsed).then(function (exact) {
      return nearSpelling(files, parsed, exact.results).then(function (near) {
        return answered(exact, near);
      });
    });

    function answered(exact, near) {
      var loaded = exact.index, placed = exact.placed, results = exact.results;
      // Every name of a place read in the query is a match to show, in any script.
      var names = [].concat.apply([], parsed.places.map(function (p) {
        return [].concat.apply([], places[p][2].map(function (key) { return key.split(" "); }));
      }));
      placed.forEach(function (r) { r.terms = r.terms.concat(names); });
      // A phrase's words are marked only where they stand together (search-passage.js).
      var only = phraseOnly(parsed, exact.byWords.concat(names.map(function (term) {
        return { term: term };
      })));
      var primary = results.length;
      results = results.concat(near);
      var units = parsed.parts.filter(function (p) { return !p.negated; }).length;
      if (primary < FEW && units > 1) {
        results = after(results, ranking.rank(loaded, run(loaded, exact.anyWord), parsed,
          places, exact.inPlace));
      }
      var answer = function (kept, counts) {
        kept.forEach(function (r) {
          r.terms = r.terms.filter(function (term) { return !only.has(term); });
        });
        return {
          results: kept,
          primary: counts.primary,
          near: counts.near,
          places: parsed.places.map(function (p) { return places[p][0]; }),
          unchecked: kept.filter(function (r) { return r.unchecked; }).length,
          phrases: parsed.parts.filter(function (p) { return p.phrase && !p.negated; })
            .map(function (p) { return passage.phraseTerms(p.text); }),
          filters: parsed.filters
        };
      };
      var nearEnd = primary + near.length;
      if (!parsed.filters.source && !parsed.filters.language) {
        return answer(results, { primary: primary, near: near.length });
      }
      return files.facets().then(function (table) {
        var passes = keep(table, parsed.filters);
        var primaryKept = results.slice(0, primary).filter(passes);
        var nearKept = results.slice(primary, nearEnd).filter(passes);
        var rest = results.slice(nearEnd).filter(passes);
        return answer(primaryKept.concat(nearKept, rest),
          { primary: primaryKept.length, near: nearKept.length });
      });
    }
  }

  return { find: find, FEW: FEW, postingsOf: postingsOf };
});
