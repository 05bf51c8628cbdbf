// The search engine of the page: loads the manifest, the term shards a query needs, the
// document store chunks of the results and their texts (snippets, phrases) (see src/archivist/search_files.py for the files),
// merges the shards into one lunr index and searches it: a plain query with lunr's scoring
// done by search-score.js, any other with lunr.js. No DOM here: the node acceptance test
// (tests/js/acceptance.js) runs this very file against a built site.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("lunr"), require("./textpipeline.js"),
      require("./search-score.js"), require("./search-find.js"), require("./search-near.js"),
      require("./strings.js").t);
  } else {
    root.archivistSearchEngine = factory(root.lunr, root.archivistPipeline,
      root.archivistSearchScore, root.archivistSearchFind, root.archivistSearchNear,
      root.archivistStrings.t);
  }
})(typeof self !== "undefined" ? self : this,
function (lunr, pipeline, score, finder, near, t) {
  "use strict";

  var FORMAT = 4;

  /**
   * The name of the file of shard `n` ("shard-") or of the words of first letter `n`
   * ("terms-"): the prefix and the hex of the UTF-8 of where it starts, so that one
   * shard more does not rename every shard after it (see search/files.py).
   */
  function fileOf(prefix, starts, n) {
    return prefix + Array.from(new TextEncoder().encode(starts[n]), function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }

  /** The JSON inside a search file: `(...)["name"]=JSON;`. */
  function parseFile(text) {
    var start = text.indexOf('"]=');
    var end = text.lastIndexOf(";");
    if (start === -1 || end <= start) throw new Error(t("not a search file"));
    return JSON.parse(text.slice(start + 3, end));
  }

  /** The shard holding `term` if the index has it: the last one starting at or before it. */
  function shardOf(starts, term) {
    var low = 0, high = starts.length - 1, found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (starts[middle] <= term) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /**
   * The lunr index a shard file stands for (see src/archivist/search/shards.py): each
   * term's postings, [ref gap, score in thousandths, ...], as lunr's inverted index and
   * field vectors (by field ref, each by term index), the values lunr's JSON would hold.
   * Flat arrays first, then one pass: at 10k articles a frequent word's 10,000 postings
   * expand cold in ~11 ms, as long as JSON.parse of lunr's own JSON of them takes.
   */
  function expandShard(manifest, shard) {
    var fields = manifest.fields, count = fields.length, list = shard.terms;
    var total = 0, i, j, k;
    for (i = 0; i < list.length; i++) total += list[i][2].length / 2;
    var refs = new Int32Array(total), terms = new Int32Array(total);
    var scores = new Float64Array(total), at = 0, inverted = new Array(list.length);
    for (i = 0; i < list.length; i++) {
      var termIndex = list[i][1], numbers = list[i][2], posting = { _index: termIndex };
      var byField = new Array(count);
      for (j = 0; j < count; j++) byField[j] = posting[fields[j]] = {};
      for (j = 0, k = 0; j < numbers.length; j += 2, at++) {
        k += numbers[j];
        byField[k % count][(k - k % count) / count] = {};
        refs[at] = k;
        terms[at] = termIndex;
        scores[at] = numbers[j + 1] / 1000;
      }
      inverted[i] = [list[i][0], posting];
    }
    // By ref (a counting sort: each term's refs rise already, so one term needs none),
    // then by term index within a ref (a ref holds few of a shard's terms).
    var order = new Int32Array(total);
    if (list.length > 1) {
      var starts = new Int32Array(manifest.documents * count + 1);
      for (i = 0; i < total; i++) starts[refs[i] + 1]++;
      for (i = 1; i < starts.length; i++) starts[i] += starts[i - 1];
      for (i = 0; i < total; i++) order[starts[refs[i]]++] = i;
    } else {
      for (i = 0; i < total; i++) order[i] = i;
    }
    var fieldVectors = [], vector = null, last = -1;
    for (i = 0; i < total; i++) {
      var n = order[i], ref = refs[n], term = terms[n], score = scores[n];
      if (ref !== last) {
        last = ref;
        vector = [];
        fieldVectors.push([fields[ref % count] + "/" + (ref - ref % count) / count, vector]);
      }
      for (j = vector.length; j > 0 && vector[j - 2] > term; j -= 2) {
        vector[j] = vector[j - 2];
        vector[j + 1] = vector[j - 1];
      }
      vector[j] = term;
      vector[j + 1] = score;
    }
    return {
      version: lunr.version,
      fields: fields,
      fieldVectors: fieldVectors,
      invertedIndex: inverted,
      pipeline: manifest.pipeline
    };
  }

  /** One lunr index of several shards (see merge_shards in search_files.py). */
  function mergeShards(manifest, shards, allDocuments) {
    var vectors = new Map(), inverted = [];
    shards.forEach(function (shard) {
      shard.fieldVectors.forEach(function (entry) {
        var pairs = vectors.get(entry[0]) || [];
        for (var i = 0; i < entry[1].length; i += 2) pairs.push([entry[1][i], entry[1][i + 1]]);
        vectors.set(entry[0], pairs);
      });
      Array.prototype.push.apply(inverted, shard.invertedIndex);
    });
    if (allDocuments) {
      // A query of only -terms matches every document, as the whole index would.
      for (var ref = 0; ref < manifest.documents; ref++) {
        manifest.fields.forEach(function (field) {
          var key = field + "/" + ref;
          if (!vectors.has(key)) vectors.set(key, []);
        });
      }
    }
    inverted.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    var fieldVectors = [];
    vectors.forEach(function (pairs, key) {
      pairs.sort(function (a, b) { return a[0] - b[0]; });
      fieldVectors.push([key, [].concat.apply([], pairs)]);
    });
    return {
      version: lunr.version,
      fields: manifest.fields,
      fieldVectors: fieldVectors,
      invertedIndex: inverted,
      pipeline: manifest.pipeline
    };
  }

  /** Results in a stable order: best score first, then the archive's order. */
  function ordered(results) {
    return results.slice().sort(function (a, b) {
      return b.score - a.score || Number(a.ref) - Number(b.ref);
    });
  }

  /** A query the user typed, parsed; throws lunr.QueryParseError on bad syntax. */
  function parse(manifest, text) {
    var prepared = pipeline.prepareQuery(text);
    var query = new lunr.Query(manifest.fields);
    new lunr.QueryParser(prepared, query).parse();
    return { text: prepared, query: query };
  }

  /** Which shards a parsed query needs: a set of shard numbers, or "all". */
  function shardsFor(manifest, query) {
    var needed = new Set(), searchPipeline = lunr.Pipeline.load(manifest.pipeline);
    var starts = manifest.shards;
    for (var c = 0; c < query.clauses.length; c++) {
      var clause = query.clauses[c];
      if (clause.editDistance > 0) return "all";
      var terms = clause.usePipeline
        ? searchPipeline.runString(clause.term, { fields: clause.fields })
        : [clause.term];
      for (var t = 0; t < terms.length; t++) {
        var term = terms[t];
        if (term.indexOf("*") !== -1) {
          var literal = term.split("*")[0];
          if (literal === "") return "all";
          // The terms that begin with `literal` start in its shard and go on in those after
          // it that start with `literal` too (see search_files.py).
          var first = Math.max(shardOf(starts, literal), 0);
          for (var n = first; n < starts.length; n++) {
            if (n > first && !starts[n].startsWith(literal)) break;
            needed.add(n);
          }
          continue;
        }
        var shard = shardOf(starts, term);
        if (shard !== -1) needed.add(shard);
      }
    }
    return needed;
  }

  /** lunr's own search of a serialised index: [{ref, score, terms}]. */
  function byLunr(index, text) {
    return lunr.Index.load(index).search(text).map(function (result) {
      return { ref: result.ref, score: result.score, terms: Object.keys(result.matchData.metadata) };
    });
  }

  function isNegated(query) {
    return query.clauses.length > 0 && query.clauses.every(function (clause) {
      return clause.presence === lunr.Query.presence.PROHIBITED;
    });
  }

  /**
   * An engine over the search files; `load(name)` resolves to the parsed file `name`
   * ("manifest", "shard-6b6f", "docs-0").
   */
  function Engine(load) {
    var cache = new Map();
    function file(name) {
      if (!cache.has(name)) {
        var loading = load(name);
        if (name.indexOf("shard-") === 0) {
          loading = Promise.all([manifest, loading]).then(function (both) {
            return expandShard(both[0], both[1]);
          });
        }
        cache.set(name, loading);
        loading.catch(function () { cache.delete(name); });
      }
      return cache.get(name);
    }
    var manifest = file("manifest").then(function (m) {
      if (m.format !== FORMAT) throw new Error(t("the search index has an unknown format"));
      return m;
    });

    this.manifest = function () { return manifest; };

    /** The facet table of every document (see facet_table in search_index.py). */
    this.facets = function () { return manifest.then(function () { return file("facets"); }); };

    /** Search: resolves to [{ref, score, terms}], best first; rejects on a bad query. */
    this.search = function (text) {
      return manifest.then(function (m) {
        var parsed = parse(m, text);
        var needed = shardsFor(m, parsed.query);
        var numbers = needed === "all"
          ? Array.from({ length: m.shardCount }, function (_, i) { return i; })
          : Array.from(needed).sort(function (a, b) { return a - b; });
        return Promise.all(numbers.map(function (n) {
          return file(fileOf("shard-", m.shards, n));
        })).then(function (shards) {
          var negated = isNegated(parsed.query);
          if (shards.length === 0 && !negated) return [];
          // One shard is a whole lunr index already: merging it would only copy it.
          var single = shards.length === 1 && !negated;
          var index = single ? shards[0] : mergeShards(m, shards, negated);
          return ordered(score.search(index, parsed.query) || byLunr(index, parsed.text));
        });
      });
    };

    /**
     * The query language of search-query.js: resolves to {results, primary, places,
     * filters} (see search-find.js); rejects with a QueryError saying what to change.
     */
    this.find = function (text, wordsOnly) {
      return manifest.then(function (m) {
        return finder.find({
          manifest: m,
          shards: function (numbers) {
            return Promise.all(numbers.map(function (n) {
              return file(fileOf("shard-", m.shards, n));
            }));
          },
          facets: function () { return file("facets"); },
          vocabulary: function (n) { return file(fileOf("terms-", m.vocabulary, n)); },
          merge: function (shards) {
            return shards.length === 1 ? shards[0] : mergeShards(m, shards, false);
          },
          shardOf: shardOf,
          texts: texts
        }, text, wordsOnly);
      });
    };

    /**
     * For a query that found nothing: {word, place}, the index word nearest to one of its
     * words (two edits at most) and a place whose name is near the query, or "".
     */
    this.suggest = function (text) {
      return manifest.then(function (m) {
        var words = pipeline.words(text).filter(function (w) { return w.length > 2; });
        var place = near.nearPlace(m.places || [], text);
        return Promise.all(words.map(function (word) {
          var n = (m.vocabulary || []).indexOf(Array.from(word)[0]);
          return n === -1 ? "" : file(fileOf("terms-", m.vocabulary, n)).then(function (terms) {
            return near.nearest(terms, pipeline.stem(word));
          });
        })).then(function (found) {
          return { word: found.filter(Boolean)[0] || "", place: place };
        });
      });
    };

    /** [record, text] of each of `refs`: its store record and its whole text. */
    function texts(refs) {
      return Promise.all(refs.map(function (ref) {
        return Promise.all([documents([ref]), file("text-" + Number(ref))]);
      })).then(function (pairs) {
        return pairs.map(function (pair) { return [pair[0][0], pair[1]]; });
      });
    }
    this.texts = texts;

    /** The store records of `refs` (numbers or numeric strings), in that order. */
    var documents = this.documents = function (refs) {
      return manifest.then(function (m) {
        var chunks = Array.from(new Set(refs.map(function (ref) {
          return Math.floor(Number(ref) / m.storeChunk);
        })));
        return Promise.all(chunks.map(function (n) { return file("docs-" + n); }))
          .then(function (loaded) {
            var byChunk = new Map();
            chunks.forEach(function (n, i) { byChunk.set(n, loaded[i]); });
            return refs.map(function (ref) {
              var number = Number(ref);
              return byChunk.get(Math.floor(number / m.storeChunk))[number % m.storeChunk];
            });
          });
      });
    };
  }

  return {
    Engine: Engine,
    parseFile: parseFile,
    expandShard: expandShard,
    mergeShards: mergeShards,
    ordered: ordered,
    parse: parse,
    shardsFor: shardsFor
  };
});
