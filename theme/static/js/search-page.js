// The search page: reads ?q=, the filters and the order from the URL, searches as you type,
// shows the results (search-results.js draws each), facet counts, and CSV/BibTeX downloads
// of the result set. Every text from the user or the archive goes into the page as text.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var strings = window.archivistStrings, t = strings ? strings.t : function (key) { return key; };
  if (!window.lunr || !window.archivistSearchEngine || !window.archivistSearchResults) {
    document.getElementById("search-status").textContent =
      t("Search could not start: its scripts did not load. Every report is on the home page.");
    return;
  }
  var search = window.archivistSearchEngine, drawn = window.archivistSearchResults;
  var facets = window.archivistSearchFacets, told = window.archivistSearchStatus;
  var clear = document.getElementById("search-clear");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var filters = document.getElementById("search-filters");
  var exportBox = document.getElementById("search-export");
  var more = document.getElementById("search-more");
  var sort = document.getElementById("search-sort");
  // The site's root (search data, citation files) and where this interface's pages are
  // (a report's page in the reader's interface language: ar/... on the Arabic site).
  var root = form.getAttribute("data-root") || "./";
  var pages = form.getAttribute("data-pages") || root;
  var indexBase = form.getAttribute("data-index") || "./";
  var offline = window.location.protocol === "file:";
  var FACETS = facets.FACETS;
  var WIDE = "(min-width: 40.01rem)";  // archive.css's phone layout ends at 40rem
  var SHOWN = 20;
  var current = { query: "", values: {}, items: [] };
  var generation = 0;

  var engine = new search.Engine(window.archivistSearchLoad(indexBase, offline, search.parseFile));

  function say(text, kind) {
    status.textContent = text;
    status.className = "search-message" + (kind ? " " + kind : "");
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function params() {
    return new URLSearchParams(window.location.search);
  }

  function chosen() {
    var values = {};
    FACETS.forEach(function (f) { values[f] = document.getElementById("filter-" + f).value; });
    values.from = document.getElementById("filter-from").value.trim();
    values.to = document.getElementById("filter-to").value.trim();
    return values;
  }

  /** The filters show folded on a phone, where open they would fill its first screen,
   *  unless one of them is set; on a wider screen they show open. */
  function showFilters(values) {
    if (!filters.hidden) return;
    filters.open = facets.anyFilter(values) || window.matchMedia(WIDE).matches;
    filters.hidden = false;
  }

  /** Each filter lists its values with their counts among the results. */
  function showFacets(table, results, values) {
    FACETS.forEach(function (facet) {
      var select = document.getElementById("filter-" + facet);
      var counts = facets.counts(table, results, values, facet, strings.language);
      // Languages and places by their names in the interface's language, in its order.
      var named = { language: function (entry) { return strings.languageName(entry.key); },
                    place: function (entry) { return strings.placeName(entry.label); } }[facet];
      if (named) {
        counts = counts.map(function (entry) {
          return { key: entry.key, label: named(entry), count: entry.count };
        }).sort(function (a, b) { return a.label.localeCompare(b.label, strings.language); });
      }
      while (select.options.length > 1) select.remove(1);
      counts.forEach(function (entry) {
        var option = el("option", "", t("{label} ({count})", {
          label: entry.label, count: strings.number(entry.count)
        }));
        option.value = entry.key;
        select.appendChild(option);
      });
      select.value = values[facet];
    });
    showFilters(values);
  }

  function keepInUrl(query, values) {
    var next = new URLSearchParams();
    if (query) next.set("q", query);
    if (sort.value !== "relevance") next.set("sort", sort.value);
    Object.keys(values).forEach(function (k) { if (values[k]) next.set(k, values[k]); });
    var text = next.toString();
    var url = window.location.pathname + (text ? "?" + text : "");
    if (url !== window.location.pathname + window.location.search) {
      window.history.replaceState(null, "", url);
    }
  }

  var wordsOnly = false, phrases = [], unchecked = 0;

  function run() {
    var mine = ++generation;
    var raw = input.value, values = chosen();
    keepInUrl(raw, values);
    var query = raw.trim();
    // The filters show from the start of the first search, their options filled later:
    // shown with the facets, they would push the results down once those had shown.
    if (query || facets.anyFilter(values)) showFilters(values);
    var found = query ? engine.find(query, wordsOnly) : engine.manifest().then(function (m) {
      var all = !facets.anyFilter(values) ? [] : Array.from({ length: m.documents },
        function (_, i) { return { ref: String(i), score: 0, terms: [] }; });
      return { results: all, primary: all.length, places: [] };
    });
    return found.then(function (answer) {
      var results = answer.results.map(function (r, i) {
        var nearEnd = answer.primary + (answer.near || 0);
        return {
          ref: r.ref, score: r.score, terms: r.terms,
          near: i >= answer.primary && i < nearEnd, anyWord: i >= nearEnd
        };
      });
      var needed = facets.anyFilter(values) || sort.value !== "relevance";
      return (needed ? engine.facets() : Promise.resolve(null)).then(function (t) {
        var kept = t ? results.filter(function (r) {
          return facets.passes(t, Number(r.ref), values, null);
        }) : results;
        if (t && sort.value !== "relevance") kept = facets.byDate(t, kept, sort.value);
        phrases = answer.phrases || [];
        unchecked = answer.unchecked || 0;
        var words = answer.places.length ? offerWords : null;
        return show(mine, kept, told.places(answer), "", words).then(function () {
          if (!kept.length && query) offerOthers(mine, query, values);
          if (mine !== generation || !results.length) return null;
          return engine.facets().then(function (all) {
            if (mine === generation) showFacets(all, results, values);
          });
        });
      });
    }).catch(function (error) {
      show(mine, [], told.explain(error), "error");
    });
  }

  /** After the places note: a button that searches the query's words as words. */
  function offerWords() {
    var button = told.button(t("Search the words only"), function () {
      wordsOnly = true;
      run();
    });
    button.className = "search-words-only";
    status.appendChild(document.createTextNode(" "));
    status.appendChild(button);
  }

  /** After "No report matches.": a spelling, a place, or no filters to try instead. */
  function offerOthers(mine, query, values) {
    engine.suggest(query).then(function (suggestion) {
      if (mine !== generation) return;
      told.hints(status, suggestion, facets.anyFilter(values), {
        word: function (word) {
          input.value = word;
          run();
        },
        clear: clearFilters
      });
    });
  }

  function clearFilters() {
    FACETS.concat(["from", "to"]).forEach(function (f) {
      document.getElementById("filter-" + f).value = "";
    });
    run();
  }

  /**
   * Show `items` (results kept by the filters), loading the records of the first page.
   * Once the answer shows (results, none, or a message), the list's data-query names the
   * query: the page's signal that it has answered, which tests wait for (search_page.py).
   * `after()`, if given, adds to the status once it is said.
   */
  function show(mine, items, note, kind, after) {
    if (mine !== generation) return Promise.resolve();
    current = { query: input.value, values: chosen(), items: items };
    if (kind === "error") {
      list.replaceChildren();
      list.setAttribute("data-query", input.value);
      more.hidden = exportBox.hidden = true;
      say(note, "error");
      return Promise.resolve();
    }
    // The status and the download buttons above the list change with the first result
    // (or once none has come), in the same frame: the list moves before it shows.
    var said = false;
    function tell() {
      if (said || mine !== generation) return;
      said = true;
      exportBox.hidden = items.length === 0;
      if (!input.value.trim() && !items.length) return say(note, "");
      say(note + (items.length ? told.counted(items, unchecked) : t("No report matches.")), "");
      if (after) after();
    }
    return showPage(mine, 0, tell).then(tell);
  }

  /**
   * Render results from `start` on, one page of SHOWN; page 0 replaces the list. The
   * first shows as soon as its record has come, with the summary as its snippet until its
   * text, asked for at once too, gives the passage where the query matched: nothing is
   * below it yet, so nothing moves. The others are asked for then, and each shows, with
   * its snippet, once its record and text and those before it have come, and does not
   * change: nothing drawn moves (tests/browser/test_search_layout.py). `first()` runs as
   * the first shows. Asked for all at once, forty files share the browser's connections
   * and the server and the first comes later; asked for before it shows, their requests
   * delay it (~10 ms).
   */
  function showPage(mine, start, first) {
    var items = current.items.slice(start, start + SHOWN);
    var cleared = start !== 0;
    function clearOnce() {
      if (!cleared) list.replaceChildren();
      cleared = true;
    }
    function append(i, record, text) {
      if (mine !== generation) return null;
      if (first) first();
      first = null;
      clearOnce();
      var before = start + i === 0 ? null : current.items[start + i - 1];
      if (items[i].near && (!before || !before.near)) {
        list.appendChild(el("li", "search-any-word", t("Reports with a near spelling")));
      }
      if (items[i].anyWord && (!before || !before.anyWord)) {
        list.appendChild(el("li", "search-any-word", t("Reports with only some of the words")));
      }
      var item = drawn.item(record, items[i].terms, phrases, link);
      if (text !== undefined) drawn.fill(item, text, items[i].terms, phrases);
      return list.appendChild(item);
    }
    if (!items.length) return Promise.resolve().then(finish);
    var firstText = engine.texts([items[0].ref]);
    return engine.documents([items[0].ref]).then(function (records) {
      var item = append(0, records[0]);
      return firstText.then(function (pairs) {
        if (item) drawn.fill(item, pairs[0][1][0], items[0].terms, phrases);
      });
    }).then(function () {
      if (mine !== generation) return null;
      var loading = items.slice(1).map(function (item) { return engine.texts([item.ref]); });
      return loading.reduce(function (previous, pairs, i) {
        return previous.then(function () { return pairs; }).then(function (pair) {
          append(i + 1, pair[0][0], pair[0][1][0]);
        });
      }, Promise.resolve());
    }).then(finish);
    function finish() {
      if (mine !== generation) return;
      clearOnce();
      list.setAttribute("data-query", input.value);
      more.hidden = start + SHOWN >= current.items.length;
      more.setAttribute("data-next", String(start + SHOWN));
    }
  }

  more.addEventListener("click", function () {
    more.hidden = true;  // below the results to come: it would move down as they show
    showPage(generation, Number(more.getAttribute("data-next"))).catch(function (error) {
      say(told.explain(error), "error");
    });
  });

  function link(url) {
    return pages + url + (offline ? "index.html" : "");
  }

  function recordsOf(items) {
    return engine.documents(items.map(function (item) { return item.ref; }));
  }

  window.archivistSearchExport.attach(function () { return current; }, root, recordsOf);

  var p = params();
  input.value = p.get("q") || "";
  FACETS.concat(["from", "to"]).forEach(function (f) {
    var field = document.getElementById("filter-" + f);
    var value = p.get(f) || "";
    if (field.tagName === "SELECT" && value) {
      var option = el("option", "", value);
      option.value = value;
      field.appendChild(option);
    }
    field.value = value;
    field.addEventListener(field.tagName === "SELECT" ? "change" : "input", run);
  });
  sort.value = ["newest", "oldest"].indexOf(p.get("sort")) !== -1 ? p.get("sort") : "relevance";
  sort.addEventListener("change", run);
  clear.addEventListener("click", clearFilters);
  var timer = null;
  input.addEventListener("input", function () {
    wordsOnly = false;
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  run();
})();
