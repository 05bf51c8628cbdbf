// How the search page gets a search file (search/<name>.js): fetched and parsed on a served
// site; from file://, where fetch is refused, loaded as a script that leaves its data in
// self.archivistSearchData. A file the page already holds (the manifest comes with the
// page's scripts) is taken from there.
(function (root) {
  "use strict";
  var t = root.archivistStrings.t;

  function byScript(base) {
    return function (name) {
      return new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = base + name + ".js";
        script.onload = function () {
          var data = (self.archivistSearchData || {})[name];
          delete (self.archivistSearchData || {})[name];
          script.remove();
          if (data !== undefined) return resolve(data);
          reject(new Error(t("{file} holds no search data", { file: name + ".js" })));
        };
        script.onerror = function () {
          script.remove();
          reject(new Error(t("{file} could not be loaded", { file: name + ".js" })));
        };
        document.head.appendChild(script);
      });
    };
  }

  function byFetch(base, parseFile) {
    return function (name) {
      return fetch(base + name + ".js").then(function (response) {
        if (!response.ok) throw new Error(name + ".js: HTTP " + response.status);
        return response.text();
      }).then(parseFile);
    };
  }

  /** The loader of the search files under `base`: (name) => Promise of the file's data. */
  root.archivistSearchLoad = function (base, offline, parseFile) {
    var load = offline ? byScript(base) : byFetch(base, parseFile);
    return function (name) {
      var data = (self.archivistSearchData || {})[name];
      if (data === undefined) return load(name);
      delete self.archivistSearchData[name];
      return Promise.resolve(data);
    };
  };
})(self);
