// The query language of the search page, and its bounds: every word is required;
// "a phrase" requires its words; -word excludes; title:, place:, tag:, source: and
// language: restrict a word to a field; word* is a prefix, word~1 or word~2 a near
// spelling. A run of words that names a gazetteer place (any spelling or script, with or
// without al-/el-/ال) is read as that place. No DOM: node-tested (tests/js/query.test.js).
// The terminal's twin is src/archivist/curator/query.py.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./textpipeline.js"), require("./folding.js").fold,
      require("./strings.js").t);
  } else {
    root.archivistSearchQuery = factory(root.archivistPipeline, root.archivistFold.fold,
      root.archivistStrings.t);
  }
})(typeof self !== "undefined" ? self : this, function (pipeline, fold, t) {
  "use strict";

  var LIMITS = { characters: 500, words: 20, expanding: 4, editDistance: 2, expansions: 300 };
  //: A word of `one` letters or more may have one typo, of `two` or more two (as Meilisearch).
  var TYPOS = { one: 5, two: 9 };
  //: Latin transcriptions of the Arabic article; ال is dropped by the Arabic stemmer.
  var ARTICLES = { al: 1, el: 1, ez: 1, es: 1, ad: 1, ar: 1, az: 1, ash: 1 };
  var FIELDS = { title: "title", place: "places", places: "places", tag: "tags", tags: "tags" };
  var FILTERS = { source: 1, language: 1 };
  var LONGEST_PLACE = 6;
  var TOKEN = /(-?)(?:([A-Za-z]+):)?("[^"]*"|[^\s"]+)/g;

  /** A mistake in the query the user can fix; `message` says how. */
  function QueryError(message) {
    this.name = "QueryError";
    this.message = message;
  }
  QueryError.prototype = Object.create(Error.prototype);

  /** The key a place name is looked up by: its terms but the article words. */
  function placeKey(name) {
    return pipeline.terms(name).filter(function (t) { return !ARTICLES[t]; }).join(" ");
  }

  /** Refuse the query: the message `key` (see strings.js) with `values`. */
  function refuse(key, values) { throw new QueryError(t(key, values)); }

  /** One word or phrase of the query as clause terms (folded, stemmed, stop words out). */
  function termsOf(text, wild) {
    if (wild) {
      var star = text.indexOf("*");
      var literal = pipeline.words(text.slice(0, star)).join("");
      if (star === 0 || !literal) {
        refuse("'{word}' begins with *; give its first letters", { word: text });
      }
      if (text.slice(star + 1).replace(/\*/g, "")) {
        refuse("'{word}': * may only end a word", { word: text });
      }
      return [literal + "*"];
    }
    return pipeline.terms(text);
  }

  function parseWord(raw, negated, field) {
    var fuzzy = /^(.*?)~(\d*)$/.exec(raw);
    var text = fuzzy ? fuzzy[1] : raw;
    var distance = fuzzy ? (fuzzy[2] === "" ? 1 : Number(fuzzy[2])) : 0;
    if (distance > LIMITS.editDistance) {
      refuse("'{word}' allows {count} wrong letters; ~1 or ~2 at most",
        { word: raw, count: distance });
    }
    var wild = text.indexOf("*") !== -1;
    if (wild && distance) refuse("'{word}': use * or ~, not both", { word: raw });
    return {
      text: text, terms: termsOf(text, wild), negated: negated, field: field,
      wildcard: wild, editDistance: distance
    };
  }

  /** The parts of `text`: [{text, terms, negated, field, phrase, wildcard, editDistance}]. */
  function tokens(text) {
    if (text.length > LIMITS.characters) {
      refuse("the query has {count} characters; keep it under {limit}",
        { count: text.length, limit: LIMITS.characters });
    }
    if ((text.match(/"/g) || []).length % 2) refuse('unbalanced quote; close the phrase with "');
    var parts = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      var field = m[2] ? m[2].toLowerCase() : "";
      if (field && !FIELDS[field] && !FILTERS[field]) {
        refuse("unknown field '{field}:'; use title:, place:, tag:, source: or language:",
          { field: m[2] });
      }
      var quoted = m[3].charAt(0) === '"';
      var part = quoted
        ? { text: m[3].slice(1, -1), terms: pipeline.terms(m[3]), phrase: true }
        : parseWord(m[3], m[1] === "-", field);
      part.negated = m[1] === "-";
      part.field = field;
      if (!part.terms.length && !FILTERS[field]) {
        if (quoted) refuse('"{phrase}" has only common words; give a rarer word', { phrase: part.text });
        continue;
      }
      parts.push(part);
    }
    return parts;
  }

  /** The gazetteer table of the manifest as a lookup: place key -> place index. */
  function placeLookup(places) {
    var lookup = new Map();
    (places || []).forEach(function (place, index) {
      place[2].forEach(function (key) { if (!lookup.has(key)) lookup.set(key, index); });
    });
    return lookup;
  }

  /** Replace the runs of plain words that name a place by {place: index}. */
  function recognise(parts, lookup) {
    var out = [], i = 0;
    function plain(part) {
      return part && !part.negated && !part.phrase && !part.wildcard && !part.editDistance &&
        (!part.field || FIELDS[part.field] === "places");
    }
    while (i < parts.length) {
      var found = -1, end = i;
      for (var j = i; j < parts.length && j < i + LONGEST_PLACE && plain(parts[j]); j++) {
        if (j > i && parts[j].field) break;
        var key = placeKey(parts.slice(i, j + 1).map(function (p) { return p.text; }).join(" "));
        if (key && lookup.has(key)) { found = lookup.get(key); end = j; }
      }
      if (found === -1) { out.push(parts[i]); i++; continue; }
      out.push({ place: found, text: parts.slice(i, end + 1).map(function (p) {
        return p.text;
      }).join(" "), words: parts.slice(i, end + 1) });
      i = end + 1;
    }
    return out;
  }

  /**
   * The query `text`, parsed: {parts, places (indices), filters: {source, language}}.
   * Throws QueryError with a message to show when it breaks a rule or a bound.
   */
  function parse(text, places, wordsOnly) {
    var parts = tokens(text.trim());
    var words = parts.reduce(function (n, p) { return n + (p.terms ? p.terms.length : 0); }, 0);
    if (words > LIMITS.words) {
      refuse("the query has {count} words; {limit} at most", { count: words, limit: LIMITS.words });
    }
    var expanding = parts.filter(function (p) { return p.wildcard || p.editDistance; });
    if (expanding.length > LIMITS.expanding) {
      refuse("the query has {count} words with * or ~; {limit} at most",
        { count: expanding.length, limit: LIMITS.expanding });
    }
    var filters = {};
    parts = parts.filter(function (p) {
      if (!FILTERS[p.field]) return true;
      filters[p.field] = (filters[p.field] ? filters[p.field] + " " : "") + p.text;
      return false;
    });
    if (!parts.some(function (p) { return !p.negated; }) && !filters.source &&
        !filters.language) {
      refuse("give at least one word to find, not only words to leave out");
    }
    var read = wordsOnly ? parts : recognise(parts, placeLookup(places));
    return {
      parts: read,
      places: read.filter(function (p) { return "place" in p; }).map(function (p) {
        return p.place;
      }),
      filters: filters
    };
  }

  /** How many letters (not marks, digits or signs) `text` has. */
  function letters(text) {
    return Array.from(text).filter(function (c) { return /\p{L}/u.test(c); }).length;
  }

  /**
   * The near-spelling reading of `parsed`, as search engines allow typos (Meilisearch,
   * Typesense): each word to find of one term and TYPOS.one letters or more may be one
   * letter off (two from TYPOS.two letters), as if typed word~1 or word~2, but flagged
   * `typo`: it stands for the index words nearest to it (search-near.js's typoWords) only.
   * Places, phrases, words to leave out and prefixes stay as typed. Null when no word may be.
   */
  function typos(parsed) {
    var room = LIMITS.expanding - parsed.parts.filter(function (p) {
      return p.wildcard || p.editDistance;
    }).length;
    var changed = false;
    var parts = parsed.parts.map(function (part) {
      var count = part.terms && part.terms.length === 1 ? letters(part.text) : 0;
      if (room <= 0 || count < TYPOS.one || "place" in part || part.phrase || part.negated ||
          part.wildcard || part.editDistance) return part;
      room -= 1;
      changed = true;
      return Object.assign({}, part, { editDistance: count >= TYPOS.two ? 2 : 1, typo: true });
    });
    return changed ? Object.assign({}, parsed, { parts: parts }) : null;
  }

  return {
    LIMITS: LIMITS, FIELDS: FIELDS, ARTICLES: ARTICLES, TYPOS: TYPOS, QueryError: QueryError,
    parse: parse, typos: typos, placeKey: placeKey, fold: fold, t: t
  };
});
