// "Cite this": a Copy button for each formatted reference. The buttons stay hidden
// where the clipboard cannot be written (no script, or an insecure page).
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) return;
  // The interface's words, from the page's block of the catalog's messages (see strings.js).
  var block = document.getElementById("archivist-strings");
  var words = block ? JSON.parse(block.textContent) : {};
  function t(key) { return words[key] || key; }
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = source.textContent.replace(/\s+/g, " ").trim();
      navigator.clipboard.writeText(text).then(
        function () { button.textContent = t("Copied"); },
        function () { button.textContent = t("Copy failed: select the text"); }
      );
    });
  });
})();
