// Downloads of the current result set (query + filters) as CSV and BibTeX, made in the
// browser, so a search can be cited and kept. Works in node too (tests/js/export.test.js).
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.archivistSearchExport = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var COLUMNS = ["rank", "title", "date", "source", "language", "places", "tags", "url", "score"];

  function csvCell(value) {
    var text = String(value);
    // A leading = + - @ would be a formula to a spreadsheet: keep it text.
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function row(item, rank, absolute) {
    var r = item.record;
    return {
      rank: rank,
      title: r.title,
      date: r.date,
      source: r.source,
      language: r.language,
      places: r.places.join("; "),
      tags: r.tags.join("; "),
      url: absolute(r.url),
      score: Math.round(item.score * 1000) / 1000
    };
  }

  /** CSV (RFC 4180) of the items: a comment line with the query, a header, one row each. */
  function toCsv(items, query, absolute) {
    var lines = [csvCell("# query: " + query), COLUMNS.join(",")];
    items.forEach(function (item, i) {
      var values = row(item, i + 1, absolute);
      lines.push(COLUMNS.map(function (c) { return csvCell(values[c]); }).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }

  function bibValue(text) {
    return "{" + String(text).replace(/[\\{}]/g, function (ch) { return "\\" + ch; }) + "}";
  }

  function bibKey(url) {
    return url.replace(/^articles\//, "").replace(/\/$/, "").replace(/[^A-Za-z0-9-]/g, "-");
  }

  /** BibTeX: one @misc entry per item, keyed by its permalink's slug. */
  function toBibtex(items, query, absolute) {
    var out = ["% Search results for: " + query.replace(/[\r\n]/g, " "), ""];
    items.forEach(function (item) {
      var r = item.record, fields = [["title", r.title]];
      if (r.source) fields.push(["howpublished", r.source]);
      if (r.date) {
        fields.push(["year", r.date.slice(0, 4)]);
        if (r.date.length >= 7) fields.push(["month", r.date.slice(5, 7)]);
        fields.push(["date", r.date]);
      }
      fields.push(["language", r.language], ["url", absolute(r.url)]);
      if (r.places.length) fields.push(["keywords", r.places.concat(r.tags).join(", ")]);
      out.push("@misc{" + bibKey(r.url) + ",");
      fields.forEach(function (f, i) {
        out.push("  " + f[0] + " = " + bibValue(f[1]) + (i < fields.length - 1 ? "," : ""));
      });
      out.push("}", "");
    });
    return out.join("\n");
  }

  function describe(state) {
    var parts = [state.query || "(all reports)"];
    Object.keys(state.values || {}).forEach(function (k) {
      if (state.values[k]) parts.push(k + "=" + state.values[k]);
    });
    return parts.join(" ");
  }

  function download(text, type, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  /**
   * Wire the page's two buttons; `state()` gives {query, values, items: [{ref, score}]},
   * `records(items)` resolves to the items' store records.
   */
  function attach(state, siteRoot, records) {
    function absolute(url) { return new URL(siteRoot + url, window.location.href).href; }
    function withRecords(then) {
      var s = state();
      records(s.items).then(function (loaded) {
        var items = s.items.map(function (item, i) {
          return { ref: item.ref, score: item.score, record: loaded[i] };
        });
        then(items, describe(s));
      });
    }
    document.getElementById("export-csv").addEventListener("click", function () {
      withRecords(function (items, query) {
        download(toCsv(items, query, absolute), "text/csv;charset=utf-8", "search-results.csv");
      });
    });
    document.getElementById("export-bibtex").addEventListener("click", function () {
      withRecords(function (items, query) {
        download(toBibtex(items, query, absolute), "application/x-bibtex;charset=utf-8",
          "search-results.bib");
      });
    });
  }

  return { toCsv: toCsv, toBibtex: toBibtex, attach: attach };
});
