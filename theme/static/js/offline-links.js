// Opened from a folder or a USB stick (file://), a link to "articles/x/" would show a
// directory listing: point such links at the folder's index.html instead.
(function () {
  "use strict";
  if (window.location.protocol !== "file:") return;
  document.querySelectorAll("a[href]").forEach(function (link) {
    var href = link.getAttribute("href");
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return;
    var parts = href.split("#");
    if (parts[0] === "" || parts[0].slice(-1) === "/") {
      parts[0] = parts[0] + "index.html";
      link.setAttribute("href", parts.join("#"));
    }
  });
  // The search box's form, likewise: "search/" becomes "search/index.html".
  document.querySelectorAll("form[action]").forEach(function (form) {
    var action = form.getAttribute("action");
    if (action.slice(-1) === "/" && !/^[a-z][a-z0-9+.-]*:/i.test(action)) {
      form.setAttribute("action", action + "index.html");
    }
  });
})();
