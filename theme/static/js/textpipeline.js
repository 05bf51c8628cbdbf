// The JavaScript twin of archivist.textpipeline (src/archivist/textpipeline.py): how text
// becomes index terms. Registers the same three lunr pipeline functions under the same
// labels, so the index built in Python is searched with exactly the same steps; held to
// the Python behaviour by tests/vectors/pipeline.json (tests/js/textpipeline.test.js).
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("lunr"), require("./folding.js").fold);
  } else {
    root.archivistPipeline = factory(root.lunr, root.archivistFold.fold);
  }
})(typeof self !== "undefined" ? self : this, function (lunr, fold) {
  "use strict";

  var LABELS = ["archivist-words", "archivist-stop", "archivist-stem"];

  var STOP_WORDS = {};
  (
    "a an and are as at be but by for from had has have he her his i if in into is it its " +
    "of on or our she so than that the their them then there these they this to was we " +
    "were which who will with would you " +
    "في من علي الي عن مع ان او ما لا هذا هذه ذلك التي الذي الذين كان قد ثم بين حتي"
  ).split(" ").forEach(function (word) { STOP_WORDS[word] = true; });

  var ARABIC_ARTICLES = ["وبال", "وكال", "فبال", "ولل", "وال", "فال", "بال", "كال", "لل", "ال"];
  var ARABIC_SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
  var ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
  var WORD = /[\p{L}\p{N}]+/gu;
  var LONG_STEM = 7, LONG_STEM_LEFT = 6;
  var PRONOUN = /(?:هما|هم|هن|كما|كم|كن|نا)$/;
  var LONG_VOWELS = "اوي";
  // Derived forms VIII, VII, X: verbal nouns, verbs, person endings; see derived_form.
  var C = "[^اوي]";
  var VERBAL_NOUNS = [
    new RegExp("^ا([^اويس]ت" + C + ")ا(" + C + ")$"),
    new RegExp("^ا(ن" + C + C + ")ا(" + C + ")$"),
    new RegExp("^ا(ست" + C + C + ")ا(" + C + ")$")
  ];
  var VERBS = [
    new RegExp("^[ايتن](" + C + "ت" + C + C + ")$"),
    new RegExp("^[ايتن](ن" + C + C + C + ")$"),
    new RegExp("^[ايتن](ست" + C + C + C + ")$")
  ];
  var VERB_ENDINGS = ["وا", "تم", "ت", "ن", "ا"];

  function length(text) { return Array.from(text).length; }

  /** Fold `text` and split it into words (runs of letters and digits). */
  function words(text) {
    return fold(text).match(WORD) || [];
  }

  /** Light Arabic stemmer for a folded word; see arabic_stem in textpipeline.py. */
  function arabicStem(word) {
    if (word.startsWith("ل") && !word.startsWith("لل")) {
      var light = lightStem(word.slice(1));
      var derived = derivedForm(light);
      if (derived) return derived;
      if (word.endsWith("ات") && length(word) >= 6) return loanwordVowels(light);
    }
    var stem = lightStem(word);
    return derivedForm(stem) || loanwordVowels(stem);
  }

  function lightStem(word) {
    var stripped = false;
    for (var i = 0; i < ARABIC_ARTICLES.length; i++) {
      var article = ARABIC_ARTICLES[i];
      if (word.startsWith(article) && length(word) - length(article) >= 2) {
        word = word.slice(article.length);
        stripped = true;
        break;
      }
    }
    if (!stripped && word.startsWith("و") && length(word) >= 4) word = word.slice(1);
    ARABIC_SUFFIXES.forEach(function (suffix) {
      if (word.endsWith(suffix) && length(word) - length(suffix) >= 2) {
        word = word.slice(0, word.length - suffix.length);
      }
    });
    return word;
  }

  /** The past-tense stem of a derived verb (VII, VIII, X) or ""; see derived_form. */
  function derivedForm(stem) {
    var found, i;
    for (i = 0; i < VERBAL_NOUNS.length; i++) {
      found = VERBAL_NOUNS[i].exec(stem);
      if (found) return "ا" + found[1] + found[2];
    }
    var forms = [stem].concat(VERB_ENDINGS.filter(function (e) {
      return stem.endsWith(e);
    }).map(function (e) { return stem.slice(0, stem.length - e.length); }));
    for (var f = 0; f < forms.length; f++) {
      for (i = 0; i < VERBS.length; i++) {
        found = VERBS[i].exec(forms[f]);
        if (found) return "ا" + found[1];
      }
    }
    return "";
  }

  /** A long stem without the و and ي that write a vowel; see loanword_vowels in Python. */
  function loanwordVowels(stem) {
    if (length(stem.replace(PRONOUN, "")) < LONG_STEM) return stem;
    var letters = Array.from(stem);
    var kept = letters.filter(function (letter, i) {
      return !(i > 0 && i < letters.length - 1 && (letter === "و" || letter === "ي") &&
        LONG_VOWELS.indexOf(letters[i - 1]) === -1 && LONG_VOWELS.indexOf(letters[i + 1]) === -1);
    });
    return kept.length >= LONG_STEM_LEFT ? kept.join("") : stem;
  }

  function englishStem(word) {
    return lunr.stemmer(new lunr.Token(word, {})).toString();
  }

  /** Stem a folded word: Arabic light stemmer for Arabic script, else lunr.js's English. */
  function stem(word) {
    return ARABIC.test(word) ? arabicStem(word) : englishStem(word);
  }

  /** The index terms of `text`: the whole pipeline, as lunr runs it on one token. */
  function terms(text) {
    return words(text).filter(function (w) { return !STOP_WORDS[w]; }).map(stem);
  }

  var TERM = /^([+-]?)([a-zA-Z]+:)?(.*?)((?:[~^][0-9]*)*)$/;

  /** Fold the words of wildcard terms, which lunr passes by the pipeline. */
  function prepareQuery(query) {
    return query.replace(/\S+/g, function (chunk) {
      var parts = TERM.exec(chunk);
      if (chunk.indexOf("*") === -1 || parts === null) return chunk;
      var body = parts[3].split("*").map(function (piece) {
        return fold(piece).replace(/ /g, "");
      }).join("*");
      return parts[1] + (parts[2] || "") + body + parts[4];
    });
  }

  function wordsStep(token) {
    return words(token.toString()).map(function (word) {
      return token.clone(function () { return word; });
    });
  }
  function stopStep(token) {
    return STOP_WORDS[token.toString()] ? undefined : token;
  }
  function stemStep(token) {
    return token.update(stem);
  }

  var FUNCTIONS = [wordsStep, stopStep, stemStep];
  FUNCTIONS.forEach(function (fn, i) { lunr.Pipeline.registerFunction(fn, LABELS[i]); });

  return {
    LABELS: LABELS,
    words: words,
    terms: terms,
    stem: stem,
    arabicStem: arabicStem,
    prepareQuery: prepareQuery,
    stopWords: Object.keys(STOP_WORDS).sort()
  };
});
