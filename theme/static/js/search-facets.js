// Filters of the search page: which results pass the chosen tag, place, language, source
// and date range, and how many results each value would keep. Reads the facet table that
// archivist.search_index.facet_table writes (search/facets.js). No DOM: node-tested.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.archivistSearchFacets = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var FACETS = ["tag", "place", "language", "source"];

  /** The facet keys of document `ref`: tags, place ids, its language, its source. */
  function keys(table, ref, facet) {
    var row = table.docs[ref], v = table.values;
    if (facet === "tag") return row[3].map(function (i) { return v.tag[i]; });
    if (facet === "place") return row[4].map(function (i) { return v.place[i][0]; });
    if (facet === "language") return [v.language[row[1]]];
    return row[2] >= 0 ? [v.source[row[2]]] : [];
  }

  function label(table, facet, key) {
    if (facet !== "place") return key;
    var found = table.values.place.filter(function (p) { return p[0] === key; })[0];
    return found ? found[1] : key;
  }

  function anyFilter(values) {
    return Object.keys(values).some(function (k) { return values[k]; });
  }

  /** Does document `ref` pass every chosen filter but `skip`? Dates compare as text. */
  function passes(table, ref, values, skip) {
    for (var i = 0; i < FACETS.length; i++) {
      var f = FACETS[i];
      if (f === skip || !values[f]) continue;
      if (keys(table, ref, f).indexOf(values[f]) === -1) return false;
    }
    var date = table.docs[ref][0];
    if (values.from && !(date && date >= values.from)) return false;
    if (values.to && !(date && date.slice(0, values.to.length) <= values.to)) return false;
    return true;
  }

  /**
   * [{key, label, count}] of `facet` among the results passing the other filters, by label
   * in the order of the interface's language `locale` (a place by its name, not its id).
   */
  function counts(table, results, values, facet, locale) {
    var found = new Map();
    results.forEach(function (result) {
      var ref = Number(result.ref);
      if (!passes(table, ref, values, facet)) return;
      keys(table, ref, facet).forEach(function (key) {
        found.set(key, (found.get(key) || 0) + 1);
      });
    });
    if (values[facet] && !found.has(values[facet])) found.set(values[facet], 0);
    var collator = new Intl.Collator(locale || undefined, { numeric: true });
    return Array.from(found.keys()).map(function (key) {
      return { key: key, label: label(table, facet, key), count: found.get(key) };
    }).sort(function (a, b) { return collator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1); });
  }

  /**
   * `results` by date, `order` "newest" or "oldest" first, those with every word before
   * those with some (`anyWord`); undated last; ties in the order they came.
   */
  function byDate(table, results, order) {
    var sign = order === "oldest" ? 1 : -1;
    return results.map(function (r, i) { return [r, i]; }).sort(function (a, b) {
      var da = table.docs[Number(a[0].ref)][0], db = table.docs[Number(b[0].ref)][0];
      if (Boolean(a[0].anyWord) !== Boolean(b[0].anyWord)) return a[0].anyWord ? 1 : -1;
      if (!da !== !db) return da ? -1 : 1;
      if (da !== db) return (da < db ? -1 : 1) * sign;
      return a[1] - b[1];
    }).map(function (pair) { return pair[0]; });
  }

  return {
    FACETS: FACETS, anyFilter: anyFilter, passes: passes, counts: counts, byDate: byDate
  };
});
