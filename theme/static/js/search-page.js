// The search page: reads ?q= and the filters from the URL, searches as you type, shows the
// results with highlighted snippets, facet counts, and CSV/BibTeX downloads of the result
// set. Every text from the user or the archive goes into the page as text, never as HTML.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  if (!window.lunr || !window.archivistSearchEngine || !window.archivistSearchFacets) {
    document.getElementById("search-status").textContent =
      "Search could not start: its scripts did not load. Every report is on the home page.";
    return;
  }
  var search = window.archivistSearchEngine, pipeline = window.archivistPipeline;
  var facets = window.archivistSearchFacets;
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var filters = document.getElementById("search-filters");
  var exportBox = document.getElementById("search-export");
  var more = document.getElementById("search-more");
  var root = form.getAttribute("data-root") || "./";
  var indexBase = form.getAttribute("data-index") || "./";
  var offline = window.location.protocol === "file:";
  var FACETS = facets.FACETS;
  var SHOWN = 20;
  var current = { query: "", values: {}, items: [] };
  var generation = 0;

  function loadByScript(name) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = indexBase + name + ".js";
      script.onload = function () {
        var data = (self.archivistSearchData || {})[name];
        delete (self.archivistSearchData || {})[name];
        script.remove();
        if (data === undefined) reject(new Error(name + ".js holds no search data"));
        else resolve(data);
      };
      script.onerror = function () {
        script.remove();
        reject(new Error(name + ".js could not be loaded"));
      };
      document.head.appendChild(script);
    });
  }

  function loadByFetch(name) {
    return fetch(indexBase + name + ".js").then(function (response) {
      if (!response.ok) throw new Error(name + ".js: HTTP " + response.status);
      return response.text();
    }).then(search.parseFile);
  }

  /** A file the page already holds (the manifest comes with the page's scripts), else `load`. */
  function preloaded(load) {
    return function (name) {
      var data = (self.archivistSearchData || {})[name];
      if (data === undefined) return load(name);
      delete self.archivistSearchData[name];
      return Promise.resolve(data);
    };
  }

  var engine = new search.Engine(preloaded(offline ? loadByScript : loadByFetch));

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

  function permalink(url) {
    return root + url + (offline ? "index.html" : "");
  }

  /** The words of `text` with their offsets, and whether they match one of `wanted`. */
  function wordsOf(text, wanted) {
    var parts = [], re = /[\p{L}\p{N}\p{M}'’]+/gu, m;
    while ((m = re.exec(text)) !== null) {
      var hit = pipeline.terms(m[0]).some(function (t) { return wanted.has(t); });
      parts.push({ start: m.index, end: m.index + m[0].length, hit: hit });
    }
    return parts;
  }

  /**
   * Append `text` from `from` to `to` to `node`, all as text, the matching words of
   * `parts` (`wordsOf(text, wanted)`) in <mark>.
   */
  function highlight(node, text, parts, from, to) {
    var at = from;
    parts.forEach(function (part) {
      if (!part.hit || part.start < from || part.end > to) return;
      node.appendChild(document.createTextNode(text.slice(at, part.start)));
      node.appendChild(el("mark", "", text.slice(part.start, part.end)));
      at = part.end;
    });
    node.appendChild(document.createTextNode(text.slice(at, to)));
    return node;
  }

  /** A snippet of the record's text around its first matching word. */
  function snippet(record, wanted) {
    var repeats = record.summary && record.text.startsWith(record.summary.slice(0, 40));
    var text = [repeats ? "" : record.summary, record.text].filter(Boolean).join(" — ");
    var parts = wordsOf(text, wanted);
    var first = parts.filter(function (part) { return part.hit; })[0];
    var from = first ? Math.max(0, first.start - 80) : 0;
    var to = Math.min(text.length, from + 260);
    var p = el("p", "snippet");
    p.setAttribute("lang", record.language);
    p.setAttribute("dir", "auto");
    if (from > 0) p.appendChild(document.createTextNode("… "));
    highlight(p, text, parts, from, to);
    if (to < text.length) p.appendChild(document.createTextNode(" …"));
    return p;
  }

  function resultItem(record, terms) {
    var wanted = new Set(terms);
    var li = el("li", "report");
    var h2 = el("h2", "report-title");
    h2.setAttribute("lang", record.language);
    h2.setAttribute("dir", "auto");
    var title = record.title;
    var link = highlight(el("a", ""), title, wordsOf(title, wanted), 0, title.length);
    link.href = permalink(record.url);
    h2.appendChild(link);
    li.appendChild(h2);
    var meta = el("p", "report-meta");
    meta.appendChild(el("span", "date", record.date || "date unknown"));
    meta.appendChild(document.createTextNode(" · "));
    meta.appendChild(el("span", "source", record.source || "source unknown"));
    if (record.places.length) {
      meta.appendChild(document.createTextNode(" · "));
      var places = record.places.join(", ");
      var placeWords = wordsOf(places, wanted);
      meta.appendChild(highlight(el("span", "places"), places, placeWords, 0, places.length));
    }
    li.appendChild(meta);
    li.appendChild(snippet(record, wanted));
    return li;
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

  /** Each filter lists its values with their counts among the results. */
  function showFacets(table, results, values) {
    FACETS.forEach(function (facet) {
      var select = document.getElementById("filter-" + facet);
      var counts = facets.counts(table, results, values, facet);
      while (select.options.length > 1) select.remove(1);
      counts.forEach(function (entry) {
        var option = el("option", "", entry.label + " (" + entry.count + ")");
        option.value = entry.key;
        select.appendChild(option);
      });
      select.value = values[facet];
    });
    filters.hidden = false;
  }

  function keepInUrl(query, values) {
    var next = new URLSearchParams();
    if (query) next.set("q", query);
    Object.keys(values).forEach(function (k) { if (values[k]) next.set(k, values[k]); });
    var text = next.toString();
    var url = window.location.pathname + (text ? "?" + text : "");
    if (url !== window.location.pathname + window.location.search) {
      window.history.replaceState(null, "", url);
    }
  }

  function explain(error) {
    if (error && error.name === "QueryError") return "Please change the query: " + error.message + ".";
    return "The search index could not be loaded (" + (error && error.message) + ").";
  }

  /** The places the query was read as naming, and a button to search its words only. */
  function placesNote(found) {
    if (!found.places.length) return "";
    return "Place" + (found.places.length > 1 ? "s: " : ": ") + found.places.join(", ") +
      ", and reports naming " + (found.places.length > 1 ? "them" : "it") + ". ";
  }

  var wordsOnly = false;

  function run() {
    var mine = ++generation;
    var raw = input.value, values = chosen();
    keepInUrl(raw, values);
    var query = raw.trim();
    var found = query ? engine.find(query, wordsOnly) : engine.manifest().then(function (m) {
      var all = !facets.anyFilter(values) ? [] : Array.from({ length: m.documents },
        function (_, i) { return { ref: String(i), score: 0, terms: [] }; });
      return { results: all, primary: all.length, places: [] };
    });
    return found.then(function (answer) {
      var results = answer.results.map(function (r, i) {
        return { ref: r.ref, score: r.score, terms: r.terms, anyWord: i >= answer.primary };
      });
      var table = facets.anyFilter(values) ? engine.facets() : Promise.resolve(null);
      return table.then(function (t) {
        var kept = t ? results.filter(function (r) {
          return facets.passes(t, Number(r.ref), values, null);
        }) : results;
        return show(mine, kept, placesNote(answer), "").then(function () {
          if (answer.places.length) offerWords();
          if (mine !== generation || !results.length) return null;
          return engine.facets().then(function (all) {
            if (mine === generation) showFacets(all, results, values);
          });
        });
      });
    }).catch(function (error) {
      show(mine, [], explain(error), "error");
    });
  }

  /** After the places note: a button that searches the query's words as words. */
  function offerWords() {
    var button = el("button", "search-words-only", "Search the words only");
    button.type = "button";
    button.addEventListener("click", function () {
      wordsOnly = true;
      run();
    });
    status.appendChild(document.createTextNode(" "));
    status.appendChild(button);
  }

  /**
   * Show `items` (results kept by the filters), loading the records of the first page.
   * Once the answer shows (results, none, or a message), the list's data-query names the
   * query: the page's signal that it has answered, which tests wait for (search_page.py).
   */
  function show(mine, items, note, kind) {
    if (mine !== generation) return Promise.resolve();
    current = { query: input.value, values: chosen(), items: items };
    if (kind === "error") {
      list.replaceChildren();
      list.setAttribute("data-query", input.value);
      more.hidden = exportBox.hidden = true;
      say(note, "error");
      return Promise.resolve();
    }
    return showPage(mine, 0).then(function () {
      if (mine !== generation) return;
      exportBox.hidden = items.length === 0;
      if (!input.value.trim() && !items.length) return say(note, "");
      var some = items.filter(function (item) { return item.anyWord; }).length;
      var all = items.length - some;
      var count = all === 1 ? "1 report has" : all + " reports have";
      say(note + (items.length ? count + " every word" +
        (some ? "; " + some + " more have some of them." : ".") : "No report matches."), "");
    });
  }

  /**
   * Render results from `start` on, one page of SHOWN; page 0 replaces the list. Each
   * result shows as soon as its record and those before it have arrived, in order. The
   * first record is asked for alone, and shown before the others are asked for: asked for
   * all at once, twenty files share the browser's connections and the server, and the
   * first comes later; asked for before it shows, their twenty requests delay it (~10 ms).
   */
  function showPage(mine, start) {
    var items = current.items.slice(start, start + SHOWN);
    var cleared = start !== 0;
    function clearOnce() {
      if (!cleared) list.replaceChildren();
      cleared = true;
    }
    function append(i) {
      return function (record) {
        if (mine !== generation) return;
        clearOnce();
        var before = start + i === 0 ? null : current.items[start + i - 1];
        if (items[i].anyWord && (!before || !before.anyWord)) {
          list.appendChild(el("li", "search-any-word", "Reports with only some of the words"));
        }
        list.appendChild(resultItem(record[0], items[i].terms));
      };
    }
    var first = items.length ? engine.documents([items[0].ref]).then(append(0)) : Promise.resolve();
    var shown = first.then(function () {
      if (mine !== generation) return null;
      var records = items.slice(1).map(function (item) { return engine.documents([item.ref]); });
      return records.reduce(function (previous, loading, i) {
        return previous.then(function () { return loading; }).then(append(i + 1));
      }, Promise.resolve());
    });
    return shown.then(function () {
      if (mine !== generation) return;
      clearOnce();
      list.setAttribute("data-query", input.value);
      more.hidden = start + SHOWN >= current.items.length;
      more.setAttribute("data-next", String(start + SHOWN));
    });
  }

  more.addEventListener("click", function () {
    showPage(generation, Number(more.getAttribute("data-next"))).catch(function (error) {
      say(explain(error), "error");
    });
  });

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
