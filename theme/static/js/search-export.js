// Downloads of the current result set (query + filters) as CSV and BibTeX (the articles'
// own entries), made in the browser, so a search can be cited and kept. Works in node too
// (tests/js/export.test.js).
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./strings.js").t);
  } else root.archivistSearchExport = factory(root.archivistStrings.t);
})(typeof self !== "undefined" ? self : this, function (t) {
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

  /**
   * BibTeX of the result set: each article's own entry (its cite.bib, as `entries`), so
   * the search export and the article page give a reference manager the same entry.
   */
  function toBibtex(entries, query) {
    var head = "% " + t("Search results for: {query}", { query: query.replace(/[\r\n]/g, " ") }) +
      "\n\n";
    return head + entries.map(function (entry) { return entry.trim() + "\n"; }).join("\n");
  }

  /** The articles' cite.bib files, fetched from the site, in the items' order. */
  function citeFiles(items, absolute) {
    return Promise.all(items.map(function (item) {
      return fetch(absolute(item.record.url) + "cite.bib").then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.url);
        return response.text();
      });
    }));
  }

  function describe(state) {
    var parts = [state.query || t("(all reports)")];
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
        citeFiles(items, absolute).then(function (entries) {
          download(toBibtex(entries, query), "application/x-bibtex;charset=utf-8",
            "search-results.bib");
        });
      });
    });
  }

  return { toCsv: toCsv, toBibtex: toBibtex, attach: attach };
});
