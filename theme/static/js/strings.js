// The interface's words for the scripts, in the interface's language: the templates write
// them from the theme's Babel catalogs into the page, as the JSON block #archivist-strings
// (theme/templates/_js_strings.html), keyed by the English message. A message the block
// lacks (or node, which has no page) is its English key. `{name}` stands for a value.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = factory(null);
  else root.archivistStrings = factory(root.document);
})(typeof self !== "undefined" ? self : this, function (document) {
  "use strict";

  var block = document && document.getElementById("archivist-strings");
  var table = block ? JSON.parse(block.textContent) : {};
  var names = document && document.getElementById("archivist-place-names");
  var placeNames = names ? JSON.parse(names.textContent) : {};
  var language = (document && document.documentElement.lang) || "en";
  // Arabic-Indic digits in Arabic, as the pages write numbers (Babel's CLDR data); some
  // browsers' "ar" writes Latin digits.
  var locale = language === "ar" ? "ar-u-nu-arab" : language;

  /** The message `key` in the interface's language, each {name} replaced by values[name]. */
  function t(key, values) {
    var message = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
    return message.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && name in values ? String(values[name]) : whole;
    });
  }

  /** `n` as the interface writes numbers (Arabic-Indic digits in Arabic). */
  function number(n) {
    return new Intl.NumberFormat(locale).format(n);
  }

  /**
   * An ISO date, whole or partial ("2024-05-09", "2024-05", "2024"), as the listings write
   * it: "9 May 2024", "May 2024", "2024", in the interface's language.
   */
  function date(iso) {
    var parts = iso.split("-").map(Number);
    var when = new Date(Date.UTC(parts[0], (parts[1] || 1) - 1, parts[2] || 1));
    var format = function (options) {
      return new Intl.DateTimeFormat(locale, Object.assign({ timeZone: "UTC" }, options))
        .format(when);
    };
    var year = format({ year: "numeric" });
    if (parts.length === 1) return year;
    var month = format({ month: "long" });
    if (parts.length === 2) return month + " " + year;
    return format({ day: "numeric" }) + " " + month + " " + year;
  }

  /** The name of language `code` in the interface's language ("Arabic", "العربية"). */
  function languageName(code) {
    try {
      return new Intl.DisplayNames([language], { type: "language" }).of(code) || code;
    } catch (error) {
      return code;
    }
  }

  /** A place's name in the interface's language ("الرقة"), for the name the search files
   *  give it (its display name, "Raqqa"): the block #archivist-place-names, else as given. */
  function placeName(name) {
    return Object.prototype.hasOwnProperty.call(placeNames, name) ? placeNames[name] : name;
  }

  return {
    t: t, number: number, date: date, languageName: languageName, placeName: placeName,
    language: language
  };
});
