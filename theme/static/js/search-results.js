// One result of the search page: its title, date, source and places, the matched words in
// <mark>, and a snippet: the summary at once, then, when the report's text has come, the
// passage where the query matched (search-passage.js chooses it). All text goes in as text.
(function (root) {
  "use strict";
  var passage = root.archivistSearchPassage, strings = root.archivistStrings, t = strings.t;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The words of `text` with `hit` on those whose term is in `wanted` or in a phrase. */
  function marked(text, wanted, phrases) {
    return passage.passage(text, wanted, phrases);
  }

  /** Append `text` from `from` to `to` to `node`, the words with `hit` in <mark>. */
  function highlight(node, text, words, from, to) {
    var at = from;
    words.forEach(function (word) {
      if (!word.hit || word.start < at || word.start < from || word.end > to) return;
      node.appendChild(document.createTextNode(text.slice(at, word.start)));
      node.appendChild(el("mark", "", text.slice(word.start, word.end)));
      at = word.end;
    });
    node.appendChild(document.createTextNode(text.slice(at, to)));
    return node;
  }

  function whole(node, text, wanted, phrases) {
    return highlight(node, text, marked(text, wanted, phrases).words, 0, text.length);
  }

  /** The snippet of `text`: the passage with the most of the query's words, marked. */
  function snippet(text, language, wanted, phrases) {
    var chosen = marked(text, wanted, phrases);
    var p = el("p", "snippet");
    p.setAttribute("lang", language);
    p.setAttribute("dir", "auto");
    if (chosen.from > 0) p.appendChild(document.createTextNode("… "));
    highlight(p, text, chosen.words, chosen.from, chosen.to);
    if (chosen.to < text.length) p.appendChild(document.createTextNode(" …"));
    return p;
  }

  /** The list item of `record`; `link(url)` is the address of a report's page. */
  function item(record, terms, phrases, link) {
    var wanted = new Set(terms);
    var li = el("li", "report");
    var h2 = el("h2", "report-title");
    h2.setAttribute("lang", record.language);
    h2.setAttribute("dir", "auto");
    var a = whole(el("a", ""), record.title, wanted, phrases);
    a.href = link(record.url);
    h2.appendChild(a);
    li.appendChild(h2);
    var meta = el("p", "report-meta");
    var date = el("span", "date", record.date ? strings.date(record.date) : t("date unknown"));
    if (record.date) date.setAttribute("data-iso", record.date);
    meta.appendChild(date);
    meta.appendChild(document.createTextNode(" · "));
    meta.appendChild(el("span", "source", record.source || t("source unknown")));
    if (record.places.length) {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(whole(el("span", "places"), record.places.join(", "), wanted, phrases));
    }
    li.appendChild(meta);
    li.appendChild(snippet(record.summary || "", record.language, wanted, phrases));
    li.setAttribute("data-summary", record.summary || "");
    return li;
  }

  /**
   * Put the passage of the report's `text` where the query matched in place of the summary
   * (the summary stays when the text has none of the query's words and it has some).
   */
  function fill(li, text, terms, phrases) {
    var wanted = new Set(terms), summary = li.getAttribute("data-summary") || "";
    li.removeAttribute("data-summary");
    var inText = marked(text, wanted, phrases).words.some(function (w) { return w.hit; });
    var inSummary = marked(summary, wanted, phrases).words.some(function (w) { return w.hit; });
    if (!text || (!inText && (inSummary || summary))) return;
    var old = li.querySelector(".snippet");
    old.replaceWith(snippet(text, old.getAttribute("lang"), wanted, phrases));
  }

  root.archivistSearchResults = { item: item, fill: fill };
})(self);
