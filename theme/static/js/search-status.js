// What the search page says above its results: how many reports have every word (or some),
// the places the query was read as naming, why a query cannot run, and, when nothing
// matches, what to try instead: a spelling the index has, a place, or no filters.
(function (root) {
  "use strict";
  var strings = root.archivistStrings, t = strings.t, n = strings.number;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Why the search could not answer: a query to change, or files that did not load. */
  function explain(error) {
    var reason = (error && error.message) || "";
    if (error && error.name === "QueryError") {
      return t("Please change the query: {reason}.", { reason: reason });
    }
    return t("The search index could not be loaded ({reason}).", { reason: reason });
  }

  /** The places the query was read as naming, or "". */
  function places(found) {
    var names = (found.places || []).map(strings.placeName).join(t(", "));
    if (!found.places || !found.places.length) return "";
    return found.places.length > 1
      ? t("Places: {names}, and reports naming them.", { names: names }) + " "
      : t("Place: {name}, and reports naming it.", { name: names }) + " ";
  }

  /** How many reports have every word, how many some; `unchecked` phrases not checked. */
  function counted(items, unchecked) {
    var some = items.filter(function (item) { return item.anyWord; }).length;
    var near = items.filter(function (item) { return item.near; }).length;
    var all = items.length - some - near;
    var text = all === 1 ? t("1 report has every word")
      : t("{count} reports have every word", { count: n(all) });
    if (near) text += t("; {count} more have them in a near spelling", { count: n(near) });
    text += some ? t("; {count} more have some of them.", { count: n(some) }) : ".";
    if (unchecked) {
      text += " " + t("{count} reports with the words of the phrase were not checked for the " +
        "phrase itself (too many to check); they are among these.", { count: n(unchecked) });
    }
    return text;
  }

  function button(text, act) {
    var b = el("button", "search-hint", text);
    b.type = "button";
    b.addEventListener("click", act);
    return b;
  }

  /**
   * After "No report matches.": buttons to search `suggestion.word` or `suggestion.place`
   * instead, and to clear the filters when some are set (`act` has word(text), clear()).
   */
  function hints(status, suggestion, filtered, act) {
    var offers = [];
    if (suggestion.word) {
      offers.push(button(t("Search {word} instead", { word: suggestion.word }), function () {
        act.word(suggestion.word);
      }));
    }
    if (suggestion.place) {
      var place = strings.placeName(suggestion.place);
      offers.push(button(t("Search the place {place}", { place: place }), function () {
        act.word(place);
      }));
    }
    if (filtered) offers.push(button(t("Remove the filters"), act.clear));
    if (!offers.length) return;
    status.appendChild(document.createTextNode(" " + t("Try:") + " "));
    offers.forEach(function (offer, i) {
      if (i) status.appendChild(document.createTextNode(" "));
      status.appendChild(offer);
    });
  }

  root.archivistSearchStatus = {
    explain: explain, places: places, counted: counted, hints: hints, button: button
  };
})(self);
