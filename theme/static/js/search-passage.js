// Words in a report's text, where a query matched: the passage a result's snippet shows,
// and whether a "phrase" is there word after word (folded and stemmed, stop words kept,
// as `archivist search` reads it). The index keeps no word positions: a phrase's words are
// found in the index, then checked in order here on the text files (search/text-N.js) of
// the reports that have them all. No DOM: node tests run it.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./textpipeline.js"));
  } else {
    root.archivistSearchPassage = factory(root.archivistPipeline);
  }
})(typeof self !== "undefined" ? self : this, function (pipeline) {
  "use strict";

  //: Characters of text a snippet shows, and how many come before its first match.
  var LENGTH = 260, BEFORE = 80;
  //: Reports whose text a phrase is checked in: BATCH at a time, best first, until PAGE
  //: hold it, CHECKED at most (a text is some 6 KB at 10k articles: 40 are ~250 KB).
  var BATCH = 20, PAGE = 20, CHECKED = 40;

  /** The words of `text`: [{start, end, term}], term folded and stemmed, stop words kept. */
  function words(text) {
    var out = [], re = /[\p{L}\p{N}\p{M}'’ʼʿʾ]+/gu, m;
    while ((m = re.exec(text)) !== null) {
      var start = m.index, end = start + m[0].length;
      pipeline.words(m[0]).forEach(function (word) {
        out.push({ start: start, end: end, term: pipeline.stem(word), word: word });
      });
    }
    return out;
  }

  /** The terms of a phrase, in order, stop words kept. */
  function phraseTerms(text) {
    return pipeline.words(text).map(pipeline.stem);
  }

  /** Where in `list` (words of a text) the terms of `phrase` stand in order: indexes. */
  function phraseAt(list, phrase) {
    var found = [];
    for (var i = 0; i + phrase.length <= list.length; i++) {
      var j = 0;
      while (j < phrase.length && list[i + j].term === phrase[j]) j++;
      if (j === phrase.length) found.push(i);
    }
    return found;
  }

  /**
   * The texts of each field of a report, as the index has them, from its store record and
   * its text file ([text, every name of its places]); list values run on, as in the terminal.
   */
  function fieldTexts(record, text) {
    return {
      title: [record.title],
      places: [record.places.join(" ") + " " + text[1]],
      tags: [record.tags.join(" ")],
      body: [record.summary || "", text[0], record.source || ""]
    };
  }

  /** Has the report one of `phrase`'s fields holding its terms in order? */
  function holds(texts, phrase) {
    var fields = phrase.field ? [phrase.field] : Object.keys(texts);
    return fields.some(function (field) {
      return (texts[field] || []).some(function (text) {
        return phraseAt(words(text), phrase.terms).length > 0;
      });
    });
  }

  /**
   * The results that hold every phrase of `phrases` ([{terms, field, negated, refs}]) and
   * none of the negated ones; only the results in a phrase's `refs` (those with all its
   * words) can hold it, and only their texts are loaded, best first, BATCH at a time, until
   * a page of results holds the phrases or CHECKED were read: `load(refs)` resolves to
   * [[record, text]] of those refs. Those left stay in, after, flagged `unchecked`.
   */
  function keep(results, phrases, load) {
    var checked = phrases.filter(function (p) { return p.terms.length > 1; });
    if (!checked.length) return Promise.resolve(results);
    var asked = results.filter(function (r) {
      return checked.some(function (p) { return p.refs.has(r.ref); });
    }).map(function (r) { return r.ref; });
    var texts = new Map();
    function passes(result) {
      return checked.every(function (p) {
        var there = p.refs.has(result.ref) && holds(texts.get(result.ref), p);
        return there !== Boolean(p.negated);
      });
    }
    function next(done) {
      var kept = results.filter(function (r) { return texts.has(r.ref) && passes(r); }).length;
      if (done >= asked.length || done >= CHECKED || (done && kept >= PAGE)) {
        return Promise.resolve(done);
      }
      var batch = asked.slice(done, done + BATCH);
      return load(batch).then(function (loaded) {
        batch.forEach(function (ref, i) {
          texts.set(ref, fieldTexts(loaded[i][0], loaded[i][1]));
        });
        return next(done + batch.length);
      });
    }
    return next(0).then(function (done) {
      var left = new Set(asked.slice(done));
      var sure = results.filter(function (r) { return !left.has(r.ref) && passes(r); });
      return sure.concat(results.filter(function (r) {
        return left.has(r.ref) && (r.unchecked = true);
      }));
    });
  }

  /**
   * The passage of `text` to show: {from, to, words}, starting a little before the place
   * with the most different `wanted` terms (a Set) within one snippet's length, and the
   * words of the text with `hit` set on those to highlight.
   */
  function passage(text, wanted, phrases) {
    var list = words(text);
    list.forEach(function (word) { word.hit = wanted.has(word.term) || wanted.has(word.word); });
    (phrases || []).forEach(function (terms) {
      phraseAt(list, terms).forEach(function (i) {
        for (var j = 0; j < terms.length; j++) list[i + j].hit = list[i + j].phrase = true;
      });
    });
    var hits = list.filter(function (word) { return word.hit; });
    var best = null, bestCount = 0;
    hits.forEach(function (first) {
      var seen = new Set();
      hits.forEach(function (word) {
        if (word.start >= first.start && word.end <= first.start + LENGTH - BEFORE) {
          seen.add(word.phrase ? " " + word.term : word.term);
        }
      });
      if (seen.size > bestCount) {
        best = first;
        bestCount = seen.size;
      }
    });
    var from = best ? Math.max(0, best.start - BEFORE) : 0;
    if (from > 0) {
      var space = text.indexOf(" ", from);
      if (space !== -1 && space < best.start) from = space + 1;
    }
    return { from: from, to: Math.min(text.length, from + LENGTH), words: list };
  }

  return {
    CHECKED: CHECKED,
    words: words,
    phraseTerms: phraseTerms,
    phraseAt: phraseAt,
    holds: holds,
    fieldTexts: fieldTexts,
    keep: keep,
    passage: passage
  };
});
