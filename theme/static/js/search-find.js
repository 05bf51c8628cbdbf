// A query of search-query.js answered from the term shards: every word required; a place
// named in the query matched by the reports about it and by those whose text holds one of
// its names (any spelling or script the gazetteer knows); when that finds few reports, the
// reports with any of the words follow, flagged. No DOM: search-engine.js gives it the files, node tests run it.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("lunr"), require("./search-query.js"),
      require("./search-score.js"), require("./search-rank.js"), require("./search-passage.js"),
      require("./search-near.js"));
  } else {
    root.archivistSearchFind = factory(root.lunr, root.archivistSearchQuery,
      root.archivistSearchScore, root.archivistSearchRank, root.archivistSearchPassage,
      root.archivistSearchNear);
  }
})(typeof self !== "undefined" ? self : this,
function (lunr, query, score, ranking, passage, nearby) {
  "use strict";

  var REQUIRED = lunr.Query.presence.REQUIRED, PROHIBITED = lunr.Query.presence.PROHIBITED;
  var OPTIONAL = lunr.Query.presence.OPTIONAL;
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
            editDistance: word.editDistance, phrase: Boolean(part.phrase)
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
   * Answer `text`: {results: [{ref, score, terms}], primary: how many have every word,
   * places: the labels of the places read in the query, phrases: the terms of each phrase}.
   * `files` gives {manifest, shards(numbers), facets(), merge(shards), shardOf, texts(refs)}.
   * Rejects with a QueryError.
   */
  function find(files, text, wordsOnly) {
    var m = files.manifest, places = m.places || [];
    var parsed = query.parse(text, places, wordsOnly);
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
      var loaded = index;
      var placed = parsed.places.length ? run(loaded, byPlace) : [];
      var results = after(placed, run(loaded, byWords));
      if (!byWords.some(function (c) { return c.presence !== PROHIBITED; })) {
        // Only words to leave out, with a filter: every report but those with them.
        var out = new Set(run(loaded, byWords.map(function (c) {
          return Object.assign({}, c, { presence: OPTIONAL });
        })).map(function (r) { return r.ref; }));
        results = everyDocument(m).filter(function (r) { return !out.has(r.ref); });
      }
      var checks = phrasesOf(parsed, postingsOf(index), m.fields);
      return passage.keep(results, checks, files.texts).then(function (kept) {
        return ranked(index, kept, placed);
      });
    });

    function ranked(loaded, results, placed) {
      var inPlace = new Set(placed.map(function (r) { return r.ref; }));
      // Every name of a place read in the query is a match to show, in any script.
      var names = [].concat.apply([], parsed.places.map(function (p) {
        return [].concat.apply([], places[p][2].map(function (key) { return key.split(" "); }));
      }));
      placed.forEach(function (r) { r.terms = r.terms.concat(names); });
      // A phrase's words are marked only where they stand together (search-passage.js).
      var only = phraseOnly(parsed, byWords.concat(names.map(function (term) {
        return { term: term };
      })));
      results = ranking.rank(loaded, results, parsed, places, inPlace);
      var primary = results.length;
      var units = parsed.parts.filter(function (p) { return !p.negated; }).length;
      if (primary < FEW && units > 1) {
        results = after(results, ranking.rank(loaded, run(loaded, anyWord), parsed, places,
          inPlace));
      }
      var answer = function (kept) {
        kept.forEach(function (r) {
          r.terms = r.terms.filter(function (term) { return !only.has(term); });
        });
        return {
          results: kept,
          primary: kept.filter(function (r, i) { return i < primary; }).length,
          places: parsed.places.map(function (p) { return places[p][0]; }),
          unchecked: kept.filter(function (r) { return r.unchecked; }).length,
          phrases: parsed.parts.filter(function (p) { return p.phrase && !p.negated; })
            .map(function (p) { return passage.phraseTerms(p.text); }),
          filters: parsed.filters
        };
      };
      if (!parsed.filters.source && !parsed.filters.language) return answer(results);
      return files.facets().then(function (table) {
        var passes = keep(table, parsed.filters);
        var primaryKept = results.slice(0, primary).filter(passes);
        var rest = results.slice(primary).filter(passes);
        primary = primaryKept.length;
        return answer(primaryKept.concat(rest));
      });
    }
  }

  return { find: find, FEW: FEW, postingsOf: postingsOf };
});
