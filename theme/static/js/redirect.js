// A short or old address of a report (a/<id>/#p3) forwards to its permanent address with
// the fragment kept, so a passage citation lands on its paragraph. The page's meta
// refresh, which drops the fragment, is the fallback without script.
(function () {
  "use strict";
  var refresh = document.querySelector('meta[http-equiv="refresh"]');
  var match = refresh && /url=(.*)$/i.exec(refresh.getAttribute("content"));
  if (match) window.location.replace(match[1] + window.location.hash);
})();
